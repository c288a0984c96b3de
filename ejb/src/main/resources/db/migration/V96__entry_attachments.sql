-- Attachments jurors read with an evaluation entry: 论文全文 (PDF), 查新报告 (PDF), 项目简介 (PDF or text).
-- One per kind and entry, replaced by a later upload. A youth contest entry's 查新报告 stays in
-- cts_novelty_report (the registration's own upload) and is served from there as the entry's attachment.

CREATE TABLE evl_entry_attachment (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    entry_id      BIGINT       NOT NULL,
    kind          VARCHAR(16)  NOT NULL,
    file_name     VARCHAR(255) NOT NULL,
    content_type  VARCHAR(64)  NOT NULL,
    size_bytes    INT          NOT NULL,
    sha256        CHAR(64)     NOT NULL,
    content       MEDIUMBLOB   NOT NULL,
    uploaded_by   VARCHAR(64)  NOT NULL,
    uploaded_at   DATETIME(6)  NOT NULL,
    CONSTRAINT uq_evl_attachment_kind UNIQUE (entry_id, kind),
    CONSTRAINT fk_evl_attachment_entry FOREIGN KEY (entry_id) REFERENCES evl_entry (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
