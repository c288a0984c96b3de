package cn.scast.tianfu.popscience.qa;

import cn.scast.tianfu.membership.UserAccount;
import cn.scast.tianfu.platform.Callers;
import cn.scast.tianfu.popscience.PopScienceTopic;
import jakarta.ejb.SessionContext;
import jakarta.persistence.EntityManager;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** The caller of a 科普问答 service: the account (empty when anonymous) and what makes it an answerer. */
record QaCaller(UserAccount account, Answerer answerer) {

    static final QaCaller ANONYMOUS = new QaCaller(null, Answerer.NOBODY);

    static QaCaller of(EntityManager em, SessionContext session) {
        String name = session.getCallerPrincipal() == null ? null : session.getCallerPrincipal().getName();
        if (Callers.isAnonymous(name)) {
            return ANONYMOUS;
        }
        Optional<UserAccount> account = em.createQuery("SELECT a FROM UserAccount a WHERE a.username = :u", UserAccount.class)
                .setParameter("u", name).getResultStream().findFirst();
        if (account.isEmpty()) {
            return ANONYMOUS;
        }
        long id = account.get().getId();
        boolean admin = session.isCallerInRole("admin");
        String staffCity = null;
        if (!admin && session.isCallerInRole("city-staff")) {
            staffCity = em.createQuery("SELECT s.cityAssociation.cityCode FROM Staff s WHERE s.username = :u", String.class)
                    .setParameter("u", name).getResultStream().findFirst().orElse(null);
        }
        Set<String> counties = new HashSet<>(em.createQuery(
                "SELECT v.countyCode FROM PopScienceVolunteer v WHERE v.accountId = :a", String.class)
                .setParameter("a", id).getResultList());
        Set<PopScienceTopic> topics = new HashSet<>(em.createQuery(
                "SELECT e.topic FROM PopScienceExpert e WHERE e.accountId = :a", PopScienceTopic.class)
                .setParameter("a", id).getResultList());
        return new QaCaller(account.get(), new Answerer(admin, staffCity, counties, topics));
    }

    boolean signedIn() {
        return account != null;
    }

    long accountId() {
        return account.getId();
    }
}
