package cn.scast.tianfu.evaluation.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One weighted scoring criterion, e.g. {@code new Criterion("INNOV", "创新性", 1, 0, 30)}.
 * Values are {@link BigDecimal} so that a score typed as 27.5 is stored and summed exactly.
 */
public record Criterion(String code, String name, BigDecimal weight, BigDecimal min, BigDecimal max) {

    public Criterion {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        if (code.isBlank()) {
            throw new IllegalArgumentException("criterion code is blank");
        }
        if (weight.signum() <= 0) {
            throw new IllegalArgumentException("weight of " + code + " must be positive");
        }
        if (min.compareTo(max) >= 0) {
            throw new IllegalArgumentException("range of " + code + " is empty: " + min + ".." + max);
        }
    }

    public Criterion(String code, String name, double weight, double min, double max) {
        this(code, name, BigDecimal.valueOf(weight), BigDecimal.valueOf(min), BigDecimal.valueOf(max));
    }

    /** Rejects a value outside [min, max] or with more than one decimal. */
    public void validate(BigDecimal value) {
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new ScoreOutOfRangeException(this, value);
        }
        if (value.stripTrailingZeros().scale() > 1) {
            throw new ScorePrecisionException(this, value);
        }
    }
}
