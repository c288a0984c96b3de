-- 乡土人才创新创业大赛 entrants apply themselves too, by county and track: the youth-only columns become optional.
ALTER TABLE cts_application
    MODIFY school_level VARCHAR(8)   NULL,
    MODIFY subject      VARCHAR(32)  NULL,
    MODIFY school       VARCHAR(128) NULL,
    MODIFY tutor        VARCHAR(64)  NULL,
    ADD COLUMN county_code CHAR(6)     NULL AFTER city_code,
    ADD COLUMN track       VARCHAR(32) NULL AFTER county_code;
