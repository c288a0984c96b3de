package cn.scast.tianfu.evaluation.intake;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Duration;
import java.time.Instant;

/**
 * What every request for a new edition of a programme taking submissions has: year, name and when its rounds are
 * scored, by default opening in 30 days for 30 days. A class with public fields: Payara's OpenAPI scanner fails on
 * record constraints.
 */
public abstract class NewEditionRequest {

    private static final Duration DEFAULT_WAIT = Duration.ofDays(30);

    @NotNull @Min(2000) @Max(2100) public Integer year;
    @NotBlank @Size(max = 160) public String name;
    public Instant opensAt;
    public Instant closesAt;

    public Instant opens() {
        return opensAt == null ? Instant.now().plus(DEFAULT_WAIT) : opensAt;
    }

    public Instant closes() {
        return closesAt == null ? opens().plus(DEFAULT_WAIT) : closesAt;
    }
}
