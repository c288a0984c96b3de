package cn.scast.tianfu.competition;

import cn.scast.tianfu.platform.RefusedInput;
import cn.scast.tianfu.evaluation.EvaluationAudit;
import cn.scast.tianfu.evaluation.model.Edition;
import cn.scast.tianfu.platform.AuditTrail;
import cn.scast.tianfu.platform.Callers;
import cn.scast.tianfu.platform.RecordConflict;
import cn.scast.tianfu.platform.RecordNotFound;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 人气奖: while staff keep an edition's vote open, signed-in accounts vote once per edition for one registered
 * entry. The votes live in their own table and never touch the engine's scores; the counts (and so the award) are
 * published only after the vote has closed, so an early count cannot steer the rest of the vote.
 */
@Stateless
public class PopularVotes {

    public static final String ACTION_REFUSED = "CONTEST_VOTE_REFUSED";
    static final String ALREADY_VOTED = "每人每届只能投一票，您已投过票";

    @PersistenceContext(unitName = "tianfu")
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private EvaluationAudit refusals;

    @EJB
    private AuditTrail audit;

    public void vote(long editionId, long entryId, String voter) {
        try {
            record(editionId, entryId, voter);
        } catch (RefusedInput refused) {
            refusals.rejected(ACTION_REFUSED, "cts_edition", String.valueOf(editionId),
                    Map.of("voter", String.valueOf(voter), "entry", entryId), refused.getMessage());
            throw refused;
        }
    }

    /** Opens the vote of an edition that has one. @throws RecordConflict when it was opened before */
    @RolesAllowed("admin")
    public VoteTally open(long editionId) {
        CompetitionEdition contest = votingEdition(editionId);
        if (contest.voteStatus() != VoteStatus.NOT_OPEN) {
            throw new RecordConflict("本届人气奖投票" + contest.voteStatus().label() + "，不能再次开启");
        }
        contest.openVote(clock.instant());
        audit.record("CONTEST_VOTE_OPEN", "cts_edition", editionId, Map.of("status", VoteStatus.NOT_OPEN.name()),
                Map.of("status", VoteStatus.OPEN.name()), "开启人气奖投票");
        return tally(editionId);
    }

    /** Closes an open vote for good and publishes the counts. @throws RecordConflict when it is not open */
    @RolesAllowed("admin")
    public VoteTally close(long editionId) {
        CompetitionEdition contest = votingEdition(editionId);
        if (contest.voteStatus() != VoteStatus.OPEN) {
            throw new RecordConflict("本届人气奖投票" + contest.voteStatus().label() + "，不能结束");
        }
        contest.closeVote(clock.instant());
        audit.record("CONTEST_VOTE_CLOSE", "cts_edition", editionId, Map.of("status", VoteStatus.OPEN.name()),
                Map.of("status", VoteStatus.CLOSED.name(), "votes", totalVotes(editionId)), "结束人气奖投票，公布票数");
        return tally(editionId);
    }

    /** The vote as everyone may see it: counts only after it has closed. @throws RecordNotFound no such vote */
    public VoteTally tally(long editionId) {
        CompetitionEdition contest = votingEdition(editionId);
        Edition edition = em.find(Edition.class, editionId);
        boolean closed = contest.voteStatus() == VoteStatus.CLOSED;
        List<VoteEntry> entries = em.createQuery("SELECT r FROM Registration r WHERE r.editionId = :e ORDER BY r.id",
                        Registration.class).setParameter("e", editionId).getResultList().stream()
                .map(r -> new VoteEntry(r.getEntryId(), r.getTitle(), r.getEntrantName())).toList();
        return new VoteTally(editionId, edition.getName(), contest.voteStatus(), contest.voteStatus().label(),
                contest.getVoteOpenedAt(), contest.getVoteClosedAt(), entries, closed,
                closed ? counts(editionId) : List.of());
    }

