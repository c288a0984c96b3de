package cn.scast.tianfu.listing;

import java.math.BigDecimal;

/**
 * What a caller submits to create a listing. {@code externalId} may be null: the service then assigns one.
 * {@code kind} is the name of a {@link ListingType}; {@code side}, if given, must agree with it.
 */
public record NewListing(String externalId, String side, String kind, String title, String description,
                         String keywords, String disciplineCode, String industryCode, String cityCode,
                         BigDecimal amountWanYuan, String ownerName, boolean publish) {
}
