-- Online exhibition of the public portal: 最美科技工作者 (by year) and 四川百年百杰科学家, loaded by the
-- exhibit-import job from exhibits.csv (seeds) or from exhibits_*.csv in the import inbox; upserted by code.
CREATE TABLE exhibit (
    code          VARCHAR(32)   NOT NULL PRIMARY KEY,
    collection    VARCHAR(24)   NOT NULL,
    award_year    INT           NULL,
    name          VARCHAR(32)   NOT NULL,
    field         VARCHAR(64)   NULL,
    unit          VARCHAR(100)  NULL,
    city          VARCHAR(32)   NULL,
    story         VARCHAR(1000) NOT NULL,
    portrait_path VARCHAR(200)  NULL,
    demo          BOOLEAN       NOT NULL DEFAULT FALSE,
    KEY ix_exhibit_collection (collection, award_year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
