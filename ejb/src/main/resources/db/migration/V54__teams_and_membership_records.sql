-- Teams of workers (科技工作者团队), approval fields of organisation memberships (团体会员), contact fields of
-- the city associations (市州科协), and the journal indexes the admin screens and the API search by.

CREATE TABLE mem_team (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name             VARCHAR(64)  NOT NULL,
    leader_id        BIGINT       NOT NULL,
    discipline_code  VARCHAR(16)  NULL,
    city_code        CHAR(6)      NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    UNIQUE KEY uk_team_city_name (city_code, name),
    KEY ix_team_name (name, id),
    KEY ix_team_leader (leader_id),
    CONSTRAINT fk_team_leader FOREIGN KEY (leader_id) REFERENCES mem_worker (id),
    CONSTRAINT fk_team_city FOREIGN KEY (city_code) REFERENCES ref_city (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE mem_team_member (
    team_id    BIGINT NOT NULL,
    worker_id  BIGINT NOT NULL,
    PRIMARY KEY (team_id, worker_id),
    KEY ix_team_member_worker (worker_id),
    CONSTRAINT fk_team_member_team FOREIGN KEY (team_id) REFERENCES mem_team (id) ON DELETE CASCADE,
    CONSTRAINT fk_team_member_worker FOREIGN KEY (worker_id) REFERENCES mem_worker (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE mem_organisation_membership
    ADD COLUMN applied_at  DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    ADD COLUMN approved_at DATETIME(6) NULL,
    ADD COLUMN approved_by VARCHAR(64) NULL,
    ADD KEY ix_om_organisation (organisation_id);

ALTER TABLE mem_city_association
    ADD COLUMN contact_person VARCHAR(32)  NULL,
    ADD COLUMN contact_phone  VARCHAR(20)  NULL,
    ADD COLUMN email          VARCHAR(254) NULL,
    ADD COLUMN address        VARCHAR(128) NULL;

-- Not a unique key: the society import upserts journals by code and must not turn an ISSN clash into an
-- update of another journal; JournalService refuses a second journal with the same ISSN (409).
ALTER TABLE mem_journal
    ADD KEY ix_journal_issn (issn),
    ADD KEY ix_journal_name (name, id);

ALTER TABLE mem_staff
    ADD KEY ix_staff_name (display_name, id);
