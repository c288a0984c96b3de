package cn.scast.tianfu.concierge;

import cn.scast.tianfu.listing.Listing;
import cn.scast.tianfu.listing.ListingState;
import cn.scast.tianfu.listing.MarketSide;
import cn.scast.tianfu.platform.Callers;
import cn.scast.tianfu.platform.RecordAccessRefused;
import cn.scast.tianfu.platform.RecordConflict;
import cn.scast.tianfu.platform.RecordNotFound;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/**
 * 感兴趣: the owner of a listing asks for an introduction to a proposed counterpart. The pair gets one 保姆单
 * (一单一策): the first request opens it for the demand's city, a request from the other side joins it. Each side follows
 * the order's timeline; who the other side is stays hidden until the 科服保姆 has made the introduction.
 */
@Stateless
@RolesAllowed({"worker", "enterprise", "admin", "city-staff"})
public class IntroductionService {

    @PersistenceContext(unitName = "tianfu")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @EJB
    private ConciergeService concierge;

    @EJB
    private IntroductionParties parties;

    /** Opens or joins the order of the pair (the caller's listing and a counterpart on the other side). */
    public IntroductionView request(long ownListingId, long counterpartId) {
        Listing own = published(ownListingId);
        Listing other = published(counterpartId);
        if (own.getSide() == other.getSide()) {
            throw new RecordConflict("只能为所能与所需之间的匹配申请对接");
        }
        String caller = Callers.name(session);
        if (!caller.equals(ownerOf(ownListingId))) {
            throw new RecordAccessRefused("只能为自己发布的供需信息申请对接");
        }
        Listing demand = own.getSide() == MarketSide.DEMAND ? own : other;
        Listing supply = own.getSide() == MarketSide.SUPPLY ? own : other;
        if (declined(demand.getId(), supply.getId())) {
            throw new RecordConflict("这对供需已被标记为不合适，不能再申请对接");
        }
        ConciergeOrder order = orderOf(demand.getId(), supply.getId()).orElseGet(() -> concierge.openIntroduction(
                session.isCallerInRole("enterprise") ? ClientType.ENTERPRISE : ClientType.WORKER,
                clientName(caller, own), demand.getCityCode(), title(demand, supply), demand.getId(), supply.getId()));
        return view(order, caller);
    }

    /** The introductions the caller's listings take part in, newest first. */
    public List<IntroductionView> mine() {
        String caller = Callers.name(session);
        List<Long> ids = em.createNativeQuery("SELECT o.id FROM concierge_order o JOIN listing l "
                        + "ON l.id IN (o.demand_listing_id, o.supply_listing_id) WHERE l.owner_account = ?1 "
                        + "GROUP BY o.id ORDER BY o.id DESC")
                .setParameter(1, caller).setMaxResults(200).getResultList().stream()
                .map(id -> ((Number) id).longValue()).toList();
        return ids.stream().map(id -> view(em.find(ConciergeOrder.class, id), caller)).toList();
    }

    private IntroductionView view(ConciergeOrder order, String caller) {
        boolean ownsDemand = caller.equals(ownerOf(order.getDemandListingId()));
        Listing mine = em.find(Listing.class, ownsDemand ? order.getDemandListingId() : order.getSupplyListingId());
        Listing theirs = em.find(Listing.class, ownsDemand ? order.getSupplyListingId() : order.getDemandListingId());
        Contact counterpart = null;
        if (order.introduced() && theirs != null) {
            Contact owner = parties.contactOf(theirs.getId());
            counterpart = owner != null ? owner : new Contact(theirs.getOwnerName(), null, null, null);
        }
        return IntroductionView.of(order, mine, theirs, counterpart);
    }

    private Listing published(long id) {
        Listing listing = em.find(Listing.class, id);
        if (listing == null || listing.getStatus() != ListingState.PUBLISHED) {
            throw new RecordNotFound("发布信息 " + id + " 不存在或未发布");
        }
        return listing;
    }

    private String ownerOf(Long listingId) {
        if (listingId == null) {
            return null;
        }
        List<?> owner = em.createNativeQuery("SELECT owner_account FROM listing WHERE id = ?1")
                .setParameter(1, listingId).getResultList();
        return owner.isEmpty() ? null : (String) owner.get(0);
    }

    private Optional<ConciergeOrder> orderOf(long demandId, long supplyId) {
        return em.createQuery("SELECT o FROM ConciergeOrder o WHERE o.demandListingId = :d AND o.supplyListingId = :s",
                        ConciergeOrder.class)
                .setParameter("d", demandId).setParameter("s", supplyId).getResultStream().findFirst();
    }

    private boolean declined(long demandId, long supplyId) {
        return !em.createNativeQuery("SELECT 1 FROM listing_match_decline WHERE demand_id = ?1 AND supply_id = ?2")
                .setParameter(1, demandId).setParameter(2, supplyId).getResultList().isEmpty();
    }

    private String clientName(String caller, Listing own) {
        String name = own.getOwnerName() == null || own.getOwnerName().isBlank() ? caller : own.getOwnerName();
        return name.length() > 64 ? name.substring(0, 64) : name;
    }

    private static String title(Listing demand, Listing supply) {
        String title = "对接：" + demand.getTitle() + " ↔ " + supply.getTitle();
        return title.length() > 100 ? title.substring(0, 99) + "…" : title;
    }
}
