-- Reference data (cities, counties, taxonomies) and logins.
-- Every table is utf8mb4 so that Chinese names (including rare characters outside the BMP) store intact.

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

CREATE TABLE user_account (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username       VARCHAR(64)  NOT NULL,
    display_name   VARCHAR(64)  NOT NULL,
    password_hash  VARCHAR(255) NOT NULL,
    failed_logins  INT          NOT NULL DEFAULT 0,
    locked_until   DATETIME(6)  NULL,
    enabled        BOOLEAN      NOT NULL DEFAULT TRUE,
    version        BIGINT       NOT NULL DEFAULT 0,
    UNIQUE KEY uk_user_account_username (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE user_account_role (
    account_id  BIGINT      NOT NULL,
    role        VARCHAR(32) NOT NULL,
    PRIMARY KEY (account_id, role),
    CONSTRAINT fk_role_account FOREIGN KEY (account_id) REFERENCES user_account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
