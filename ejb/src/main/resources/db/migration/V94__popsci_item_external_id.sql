-- 科普 items loaded from files (the seeds, a city's batch of items) carry the sender's key, so loading the same file
-- again updates them instead of adding copies. Items written on the screen or through the API have none.
ALTER TABLE popsci_item ADD COLUMN external_id VARCHAR(64) NULL AFTER id,
    ADD CONSTRAINT uq_popsci_item_external UNIQUE (external_id);
