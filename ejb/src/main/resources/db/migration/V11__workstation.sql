-- 院士(专家)工作站: registry with host unit, experts and the yearly evaluation grade.
CREATE TABLE workstation (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name             VARCHAR(100)  NOT NULL,
    host_unit        VARCHAR(100)  NOT NULL,
    city_code        CHAR(6)       NOT NULL,
    established_year INT           NOT NULL,
    experts          VARCHAR(500)  NOT NULL,
    UNIQUE KEY uk_workstation_name (name),
    CONSTRAINT fk_workstation_city FOREIGN KEY (city_code) REFERENCES ref_city (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE workstation_evaluation (
    workstation_id  BIGINT       NOT NULL,
    eval_year       INT          NOT NULL,
    grade           VARCHAR(16)  NOT NULL,
    note            VARCHAR(500) NULL,
    PRIMARY KEY (workstation_id, eval_year),
    CONSTRAINT fk_workstation_evaluation FOREIGN KEY (workstation_id) REFERENCES workstation (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
