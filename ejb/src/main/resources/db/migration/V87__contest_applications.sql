-- 青少年科技创新大赛 self-service: a school or tutor account applies for a student project with its 查新报告; the
-- city office approves it within the city's quota (it then becomes a registration and an engine entry, V57) or
-- rejects it with a reason. The applicant follows the status.
CREATE TABLE cts_application (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    edition_id       BIGINT       NOT NULL,
    applicant        VARCHAR(64)  NOT NULL,
    title            VARCHAR(255) NOT NULL,
    entrant_name     VARCHAR(64)  NOT NULL,
    city_code        CHAR(6)      NOT NULL,
    school_level     VARCHAR(8)   NOT NULL,
    subject          VARCHAR(32)  NOT NULL,
    school           VARCHAR(128) NOT NULL,
    tutor            VARCHAR(64)  NOT NULL,
    members          VARCHAR(255) NULL,
    report_name      VARCHAR(255) NULL,
    report_content   MEDIUMBLOB   NULL,
    status           VARCHAR(16)  NOT NULL,
    reason           VARCHAR(255) NULL,
    registration_id  BIGINT       NULL,
    submitted_at     DATETIME(6)  NOT NULL,
    decided_by       VARCHAR(64)  NULL,
    decided_at       DATETIME(6)  NULL,
    KEY ix_cts_application_review (edition_id, city_code, status),
    KEY ix_cts_application_applicant (applicant),
    CONSTRAINT fk_cts_application_edition FOREIGN KEY (edition_id) REFERENCES cts_edition (edition_id),
    CONSTRAINT fk_cts_application_registration FOREIGN KEY (registration_id) REFERENCES cts_registration (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
