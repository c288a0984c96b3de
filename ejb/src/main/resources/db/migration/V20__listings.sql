-- Supply (所能) and demand (所需) listings of the marketplace, and the pairs someone declined.
-- One table for both sides: ids come from one sequence, so an id names a listing whatever its side.

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
    UNIQUE KEY uk_listing_external_id (external_id),
    KEY ix_listing_side_status (side, status),
    KEY ix_listing_city (city_code),
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
