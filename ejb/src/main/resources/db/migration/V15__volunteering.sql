-- 科技志愿服务: volunteer teams (科技志愿服务队), their activities, and the sign-ups of accounts with the hours
-- recorded after each activity. One sign-up per account and activity (a cancelled one is taken up again).
CREATE TABLE vol_team (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name             VARCHAR(128) NOT NULL,
    host_org         VARCHAR(128) NOT NULL,
    city_code        CHAR(6)      NOT NULL,
    county_code      CHAR(6)      NULL,
    topics           VARCHAR(255) NULL,
    leader_username  VARCHAR(64)  NOT NULL,
    created_by       VARCHAR(64)  NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_vol_team_name UNIQUE (city_code, name),
    KEY ix_vol_team_leader (leader_username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE vol_activity (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    team_id        BIGINT        NOT NULL,
    title          VARCHAR(128)  NOT NULL,
    description    TEXT          NULL,
    place          VARCHAR(255)  NOT NULL,
    city_code      CHAR(6)       NOT NULL,
    county_code    CHAR(6)       NULL,
    starts_at      DATETIME(6)   NOT NULL,
    ends_at        DATETIME(6)   NOT NULL,
    capacity       INT           NOT NULL,
    hours          DECIMAL(4, 1) NOT NULL,
    status         VARCHAR(16)   NOT NULL,
    cancel_reason  VARCHAR(255)  NULL,
    published_by   VARCHAR(64)   NOT NULL,
    published_at   DATETIME(6)   NOT NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_vol_activity_team FOREIGN KEY (team_id) REFERENCES vol_team (id),
    KEY ix_vol_activity_start (status, starts_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE vol_signup (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    activity_id   BIGINT        NOT NULL,
    account_id    BIGINT        NOT NULL,
    status        VARCHAR(16)   NOT NULL,
    hours         DECIMAL(4, 1) NULL,
    signed_up_at  DATETIME(6)   NOT NULL,
    cancelled_at  DATETIME(6)   NULL,
    recorded_by   VARCHAR(64)   NULL,
    recorded_at   DATETIME(6)   NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_vol_signup UNIQUE (activity_id, account_id),
    CONSTRAINT fk_vol_signup_activity FOREIGN KEY (activity_id) REFERENCES vol_activity (id),
    CONSTRAINT fk_vol_signup_account FOREIGN KEY (account_id) REFERENCES user_account (id),
    KEY ix_vol_signup_account (account_id, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
