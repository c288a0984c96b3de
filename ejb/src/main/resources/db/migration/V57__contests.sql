-- Competitions as configurations of the evaluation engine: 青少年科技创新大赛 (student projects by school
-- level and subject, city quotas, novelty reports) and 乡土人才创新创业大赛 (rural entrants by county,
-- popular vote, the rural talent registry). Each registration is one evl_entry.

CREATE TABLE cts_edition (
    edition_id    BIGINT      NOT NULL PRIMARY KEY,
    contest_type  VARCHAR(8)  NOT NULL,
    popular_vote  BOOLEAN     NOT NULL DEFAULT FALSE,
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

-- 人气奖: one vote per voter per edition, counted apart from the jury.
CREATE TABLE cts_vote (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    edition_id  BIGINT      NOT NULL,
    voter       VARCHAR(64) NOT NULL,
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
