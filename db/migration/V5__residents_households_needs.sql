-- Service recipients (服务对象), their households, and the needs library (需求库).
-- Personal data (ID number, phone) is encrypted ("<key id>:<base64>") with an HMAC column for exact lookup;
-- the station owns every row (station_id), and every query filters on it.

CREATE TABLE household (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  station_id   BIGINT       NOT NULL,
  community_id BIGINT       NOT NULL,
  address      VARCHAR(200) NOT NULL,
  version      INT          NOT NULL DEFAULT 0,
  created_at   DATETIME(3)  NOT NULL,
  created_by   BIGINT       NULL,
  updated_at   DATETIME(3)  NOT NULL,
  updated_by   BIGINT       NULL,
  PRIMARY KEY (id),
  KEY idx_household_station (station_id, id),
  KEY idx_household_community (community_id, id),
  CONSTRAINT fk_household_station FOREIGN KEY (station_id) REFERENCES station (id),
  CONSTRAINT fk_household_community FOREIGN KEY (community_id) REFERENCES community (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Household-level safety-net categories (e.g. a minimum-allowance household).
CREATE TABLE household_category (
  household_id BIGINT      NOT NULL,
  category     VARCHAR(40) NOT NULL,
  PRIMARY KEY (household_id, category)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE resident (
  id                BIGINT        NOT NULL AUTO_INCREMENT,
  station_id        BIGINT        NOT NULL,
  community_id      BIGINT        NOT NULL,
  household_id      BIGINT        NULL,
  relation_to_head  VARCHAR(20)   NULL,
  name              VARCHAR(50)   NOT NULL,
  gender            VARCHAR(10)   NOT NULL,
  birth_date        DATE          NULL,
  id_number_cipher  VARCHAR(255)  NULL,
  id_number_hmac    CHAR(64)      NULL,
  phone_cipher      VARCHAR(255)  NULL,
  phone_hmac        CHAR(64)      NULL,
  address           VARCHAR(200)  NULL,
  lat               DECIMAL(9,6)  NULL,
  lng               DECIMAL(9,6)  NULL,
  -- Geohash (precision 8, about 38 m x 19 m) of the location: the distribution map groups by its prefixes.
  geohash           CHAR(8)       NULL,
  notes             VARCHAR(2000) NULL,
  consent_at        DATETIME(3)   NULL,
  status            VARCHAR(16)   NOT NULL,
  status_changed_at DATETIME(3)   NULL,
  account_id        BIGINT        NULL,
  version           INT           NOT NULL DEFAULT 0,
  created_at        DATETIME(3)   NOT NULL,
  created_by        BIGINT        NULL,
  updated_at        DATETIME(3)   NOT NULL,
  updated_by        BIGINT        NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_resident_station_id_number (station_id, id_number_hmac),
  UNIQUE KEY uk_resident_account (account_id),
  KEY idx_resident_station (station_id, id),
  KEY idx_resident_community (community_id, id),
  KEY idx_resident_household (household_id),
  KEY idx_resident_geohash (station_id, geohash),
  KEY idx_resident_birth (station_id, birth_date),
  CONSTRAINT fk_resident_station FOREIGN KEY (station_id) REFERENCES station (id),
  CONSTRAINT fk_resident_community FOREIGN KEY (community_id) REFERENCES community (id),
  CONSTRAINT ck_resident_gender CHECK (gender IN ('MALE', 'FEMALE', 'UNKNOWN')),
  CONSTRAINT ck_resident_status CHECK (status IN ('ACTIVE', 'MOVED_OUT', 'DECEASED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Safety-net categories of a resident (multi-valued). station_id is repeated so a category filter stays in scope
-- on one index.
CREATE TABLE resident_category (
  resident_id BIGINT      NOT NULL,
  station_id  BIGINT      NOT NULL,
  category    VARCHAR(40) NOT NULL,
  PRIMARY KEY (resident_id, category),
  KEY idx_resident_category (station_id, category, resident_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE resident_tag (
  resident_id BIGINT      NOT NULL,
  tag         VARCHAR(30) NOT NULL,
  PRIMARY KEY (resident_id, tag)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Chinese text search without FULLTEXT parsers (see SQL.md): single characters and bigrams of the searchable text,
-- written with the row. A query for "张三丰" needs the rows holding all of 张三, 三丰.
CREATE TABLE search_token (
  entity_type VARCHAR(16) NOT NULL,
  entity_id   BIGINT      NOT NULL,
  station_id  BIGINT      NOT NULL,
  token       VARCHAR(8)  NOT NULL,
  PRIMARY KEY (entity_type, station_id, token, entity_id),
  KEY idx_search_token_entity (entity_type, entity_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE need (
  id                BIGINT        NOT NULL AUTO_INCREMENT,
  station_id        BIGINT        NOT NULL,
  community_id      BIGINT        NOT NULL,
  subject_type      VARCHAR(16)   NOT NULL,
  resident_id       BIGINT        NULL,
  household_id      BIGINT        NULL,
  type              VARCHAR(16)   NOT NULL,
  category          VARCHAR(16)   NOT NULL,
  sub_category      VARCHAR(50)   NULL,
  assessment_method VARCHAR(20)   NOT NULL,
  urgency           VARCHAR(10)   NOT NULL,
  -- 0 = CRISIS ... 3 = LOW: crisis needs sort first everywhere they are listed.
  urgency_rank      TINYINT       NOT NULL,
  description       VARCHAR(2000) NOT NULL,
  assessed_by       BIGINT        NULL,
  assessed_at       DATETIME(3)   NULL,
  due_date          DATE          NULL,
  status            VARCHAR(16)   NOT NULL,
  status_reason     VARCHAR(500)  NULL,
  submitted_by      BIGINT        NULL,
  version           INT           NOT NULL DEFAULT 0,
  created_at        DATETIME(3)   NOT NULL,
  created_by        BIGINT        NULL,
  updated_at        DATETIME(3)   NOT NULL,
  updated_by        BIGINT        NULL,
  PRIMARY KEY (id),
  KEY idx_need_station (station_id, urgency_rank, id),
  KEY idx_need_status (station_id, status, urgency_rank, id),
  KEY idx_need_resident (resident_id, id),
  KEY idx_need_household (household_id, id),
  KEY idx_need_community (community_id, id),
  CONSTRAINT fk_need_station FOREIGN KEY (station_id) REFERENCES station (id),
  CONSTRAINT ck_need_subject CHECK (subject_type IN ('RESIDENT', 'HOUSEHOLD', 'COMMUNITY')),
  CONSTRAINT ck_need_type CHECK (type IN ('NORMATIVE', 'FELT', 'EXPRESSED', 'COMPARATIVE')),
  CONSTRAINT ck_need_category CHECK (category IN ('POLICY', 'MEDICAL', 'PSYCHOLOGICAL', 'FINANCIAL', 'SAFETY',
    'DEVELOPMENTAL')),
  CONSTRAINT ck_need_method CHECK (assessment_method IN ('QUESTIONNAIRE', 'INTERVIEW', 'LITERATURE',
    'POLICY_DOCUMENT', 'SERVICE_DATA')),
  CONSTRAINT ck_need_urgency CHECK (urgency IN ('CRISIS', 'HIGH', 'MEDIUM', 'LOW')),
  CONSTRAINT ck_need_status CHECK (status IN ('OPEN', 'MATCHING', 'IN_SERVICE', 'MET', 'CLOSED', 'WITHDRAWN'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every status change of a need, append-only.
CREATE TABLE need_transition (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  need_id     BIGINT       NOT NULL,
  from_status VARCHAR(16)  NULL,
  to_status   VARCHAR(16)  NOT NULL,
  note        VARCHAR(500) NULL,
  actor_id    BIGINT       NULL,
  occurred_at DATETIME(3)  NOT NULL,
  PRIMARY KEY (id),
  KEY idx_need_transition_need (need_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
