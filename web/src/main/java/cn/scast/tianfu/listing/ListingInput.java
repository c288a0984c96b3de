package cn.scast.tianfu.listing;

import java.math.BigDecimal;

/** JSON body of POST /api/v1/listings. {@code keywords} are separated by 「;」. */
public class ListingInput {
    public String externalId;
    public String side;
    public String kind;
    public String title;
    public String description;
    public String keywords;
    public String disciplineCode;
    public String industryCode;
    public String cityCode;
    public BigDecimal amountWanYuan;
    public String ownerName;
    /** Published at once unless false (drafts are not matched). */
    public Boolean publish;

    NewListing toNewListing() {
        return new NewListing(externalId, side, kind, title, description, keywords, disciplineCode, industryCode,
                cityCode, amountWanYuan, ownerName, publish == null || publish);
    }
}
