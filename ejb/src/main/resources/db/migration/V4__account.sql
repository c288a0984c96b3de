-- Self-registration of 科技工作者 and 企事业单位 (reviewed by the city association's staff) and one-time links.

-- What the applicant entered; the ID number only as HMAC + mask (as mem_worker). mobile is also the username.
CREATE TABLE account_application (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id       BIGINT       NOT NULL,
    kind             VARCHAR(16)  NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    name             VARCHAR(64)  NOT NULL,
    mobile           CHAR(11)     NOT NULL,
    email            VARCHAR(254) NOT NULL,
    city_code        CHAR(6)      NOT NULL,
    county_code      CHAR(6)      NULL,
    id_hash          CHAR(64)     NULL,
    id_masked        CHAR(18)     NULL,
    discipline_code  VARCHAR(16)  NULL,
    unit_name        VARCHAR(64)  NULL,
    credit_code      CHAR(18)     NULL,
    contact_person   VARCHAR(32)  NULL,
    reason           VARCHAR(500) NULL,
    submitted_at     DATETIME(6)  NOT NULL,
    reviewed_at      DATETIME(6)  NULL,
    reviewed_by      VARCHAR(64)  NULL,
    worker_id        BIGINT       NULL,
    organisation_id  BIGINT       NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    UNIQUE KEY uk_application_account (account_id),
    UNIQUE KEY uk_application_mobile (mobile),
    UNIQUE KEY uk_application_credit_code (credit_code),
    KEY ix_application_city_status (city_code, status, submitted_at),
    KEY ix_application_id_hash (id_hash),
    CONSTRAINT fk_application_account FOREIGN KEY (account_id) REFERENCES user_account (id) ON DELETE CASCADE,
    CONSTRAINT fk_application_city FOREIGN KEY (city_code) REFERENCES ref_city (code),
    CONSTRAINT fk_application_county FOREIGN KEY (county_code) REFERENCES ref_county (code),
    CONSTRAINT fk_application_worker FOREIGN KEY (worker_id) REFERENCES mem_worker (id),
    CONSTRAINT fk_application_organisation FOREIGN KEY (organisation_id) REFERENCES mem_organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One-time links (e-mail verification, password reset): only the SHA-256 of the token is stored.
CREATE TABLE account_token (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id   BIGINT       NOT NULL,
    purpose      VARCHAR(32)  NOT NULL,
    token_hash   CHAR(64)     NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    expires_at   DATETIME(6)  NOT NULL,
    used_at      DATETIME(6)  NULL,
    UNIQUE KEY uk_account_token_hash (token_hash),
    KEY ix_account_token_account (account_id, purpose),
    CONSTRAINT fk_token_account FOREIGN KEY (account_id) REFERENCES user_account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