    /** Editions that have a popular vote, newest first, for the public list of votes. */
    public List<VoteTally> votingEditions() {
        return em.createQuery("SELECT c.editionId FROM CompetitionEdition c WHERE c.popularVote = TRUE "
                        + "ORDER BY c.editionId DESC", Long.class).getResultList().stream().map(this::tally).toList();
    }

    /** The 人气奖 winners once the vote has closed: all entries sharing the highest count (none before). */
    public List<VoteCount> popularAward(long editionId) {
        CompetitionEdition contest = em.find(CompetitionEdition.class, editionId);
        if (contest == null || contest.voteStatus() != VoteStatus.CLOSED) {
            return List.of();
        }
        List<VoteCount> counts = counts(editionId);
        if (counts.isEmpty() || counts.get(0).votes() == 0) {
            return List.of();
        }
        long top = counts.get(0).votes();
        return counts.stream().filter(c -> c.votes() == top).toList();
    }

    /** Whether this voter has voted in the edition (the page then says so instead of offering the buttons). */
    public boolean hasVoted(long editionId, String voter) {
        return em.createQuery("SELECT COUNT(v) FROM PopularVote v WHERE v.editionId = :e AND v.voter = :u",
                Long.class).setParameter("e", editionId).setParameter("u", voter).getSingleResult() > 0;
    }

    /** Every registered entry of the edition with its votes, most voted first (internal: the public waits for the close). */
    private List<VoteCount> counts(long editionId) {
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

    private long totalVotes(long editionId) {
        return em.createQuery("SELECT COUNT(v) FROM PopularVote v WHERE v.editionId = :e", Long.class)
                .setParameter("e", editionId).getSingleResult();
    }

    private CompetitionEdition votingEdition(long editionId) {
        CompetitionEdition contest = em.find(CompetitionEdition.class, editionId);
        if (contest == null || !contest.isPopularVote()) {
            throw new RecordNotFound("竞赛届次 " + editionId + " 不存在或不设人气奖投票");
        }
        return contest;
    }

    private void record(long editionId, long entryId, String voter) {
        if (Callers.isAnonymous(voter)) {
            throw RefusedInput.rule(null, "请登录后投票");
        }
        requireVotable(editionId, entryId);
        if (hasVoted(editionId, voter)) {
            throw RefusedInput.rule(null, ALREADY_VOTED);
        }
        em.persist(new PopularVote(editionId, voter, entryId, clock.instant()));
        try {
            em.flush();
        } catch (PersistenceException e) {
            // A second vote sent at the same moment: the unique key (edition, voter) decided.
            throw RefusedInput.rule(null, ALREADY_VOTED);
        }
    }

    /** Refuses unless the edition's vote is open and the entry is registered in it. */
    public void requireVotable(long editionId, long entryId) {
        // Locked: a close that commits while a vote is being taken waits, so no vote lands after the close.
        CompetitionEdition contest = em.find(CompetitionEdition.class, editionId, LockModeType.PESSIMISTIC_READ);
        if (contest == null) {
            throw RefusedInput.rule(null, "竞赛届次 " + editionId + " 不存在");
        }
        if (!contest.isPopularVote()) {
            throw RefusedInput.rule(null, "本届竞赛不设人气奖投票");
        }
        if (contest.voteStatus() == VoteStatus.NOT_OPEN) {
            throw RefusedInput.rule(null, "本届人气奖投票尚未开始");
        }
        if (contest.voteStatus() == VoteStatus.CLOSED) {
            throw RefusedInput.rule(null, "本届人气奖投票已结束");
        }
        long registered = em.createQuery("SELECT COUNT(r) FROM Registration r WHERE r.editionId = :e "
                + "AND r.entryId = :n", Long.class).setParameter("e", editionId).setParameter("n", entryId)
                .getSingleResult();
        if (registered == 0) {
            throw RefusedInput.rule("entryId", "作品 " + entryId + " 不是本届参赛作品");
        }
    }
}
