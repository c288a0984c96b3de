-- 智慧科普: 科普 items (article, video link, activity) with topics (comma-separated codes), audience and region
-- (city, county, town; all empty for the whole province). Public once published; push_execution_id is the batch
-- execution that delivered it to the subscribers.
CREATE TABLE popsci_item (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
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
    KEY ix_popsci_item_public (published, published_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
