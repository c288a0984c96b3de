package cn.scast.tianfu.competition;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The 人气奖 vote of an edition is opened once and closed once, in that order. */
class CompetitionEditionVoteTest {

    private static final Instant NOW = Instant.parse("2026-06-01T02:00:00Z");

    @Test
    void theVoteGoesFromNotOpenToOpenToClosed() {
        CompetitionEdition edition = new CompetitionEdition(1L, CompetitionType.RURAL, true);
        assertEquals(VoteStatus.NOT_OPEN, edition.voteStatus());

        edition.openVote(NOW);
        assertEquals(VoteStatus.OPEN, edition.voteStatus());
        assertEquals(NOW, edition.getVoteOpenedAt());

        edition.closeVote(NOW.plusSeconds(3600));
        assertEquals(VoteStatus.CLOSED, edition.voteStatus());
        assertEquals(NOW.plusSeconds(3600), edition.getVoteClosedAt());
    }

    @Test
    void aVoteIsNeitherClosedBeforeItOpensNorOpenedAgain() {
        CompetitionEdition edition = new CompetitionEdition(2L, CompetitionType.RURAL, true);
        assertThrows(IllegalStateException.class, () -> edition.closeVote(NOW));

        edition.openVote(NOW);
        assertThrows(IllegalStateException.class, () -> edition.openVote(NOW));
        edition.closeVote(NOW);
        assertThrows(IllegalStateException.class, () -> edition.openVote(NOW));
        assertThrows(IllegalStateException.class, () -> edition.closeVote(NOW));
        assertEquals(VoteStatus.CLOSED, edition.voteStatus());
    }
}
