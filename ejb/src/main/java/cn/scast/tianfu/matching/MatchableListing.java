package cn.scast.tianfu.matching;

import cn.scast.tianfu.listing.Listing;
import cn.scast.tianfu.listing.ListingState;
import cn.scast.tianfu.listing.ListingType;
import cn.scast.tianfu.listing.MarketSide;
import cn.scast.tianfu.platform.Text;

import java.util.List;
import java.util.Objects;

/**
 * The part of a supply or demand listing that matching needs, detached from JPA so the index can be
 * rebuilt from any source of rows.
 *
 * <p>Codes are optional (null or blank means unknown): disciplineCode is GB/T 13745 (e.g. "520"),
 * industryCode is GB/T 4754 (e.g. "C39"), cityCode is the 6-digit administrative code (e.g. "510100").
 * Callers need not filter by status: {@link ListingIndex#upsert} removes any listing that is not
 * {@link ListingState#PUBLISHED}, so the index only ever proposes published listings.
 */
public record MatchableListing(
        long id,
        ListingType kind,
        String title,
        String description,
        List<String> keywords,
        String disciplineCode,
        String industryCode,
        String cityCode,
        ListingState status) {

    /** What matching needs of a persistent listing (only published ones are proposed: a matched one is off the market). */
    public static MatchableListing of(Listing listing) {
        return new MatchableListing(listing.getId(), listing.getKind(), listing.getTitle(),
                listing.getDescription(), listing.getKeywordList(), listing.getDisciplineCode(),
                listing.getIndustryCode(), listing.getCityCode(), listing.getStatus());
    }

    public MatchableListing {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        title = title == null ? "" : title;
        description = description == null ? "" : description;
        keywords = keywords == null
                ? List.of()
                : keywords.stream().filter(Objects::nonNull).map(String::strip).filter(k -> !k.isEmpty()).toList();
        disciplineCode = Text.strippedOrNull(disciplineCode);
        industryCode = Text.strippedOrNull(industryCode);
        cityCode = Text.strippedOrNull(cityCode);
    }

    /** The side follows from the kind, so it is derived rather than stored twice. */
    public MarketSide side() {
        return kind.side();
    }

    public boolean isMatchable() {
        return status == ListingState.PUBLISHED;
    }

}
