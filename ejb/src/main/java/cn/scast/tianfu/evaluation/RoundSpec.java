package cn.scast.tianfu.evaluation;

import cn.scast.tianfu.evaluation.ranking.AdvancementPolicy;
import cn.scast.tianfu.evaluation.scoring.Criterion;
import cn.scast.tianfu.evaluation.scoring.FormType;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * How to set up a round.
 *
 * @param tieBreakers {@code TieBreaker} names separated by commas, or null
 * @param tierScheme  e.g. {@code QUOTA:一等奖=1;二等奖=2}, {@code BAND_RAW_MEAN:金奖=90;银奖=80}, or null
 */
public record RoundSpec(int seq, String name, Instant opensAt, Instant closesAt, FormType formType,
                        List<Criterion> criteria, boolean blind, int jurorsPerEntry, int advancingPlaces,
                        AdvancementPolicy advancementPolicy, String tieBreakers, String tierScheme) implements Serializable {

    public RoundSpec {
        criteria = List.copyOf(criteria);
    }
}
