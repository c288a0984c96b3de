-- Public notice (公示) of an edition's proposed awardees, objections filed during the notice period, and
-- the published (final) results. The awardees are copied from the final round's leaderboard when the
-- notice opens, so the public list does not move while objections are handled.

CREATE TABLE evl_notice (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    edition_id      BIGINT       NOT NULL,
    final_round_id  BIGINT       NOT NULL,
    starts_at       DATETIME(6)  NOT NULL,
    ends_at         DATETIME(6)  NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    opened_by       VARCHAR(64)  NOT NULL,
    opened_at       DATETIME(6)  NOT NULL,
    published_by    VARCHAR(64)  NULL,
    published_at    DATETIME(6)  NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    UNIQUE KEY uk_evl_notice_edition (edition_id),
    CONSTRAINT fk_evl_notice_edition FOREIGN KEY (edition_id) REFERENCES evl_edition (id),
    CONSTRAINT fk_evl_notice_round FOREIGN KEY (final_round_id) REFERENCES evl_round (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One proposed awardee; an upheld objection withdraws it (it then stays out of the published results).
CREATE TABLE evl_notice_entry (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    notice_id         BIGINT        NOT NULL,
    entry_id          BIGINT        NOT NULL,
    place             INT           NOT NULL,
    tier              VARCHAR(32)   NOT NULL,
    tier_order        INT           NOT NULL,
    score             DECIMAL(9, 2) NOT NULL,
    withdrawn         BOOLEAN       NOT NULL DEFAULT FALSE,
    withdrawn_reason  VARCHAR(500)  NULL,
    UNIQUE KEY uk_evl_notice_entry (notice_id, entry_id),
    CONSTRAINT fk_evl_notice_entry_notice FOREIGN KEY (notice_id) REFERENCES evl_notice (id),
    CONSTRAINT fk_evl_notice_entry_entry FOREIGN KEY (entry_id) REFERENCES evl_entry (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE evl_objection (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    notice_id        BIGINT        NOT NULL,
    entry_id         BIGINT        NOT NULL,
    objector_name    VARCHAR(64)   NOT NULL,
    contact          VARCHAR(128)  NOT NULL,
    reason           VARCHAR(2000) NOT NULL,
    filed_at         DATETIME(6)   NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    decision_reason  VARCHAR(1000) NULL,
    decided_by       VARCHAR(64)   NULL,
    decided_at       DATETIME(6)   NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    KEY ix_evl_objection_notice (notice_id, status),
    CONSTRAINT fk_evl_objection_notice FOREIGN KEY (notice_id) REFERENCES evl_notice (id),
    CONSTRAINT fk_evl_objection_entry FOREIGN KEY (entry_id) REFERENCES evl_entry (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
