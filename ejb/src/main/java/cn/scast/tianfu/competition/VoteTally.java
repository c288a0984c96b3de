package cn.scast.tianfu.competition;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * An edition's 人气奖 vote as the public sees it: its state, the entries one may vote for and, only once the vote
 * has closed, the counts (most voted first). While it is open {@code counts} is empty and {@code countsShown} false.
 */
public record VoteTally(long editionId, String editionName, VoteStatus status, String statusLabel, Instant openedAt,
                        Instant closedAt, List<VoteEntry> entries, boolean countsShown, List<VoteCount> counts)
        implements Serializable {
}
