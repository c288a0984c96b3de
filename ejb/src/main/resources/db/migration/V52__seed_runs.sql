-- Which seed jobs have completed, so that a start-up interrupted half-way (an undeploy, a crash) carries on
-- with the remaining seed jobs next time instead of skipping them.
CREATE TABLE seed_run (
    job_name          VARCHAR(64)  NOT NULL PRIMARY KEY,
    job_execution_id  BIGINT       NOT NULL,
    completed_at      DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
