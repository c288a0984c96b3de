package cn.scast.tianfu.popscience;

import cn.scast.tianfu.platform.AuditTrail;
import cn.scast.tianfu.platform.Callers;
import cn.scast.tianfu.platform.RecordNotFound;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.List;
import java.util.Set;

/** The signed-in caller's own 科普 subscription: topics, audience groups and region. */
@Stateless
@RolesAllowed({"admin", "city-staff", "society-officer", "jury-member", "worker", "enterprise", "public"})
public class PopScienceSubscriptions {

    @PersistenceContext(unitName = "tianfu")
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private AuditTrail audit;

    @Resource
    private SessionContext session;

    public SubscriptionView mine() {
        PopScienceSubscription subscription = em.find(PopScienceSubscription.class, callerAccountId());
        return subscription == null ? new SubscriptionView(List.of(), List.of(), null, null, null, "四川省")
                : view(subscription);
    }

    public SubscriptionView choose(SubscriptionForm form) {
        if (form == null) {
            form = new SubscriptionForm();
        }
        FormReader read = new FormReader();
        Set<PopScienceTopic> topics = read.many("topics", form.topics, PopScienceTopic.class);
        Set<Audience> groups = read.many("groups", form.groups, Audience.class);
        read.check();
        Region region = RegionNames.known(em, form.cityCode, form.countyCode, form.town);
        long accountId = callerAccountId();
        PopScienceSubscription subscription = em.find(PopScienceSubscription.class, accountId);
        SubscriptionView before = subscription == null ? null : view(subscription);
        if (subscription == null) {
            subscription = new PopScienceSubscription(accountId);
            subscription.choose(topics, groups, region, clock.instant());
            em.persist(subscription);
        } else {
            subscription.choose(topics, groups, region, clock.instant());
        }
        SubscriptionView after = view(subscription);
        audit.record("POPSCI_SUBSCRIPTION", "popsci_subscription", accountId, before, after, "修改科普订阅");
        return after;
    }

    private SubscriptionView view(PopScienceSubscription s) {
        return new SubscriptionView(s.topicSet().stream().map(Enum::name).toList(),
                s.groupSet().stream().map(Enum::name).toList(), s.getCityCode(), s.getCountyCode(), s.getTown(),
                RegionNames.of(em, s.region()));
    }

    private long callerAccountId() {
        String name = Callers.name(session);
        return em.createQuery("SELECT a.id FROM UserAccount a WHERE a.username = :u", Long.class)
                .setParameter("u", name).getResultStream().findFirst()
                .orElseThrow(RecordNotFound::orHidden);
    }
}
