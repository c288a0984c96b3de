-- 科普员 registry: one 科普员 per town or community (一镇一乡一村一社区一科普员), keyed by county and town name;
-- loaded by the popscience-volunteer-import job and edited by the city's staff.
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
    CONSTRAINT uq_popsci_volunteer_town UNIQUE (county_code, town),
    KEY ix_popsci_volunteer_city (city_code, county_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
