package cn.scast.tianfu.concierge;

import cn.scast.tianfu.membership.UserAccount;
import cn.scast.tianfu.notification.Notifier;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Map;

/** Tells both sides of an introduction order about its progress, in their inbox (and by mail when verified). */
@Stateless
@PermitAll
public class IntroductionNotices {

    private static final Map<StepType, String> STEP_NAMES = Map.of(StepType.VISIT, "上门走访",
            StepType.NEED_ANALYSIS, "需求分析", StepType.INTRODUCTION, "对接引荐", StepType.NEGOTIATION, "洽谈",
            StepType.SIGNED, "签约");

    @PersistenceContext(unitName = "tianfu")
    private EntityManager em;

    @EJB
    private Notifier notifier;

    /** The order of a pair was opened for an introduction: its requester hears who carries it. */
    public void opened(ConciergeOrder order, String requester) {
        accounts(List.of(requester)).forEach(account -> notifier.notify(account, "introduction",
                "【天府科技云】对接申请已受理：" + order.getOrderNo(),
                account.getDisplayName() + "，您好：\n\n您的对接申请已开立保姆单 " + order.getOrderNo() + "（" + order.getTitle()
                        + "），由科服保姆 " + order.getStaffUsername() + " 承办。进展会通知您。\n\n天府科技云"));
    }

    /** A step was recorded on an introduction order: both owners hear of it. */
    public void stepLogged(ConciergeOrder order, StepType type) {
        if (order.getDemandListingId() == null) {
            return;
        }
        List<?> owners = em.createNativeQuery("SELECT DISTINCT owner_account FROM listing WHERE id IN (?1, ?2) "
                        + "AND owner_account IS NOT NULL")
                .setParameter(1, order.getDemandListingId()).setParameter(2, order.getSupplyListingId()).getResultList();
        accounts(owners.stream().map(String.class::cast).toList()).forEach(account -> notifier.notify(account,
                "introduction", "【天府科技云】对接进展：" + STEP_NAMES.get(type) + "（" + order.getOrderNo() + "）",
                account.getDisplayName() + "，您好：\n\n保姆单 " + order.getOrderNo() + "（" + order.getTitle() + "）有新进展："
                        + STEP_NAMES.get(type) + "。\n\n天府科技云"));
    }

    private List<UserAccount> accounts(List<String> usernames) {
        if (usernames.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT a FROM UserAccount a WHERE a.username IN :names", UserAccount.class)
                .setParameter("names", usernames).getResultList();
    }
}
