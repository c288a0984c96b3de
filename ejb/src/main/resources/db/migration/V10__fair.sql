-- 科创会: the yearly fair collects major projects from the cities, reviews them, publishes the
-- recommended list by type and records the signings.
CREATE TABLE fair_project (
    id                     BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    fair_year              INT           NOT NULL,
    title                  VARCHAR(100)  NOT NULL,
    project_type           VARCHAR(24)   NOT NULL,
    city_code              CHAR(6)       NOT NULL,
    holder_name            VARCHAR(64)   NOT NULL,
    status                 VARCHAR(16)   NOT NULL,
    review_note            VARCHAR(500)  NULL,
    evaluation_entry_id    BIGINT        NULL,
    review_score           DECIMAL(6,2)  NULL,
    review_place           INT           NULL,
    signed_amount_wan_yuan DECIMAL(14,2) NULL,
    signed_with            VARCHAR(64)   NULL,
    version                BIGINT        NOT NULL DEFAULT 0,
    UNIQUE KEY uk_fair_project (fair_year, title, holder_name),
    UNIQUE KEY uk_fair_project_entry (evaluation_entry_id),
    KEY ix_fair_project_status (fair_year, status, project_type),
    KEY fk_fair_project_city (city_code),
    CONSTRAINT fk_fair_project_city FOREIGN KEY (city_code) REFERENCES ref_city (code),
    CONSTRAINT fk_fair_project_entry FOREIGN KEY (evaluation_entry_id) REFERENCES evl_entry (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 科创会 projects are reviewed by experts through the evaluation engine: one edition with one scoring
-- round per fair year; the fair keeps its recommendation rule (places per type, pass mark) and, per
-- project, the engine entry, the experts' mean total and the place within the type.
CREATE TABLE fair_review (
    fair_year       INT           NOT NULL PRIMARY KEY,
    edition_id      BIGINT        NOT NULL,
    round_id        BIGINT        NOT NULL,
    places_per_type INT           NOT NULL,
    pass_mark       DECIMAL(5,2)  NOT NULL,
    opened_at       DATETIME(6)   NOT NULL,
    adopted_at      DATETIME(6)   NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_fair_review_edition FOREIGN KEY (edition_id) REFERENCES evl_edition (id),
    CONSTRAINT fk_fair_review_round FOREIGN KEY (round_id) REFERENCES evl_round (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
