package cn.scast.tianfu.popscience.qa;

import cn.scast.tianfu.platform.RefusedInput;
import cn.scast.tianfu.membership.UserAccount;
import cn.scast.tianfu.platform.AuditTrail;
import cn.scast.tianfu.platform.Callers;
import cn.scast.tianfu.platform.FieldError;
import cn.scast.tianfu.platform.RecordConflict;
import cn.scast.tianfu.platform.RecordNotFound;
import cn.scast.tianfu.popscience.PopScienceTopic;
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

/** Topic experts of 科普问答, designated by the province office or city staff: they answer the topic's questions anywhere. */
@Stateless
@RolesAllowed({"admin", "city-staff"})
public class PopScienceExperts {

    static final String TARGET = "popsci_expert";

    @PersistenceContext(unitName = "tianfu")
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private AuditTrail audit;

    @Resource
    private SessionContext session;

    public List<ExpertView> experts() {
        return em.createQuery("SELECT e FROM PopScienceExpert e ORDER BY e.topic, e.id", PopScienceExpert.class)
                .setMaxResults(2000).getResultStream().map(this::view).toList();
    }

    public ExpertView designate(ExpertForm form) {
        String username = form == null || form.username == null ? "" : form.username.strip();
        String topicName = form == null || form.topic == null ? "" : form.topic.strip();
        if (username.isEmpty() || topicName.isEmpty()) {
            throw RefusedInput.invalid(List.of(new FieldError(username.isEmpty() ? "username" : "topic", "不能为空")));
        }
        PopScienceTopic topic;
        try {
            topic = PopScienceTopic.valueOf(topicName);
        } catch (IllegalArgumentException e) {
            throw RefusedInput.invalid(List.of(new FieldError("topic", "无法识别的取值：" + topicName)));
        }
        UserAccount account = account(username);
        if (!em.createQuery("SELECT e.id FROM PopScienceExpert e WHERE e.accountId = :a AND e.topic = :t", Long.class)
                .setParameter("a", account.getId()).setParameter("t", topic).getResultList().isEmpty()) {
            throw new RecordConflict(account.getDisplayName() + " 已是「" + topic.label() + "」的专家");
        }
        PopScienceExpert expert = new PopScienceExpert(account.getId(), topic, Callers.name(session), clock.instant());
        em.persist(expert);
        em.flush();
        ExpertView view = view(expert);
        audit.record("POPSCI_EXPERT_DESIGNATED", TARGET, expert.getId(), null, view, "指定科普问答专家");
        return view;
    }

    public void remove(long id) {
        PopScienceExpert expert = em.find(PopScienceExpert.class, id);
        if (expert == null) {
            throw new RecordNotFound("专家 " + id + " 不存在");
        }
        ExpertView before = view(expert);
        em.remove(expert);
        audit.record("POPSCI_EXPERT_REMOVED", TARGET, id, before, null, "取消科普问答专家");
    }

    private UserAccount account(String username) {
        return em.createQuery("SELECT a FROM UserAccount a WHERE a.username = :u", UserAccount.class)
                .setParameter("u", username).getResultStream().findFirst()
                .orElseThrow(() -> RefusedInput.rule("username", "没有这个账号：" + username));
    }

    private ExpertView view(PopScienceExpert e) {
        UserAccount account = em.find(UserAccount.class, e.getAccountId());
        return new ExpertView(e.getId(), account == null ? null : account.getUsername(),
                account == null ? null : account.getDisplayName(), e.getTopic().name(), e.getTopic().label());
    }
}
