-- Matching of supply and demand listings (the index itself lives on disk, fed by listing_change).

-- The weekly digest of new matches: one row per account and week it was sent for, so a restarted or repeated run of
-- the job never sends the same week twice.
CREATE TABLE match_digest (
    username    VARCHAR(64) NOT NULL,
    week_start  DATE        NOT NULL,
    matches     INT         NOT NULL,
    sent_at     DATETIME(6) NOT NULL,
    PRIMARY KEY (username, week_start)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
