package cn.scast.tianfu.evaluation;

import java.io.Serializable;
import java.util.List;

/** A round's leaderboard: ranked entries best first, then entries still without submitted sheets. */
public record Leaderboard(long roundId, String roundName, String editionName, int advancingPlaces,
                          boolean hasNextRound, List<LeaderboardLine> lines) implements Serializable {

    public Leaderboard {
        lines = List.copyOf(lines);
    }
}
