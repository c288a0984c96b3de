-- Supply (所能) and demand (所需) listings of the marketplace, and the pairs someone declined.
-- One table for both sides: ids come from one sequence, so an id names a listing whatever its side.

-- A listing published by a self-registered account belongs to owner_account (owner_name stays the display text).
CREATE TABLE listing (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    external_id      VARCHAR(64)   NOT NULL,
    side             VARCHAR(8)    NOT NULL,
    kind             VARCHAR(32)   NOT NULL,
    title            VARCHAR(100)  NOT NULL,
    description      TEXT          NULL,
    keywords         VARCHAR(500)  NULL,
    discipline_code  VARCHAR(16)   NULL,
    industry_code    VARCHAR(16)   NULL,
    city_code        CHAR(6)       NULL,
    amount_wan_yuan  DECIMAL(12,2) NULL,
    owner_name       VARCHAR(100)  NULL,
    status           VARCHAR(16)   NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    owner_account    VARCHAR(64)   NULL,
    UNIQUE KEY uk_listing_external_id (external_id),
    KEY ix_listing_side_status (side, status),
    KEY ix_listing_city (city_code),
    KEY ix_listing_owner_account (owner_account, id),
    CONSTRAINT fk_listing_city FOREIGN KEY (city_code) REFERENCES ref_city (code),
    CONSTRAINT ck_listing_amount CHECK (amount_wan_yuan IS NULL OR amount_wan_yuan >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE listing_match_decline (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    demand_id    BIGINT       NOT NULL,
    supply_id    BIGINT       NOT NULL,
    reason       VARCHAR(32)  NOT NULL,
    note         VARCHAR(500) NULL,
    declined_by  VARCHAR(64)  NOT NULL,
    declined_at  DATETIME(6)  NOT NULL,
    UNIQUE KEY uk_decline_pair (demand_id, supply_id),
    KEY ix_decline_supply (supply_id),
    CONSTRAINT fk_decline_demand FOREIGN KEY (demand_id) REFERENCES listing (id) ON DELETE CASCADE,
    CONSTRAINT fk_decline_supply FOREIGN KEY (supply_id) REFERENCES listing (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

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
