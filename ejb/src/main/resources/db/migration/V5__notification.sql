-- What the application tells people: the in-app inbox and the SMS outbox.

-- In-app inbox, one row per message and account.
CREATE TABLE inbox_message (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id  BIGINT        NOT NULL,
    topic       VARCHAR(32)   NOT NULL,
    subject     VARCHAR(200)  NOT NULL,
    body        VARCHAR(2000) NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    read_at     DATETIME(6)   NULL,
    KEY ix_inbox_account (account_id, created_at),
    CONSTRAINT fk_inbox_account FOREIGN KEY (account_id) REFERENCES user_account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every SMS the application sends, written in the transaction that caused it. Without an SMS provider this table is
-- where they go (and the log); a provider's sender may also read it.
CREATE TABLE sms_outbox (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    mobile           VARCHAR(16)  NOT NULL,
    body             VARCHAR(1000) NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    KEY ix_sms_outbox_mobile (mobile, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
