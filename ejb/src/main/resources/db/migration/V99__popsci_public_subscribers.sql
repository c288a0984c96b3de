-- 智慧科普 precise push to public subscribers without an account: an e-mail address or mainland mobile number with
-- the same choices as an account (topics, audience groups, region). A subscriber is pending until the mailed link
-- or the SMS code of a confirmation is used; the choices of a confirmation apply only then. Only hashes of link
-- tokens, codes and unsubscribe tokens are stored. One delivery per item and subscriber (unique key).
CREATE TABLE popsci_subscriber (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    channel          VARCHAR(8)   NOT NULL,
    address          VARCHAR(254) NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    topics           VARCHAR(200) NULL,
    audience_groups  VARCHAR(100) NULL,
    city_code        CHAR(6)      NULL,
    county_code      CHAR(6)      NULL,
    town             VARCHAR(64)  NULL,
    manage_hash      CHAR(64)     NULL,
    created_at       DATETIME(6)  NOT NULL,
    confirmed_at     DATETIME(6)  NULL,
    unsubscribed_at  DATETIME(6)  NULL,
    CONSTRAINT uq_popsci_subscriber_address UNIQUE (address),
    CONSTRAINT uq_popsci_subscriber_manage UNIQUE (manage_hash),
    KEY ix_popsci_subscriber_region (status, city_code, county_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE popsci_subscriber_confirmation (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    subscriber_id    BIGINT       NOT NULL,
    token_hash       CHAR(64)     NOT NULL,
    code_salt        VARCHAR(64)  NULL,
    attempts         INT          NOT NULL DEFAULT 0,
    topics           VARCHAR(200) NOT NULL,
    audience_groups  VARCHAR(100) NOT NULL,
    city_code        CHAR(6)      NULL,
    county_code      CHAR(6)      NULL,
    town             VARCHAR(64)  NULL,
    created_at       DATETIME(6)  NOT NULL,
    expires_at       DATETIME(6)  NOT NULL,
    used_at          DATETIME(6)  NULL,
    CONSTRAINT uq_popsci_confirmation_token UNIQUE (token_hash),
    KEY ix_popsci_confirmation_subscriber (subscriber_id, created_at),
    CONSTRAINT fk_popsci_confirmation_subscriber FOREIGN KEY (subscriber_id) REFERENCES popsci_subscriber (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE popsci_subscriber_delivery (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    item_id          BIGINT       NOT NULL,
    subscriber_id    BIGINT       NOT NULL,
    token_hash       CHAR(64)     NOT NULL,
    delivered_at     DATETIME(6)  NOT NULL,
    read_at          DATETIME(6)  NULL,
    CONSTRAINT uq_popsci_subscriber_delivery UNIQUE (item_id, subscriber_id),
    CONSTRAINT uq_popsci_subscriber_delivery_token UNIQUE (token_hash),
    KEY ix_popsci_subscriber_delivery_subscriber (subscriber_id),
    CONSTRAINT fk_popsci_subscriber_delivery_item FOREIGN KEY (item_id) REFERENCES popsci_item (id),
    CONSTRAINT fk_popsci_subscriber_delivery_subscriber FOREIGN KEY (subscriber_id) REFERENCES popsci_subscriber (id)
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
