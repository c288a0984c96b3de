-- People and organisations of the platform: logins, workers, organisations, societies, journals, city associations
-- (市州科协) with their staff, society officers, teams (科技工作者团队) and memberships (团体会员 and individual).
-- Indexes are chosen for 1M workers: name prefix, city, society.

-- Self-registered 科技工作者 and 企事业单位 start PENDING until the city association's staff approve or reject them
-- (with a reason); only ACTIVE accounts sign in. Staff and imported accounts are ACTIVE. Failed sign-ins are
-- counted in login_throttle, not here.
CREATE TABLE user_account (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username       VARCHAR(64)  NOT NULL,
    display_name   VARCHAR(64)  NOT NULL,
    password_hash  VARCHAR(255) NOT NULL,
    enabled        BOOLEAN      NOT NULL DEFAULT TRUE,
    version        BIGINT       NOT NULL DEFAULT 0,
    must_change_password  BOOLEAN      NOT NULL DEFAULT FALSE,
    password_changed_at   DATETIME(6)  NULL,
    status                VARCHAR(16)  NOT NULL DEFAULT 'ACTIVE',
    email                 VARCHAR(254) NULL,
    email_verified_at     DATETIME(6)  NULL,
    UNIQUE KEY uk_user_account_username (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE user_account_role (
    account_id  BIGINT      NOT NULL,
    role        VARCHAR(32) NOT NULL,
    PRIMARY KEY (account_id, role),
    CONSTRAINT fk_role_account FOREIGN KEY (account_id) REFERENCES user_account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE mem_city_association (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    city_code  CHAR(6)      NOT NULL,
    name       VARCHAR(64)  NOT NULL,
    version    BIGINT       NOT NULL DEFAULT 0,
    contact_person VARCHAR(32)  NULL,
    contact_phone  VARCHAR(20)  NULL,
    email          VARCHAR(254) NULL,
    address        VARCHAR(128) NULL,
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
    KEY fk_staff_association (city_association_id),
    KEY ix_staff_name (display_name, id),
    CONSTRAINT fk_staff_association FOREIGN KEY (city_association_id) REFERENCES mem_city_association (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- type: ENTERPRISE_OR_INSTITUTION has 25 characters (VARCHAR(24) once refused every 企事业单位).
-- account_username: the account that speaks for the organisation (mem_worker.account_username links workers).
CREATE TABLE mem_organisation (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    type         VARCHAR(32)  NOT NULL,
    name         VARCHAR(64)  NOT NULL,
    credit_code  CHAR(18)     NOT NULL,
    city_code    CHAR(6)      NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    account_username  VARCHAR(64)  NULL,
    UNIQUE KEY uk_organisation_credit_code (credit_code),
    UNIQUE KEY uk_organisation_account (account_username),
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

-- ix_journal_issn is not a unique key: the society import upserts journals by code and must not turn an ISSN clash
-- into an update of another journal; JournalService refuses a second journal with the same ISSN (409).
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
    KEY fk_journal_society (society_id),
    KEY ix_journal_issn (issn),
    KEY ix_journal_name (name, id),
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
    applied_at       DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    approved_at      DATETIME(6) NULL,
    approved_by      VARCHAR(64) NULL,
    UNIQUE KEY uk_organisation_membership (society_id, organisation_id),
    KEY ix_om_status (status, paid_until),
    KEY ix_om_organisation (organisation_id),
    CONSTRAINT fk_om_organisation FOREIGN KEY (organisation_id) REFERENCES mem_organisation (id),
    CONSTRAINT fk_om_society FOREIGN KEY (society_id) REFERENCES mem_society (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE mem_team (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name             VARCHAR(64)  NOT NULL,
    leader_id        BIGINT       NOT NULL,
    discipline_code  VARCHAR(16)  NULL,
    city_code        CHAR(6)      NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    UNIQUE KEY uk_team_city_name (city_code, name),
    KEY ix_team_name (name, id),
    KEY ix_team_leader (leader_id),
    CONSTRAINT fk_team_leader FOREIGN KEY (leader_id) REFERENCES mem_worker (id),
    CONSTRAINT fk_team_city FOREIGN KEY (city_code) REFERENCES ref_city (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE mem_team_member (
    team_id    BIGINT NOT NULL,
    worker_id  BIGINT NOT NULL,
    PRIMARY KEY (team_id, worker_id),
    KEY ix_team_member_worker (worker_id),
    CONSTRAINT fk_team_member_team FOREIGN KEY (team_id) REFERENCES mem_team (id) ON DELETE CASCADE,
    CONSTRAINT fk_team_member_worker FOREIGN KEY (worker_id) REFERENCES mem_worker (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

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
