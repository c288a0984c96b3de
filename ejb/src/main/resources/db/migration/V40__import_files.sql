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
