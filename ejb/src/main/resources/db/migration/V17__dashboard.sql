-- Dashboard (数据看板).

-- Headline figures quoted in the association's documents, shown beside the live figures.
CREATE TABLE kpi_snapshot (
    metric  VARCHAR(64)   NOT NULL,
    as_of   VARCHAR(16)   NOT NULL,
    value   DECIMAL(16,2) NOT NULL,
    unit    VARCHAR(16)   NOT NULL,
    source  VARCHAR(128)  NOT NULL,
    PRIMARY KEY (metric, as_of)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
