package cn.scast.tianfu.competition;

import java.io.Serializable;

/** Popular-vote count of one entry, counted apart from the jury's scores. */
public record VoteCount(long entryId, String title, String entrantName, long votes) implements Serializable {
}
