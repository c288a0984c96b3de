package cn.scast.tianfu.listing;

import java.math.BigDecimal;
import java.util.List;

/** A listing as the API shows it. Texts are returned exactly as stored (HTML is not interpreted). */
public class ListingJson {
    public long id;
    public String externalId;
    public String side;
    public String sideLabel;
    public String kind;
    public String kindLabel;
    public String title;
    public String description;
    public List<String> keywords;
    public String disciplineCode;
    public String industryCode;
    public String cityCode;
    public BigDecimal amountWanYuan;
    public String ownerName;
    public String status;
    public String statusLabel;
    public String createdAt;
    public long version;

    static ListingJson of(Listing listing) {
        ListingJson json = new ListingJson();
        json.id = listing.getId();
        json.externalId = listing.getExternalId();
        json.side = listing.getSide().name();
        json.sideLabel = listing.getSide().label();
        json.kind = listing.getKind().name();
        json.kindLabel = listing.getKind().label();
        json.title = listing.getTitle();
        json.description = listing.getDescription();
        json.keywords = listing.getKeywordList();
        json.disciplineCode = listing.getDisciplineCode();
        json.industryCode = listing.getIndustryCode();
        json.cityCode = listing.getCityCode();
        json.amountWanYuan = listing.getAmountWanYuan();
        json.ownerName = listing.getOwnerName();
        json.status = listing.getStatus().name();
        json.statusLabel = listing.getStatus().label();
        json.createdAt = listing.getCreatedAt().toString();
        json.version = listing.getVersion();
        return json;
    }
}
