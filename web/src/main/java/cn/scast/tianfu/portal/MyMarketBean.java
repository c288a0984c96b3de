package cn.scast.tianfu.portal;

import cn.scast.tianfu.web.Messages;
import cn.scast.tianfu.concierge.IntroductionService;
import cn.scast.tianfu.concierge.IntroductionView;
import cn.scast.tianfu.listing.DeclineReason;
import cn.scast.tianfu.listing.Listing;
import cn.scast.tianfu.listing.ListingRejectedException;
import cn.scast.tianfu.listing.ListingService;
import cn.scast.tianfu.listing.ListingState;
import cn.scast.tianfu.listing.ListingType;
import cn.scast.tianfu.listing.NewListing;
import cn.scast.tianfu.listing.OwnListings;
import cn.scast.tianfu.matching.MatchReasonType;
import cn.scast.tianfu.matching.MatchingService;
import cn.scast.tianfu.matching.ProposedMatch;
import cn.scast.tianfu.platform.FieldError;
import cn.scast.tianfu.platform.RecordAccessRefused;
import cn.scast.tianfu.platform.RecordConflict;
import cn.scast.tianfu.platform.RecordNotFound;
import cn.scast.tianfu.reference.City;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 我的供需: publish 所能/所需, see the best matches of each own listing with their reasons, say 感兴趣 (an introduction
 * through a 科服保姆) or 不合适 (never proposed again), and follow the introductions.
 */
@Named
@ViewScoped
public class MyMarketBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MATCHES = 5;

    @EJB
    private OwnListings own;

    @EJB
    private ListingService listings;

    @EJB
    private MatchingService matching;

    @EJB
    private IntroductionService introductions;

    private String kind = ListingType.ACHIEVEMENT.name();
    private String title;
    private String keywords;
    private String description;
    private String cityCode;
    private String declineReason = DeclineReason.NOT_RELEVANT.name();

    private transient List<Listing> mine;
    private transient Map<Long, List<MatchLine>> matches;

    /** One proposed counterpart as the page shows it. */
    public record MatchLine(long listingId, String title, String kind, String reasons) {
    }

    public void publish() {
        create(true);
    }

    public void saveDraft() {
        create(false);
    }

    private void create(boolean publish) {
        try {
            Listing created = listings.create(new NewListing(null, null, kind, title, description, keywords, null, null,
                    cityCode, null, null, publish));
            Messages.info(Messages.of("pt", publish ? "notice.published" : "notice.drafted", created.getTitle()));
            title = null;
            keywords = null;
            description = null;
            mine = null;
        } catch (ListingRejectedException e) {
            for (FieldError error : e.errors()) {
                Messages.error(error.message());
            }
        }
    }

    public void publishOwn(long listingId) {
        changeOwn(listingId, ListingState.PUBLISHED, "notice.published");
    }

    public void withdraw(long listingId) {
        changeOwn(listingId, ListingState.CLOSED, "notice.withdrawn");
    }

    private void changeOwn(long listingId, ListingState target, String doneKey) {
        try {
            Listing listing = listings.changeStatus(listingId, target);
            Messages.info(Messages.of("pt", doneKey, listing.getTitle()));
            mine = null;
            matches = null;
        } catch (RecordConflict e) {
            Messages.error(e.getMessage());
        }
    }

    public void interested(long ownListingId, long counterpartId) {
        try {
            IntroductionView order = introductions.request(ownListingId, counterpartId);
            Messages.info(Messages.of("pt", "notice.introductionRequested", order.orderNo()));
        } catch (RecordAccessRefused | RecordConflict | RecordNotFound | cn.scast.tianfu.platform.RuleViolation e) {
            Messages.error(e.getMessage());
        }
    }

    public void decline(long ownListingId, long counterpartId) {
        try {
            matching.decline(ownListingId, counterpartId, DeclineReason.valueOf(declineReason), null);
            Messages.info(Messages.of("pt", "notice.declined"));
            matches = null;
        } catch (RecordAccessRefused | ListingRejectedException | IllegalArgumentException e) {
            Messages.error(e instanceof ListingRejectedException r ? r.errors().get(0).message() : e.getMessage());
        }
    }

    public List<Listing> getMine() {
        if (mine == null) {
            mine = own.mine();
        }
        return mine;
    }

    public List<MatchLine> matchesOf(long listingId) {
        if (matches == null) {
            matches = new HashMap<>();
        }
        return matches.computeIfAbsent(listingId, id -> matching.matchesFor(id, MATCHES).stream()
                .map(MyMarketBean::line).toList());
    }

    private static MatchLine line(ProposedMatch m) {
        String shared = m.match().detail(MatchReasonType.SHARED_TERMS);
        return new MatchLine(m.listingId(), m.counterpart().getTitle(), m.counterpart().getKind().label(),
                shared == null ? "" : shared);
    }

    public List<IntroductionView> getIntroductions() {
        return introductions.mine();
    }

    public ListingType[] getKinds() {
        return ListingType.values();
    }

    public DeclineReason[] getDeclineReasons() {
        return DeclineReason.values();
    }

    public List<City> getCities() {
        return listings.cities();
    }

    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getKeywords() { return keywords; }
    public void setKeywords(String keywords) { this.keywords = keywords; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getCityCode() { return cityCode; }
    public void setCityCode(String cityCode) { this.cityCode = cityCode; }
    public String getDeclineReason() { return declineReason; }
    public void setDeclineReason(String declineReason) { this.declineReason = declineReason; }
}
