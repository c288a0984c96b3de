-- An introduction (对接) asked for by the owner of a listing opens, or joins, the one 保姆单 of that supply–demand pair
-- (一单一策): the pair is unique, so both sides asking end up on the same order.
ALTER TABLE concierge_order
    ADD COLUMN demand_listing_id BIGINT      NULL,
    ADD COLUMN supply_listing_id BIGINT      NULL,
    ADD COLUMN requested_by      VARCHAR(64) NULL,
    ADD UNIQUE KEY uk_concierge_order_pair (demand_listing_id, supply_listing_id);
