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
