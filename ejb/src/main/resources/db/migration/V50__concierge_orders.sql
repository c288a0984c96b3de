-- 保姆单: one order per client, carried by a staff member (科服保姆) from the first visit to a signed deal.
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
    UNIQUE KEY uk_concierge_order_no (order_no),
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

-- Headline figures quoted in the association's documents, shown beside the live figures.
CREATE TABLE kpi_snapshot (
    metric  VARCHAR(64)   NOT NULL,
    as_of   VARCHAR(16)   NOT NULL,
    value   DECIMAL(16,2) NOT NULL,
    unit    VARCHAR(16)   NOT NULL,
    source  VARCHAR(128)  NOT NULL,
    PRIMARY KEY (metric, as_of)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
