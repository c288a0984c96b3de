-- 人气奖 votes of the public without an account: a visitor names an entry and an e-mail address, and the vote is
-- cast only when the one-time link mailed there is confirmed. Only SHA-256 hashes of the token and of the address
-- are stored; the voter of such a vote is 'mail:' + the address hash, so an address votes once per edition.
CREATE TABLE cts_vote_request (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    edition_id  BIGINT      NOT NULL,
    entry_id    BIGINT      NOT NULL,
    voter       VARCHAR(72) NOT NULL,
    token_hash  CHAR(64)    NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    expires_at  DATETIME(6) NOT NULL,
    used_at     DATETIME(6) NULL,
    UNIQUE KEY uk_cts_vote_request_token (token_hash),
    KEY ix_cts_vote_request_voter (edition_id, voter),
    CONSTRAINT fk_cts_vote_request_edition FOREIGN KEY (edition_id) REFERENCES cts_edition (edition_id),
    CONSTRAINT fk_cts_vote_request_entry FOREIGN KEY (entry_id) REFERENCES evl_entry (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE cts_vote MODIFY voter VARCHAR(72) NOT NULL;
