-- Which nominations and contest registrations came from an import file, and from which line first.
-- The import jobs upsert here by the nomination's or registration's id: a file loaded twice changes nothing.
CREATE TABLE awd_nomination_import (
    nomination_id  BIGINT       NOT NULL PRIMARY KEY,
    edition_id     BIGINT       NOT NULL,
    first_line     BIGINT       NOT NULL,
    imported_at    DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT fk_awd_nomination_import FOREIGN KEY (nomination_id) REFERENCES awd_nomination (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE cts_registration_import (
    registration_id  BIGINT       NOT NULL PRIMARY KEY,
    edition_id       BIGINT       NOT NULL,
    first_line       BIGINT       NOT NULL,
    imported_at      DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT fk_cts_registration_import FOREIGN KEY (registration_id) REFERENCES cts_registration (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
