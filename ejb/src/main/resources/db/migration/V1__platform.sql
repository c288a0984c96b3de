-- Baselines, one per business area, in an order in which foreign keys resolve. They replace the migration history
-- of development (V1..V100) and create each table in its final form. A change to the schema is a new migration
-- numbered above the highest one here; a baseline is never edited once released.
-- Every table is utf8mb4 so that Chinese names (including rare characters outside the BMP) store intact.
--
-- Platform: audit trail, import bookkeeping and seed runs.

-- Every row an import job refuses, with enough to find and fix it in the source file.
CREATE TABLE import_reject (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    job_instance_id   BIGINT       NOT NULL,
    job_execution_id  BIGINT       NOT NULL,
    step_name         VARCHAR(64)  NOT NULL,
    file_name         VARCHAR(255) NOT NULL,
    line_number       BIGINT       NOT NULL,
    column_name       VARCHAR(64)  NULL,
    reason            VARCHAR(500) NOT NULL,
    original_text     MEDIUMTEXT   NULL,
    created_at        DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    KEY ix_import_reject_instance (job_instance_id, line_number)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who did what to which record, and how it looked before and after (privileged writes, score overrides).
CREATE TABLE audit_entry (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at  DATETIME(6)  NOT NULL,
    actor        VARCHAR(64)  NOT NULL,
    action       VARCHAR(64)  NOT NULL,
    target_type  VARCHAR(64)  NOT NULL,
    target_id    VARCHAR(64)  NULL,
    before_state MEDIUMTEXT   NULL,
    after_state  MEDIUMTEXT   NULL,
    detail       VARCHAR(500) NULL,
    KEY ix_audit_target (target_type, target_id),
    KEY ix_audit_actor (actor, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every file handed to an import job (inbox or upload): which kind, its fingerprint (never imported twice),
-- where it lies now, and how its latest job execution ended.
CREATE TABLE import_file (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind              VARCHAR(64)   NOT NULL,
    file_name         VARCHAR(255)  NOT NULL,
    sha256            CHAR(64)      NOT NULL,
    size_bytes        BIGINT        NOT NULL,
    source            VARCHAR(16)   NOT NULL,
    received_at       DATETIME(6)   NOT NULL,
    received_by       VARCHAR(64)   NULL,
    declared_encoding VARCHAR(32)   NULL,
    estimated_rows    BIGINT        NULL,
    current_path      VARCHAR(1024) NOT NULL,
    job_name          VARCHAR(128)  NULL,
    job_instance_id   BIGINT        NULL,
    job_execution_id  BIGINT        NULL,
    outcome           VARCHAR(16)   NOT NULL,
    message           VARCHAR(1000) NULL,
    archived_path     VARCHAR(1024) NULL,
    finished_at       DATETIME(6)   NULL,
    UNIQUE KEY ux_import_file_kind_sha (kind, sha256),
    KEY ix_import_file_instance (job_instance_id),
    KEY ix_import_file_outcome (outcome)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Scratch target for restart tests and the import benchmark: listing-like rows keyed by their id.
-- writes counts how often a row was written: exactly-once loading leaves it at 1 everywhere.
CREATE TABLE import_scratch (
    id          BIGINT        NOT NULL PRIMARY KEY,
    line_number BIGINT        NOT NULL,
    code        VARCHAR(32)   NOT NULL,
    title       VARCHAR(200)  NOT NULL,
    city_code   CHAR(6)       NOT NULL,
    amount      DECIMAL(14,2) NULL,
    contact     VARCHAR(64)   NULL,
    description VARCHAR(2000) NULL,
    writes      INT           NOT NULL DEFAULT 1
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Which seed jobs have completed, so that a start-up interrupted half-way (an undeploy, a crash) carries on
-- with the remaining seed jobs next time instead of skipping them.
CREATE TABLE seed_run (
    job_name          VARCHAR(64)  NOT NULL PRIMARY KEY,
    job_execution_id  BIGINT       NOT NULL,
    completed_at      DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Natural keys already taken by an earlier line of the same file (per job instance and step), so a duplicate
-- key within one file is rejected naming the first line, also after a restart that resumes mid-file.
-- Written in the chunk transaction with the rows; removed when the step completes.
CREATE TABLE import_file_key (
    job_instance_id  BIGINT        NOT NULL,
    step_name        VARCHAR(64)   NOT NULL,
    natural_key      VARCHAR(128)  NOT NULL,
    line_number      BIGINT        NOT NULL,
    PRIMARY KEY (job_instance_id, step_name, natural_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
