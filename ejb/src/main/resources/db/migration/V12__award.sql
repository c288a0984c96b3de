-- Awards as configurations of the evaluation engine: per edition the award type and its eligibility
-- settings, the recommending units (societies, cities) with their quotas, and the nominations (推荐),
-- each of which is one evl_entry. Refused nominations go to audit_entry.

CREATE TABLE awd_edition (
    edition_id        BIGINT      NOT NULL PRIMARY KEY,
    award_type        VARCHAR(16) NOT NULL,
    publication_from  DATE        NULL,
    publication_to    DATE        NULL,
    places            INT         NULL,
    CONSTRAINT fk_awd_edition FOREIGN KEY (edition_id) REFERENCES evl_edition (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A recommending unit of an edition (society code or city code) and how many it may nominate.
CREATE TABLE awd_quota (
    edition_id  BIGINT      NOT NULL,
    unit_code   VARCHAR(16) NOT NULL,
    unit_name   VARCHAR(64) NOT NULL,
    unit_kind   VARCHAR(8)  NOT NULL,
    quota       INT         NOT NULL,
    PRIMARY KEY (edition_id, unit_code),
    CONSTRAINT fk_awd_quota_edition FOREIGN KEY (edition_id) REFERENCES awd_edition (edition_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- person_key: SHA-256 of the normalised nominee name and unit; unique per edition (one paper per person).
CREATE TABLE awd_nomination (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    edition_id     BIGINT       NOT NULL,
    unit_code      VARCHAR(16)  NOT NULL,
    entry_id       BIGINT       NOT NULL,
    category_code  VARCHAR(32)  NOT NULL,
    title          VARCHAR(255) NOT NULL,
    nominee_name   VARCHAR(64)  NOT NULL,
    nominee_unit   VARCHAR(128) NOT NULL,
    region_code    CHAR(6)      NULL,
    author_role    VARCHAR(16)  NULL,
    published_on   DATE         NULL,
    venue          VARCHAR(128) NULL,
    person_key     CHAR(64)     NOT NULL,
    nominated_by   VARCHAR(64)  NOT NULL,
    nominated_at   DATETIME(6)  NOT NULL,
    UNIQUE KEY uk_awd_nomination_entry (entry_id),
    UNIQUE KEY uk_awd_nomination_person (edition_id, person_key),
    KEY ix_awd_nomination_unit (edition_id, unit_code),
    CONSTRAINT fk_awd_nomination_quota FOREIGN KEY (edition_id, unit_code) REFERENCES awd_quota (edition_id, unit_code),
    CONSTRAINT fk_awd_nomination_entry FOREIGN KEY (entry_id) REFERENCES evl_entry (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Which nominations and contest registrations came from an import file, and from which line first.
-- The import jobs upsert here by the nomination's or registration's id: a file loaded twice changes nothing.
CREATE TABLE awd_nomination_import (
    nomination_id  BIGINT       NOT NULL PRIMARY KEY,
    edition_id     BIGINT       NOT NULL,
    first_line     BIGINT       NOT NULL,
    imported_at    DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT fk_awd_nomination_import FOREIGN KEY (nomination_id) REFERENCES awd_nomination (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
