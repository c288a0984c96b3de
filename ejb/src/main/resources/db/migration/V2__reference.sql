-- Reference data: cities, counties and taxonomies (disciplines, industries), loaded from seeds/ on an empty database.

CREATE TABLE ref_city (
    code        CHAR(6)     NOT NULL PRIMARY KEY,
    name        VARCHAR(32) NOT NULL,
    sort_order  INT         NOT NULL,
    UNIQUE KEY uk_ref_city_name (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE ref_county (
    code       CHAR(6)     NOT NULL PRIMARY KEY,
    name       VARCHAR(32) NOT NULL,
    city_code  CHAR(6)     NOT NULL,
    CONSTRAINT fk_county_city FOREIGN KEY (city_code) REFERENCES ref_city (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE ref_taxonomy_term (
    taxonomy     VARCHAR(16) NOT NULL,
    code         VARCHAR(16) NOT NULL,
    name         VARCHAR(64) NOT NULL,
    parent_code  VARCHAR(16) NULL,
    level        INT         NOT NULL,
    PRIMARY KEY (taxonomy, code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
