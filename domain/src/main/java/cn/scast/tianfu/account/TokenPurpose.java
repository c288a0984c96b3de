package cn.scast.tianfu.account;

import java.time.Duration;

/** What a one-time link does, and how long it is valid. */
public enum TokenPurpose {
    EMAIL_VERIFICATION(Duration.ofDays(3)),
    PASSWORD_RESET(Duration.ofMinutes(30));

    private final Duration validity;

    TokenPurpose(Duration validity) {
        this.validity = validity;
    }

    public Duration validity() {
        return validity;
    }
}
