-- 智慧科普 precise push: what each account subscribes to (topics, audience groups, region), and one row per item
-- and account delivered, so a restarted or repeated push job never delivers the same item to anyone twice.
CREATE TABLE popsci_subscription (
    account_id       BIGINT       NOT NULL PRIMARY KEY,
    topics           VARCHAR(200) NOT NULL,
    audience_groups  VARCHAR(100) NOT NULL,
    city_code        CHAR(6)      NULL,
    county_code      CHAR(6)      NULL,
    town             VARCHAR(64)  NULL,
    updated_at       DATETIME(6)  NOT NULL,
    KEY ix_popsci_subscription_region (city_code, county_code),
    CONSTRAINT fk_popsci_subscription_account FOREIGN KEY (account_id) REFERENCES user_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE popsci_delivery (
    id                BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    item_id           BIGINT      NOT NULL,
    account_id        BIGINT      NOT NULL,
    delivered_at      DATETIME(6) NOT NULL,
    CONSTRAINT uq_popsci_delivery UNIQUE (item_id, account_id),
    KEY ix_popsci_delivery_account (account_id),
    CONSTRAINT fk_popsci_delivery_item FOREIGN KEY (item_id) REFERENCES popsci_item (id),
    CONSTRAINT fk_popsci_delivery_account FOREIGN KEY (account_id) REFERENCES user_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
