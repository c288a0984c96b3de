package cn.scast.tianfu.competition;

import cn.scast.tianfu.award.RefusedInput;
import cn.scast.tianfu.evaluation.EvaluationAudit;
import cn.scast.tianfu.platform.Callers;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 人气奖: signed-in users vote once per edition for one registered entry. The votes are counted apart
 * from the jury and never touch the engine's scores; the award goes to the most voted entries.
 */
@Stateless
public class PopularVotes {

    public static final String ACTION_REFUSED = "CONTEST_VOTE_REFUSED";

    @PersistenceContext(unitName = "tianfu")
    private EntityManager em;

    @EJB
    private EvaluationAudit refusals;

    public void vote(long editionId, long entryId, String voter) {
        try {
            record(editionId, entryId, voter);
        } catch (RefusedInput refused) {
            refusals.rejected(ACTION_REFUSED, "cts_edition", String.valueOf(editionId),
                    Map.of("voter", String.valueOf(voter), "entry", entryId), refused.getMessage());
            throw refused;
        }
    }

    /** Every registered entry of the edition with its votes, most voted first. */
    public List<VoteCount> counts(long editionId) {
        Map<Long, Long> votes = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT v.entryId, COUNT(v) FROM PopularVote v WHERE v.editionId = :e "
                + "GROUP BY v.entryId", Object[].class).setParameter("e", editionId).getResultList()) {
            votes.put((Long) row[0], (Long) row[1]);
        }
        return em.createQuery("SELECT r FROM Registration r WHERE r.editionId = :e", Registration.class)
                .setParameter("e", editionId).getResultList().stream()
                .map(r -> new VoteCount(r.getEntryId(), r.getTitle(), r.getEntrantName(),
                        votes.getOrDefault(r.getEntryId(), 0L)))
                .sorted(Comparator.comparingLong(VoteCount::votes).reversed().thenComparingLong(VoteCount::entryId))
                .toList();
    }

    /** The 人气奖 winners: all entries sharing the highest count (none while nobody has voted). */
    public List<VoteCount> popularAward(long editionId) {
        List<VoteCount> counts = counts(editionId);
        if (counts.isEmpty() || counts.get(0).votes() == 0) {
            return List.of();
        }
        long top = counts.get(0).votes();
        return counts.stream().filter(c -> c.votes() == top).toList();
    }

    private void record(long editionId, long entryId, String voter) {
        ContestEdition contest = em.find(ContestEdition.class, editionId);
        if (contest == null) {
            throw RefusedInput.rule(null, "竞赛届次 " + editionId + " 不存在");
        }
        if (!contest.isPopularVote()) {
            throw RefusedInput.rule(null, "本届竞赛不设人气奖投票");
        }
        if (Callers.isAnonymous(voter)) {
            throw RefusedInput.rule(null, "请登录后投票");
        }
        long registered = em.createQuery("SELECT COUNT(r) FROM Registration r WHERE r.editionId = :e "
                + "AND r.entryId = :n", Long.class).setParameter("e", editionId).setParameter("n", entryId)
                .getSingleResult();
        if (registered == 0) {
            throw RefusedInput.rule("entryId", "作品 " + entryId + " 不是本届参赛作品");
        }
        if (hasVoted(editionId, voter)) {
            throw RefusedInput.rule(null, "每人每届只能投一票，您已投过票");
        }
        em.persist(new PopularVote(editionId, voter, entryId, Instant.now()));
        try {
            em.flush();
        } catch (PersistenceException e) {
            // A second vote sent at the same moment: the unique key (edition, voter) decided.
            throw RefusedInput.rule(null, "每人每届只能投一票，您已投过票");
        }
    }

    private boolean hasVoted(long editionId, String voter) {
        return em.createQuery("SELECT COUNT(v) FROM PopularVote v WHERE v.editionId = :e AND v.voter = :u",
                Long.class).setParameter("e", editionId).setParameter("u", voter).getSingleResult() > 0;
    }
}
