-- Accounts (staff and mini-program users), partner API keys, and the audit log of reads of personal data.
-- Personal data (phone) is stored encrypted (AES-GCM, "<key id>:<base64>") with an HMAC column for exact lookup.

CREATE TABLE app_user (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  username       VARCHAR(64)  NULL,
  password_hash  VARCHAR(100) NULL,
  display_name   VARCHAR(50)  NOT NULL,
  role           VARCHAR(32)  NOT NULL,
  station_id     BIGINT       NULL,
  wechat_openid  VARCHAR(64)  NULL,
  wechat_unionid VARCHAR(64)  NULL,
  phone_cipher   VARCHAR(255) NULL,
  phone_hmac     CHAR(64)     NULL,
  status         VARCHAR(16)  NOT NULL,
  created_at     DATETIME(3)  NOT NULL,
  updated_at     DATETIME(3)  NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_app_user_username (username),
  UNIQUE KEY uk_app_user_openid (wechat_openid),
  KEY idx_app_user_station (station_id, id),
  KEY idx_app_user_phone (phone_hmac),
  CONSTRAINT fk_app_user_station FOREIGN KEY (station_id) REFERENCES station (id),
  CONSTRAINT ck_app_user_role CHECK (role IN ('PLATFORM_ADMIN', 'STATION_ADMIN', 'SUPERVISOR', 'SOCIAL_WORKER',
    'VOLUNTEER', 'RESIDENT')),
  CONSTRAINT ck_app_user_status CHECK (status IN ('ACTIVE', 'DISABLED')),
  CONSTRAINT ck_app_user_login CHECK (username IS NOT NULL OR wechat_openid IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE api_key (
  id                    BIGINT       NOT NULL AUTO_INCREMENT,
  name                  VARCHAR(100) NOT NULL,
  key_hash              CHAR(64)     NOT NULL,
  key_prefix            VARCHAR(16)  NOT NULL,
  rate_limit_per_minute INT          NOT NULL,
  created_by            BIGINT       NULL,
  created_at            DATETIME(3)  NOT NULL,
  revoked_at            DATETIME(3)  NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_api_key_hash (key_hash),
  CONSTRAINT ck_api_key_rate CHECK (rate_limit_per_minute BETWEEN 1 AND 100000)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Append-only: the application inserts and reads; nothing updates or deletes.
CREATE TABLE audit_log (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  occurred_at DATETIME(3)  NOT NULL,
  actor_id    BIGINT       NULL,
  actor_name  VARCHAR(100) NOT NULL,
  action      VARCHAR(40)  NOT NULL,
  target_type VARCHAR(40)  NULL,
  target_id   BIGINT       NULL,
  field       VARCHAR(40)  NULL,
  station_id  BIGINT       NULL,
  client      VARCHAR(200) NULL,
  ip          VARCHAR(45)  NULL,
  PRIMARY KEY (id),
  KEY idx_audit_station (station_id, id),
  KEY idx_audit_target (target_type, target_id, id),
  KEY idx_audit_actor (actor_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
