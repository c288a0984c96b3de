-- Staging rows of one import chunk: the writer loads a chunk's validated rows here with LOAD DATA LOCAL
-- (from memory), upserts them into the target with one INSERT ... SELECT and deletes them, all in the
-- chunk's transaction, so committed data never holds staging rows. stage_key is the job execution id,
-- stage_line the row's index in the chunk (file order), v1..v16 the upsert parameters as text.
CREATE TABLE import_stage (
    stage_key  BIGINT NOT NULL,
    stage_line INT    NOT NULL,
    v1  TEXT NULL, v2  TEXT NULL, v3  TEXT NULL, v4  TEXT NULL,
    v5  TEXT NULL, v6  TEXT NULL, v7  TEXT NULL, v8  TEXT NULL,
    v9  TEXT NULL, v10 TEXT NULL, v11 TEXT NULL, v12 TEXT NULL,
    v13 TEXT NULL, v14 TEXT NULL, v15 TEXT NULL, v16 TEXT NULL,
    PRIMARY KEY (stage_key, stage_line)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
