-- People and organisations of the platform: workers, organisations, societies, journals, city associations,
-- their staff, society officers, and memberships. Indexes are chosen for 1M workers: name prefix, city, society.

CREATE TABLE mem_city_association (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    city_code  CHAR(6)      NOT NULL,
    name       VARCHAR(64)  NOT NULL,
    version    BIGINT       NOT NULL DEFAULT 0,
    UNIQUE KEY uk_city_association_city (city_code),
    CONSTRAINT fk_city_association_city FOREIGN KEY (city_code) REFERENCES ref_city (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE mem_staff (
    id                   BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username             VARCHAR(64) NOT NULL,
    display_name         VARCHAR(64) NOT NULL,
    city_association_id  BIGINT      NOT NULL,
    version              BIGINT      NOT NULL DEFAULT 0,
    UNIQUE KEY uk_staff_username (username),
    CONSTRAINT fk_staff_association FOREIGN KEY (city_association_id) REFERENCES mem_city_association (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE mem_organisation (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    type         VARCHAR(24)  NOT NULL,
    name         VARCHAR(64)  NOT NULL,
    credit_code  CHAR(18)     NOT NULL,
    city_code    CHAR(6)      NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    UNIQUE KEY uk_organisation_credit_code (credit_code),
    KEY ix_organisation_name (name, id),
    KEY ix_organisation_city (city_code, name, id),
    CONSTRAINT fk_organisation_city FOREIGN KEY (city_code) REFERENCES ref_city (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE mem_society (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code              VARCHAR(16)  NOT NULL,
    name              VARCHAR(64)  NOT NULL,
    discipline_code   VARCHAR(16)  NULL,
    supervising_unit  VARCHAR(64)  NULL,
    founded_year      INT          NULL,
    member_count      INT          NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    UNIQUE KEY uk_society_code (code),
    KEY ix_society_name (name, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE mem_journal (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code             VARCHAR(16)  NOT NULL,
    name             VARCHAR(64)  NOT NULL,
    society_id       BIGINT       NULL,
    issn             CHAR(9)      NULL,
    cn               VARCHAR(16)  NULL,
    discipline_code  VARCHAR(16)  NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    UNIQUE KEY uk_journal_code (code),
    CONSTRAINT fk_journal_society FOREIGN KEY (society_id) REFERENCES mem_society (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A login with role society-officer acts for exactly one society.
CREATE TABLE mem_society_officer (
    username    VARCHAR(64) NOT NULL PRIMARY KEY,
    society_id  BIGINT      NOT NULL,
    CONSTRAINT fk_officer_society FOREIGN KEY (society_id) REFERENCES mem_society (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The raw ID number is never stored: id_hash is its HMAC-SHA256 (natural key), id_masked the display form.
CREATE TABLE mem_worker (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name              VARCHAR(32)  NOT NULL,
    id_hash           CHAR(64)     NOT NULL,
    id_masked         CHAR(18)     NOT NULL,
    mobile            CHAR(11)     NULL,
    email             VARCHAR(254) NULL,
    city_code         CHAR(6)      NOT NULL,
    county_code       CHAR(6)      NULL,
    discipline_code   VARCHAR(16)  NULL,
    title             VARCHAR(64)  NULL,
    organisation_id   BIGINT       NULL,
    account_username  VARCHAR(64)  NULL,
    created_at        DATETIME(6)  NOT NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    UNIQUE KEY uk_worker_id_hash (id_hash),
    UNIQUE KEY uk_worker_account (account_username),
    KEY ix_worker_name (name, id),
    KEY ix_worker_city (city_code, name, id),
    KEY ix_worker_organisation (organisation_id),
    CONSTRAINT fk_worker_city FOREIGN KEY (city_code) REFERENCES ref_city (code),
    CONSTRAINT fk_worker_county FOREIGN KEY (county_code) REFERENCES ref_county (code),
    CONSTRAINT fk_worker_organisation FOREIGN KEY (organisation_id) REFERENCES mem_organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE mem_society_membership (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    worker_id    BIGINT       NOT NULL,
    society_id   BIGINT       NOT NULL,
    status       VARCHAR(16)  NOT NULL,
    paid_until   DATE         NULL,
    applied_at   DATETIME(6)  NOT NULL,
    approved_at  DATETIME(6)  NULL,
    approved_by  VARCHAR(64)  NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    UNIQUE KEY uk_society_membership (society_id, worker_id),
    KEY ix_society_membership_status (status, paid_until),
    KEY ix_society_membership_worker (worker_id),
    CONSTRAINT fk_sm_worker FOREIGN KEY (worker_id) REFERENCES mem_worker (id),
    CONSTRAINT fk_sm_society FOREIGN KEY (society_id) REFERENCES mem_society (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE mem_organisation_membership (
    id               BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    organisation_id  BIGINT      NOT NULL,
    society_id       BIGINT      NOT NULL,
    status           VARCHAR(16) NOT NULL,
    paid_until       DATE        NULL,
    version          BIGINT      NOT NULL DEFAULT 0,
    UNIQUE KEY uk_organisation_membership (society_id, organisation_id),
    KEY ix_om_status (status, paid_until),
    CONSTRAINT fk_om_organisation FOREIGN KEY (organisation_id) REFERENCES mem_organisation (id),
    CONSTRAINT fk_om_society FOREIGN KEY (society_id) REFERENCES mem_society (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
