-- A listing published by a self-registered account belongs to that account (owner_name stays the display text).
ALTER TABLE listing
    ADD COLUMN owner_account VARCHAR(64) NULL,
    ADD KEY ix_listing_owner_account (owner_account, id);
