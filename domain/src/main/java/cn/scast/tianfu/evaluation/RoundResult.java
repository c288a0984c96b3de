package cn.scast.tianfu.evaluation;

import java.util.List;
import java.util.Optional;

/** The leaderboard of a round, best first; entries sharing a rank are listed by entry id. */
public record RoundResult(List<EntryResult> entries) {

    public RoundResult {
        entries = List.copyOf(entries);
    }

    public Optional<EntryResult> find(String entryId) {
        return entries.stream().filter(e -> e.entryId().equals(entryId)).findFirst();
    }

    public List<EntryResult> advanced() {
        return entries.stream().filter(EntryResult::advanced).toList();
    }
}
