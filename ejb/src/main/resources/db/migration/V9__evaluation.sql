-- Evaluation (评审) shared by awards, competitions and the 科创会 review: programmes, editions, categories, rounds
-- with their scoring criteria, entries and their round membership, jury panels, assignments, recusals, score
-- sheets, entry attachments, and the public notice (公示) with objections and published results. Overrides and
-- rejected attempts go to audit_entry.

CREATE TABLE evl_programme (
    id    BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind  VARCHAR(16)  NOT NULL,
    name  VARCHAR(128) NOT NULL,
    UNIQUE KEY uk_evl_programme_name (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE evl_edition (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    programme_id  BIGINT       NOT NULL,
    edition_year  INT          NOT NULL,
    name          VARCHAR(160) NOT NULL,
    UNIQUE KEY uk_evl_edition (programme_id, edition_year),
    CONSTRAINT fk_evl_edition_programme FOREIGN KEY (programme_id) REFERENCES evl_programme (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE evl_category (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    edition_id  BIGINT      NOT NULL,
    code        VARCHAR(32) NOT NULL,
    name        VARCHAR(64) NOT NULL,
    UNIQUE KEY uk_evl_category (edition_id, code),
    CONSTRAINT fk_evl_category_edition FOREIGN KEY (edition_id) REFERENCES evl_edition (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE evl_round (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    edition_id          BIGINT       NOT NULL,
    seq                 INT          NOT NULL,
    name                VARCHAR(32)  NOT NULL,
    opens_at            DATETIME(6)  NOT NULL,
    closes_at           DATETIME(6)  NOT NULL,
    form_type           VARCHAR(16)  NOT NULL,
    blind               BOOLEAN      NOT NULL DEFAULT FALSE,
    jurors_per_entry    INT          NOT NULL,
    advancing_places    INT          NOT NULL DEFAULT 0,
    advancement_policy  VARCHAR(32)  NOT NULL,
    tie_breakers        VARCHAR(128) NULL,
    tier_scheme         VARCHAR(500) NULL,
    version             BIGINT       NOT NULL DEFAULT 0,
    UNIQUE KEY uk_evl_round_seq (edition_id, seq),
    CONSTRAINT fk_evl_round_edition FOREIGN KEY (edition_id) REFERENCES evl_edition (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE evl_criterion (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    round_id    BIGINT        NOT NULL,
    code        VARCHAR(32)   NOT NULL,
    name        VARCHAR(64)   NOT NULL,
    weight      DECIMAL(9, 4) NOT NULL,
    min_score   DECIMAL(9, 1) NOT NULL,
    max_score   DECIMAL(9, 1) NOT NULL,
    sort_order  INT           NOT NULL,
    UNIQUE KEY uk_evl_criterion (round_id, code),
    CONSTRAINT fk_evl_criterion_round FOREIGN KEY (round_id) REFERENCES evl_round (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE evl_entry (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    edition_id         BIGINT       NOT NULL,
    category_id        BIGINT       NOT NULL,
    current_round_id   BIGINT       NULL,
    title              VARCHAR(255) NOT NULL,
    entrant_name       VARCHAR(128) NOT NULL,
    organisation       VARCHAR(128) NULL,
    recommending_unit  VARCHAR(128) NULL,
    CONSTRAINT fk_evl_entry_edition FOREIGN KEY (edition_id) REFERENCES evl_edition (id),
    CONSTRAINT fk_evl_entry_category FOREIGN KEY (category_id) REFERENCES evl_category (id),
    CONSTRAINT fk_evl_entry_round FOREIGN KEY (current_round_id) REFERENCES evl_round (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Which entries take part in which round (all entries in the first round, the advancing ones later).
CREATE TABLE evl_round_entry (
    id        BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    round_id  BIGINT      NOT NULL,
    entry_id  BIGINT      NOT NULL,
    added_at  DATETIME(6) NOT NULL,
    UNIQUE KEY uk_evl_round_entry (round_id, entry_id),
    CONSTRAINT fk_evl_round_entry_round FOREIGN KEY (round_id) REFERENCES evl_round (id),
    CONSTRAINT fk_evl_round_entry_entry FOREIGN KEY (entry_id) REFERENCES evl_entry (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A member of a round's jury panel; categories are category codes separated by commas.
CREATE TABLE evl_juror (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    round_id      BIGINT       NOT NULL,
    username      VARCHAR(64)  NOT NULL,
    display_name  VARCHAR(64)  NOT NULL,
    organisation  VARCHAR(128) NULL,
    categories    VARCHAR(500) NOT NULL,
    chair         BOOLEAN      NOT NULL DEFAULT FALSE,
    UNIQUE KEY uk_evl_juror (round_id, username),
    KEY ix_evl_juror_username (username),
    CONSTRAINT fk_evl_juror_round FOREIGN KEY (round_id) REFERENCES evl_round (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE evl_assignment (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    round_id     BIGINT      NOT NULL,
    entry_id     BIGINT      NOT NULL,
    juror_id     BIGINT      NOT NULL,
    manual       BOOLEAN     NOT NULL DEFAULT FALSE,
    assigned_at  DATETIME(6) NOT NULL,
    UNIQUE KEY uk_evl_assignment (round_id, entry_id, juror_id),
    KEY ix_evl_assignment_juror (juror_id),
    CONSTRAINT fk_evl_assignment_round FOREIGN KEY (round_id) REFERENCES evl_round (id),
    CONSTRAINT fk_evl_assignment_entry FOREIGN KEY (entry_id) REFERENCES evl_entry (id),
    CONSTRAINT fk_evl_assignment_juror FOREIGN KEY (juror_id) REFERENCES evl_juror (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE evl_recusal (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    juror_id     BIGINT       NOT NULL,
    entry_id     BIGINT       NOT NULL,
    reason       VARCHAR(500) NOT NULL,
    declared_at  DATETIME(6)  NOT NULL,
    UNIQUE KEY uk_evl_recusal (juror_id, entry_id),
    CONSTRAINT fk_evl_recusal_juror FOREIGN KEY (juror_id) REFERENCES evl_juror (id),
    CONSTRAINT fk_evl_recusal_entry FOREIGN KEY (entry_id) REFERENCES evl_entry (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE evl_score_sheet (
    id            BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    round_id      BIGINT         NOT NULL,
    entry_id      BIGINT         NOT NULL,
    juror_id      BIGINT         NOT NULL,
    status        VARCHAR(16)    NOT NULL,
    total         DECIMAL(12, 4) NULL,
    updated_at    DATETIME(6)    NOT NULL,
    submitted_at  DATETIME(6)    NULL,
    overridden    BOOLEAN        NOT NULL DEFAULT FALSE,
    version       BIGINT         NOT NULL DEFAULT 0,
    UNIQUE KEY uk_evl_score_sheet (round_id, entry_id, juror_id),
    KEY ix_evl_score_sheet_status (round_id, status),
    CONSTRAINT fk_evl_sheet_round FOREIGN KEY (round_id) REFERENCES evl_round (id),
    CONSTRAINT fk_evl_sheet_entry FOREIGN KEY (entry_id) REFERENCES evl_entry (id),
    CONSTRAINT fk_evl_sheet_juror FOREIGN KEY (juror_id) REFERENCES evl_juror (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE evl_score_value (
    sheet_id        BIGINT        NOT NULL,
    criterion_code  VARCHAR(32)   NOT NULL,
    score           DECIMAL(9, 1) NOT NULL,
    PRIMARY KEY (sheet_id, criterion_code),
    CONSTRAINT fk_evl_value_sheet FOREIGN KEY (sheet_id) REFERENCES evl_score_sheet (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Public notice (公示) of an edition's proposed awardees, objections filed during the notice period, and
-- the published (final) results. The awardees are copied from the final round's leaderboard when the
-- notice opens, so the public list does not move while objections are handled.

CREATE TABLE evl_notice (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    edition_id      BIGINT       NOT NULL,
    final_round_id  BIGINT       NOT NULL,
    starts_at       DATETIME(6)  NOT NULL,
    ends_at         DATETIME(6)  NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    opened_by       VARCHAR(64)  NOT NULL,
    opened_at       DATETIME(6)  NOT NULL,
    published_by    VARCHAR(64)  NULL,
    published_at    DATETIME(6)  NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    UNIQUE KEY uk_evl_notice_edition (edition_id),
    CONSTRAINT fk_evl_notice_edition FOREIGN KEY (edition_id) REFERENCES evl_edition (id),
    CONSTRAINT fk_evl_notice_round FOREIGN KEY (final_round_id) REFERENCES evl_round (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One proposed awardee; an upheld objection withdraws it (it then stays out of the published results).
CREATE TABLE evl_notice_entry (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    notice_id         BIGINT        NOT NULL,
    entry_id          BIGINT        NOT NULL,
    place             INT           NOT NULL,
    tier              VARCHAR(32)   NOT NULL,
    tier_order        INT           NOT NULL,
    score             DECIMAL(9, 2) NOT NULL,
    withdrawn         BOOLEAN       NOT NULL DEFAULT FALSE,
    withdrawn_reason  VARCHAR(500)  NULL,
    UNIQUE KEY uk_evl_notice_entry (notice_id, entry_id),
    CONSTRAINT fk_evl_notice_entry_notice FOREIGN KEY (notice_id) REFERENCES evl_notice (id),
    CONSTRAINT fk_evl_notice_entry_entry FOREIGN KEY (entry_id) REFERENCES evl_entry (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE evl_objection (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    notice_id        BIGINT        NOT NULL,
    entry_id         BIGINT        NOT NULL,
    objector_name    VARCHAR(64)   NOT NULL,
    contact          VARCHAR(128)  NOT NULL,
    reason           VARCHAR(2000) NOT NULL,
    filed_at         DATETIME(6)   NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    decision_reason  VARCHAR(1000) NULL,
    decided_by       VARCHAR(64)   NULL,
    decided_at       DATETIME(6)   NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    KEY ix_evl_objection_notice (notice_id, status),
    CONSTRAINT fk_evl_objection_notice FOREIGN KEY (notice_id) REFERENCES evl_notice (id),
    CONSTRAINT fk_evl_objection_entry FOREIGN KEY (entry_id) REFERENCES evl_entry (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Attachments jurors read with an evaluation entry: 论文全文 (PDF), 查新报告 (PDF), 项目简介 (PDF or text).
-- One per kind and entry, replaced by a later upload. A youth contest entry's 查新报告 stays in
-- cts_novelty_report (the registration's own upload) and is served from there as the entry's attachment.

CREATE TABLE evl_entry_attachment (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    entry_id      BIGINT       NOT NULL,
    kind          VARCHAR(16)  NOT NULL,
    file_name     VARCHAR(255) NOT NULL,
    content_type  VARCHAR(64)  NOT NULL,
    size_bytes    INT          NOT NULL,
    sha256        CHAR(64)     NOT NULL,
    content       MEDIUMBLOB   NOT NULL,
    uploaded_by   VARCHAR(64)  NOT NULL,
    uploaded_at   DATETIME(6)  NOT NULL,
    CONSTRAINT uq_evl_attachment_kind UNIQUE (entry_id, kind),
    CONSTRAINT fk_evl_attachment_entry FOREIGN KEY (entry_id) REFERENCES evl_entry (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
