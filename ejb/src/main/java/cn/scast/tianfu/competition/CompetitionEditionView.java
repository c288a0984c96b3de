package cn.scast.tianfu.competition;

import java.io.Serializable;

/** A contest edition for pickers and the API. */
public record CompetitionEditionView(long editionId, String type, String programme, int year, String name,
                                 boolean popularVote) implements Serializable {
}
