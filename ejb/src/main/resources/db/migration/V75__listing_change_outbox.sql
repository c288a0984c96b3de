-- The outbox of listing changes: every insert of a listing, and every update that changes what matching reads, adds a
-- row in the same transaction, whoever writes (the API, the screens, the import job's set-based upserts, plain SQL).
-- Each node's matching index applies the rows in id order and remembers how far it got, so a node that was down
-- catches up on start instead of rebuilding, and an import changes only the index entries of the rows it changed.
CREATE TABLE listing_change (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    listing_id  BIGINT      NOT NULL,
    changed_at  DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    KEY ix_listing_change_listing (listing_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER listing_change_on_insert AFTER INSERT ON listing FOR EACH ROW
    INSERT INTO listing_change (listing_id) VALUES (NEW.id);

-- An import run again on an unchanged file updates no matching field: no row, no index work.
CREATE TRIGGER listing_change_on_update AFTER UPDATE ON listing FOR EACH ROW
    INSERT INTO listing_change (listing_id)
    SELECT NEW.id FROM DUAL
    WHERE NOT (OLD.side <=> NEW.side AND OLD.kind <=> NEW.kind AND OLD.title <=> NEW.title
        AND OLD.description <=> NEW.description AND OLD.keywords <=> NEW.keywords
        AND OLD.discipline_code <=> NEW.discipline_code AND OLD.industry_code <=> NEW.industry_code
        AND OLD.city_code <=> NEW.city_code AND OLD.status <=> NEW.status);

CREATE TRIGGER listing_change_on_delete AFTER DELETE ON listing FOR EACH ROW
    INSERT INTO listing_change (listing_id) VALUES (OLD.id);
