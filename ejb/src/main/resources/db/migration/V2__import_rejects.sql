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
