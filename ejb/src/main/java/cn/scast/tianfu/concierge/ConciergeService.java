package cn.scast.tianfu.concierge;

import cn.scast.tianfu.platform.ChinaTime;
import cn.scast.tianfu.membership.CityStaffScope;
import cn.scast.tianfu.platform.Callers;
import cn.scast.tianfu.platform.RecordNotFound;
import cn.scast.tianfu.platform.RuleViolation;
import cn.scast.tianfu.platform.AuditTrail;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.inject.Inject;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Opening, working and closing 保姆单; every change is audited and recorded in the caller's name. A 科服保姆
 * sees and works only the orders of their own city; administrators see all.
 */
@Stateless
@RolesAllowed({"admin", "city-staff"})
public class ConciergeService {

    @PersistenceContext(unitName = "tianfu")
    private EntityManager em;

    /** Why a 科服保姆 may not see or work an order. */
    static final String OTHER_CITY = "市州工作人员只能办理本市州的保姆单";

    @EJB
    private AuditTrail audit;

    @EJB
    private CityStaffScope cities;

    @EJB
    private IntroductionNotices introductionNotices;

    @Resource
    private SessionContext session;

    @Inject
    private Clock clock;

    public ConciergeOrder open(ClientType clientType, String clientName, String cityCode, String staffUsername,
                               String title, String policy) {
        if (em.find(cn.scast.tianfu.reference.City.class, cityCode) == null) {
            throw new RuleViolation("未知的市州代码 " + cityCode);
        }
        cities.requireMayWorkOn(cityCode, OTHER_CITY);
        LocalDate today = ChinaTime.today(clock);
        long sequence = nextOrderNumber();
        String orderNo = "BM" + today.getYear() + "-" + cityCode.substring(0, 4) + "-" + String.format("%06d", sequence);
        ConciergeOrder order = new ConciergeOrder(orderNo, clientType, clientName, cityCode, staffUsername, title,
                policy, today);
        em.persist(order);
        audit.record("concierge.open", "ConciergeOrder", orderNo, null, Map.of("client", clientName,
                "staff", staffUsername, "city", cityCode), null);
        return order;
    }

    /**
     * Opens the 保姆单 of a supply–demand pair for an introduction an account asked for, in the demand's city, carried by
     * that city's 科服保姆 with the fewest open orders. Only {@link IntroductionService} calls this, after checking that
     * the caller owns one of the two listings.
     */
    @RolesAllowed({"admin", "city-staff", "worker", "enterprise"})
    public ConciergeOrder openIntroduction(ClientType clientType, String clientName, String cityCode, String title,
                                           long demandListingId, long supplyListingId) {
        String staff = leastBusyStaff(cityCode)
                .orElseThrow(() -> new RuleViolation("该市州暂无科服保姆，暂不能受理对接申请，请联系市州科协"));
        LocalDate today = ChinaTime.today(clock);
        String orderNo = "BM" + today.getYear() + "-" + cityCode.substring(0, 4) + "-" + String.format("%06d", nextOrderNumber());
        ConciergeOrder order = new ConciergeOrder(orderNo, clientType, clientName, cityCode, staff, title,
                "对接申请（一单一策）", today);
        String caller = Callers.name(session);
        order.introduce(demandListingId, supplyListingId, caller);
        em.persist(order);
        audit.record("concierge.introduction", "ConciergeOrder", orderNo, null, Map.of("client", clientName,
                "staff", staff, "city", cityCode, "demand", demandListingId, "supply", supplyListingId), null);
        introductionNotices.opened(order, caller);
        return order;
    }

    private java.util.Optional<String> leastBusyStaff(String cityCode) {
        List<?> rows = em.createNativeQuery("SELECT s.username FROM mem_staff s JOIN mem_city_association a "
                        + "ON a.id = s.city_association_id LEFT JOIN concierge_order o ON o.staff_username = s.username "
                        + "AND o.status = 'OPEN' WHERE a.city_code = ?1 GROUP BY s.username ORDER BY COUNT(o.id), s.username")
                .setParameter(1, cityCode).setMaxResults(1).getResultList();
        return rows.stream().map(String.class::cast).findFirst();
    }

    /** A step of the order's timeline, recorded by the caller. */
    public ConciergeOrder logStep(long orderId, StepType type, String note, LocalDate on, BigDecimal amountWanYuan) {
        ConciergeOrder order = require(orderId);
        String recordedBy = Callers.name(session);
        OrderStatus before = order.getStatus();
        order.log(type, note, on, recordedBy, amountWanYuan);
        audit.record("concierge.step." + type.name().toLowerCase(), "ConciergeOrder", order.getOrderNo(),
                Map.of("status", before.name()), Map.of("status", order.getStatus().name(),
                        "amount", String.valueOf(amountWanYuan)), note);
        introductionNotices.stepLogged(order, type);
        return order;
    }

    public ConciergeOrder assign(long orderId, String staffUsername) {
        ConciergeOrder order = require(orderId);
        String before = order.getStaffUsername();
        order.assignTo(staffUsername);
        audit.record("concierge.assign", "ConciergeOrder", order.getOrderNo(), Map.of("staff", before),
                Map.of("staff", staffUsername), null);
        return order;
    }

    public ConciergeOrder closeWithoutDeal(long orderId, String reason) {
        ConciergeOrder order = require(orderId);
        order.closeWithoutDeal(ChinaTime.today(clock));
        audit.record("concierge.close", "ConciergeOrder", order.getOrderNo(), null,
                Map.of("status", order.getStatus().name()), reason);
        return order;
    }

    public ConciergeOrder find(long orderId) {
        ConciergeOrder order = require(orderId);
        order.getSteps().size();
        return order;
    }

    /** The newest orders the caller may see: every city's for administrators, their own city's for staff. */
    public List<ConciergeOrder> recent(int first, int max) {
        var city = cities.confinedCity();
        return em.createQuery("SELECT o FROM ConciergeOrder o WHERE (:city IS NULL OR o.cityCode = :city) "
                        + "ORDER BY o.openedOn DESC, o.id DESC", ConciergeOrder.class)
                .setParameter("city", city.orElse(null))
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    /**
     * The next number of the counter row. The UPDATE locks the row until this transaction ends, so a
     * parallel opening waits and then reads the number after ours.
     */
    private long nextOrderNumber() {
        em.createNativeQuery("UPDATE concierge_order_counter SET last_value = last_value + 1 WHERE name = 'order'")
                .executeUpdate();
        return ((Number) em.createNativeQuery("SELECT last_value FROM concierge_order_counter WHERE name = 'order'")
                .getSingleResult()).longValue();
    }

    private ConciergeOrder require(long orderId) {
        ConciergeOrder order = em.find(ConciergeOrder.class, orderId);
        if (order == null) {
            throw new RecordNotFound("保姆单 " + orderId + " 不存在");
        }
        cities.requireMayWorkOn(order.getCityCode(), OTHER_CITY);
        return order;
    }
}
