-- Who did what to which record, and how it looked before and after (privileged writes, score overrides).
CREATE TABLE audit_entry (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at  DATETIME(6)  NOT NULL,
    actor        VARCHAR(64)  NOT NULL,
    action       VARCHAR(64)  NOT NULL,
    target_type  VARCHAR(64)  NOT NULL,
    target_id    VARCHAR(64)  NULL,
    before_state MEDIUMTEXT   NULL,
    after_state  MEDIUMTEXT   NULL,
    detail       VARCHAR(500) NULL,
    KEY ix_audit_target (target_type, target_id),
    KEY ix_audit_actor (actor, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
