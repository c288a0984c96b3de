-- Competitions as configurations of the evaluation engine: 青少年科技创新大赛 (student projects by school
-- level and subject, city quotas, novelty reports) and 乡土人才创新创业大赛 (rural entrants by county,
-- popular vote, the rural talent registry). Each registration is one evl_entry.

-- 人气奖 public vote: staff open and close the vote of an edition; votes are taken only while it is open and the
-- running count is published only once it has closed.
CREATE TABLE cts_edition (
    edition_id    BIGINT      NOT NULL PRIMARY KEY,
    contest_type  VARCHAR(8)  NOT NULL,
    popular_vote  BOOLEAN     NOT NULL DEFAULT FALSE,
    vote_opened_at  DATETIME(6) NULL,
    vote_closed_at  DATETIME(6) NULL,
    CONSTRAINT fk_cts_edition FOREIGN KEY (edition_id) REFERENCES evl_edition (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- No foreign key to ref_city: demo editions are set up at start-up, before the seed job loads the cities.
CREATE TABLE cts_city_quota (
    edition_id  BIGINT   NOT NULL,
    city_code   CHAR(6)  NOT NULL,
    quota       INT      NOT NULL,
    PRIMARY KEY (edition_id, city_code),
    CONSTRAINT fk_cts_quota_edition FOREIGN KEY (edition_id) REFERENCES cts_edition (edition_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Natural key (edition, title, entrant): the same registration imported twice is one row.
CREATE TABLE cts_registration (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    edition_id     BIGINT       NOT NULL,
    entry_id       BIGINT       NOT NULL,
    category_code  VARCHAR(32)  NOT NULL,
    title          VARCHAR(255) NOT NULL,
    entrant_name   VARCHAR(64)  NOT NULL,
    city_code      CHAR(6)      NOT NULL,
    county_code    CHAR(6)      NULL,
    school_level   VARCHAR(8)   NULL,
    subject        VARCHAR(32)  NULL,
    school         VARCHAR(128) NULL,
    tutor          VARCHAR(64)  NULL,
    team           BOOLEAN      NOT NULL DEFAULT FALSE,
    registered_by  VARCHAR(64)  NOT NULL,
    registered_at  DATETIME(6)  NOT NULL,
    UNIQUE KEY uk_cts_registration_entry (entry_id),
    UNIQUE KEY uk_cts_registration (edition_id, title, entrant_name),
    KEY ix_cts_registration_city (edition_id, city_code),
    CONSTRAINT fk_cts_registration_edition FOREIGN KEY (edition_id) REFERENCES cts_edition (edition_id),
    CONSTRAINT fk_cts_registration_entry FOREIGN KEY (entry_id) REFERENCES evl_entry (id),
    CONSTRAINT fk_cts_registration_city FOREIGN KEY (city_code) REFERENCES ref_city (code),
    CONSTRAINT fk_cts_registration_county FOREIGN KEY (county_code) REFERENCES ref_county (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Members of a group project, in the order given (the first is the leader).
CREATE TABLE cts_member (
    registration_id  BIGINT      NOT NULL,
    seq              INT         NOT NULL,
    name             VARCHAR(64) NOT NULL,
    PRIMARY KEY (registration_id, seq),
    CONSTRAINT fk_cts_member_registration FOREIGN KEY (registration_id) REFERENCES cts_registration (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 查新报告: one PDF per registration, replaced on upload; size checked before storing (10 MB).
CREATE TABLE cts_novelty_report (
    registration_id  BIGINT       NOT NULL PRIMARY KEY,
    file_name        VARCHAR(255) NOT NULL,
    content_type     VARCHAR(64)  NOT NULL,
    size_bytes       INT          NOT NULL,
    sha256           CHAR(64)     NOT NULL,
    content          MEDIUMBLOB   NOT NULL,
    uploaded_by      VARCHAR(64)  NOT NULL,
    uploaded_at      DATETIME(6)  NOT NULL,
    CONSTRAINT fk_cts_report_registration FOREIGN KEY (registration_id) REFERENCES cts_registration (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 人气奖: one vote per voter per edition, counted apart from the jury. voter is the username, or 'mail:' + the
-- address hash for a vote confirmed by mail (cts_vote_request).
CREATE TABLE cts_vote (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    edition_id  BIGINT      NOT NULL,
    voter       VARCHAR(72) NOT NULL,
    entry_id    BIGINT      NOT NULL,
    voted_at    DATETIME(6) NOT NULL,
    UNIQUE KEY uk_cts_vote (edition_id, voter),
    KEY ix_cts_vote_entry (entry_id),
    CONSTRAINT fk_cts_vote_edition FOREIGN KEY (edition_id) REFERENCES cts_edition (edition_id),
    CONSTRAINT fk_cts_vote_entry FOREIGN KEY (entry_id) REFERENCES evl_entry (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 乡土人才库: the final round's prize winners of 乡土人才创新创业大赛, entered once per entry.
CREATE TABLE cts_rural_talent (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    edition_id     BIGINT       NOT NULL,
    entry_id       BIGINT       NOT NULL,
    name           VARCHAR(64)  NOT NULL,
    county_code    CHAR(6)      NOT NULL,
    city_code      CHAR(6)      NOT NULL,
    project_title  VARCHAR(255) NOT NULL,
    tier           VARCHAR(32)  NOT NULL,
    entered_at     DATETIME(6)  NOT NULL,
    UNIQUE KEY uk_cts_rural_talent_entry (entry_id),
    KEY ix_cts_rural_talent_county (county_code),
    CONSTRAINT fk_cts_talent_edition FOREIGN KEY (edition_id) REFERENCES cts_edition (edition_id),
    CONSTRAINT fk_cts_talent_entry FOREIGN KEY (entry_id) REFERENCES evl_entry (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE cts_registration_import (
    registration_id  BIGINT       NOT NULL PRIMARY KEY,
    edition_id       BIGINT       NOT NULL,
    first_line       BIGINT       NOT NULL,
    imported_at      DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT fk_cts_registration_import FOREIGN KEY (registration_id) REFERENCES cts_registration (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 人气奖 votes of the public without an account: a visitor names an entry and an e-mail address, and the vote is
-- cast only when the one-time link mailed there is confirmed. Only SHA-256 hashes of the token and of the address
-- are stored; the voter of such a vote is 'mail:' + the address hash, so an address votes once per edition.
CREATE TABLE cts_vote_request (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    edition_id  BIGINT      NOT NULL,
    entry_id    BIGINT      NOT NULL,
    voter       VARCHAR(72) NOT NULL,
    token_hash  CHAR(64)    NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    expires_at  DATETIME(6) NOT NULL,
    used_at     DATETIME(6) NULL,
    UNIQUE KEY uk_cts_vote_request_token (token_hash),
    KEY ix_cts_vote_request_voter (edition_id, voter),
    CONSTRAINT fk_cts_vote_request_edition FOREIGN KEY (edition_id) REFERENCES cts_edition (edition_id),
    CONSTRAINT fk_cts_vote_request_entry FOREIGN KEY (entry_id) REFERENCES evl_entry (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 青少年科技创新大赛 self-service: a school or tutor account applies for a student project with its 查新报告; the
-- city office approves it within the city's quota (it then becomes a registration and an engine entry) or
-- rejects it with a reason. The applicant follows the status. 乡土人才创新创业大赛 entrants apply by county and
-- track, so the youth-only columns (school level, subject, school, tutor) are optional.
CREATE TABLE cts_application (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    edition_id       BIGINT       NOT NULL,
    applicant        VARCHAR(64)  NOT NULL,
    title            VARCHAR(255) NOT NULL,
    entrant_name     VARCHAR(64)  NOT NULL,
    city_code        CHAR(6)      NOT NULL,
    county_code      CHAR(6)      NULL,
    track            VARCHAR(32)  NULL,
    school_level     VARCHAR(8)   NULL,
    subject          VARCHAR(32)  NULL,
    school           VARCHAR(128) NULL,
    tutor            VARCHAR(64)  NULL,
    members          VARCHAR(255) NULL,
    report_name      VARCHAR(255) NULL,
    report_content   MEDIUMBLOB   NULL,
    status           VARCHAR(16)  NOT NULL,
    reason           VARCHAR(255) NULL,
    registration_id  BIGINT       NULL,
    submitted_at     DATETIME(6)  NOT NULL,
    decided_by       VARCHAR(64)  NULL,
    decided_at       DATETIME(6)  NULL,
    KEY ix_cts_application_review (edition_id, city_code, status),
    KEY ix_cts_application_applicant (applicant),
    CONSTRAINT fk_cts_application_edition FOREIGN KEY (edition_id) REFERENCES cts_edition (edition_id),
    CONSTRAINT fk_cts_application_registration FOREIGN KEY (registration_id) REFERENCES cts_registration (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
