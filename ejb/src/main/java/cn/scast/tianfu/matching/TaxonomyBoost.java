package cn.scast.tianfu.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * Multiplicative boosts for shared classification and region. Multiplying (rather than adding a constant)
 * keeps the effect proportional whatever the size of the text score, which varies with query length.
 *
 * <p>Each dimension contributes at most one factor: an exact code match, or failing that a shared prefix
 * (first-level discipline "520", industry division "C39", prefecture "5101" for city and county codes).
 */
final class TaxonomyBoost {
    static final float SAME_DISCIPLINE = 1.30f;
    static final float SAME_DISCIPLINE_GROUP = 1.15f;
    static final float SAME_INDUSTRY = 1.30f;
    static final float SAME_INDUSTRY_DIVISION = 1.15f;
    static final float SAME_CITY = 1.20f;
    /** After a "wrong field" or "too far" decline, candidates like the declined one count this much less. */
    static final float DECLINED_LIKE = 0.5f;

    static final int DISCIPLINE_GROUP_LENGTH = 3;
    static final int INDUSTRY_DIVISION_LENGTH = 3;
    static final int PREFECTURE_LENGTH = 4;

    /** One classification dimension of the source listing, as matched against candidates. */
    record Dimension(String field, String code, String prefix, float exactFactor, float prefixFactor,
                     MatchReasonType exactReason, MatchReasonType prefixReason) {

        /** The factor for a candidate code; also used by the scorer through ordinals with the same rules. */
        float factor(String candidate) {
            if (candidate == null) {
                return 1f;
            }
            if (exactFactor != 1f && candidate.equals(code)) {
                return exactFactor;
            }
            if (prefix != null && candidate.startsWith(prefix)) {
                return prefixFactor;
            }
            return 1f;
        }

        float maxFactor() {
            return Math.max(1f, Math.max(exactFactor, prefix == null ? 1f : prefixFactor));
        }

        MatchReason reason(String candidate) {
            if (candidate == null) {
                return null;
            }
            if (exactFactor > 1f && candidate.equals(code)) {
                return new MatchReason(exactReason, code);
            }
            if (prefix != null && prefixFactor > 1f && candidate.startsWith(prefix)) {
                String detail = exactReason == MatchReasonType.SAME_CITY ? prefix + "00" : prefix;
                return new MatchReason(prefixReason, detail);
            }
            return null;
        }
    }

    private final List<Dimension> dimensions;

    private TaxonomyBoost(List<Dimension> dimensions) {
        this.dimensions = List.copyOf(dimensions);
    }

    static TaxonomyBoost none() {
        return new TaxonomyBoost(List.of());
    }

    /**
     * The boosts of the source plus penalties from its declines: a candidate whose discipline is one the
     * source declined as "wrong field", or whose city lies in a prefecture it declined as "too far", gets
     * {@link #DECLINED_LIKE}. Penalties give no reason and never raise a score.
     */
    static TaxonomyBoost of(MatchableListing source, MatchQuery query) {
        TaxonomyBoost boost = of(source);
        if (query.lowerDisciplines().isEmpty() && query.lowerCities().isEmpty()) {
            return boost;
        }
        List<Dimension> dims = new ArrayList<>(boost.dimensions);
        for (String discipline : new java.util.TreeSet<>(query.lowerDisciplines())) {
            dims.add(new Dimension(ListingDocument.DISCIPLINE, discipline, null, DECLINED_LIKE, 1f,
                    MatchReasonType.SAME_DISCIPLINE, MatchReasonType.SAME_DISCIPLINE_GROUP));
        }
        for (String city : new java.util.TreeSet<>(query.lowerCities())) {
            String prefecture = city.length() == 6 ? city.substring(0, PREFECTURE_LENGTH) : null;
            dims.add(new Dimension(ListingDocument.CITY, city, prefecture, prefecture == null ? DECLINED_LIKE : 1f,
                    DECLINED_LIKE, MatchReasonType.SAME_CITY, MatchReasonType.SAME_CITY));
        }
        return new TaxonomyBoost(dims);
    }

    static TaxonomyBoost of(MatchableListing source) {
        List<Dimension> dims = new ArrayList<>();
        String discipline = source.disciplineCode();
        if (discipline != null) {
            dims.add(new Dimension(ListingDocument.DISCIPLINE, discipline,
                    prefix(discipline, DISCIPLINE_GROUP_LENGTH), SAME_DISCIPLINE, SAME_DISCIPLINE_GROUP,
                    MatchReasonType.SAME_DISCIPLINE, MatchReasonType.SAME_DISCIPLINE_GROUP));
        }
        String industry = source.industryCode();
        if (industry != null) {
            dims.add(new Dimension(ListingDocument.INDUSTRY, industry,
                    prefix(industry, INDUSTRY_DIVISION_LENGTH), SAME_INDUSTRY, SAME_INDUSTRY_DIVISION,
                    MatchReasonType.SAME_INDUSTRY, MatchReasonType.SAME_INDUSTRY_DIVISION));
        }
        String city = source.cityCode();
        if (city != null) {
            // A city is the same when the prefecture is: "510104" (锦江区) lies in "510100" (成都市).
            String prefecture = city.length() == 6 ? city.substring(0, PREFECTURE_LENGTH) : null;
            dims.add(new Dimension(ListingDocument.CITY, city, prefecture,
                    prefecture == null ? SAME_CITY : 1f, SAME_CITY,
                    MatchReasonType.SAME_CITY, MatchReasonType.SAME_CITY));
        }
        return new TaxonomyBoost(dims);
    }

    /** A prefix only counts when it is strictly shorter than the code, otherwise it would duplicate the exact match. */
    private static String prefix(String code, int length) {
        return code.length() > length ? code.substring(0, length) : (code.length() == length ? code : null);
    }

    List<Dimension> dimensions() {
        return dimensions;
    }

    /** True when the source has a discipline code of its own (penalties from declines do not count). */
    boolean hasDiscipline() {
        return dimensions.stream().anyMatch(d -> d.field().equals(ListingDocument.DISCIPLINE) && d.maxFactor() > 1f);
    }

    boolean isEmpty() {
        return dimensions.isEmpty();
    }

    float maxFactor() {
        float max = 1f;
        for (Dimension d : dimensions) {
            max *= d.maxFactor();
        }
        return max;
    }

    List<MatchReason> reasons(ListingDocument.Stored candidate) {
        List<MatchReason> reasons = new ArrayList<>();
        for (Dimension d : dimensions) {
            MatchReason r = d.reason(candidateCode(d.field(), candidate));
            if (r != null) {
                reasons.add(r);
            }
        }
        return reasons;
    }

    private static String candidateCode(String field, ListingDocument.Stored candidate) {
        return switch (field) {
            case ListingDocument.DISCIPLINE -> candidate.disciplineCode();
            case ListingDocument.INDUSTRY -> candidate.industryCode();
            case ListingDocument.CITY -> candidate.cityCode();
            default -> throw new IllegalArgumentException(field);
        };
    }
}
