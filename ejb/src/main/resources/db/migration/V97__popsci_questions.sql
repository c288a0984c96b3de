-- 科普问答: the public asks, 科普员 of the county, topic experts and staff answer; answered questions are public.
-- A 科普员 registry entry may be linked to the account that answers as that 科普员.
ALTER TABLE popsci_volunteer
    ADD COLUMN account_id BIGINT NULL,
    ADD KEY ix_popsci_volunteer_account (account_id),
    ADD CONSTRAINT fk_popsci_volunteer_account FOREIGN KEY (account_id) REFERENCES user_account (id);

-- Topic experts designated by the province office or city staff: they answer questions of the topic anywhere.
CREATE TABLE popsci_expert (
    id             BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id     BIGINT      NOT NULL,
    topic          VARCHAR(16) NOT NULL,
    designated_by  VARCHAR(64) NOT NULL,
    designated_at  DATETIME(6) NOT NULL,
    CONSTRAINT uq_popsci_expert UNIQUE (account_id, topic),
    CONSTRAINT fk_popsci_expert_account FOREIGN KEY (account_id) REFERENCES user_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE popsci_question (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    asker_id      BIGINT        NOT NULL,
    title         VARCHAR(100)  NOT NULL,
    body          VARCHAR(2000) NOT NULL,
    topic         VARCHAR(16)   NOT NULL,
    city_code     CHAR(6)       NOT NULL,
    county_code   CHAR(6)       NULL,
    town          VARCHAR(64)   NULL,
    answer_count  INT           NOT NULL DEFAULT 0,
    hidden        BOOLEAN       NOT NULL DEFAULT FALSE,
    asked_at      DATETIME(6)   NOT NULL,
    answered_at   DATETIME(6)   NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    KEY ix_popsci_question_public (hidden, answer_count, topic, city_code, answered_at),
    KEY ix_popsci_question_region (city_code, county_code),
    KEY ix_popsci_question_asker (asker_id),
    CONSTRAINT fk_popsci_question_asker FOREIGN KEY (asker_id) REFERENCES user_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE popsci_answer (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    question_id    BIGINT        NOT NULL,
    answerer_id    BIGINT        NOT NULL,
    answerer_name  VARCHAR(64)   NOT NULL,
    answerer_kind  VARCHAR(16)   NOT NULL,
    body           VARCHAR(5000) NOT NULL,
    hidden         BOOLEAN       NOT NULL DEFAULT FALSE,
    answered_at    DATETIME(6)   NOT NULL,
    KEY ix_popsci_answer_question (question_id, id),
    CONSTRAINT fk_popsci_answer_question FOREIGN KEY (question_id) REFERENCES popsci_question (id),
    CONSTRAINT fk_popsci_answer_answerer FOREIGN KEY (answerer_id) REFERENCES user_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
