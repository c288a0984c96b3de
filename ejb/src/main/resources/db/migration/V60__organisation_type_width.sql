-- ENTERPRISE_OR_INSTITUTION has 25 characters: VARCHAR(24) refused every 企事业单位 (strict mode, "Data too long").
ALTER TABLE mem_organisation MODIFY type VARCHAR(32) NOT NULL;
