-- 智慧科普: 科普 items and their precise push to accounts and public subscribers, the 科普员 registry and 科普问答.

-- 智慧科普: 科普 items (article, video link, activity) with topics (comma-separated codes), audience and region
-- (city, county, town; all empty for the whole province). Public once published; push_execution_id is the batch
-- execution that delivered it to the subscribers. Items loaded from files (the seeds, a city's batch of items) carry
-- the sender's key in external_id, so loading the same file again updates them instead of adding copies; items
-- written on the screen or through the API have none.
CREATE TABLE popsci_item (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    external_id        VARCHAR(64)   NULL,
    kind               VARCHAR(16)   NOT NULL,
    title              VARCHAR(200)  NOT NULL,
    summary            VARCHAR(500)  NOT NULL,
    body               MEDIUMTEXT    NULL,
    video_url          VARCHAR(500)  NULL,
    activity_time      VARCHAR(64)   NULL,
    activity_place     VARCHAR(200)  NULL,
    topics             VARCHAR(200)  NOT NULL,
    audience           VARCHAR(16)   NOT NULL,
    city_code          CHAR(6)       NULL,
    county_code        CHAR(6)       NULL,
    town               VARCHAR(64)   NULL,
    published          BOOLEAN       NOT NULL DEFAULT FALSE,
    published_at       DATETIME(6)   NULL,
    push_execution_id  BIGINT        NULL,
    created_by         VARCHAR(64)   NOT NULL,
    updated_at         DATETIME(6)   NOT NULL,
    version            BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_popsci_item_external UNIQUE (external_id),
    KEY ix_popsci_item_public (published, published_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

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

-- 科普员 registry: one 科普员 per town or community (一镇一乡一村一社区一科普员), keyed by county and town name;
-- loaded by the popscience-volunteer-import job and edited by the city's staff. account_id links the account that
-- answers 科普问答 as that 科普员.
CREATE TABLE popsci_volunteer (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    city_code     CHAR(6)      NOT NULL,
    county_code   CHAR(6)      NOT NULL,
    town          VARCHAR(64)  NOT NULL,
    name          VARCHAR(64)  NOT NULL,
    mobile        VARCHAR(11)  NULL,
    organisation  VARCHAR(128) NULL,
    updated_by    VARCHAR(64)  NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    account_id    BIGINT       NULL,
    CONSTRAINT uq_popsci_volunteer_town UNIQUE (county_code, town),
    KEY ix_popsci_volunteer_city (city_code, county_code),
    KEY ix_popsci_volunteer_account (account_id),
    CONSTRAINT fk_popsci_volunteer_account FOREIGN KEY (account_id) REFERENCES user_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

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

-- 智慧科普 precise push to public subscribers without an account: an e-mail address or mainland mobile number with
-- the same choices as an account (topics, audience groups, region). A subscriber is pending until the mailed link
-- or the SMS code of a confirmation is used; the choices of a confirmation apply only then. Only hashes of link
-- tokens, codes and unsubscribe tokens are stored. One delivery per item and subscriber (unique key).
CREATE TABLE popsci_subscriber (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    channel          VARCHAR(8)   NOT NULL,
    address          VARCHAR(254) NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    topics           VARCHAR(200) NULL,
    audience_groups  VARCHAR(100) NULL,
    city_code        CHAR(6)      NULL,
    county_code      CHAR(6)      NULL,
    town             VARCHAR(64)  NULL,
    manage_hash      CHAR(64)     NULL,
    created_at       DATETIME(6)  NOT NULL,
    confirmed_at     DATETIME(6)  NULL,
    unsubscribed_at  DATETIME(6)  NULL,
    CONSTRAINT uq_popsci_subscriber_address UNIQUE (address),
    CONSTRAINT uq_popsci_subscriber_manage UNIQUE (manage_hash),
    KEY ix_popsci_subscriber_region (status, city_code, county_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE popsci_subscriber_confirmation (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    subscriber_id    BIGINT       NOT NULL,
    token_hash       CHAR(64)     NOT NULL,
    code_salt        VARCHAR(64)  NULL,
    attempts         INT          NOT NULL DEFAULT 0,
    topics           VARCHAR(200) NOT NULL,
    audience_groups  VARCHAR(100) NOT NULL,
    city_code        CHAR(6)      NULL,
    county_code      CHAR(6)      NULL,
    town             VARCHAR(64)  NULL,
    created_at       DATETIME(6)  NOT NULL,
    expires_at       DATETIME(6)  NOT NULL,
    used_at          DATETIME(6)  NULL,
    CONSTRAINT uq_popsci_confirmation_token UNIQUE (token_hash),
    KEY ix_popsci_confirmation_subscriber (subscriber_id, created_at),
    CONSTRAINT fk_popsci_confirmation_subscriber FOREIGN KEY (subscriber_id) REFERENCES popsci_subscriber (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE popsci_subscriber_delivery (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    item_id          BIGINT       NOT NULL,
    subscriber_id    BIGINT       NOT NULL,
    token_hash       CHAR(64)     NOT NULL,
    delivered_at     DATETIME(6)  NOT NULL,
    read_at          DATETIME(6)  NULL,
    CONSTRAINT uq_popsci_subscriber_delivery UNIQUE (item_id, subscriber_id),
    CONSTRAINT uq_popsci_subscriber_delivery_token UNIQUE (token_hash),
    KEY ix_popsci_subscriber_delivery_subscriber (subscriber_id),
    CONSTRAINT fk_popsci_subscriber_delivery_item FOREIGN KEY (item_id) REFERENCES popsci_item (id),
    CONSTRAINT fk_popsci_subscriber_delivery_subscriber FOREIGN KEY (subscriber_id) REFERENCES popsci_subscriber (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
