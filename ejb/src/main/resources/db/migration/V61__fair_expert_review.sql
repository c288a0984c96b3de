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

ALTER TABLE fair_project
    ADD COLUMN evaluation_entry_id BIGINT       NULL AFTER review_note,
    ADD COLUMN review_score        DECIMAL(6,2) NULL AFTER evaluation_entry_id,
    ADD COLUMN review_place        INT          NULL AFTER review_score,
    ADD CONSTRAINT uk_fair_project_entry UNIQUE (evaluation_entry_id),
    ADD CONSTRAINT fk_fair_project_entry FOREIGN KEY (evaluation_entry_id) REFERENCES evl_entry (id);
