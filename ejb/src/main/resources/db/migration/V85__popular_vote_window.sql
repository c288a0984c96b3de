-- 人气奖 public vote: staff open and close the vote of an edition; votes are taken only while it is open and the
-- running count is published only once it has closed.
ALTER TABLE cts_edition
    ADD COLUMN vote_opened_at DATETIME(6) NULL,
    ADD COLUMN vote_closed_at DATETIME(6) NULL;
