package cn.scast.tianfu.matching;

import cn.scast.tianfu.listing.Listing;

import java.util.List;

/** One proposed counterpart: its score (comparable within one answer only) and the reasons. */
public class MatchJson {
    public long listingId;
    public String title;
    public String side;
    public String kind;
    public String kindLabel;
    public String ownerName;
    public String cityCode;
    public float score;
    public List<ReasonJson> reasons;
    /** The reasons as one Chinese sentence, e.g. 共同关键词：石墨烯、储能；同一学科；同一市州. */
    public String explanation;

    public static class ReasonJson {
        public String type;
        public String label;
        public String detail;

        static ReasonJson of(MatchReason reason) {
            ReasonJson json = new ReasonJson();
            json.type = reason.type().name();
            json.label = MatchReasonText.label(reason.type());
            json.detail = reason.detail();
            return json;
        }
    }

    static MatchJson of(ProposedMatch proposed) {
        MatchJson json = new MatchJson();
        Listing other = proposed.counterpart();
        json.listingId = proposed.listingId();
        json.title = other.getTitle();
        json.side = other.getSide().name();
        json.kind = other.getKind().name();
        json.kindLabel = other.getKind().label();
        json.ownerName = other.getOwnerName();
        json.cityCode = other.getCityCode();
        json.score = proposed.score();
        json.reasons = proposed.match().reasons().stream().map(ReasonJson::of).toList();
        json.explanation = MatchReasonText.explain(proposed.match().reasons());
        return json;
    }
}
