package cn.scast.tianfu.evaluation;

import java.io.Serializable;

/** How far a juror is in one round: submitted sheets out of assigned (non-recused) entries. */
public record JurorProgress(long roundId, String roundName, int submitted, int assigned) implements Serializable {
}
