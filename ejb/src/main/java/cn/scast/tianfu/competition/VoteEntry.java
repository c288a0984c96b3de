package cn.scast.tianfu.competition;

import java.io.Serializable;

/** An entry one may vote for in the 人气奖 vote. */
public record VoteEntry(long entryId, String title, String entrantName) implements Serializable {
}
