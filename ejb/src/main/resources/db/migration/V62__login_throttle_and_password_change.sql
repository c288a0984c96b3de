-- Failed sign-ins counted per (username, source address) with growing blocks, instead of one lock per
-- username that anyone could trigger for the real owner. username '*' counts an address across all names.
CREATE TABLE login_throttle (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username         VARCHAR(64)  NOT NULL,
    source_address   VARCHAR(64)  NOT NULL,
    failures         INT          NOT NULL DEFAULT 0,
    blocked_until    DATETIME(6)  NULL,
    last_failure_at  DATETIME(6)  NULL,
    UNIQUE KEY uk_login_throttle_username_address (username, source_address),
    KEY ix_login_throttle_address (source_address)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE user_account
    DROP COLUMN failed_logins,
    DROP COLUMN locked_until,
    ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN password_changed_at DATETIME(6) NULL;
