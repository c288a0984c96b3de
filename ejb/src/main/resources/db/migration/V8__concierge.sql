-- Concierge orders (保姆单) of the 科服保姆.

-- 保姆单: one order per client, carried by a staff member (科服保姆) from the first visit to a signed deal.
-- An introduction (对接) asked for by the owner of a listing opens, or joins, the one order of that supply–demand
-- pair (一单一策): the pair is unique, so both sides asking end up on the same order.
CREATE TABLE concierge_order (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    order_no             VARCHAR(32)   NOT NULL,
    client_type          VARCHAR(16)   NOT NULL,
    client_name          VARCHAR(64)   NOT NULL,
    city_code            CHAR(6)       NOT NULL,
    staff_username       VARCHAR(64)   NOT NULL,
    title                VARCHAR(100)  NOT NULL,
    policy               VARCHAR(1000) NULL,
    status               VARCHAR(16)   NOT NULL,
    opened_on            DATE          NOT NULL,
    closed_on            DATE          NULL,
    deal_amount_wan_yuan DECIMAL(14,2) NULL,
    listing_id           BIGINT        NULL,
    version              BIGINT        NOT NULL DEFAULT 0,
    demand_listing_id    BIGINT        NULL,
    supply_listing_id    BIGINT        NULL,
    requested_by         VARCHAR(64)   NULL,
    UNIQUE KEY uk_concierge_order_no (order_no),
    UNIQUE KEY uk_concierge_order_pair (demand_listing_id, supply_listing_id),
    KEY ix_concierge_order_staff (staff_username, status),
    KEY ix_concierge_order_city_month (city_code, opened_on),
    CONSTRAINT fk_concierge_order_city FOREIGN KEY (city_code) REFERENCES ref_city (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE concierge_step (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    order_id          BIGINT        NOT NULL,
    step_type         VARCHAR(24)   NOT NULL,
    note              VARCHAR(1000) NULL,
    occurred_on       DATE          NOT NULL,
    recorded_by       VARCHAR(64)   NOT NULL,
    amount_wan_yuan   DECIMAL(14,2) NULL,
    KEY ix_concierge_step_order (order_id, occurred_on),
    CONSTRAINT fk_concierge_step_order FOREIGN KEY (order_id) REFERENCES concierge_order (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Order numbers of 保姆单 come from one counter row, locked by the transaction that opens an order, so two
-- staff opening orders at the same instant never get the same number (a COUNT(*) could collide).
CREATE TABLE concierge_order_counter (
    name        VARCHAR(32) NOT NULL PRIMARY KEY,
    last_value  BIGINT      NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO concierge_order_counter (name, last_value) VALUES ('order', 0);
