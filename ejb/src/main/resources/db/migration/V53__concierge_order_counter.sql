-- Order numbers of 保姆单 come from one counter row, locked by the transaction that opens an order, so two
-- staff opening orders at the same instant never get the same number (a COUNT(*) could collide).
-- Earlier numbers were COUNT(*) + 1, so the counter starts at the current count.
CREATE TABLE concierge_order_counter (
    name        VARCHAR(32) NOT NULL PRIMARY KEY,
    last_value  BIGINT      NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO concierge_order_counter (name, last_value) SELECT 'order', COUNT(*) FROM concierge_order;
