-- The resources library (资源库) and the resource map (社区资源图): five dimensions, a maintained taxonomy of
-- sub-types, service areas, the need categories a resource serves, and its verification.

-- The taxonomy is data: admins add sub-types without a release. code is the stable key clients use.
CREATE TABLE resource_type (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  code        VARCHAR(40)  NOT NULL,
  dimension   VARCHAR(16)  NOT NULL,
  name        VARCHAR(50)  NOT NULL,
  description VARCHAR(200) NULL,
  sort_order  INT          NOT NULL DEFAULT 0,
  created_at  DATETIME(3)  NOT NULL,
  updated_at  DATETIME(3)  NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_resource_type_code (code),
  CONSTRAINT ck_resource_type_dimension CHECK (dimension IN ('HUMAN', 'ORGANIZATIONAL', 'FUNDING', 'SPACE', 'POLICY'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO resource_type (code, dimension, name, description, sort_order, created_at, updated_at) VALUES
  ('VOLUNTEER_TEAM', 'HUMAN', '志愿者队伍', '社区志愿服务队、巡逻队、互助小组', 10, '2026-11-01 00:00:00', '2026-11-01 00:00:00'),
  ('VOLUNTEER', 'HUMAN', '志愿者', '个人志愿者（不出现在公开数据中）', 11, '2026-11-01 00:00:00', '2026-11-01 00:00:00'),
  ('EXPERT', 'HUMAN', '专家', '律师、医生、心理咨询师等专业人士（不出现在公开数据中）', 12, '2026-11-01 00:00:00', '2026-11-01 00:00:00'),
  ('COMMUNITY_LEADER', 'HUMAN', '社区领袖', '楼栋长、热心居民、退休干部（不出现在公开数据中）', 13, '2026-11-01 00:00:00', '2026-11-01 00:00:00'),
  ('GOVERNMENT_DEPARTMENT', 'ORGANIZATIONAL', '政府部门', '民政、残联、人社等', 20, '2026-11-01 00:00:00', '2026-11-01 00:00:00'),
  ('ENTERPRISE', 'ORGANIZATIONAL', '企业', '爱心企业、物业公司', 21, '2026-11-01 00:00:00', '2026-11-01 00:00:00'),
  ('CHARITY', 'ORGANIZATIONAL', '公益慈善组织', '基金会、社会组织', 22, '2026-11-01 00:00:00', '2026-11-01 00:00:00'),
  ('CLINIC', 'ORGANIZATIONAL', '医疗机构', '社区卫生服务中心、诊所、医院', 23, '2026-11-01 00:00:00', '2026-11-01 00:00:00'),
  ('SCHOOL', 'ORGANIZATIONAL', '学校', '中小学、幼儿园、老年大学', 24, '2026-11-01 00:00:00', '2026-11-01 00:00:00'),
  ('FUND', 'FUNDING', '专项资金', '民生项目资金、慈善专项基金', 30, '2026-11-01 00:00:00', '2026-11-01 00:00:00'),
  ('FUNDING_UNIT', 'FUNDING', '资助单位', '出资支持服务的单位', 31, '2026-11-01 00:00:00', '2026-11-01 00:00:00'),
  ('VENUE', 'SPACE', '活动场地', '可借用的活动室、会议室、广场', 40, '2026-11-01 00:00:00', '2026-11-01 00:00:00'),
  ('ELDERLY_CENTER', 'SPACE', '老年活动中心', '日间照料中心、老年活动室', 41, '2026-11-01 00:00:00', '2026-11-01 00:00:00'),
  ('SERVICE_CENTER', 'SPACE', '便民服务中心', '党群服务中心、便民服务站', 42, '2026-11-01 00:00:00', '2026-11-01 00:00:00'),
  ('SCIENCE_VENUE', 'SPACE', '科普场馆', '科技馆、图书馆、博物馆', 43, '2026-11-01 00:00:00', '2026-11-01 00:00:00'),
  ('POLICY', 'POLICY', '政策', '与服务对象相关的政策文件', 50, '2026-11-01 00:00:00', '2026-11-01 00:00:00');

CREATE TABLE resource (
  id               BIGINT        NOT NULL AUTO_INCREMENT,
  -- Stable public identifier (HSDS requires UUIDs); never reused.
  uuid             CHAR(36)      NOT NULL,
  station_id       BIGINT        NOT NULL,
  dimension        VARCHAR(16)   NOT NULL,
  type_id          BIGINT        NOT NULL,
  name             VARCHAR(100)  NOT NULL,
  description      VARCHAR(2000) NULL,
  provider         VARCHAR(100)  NULL,
  contact_name     VARCHAR(50)   NULL,
  contact_phone    VARCHAR(30)   NULL,
  contact_email    VARCHAR(100)  NULL,
  website          VARCHAR(200)  NULL,
  address          VARCHAR(200)  NULL,
  lat              DECIMAL(9,6)  NULL,
  lng              DECIMAL(9,6)  NULL,
  geohash          CHAR(8)       NULL,
  service_radius_m INT           NULL,
  eligibility      VARCHAR(500)  NULL,
  min_age          INT           NULL,
  max_age          INT           NULL,
  availability     VARCHAR(500)  NULL,
  -- NULL means unlimited.
  capacity         INT           NULL,
  status           VARCHAR(16)   NOT NULL,
  visibility       VARCHAR(16)   NOT NULL,
  source           VARCHAR(20)   NOT NULL,
  last_verified_at DATETIME(3)   NULL,
  last_verified_by BIGINT        NULL,
  archived_at      DATETIME(3)   NULL,
  version          INT           NOT NULL DEFAULT 0,
  created_at       DATETIME(3)   NOT NULL,
  created_by       BIGINT        NULL,
  -- Microseconds: the partner feed orders changes by (updated_at, id).
  updated_at       DATETIME(6)   NOT NULL,
  updated_by       BIGINT        NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_resource_uuid (uuid),
  KEY idx_resource_station (station_id, id),
  KEY idx_resource_location (lat, lng),
  KEY idx_resource_geohash (geohash),
  KEY idx_resource_changes (updated_at, id),
  KEY idx_resource_type (type_id, id),
  KEY idx_resource_verified (station_id, last_verified_at),
  CONSTRAINT fk_resource_station FOREIGN KEY (station_id) REFERENCES station (id),
  CONSTRAINT fk_resource_type FOREIGN KEY (type_id) REFERENCES resource_type (id),
  CONSTRAINT ck_resource_dimension CHECK (dimension IN ('HUMAN', 'ORGANIZATIONAL', 'FUNDING', 'SPACE', 'POLICY')),
  CONSTRAINT ck_resource_status CHECK (status IN ('ACTIVE', 'POTENTIAL', 'INACTIVE')),
  CONSTRAINT ck_resource_visibility CHECK (visibility IN ('PUBLIC', 'INTERNAL')),
  CONSTRAINT ck_resource_source CHECK (source IN ('COMMUNITY_WALK', 'POLICY_DOCUMENT', 'COMMUNITY_LEADER',
    'PARTNER_FEED', 'SERVICE_DATA', 'OTHER')),
  CONSTRAINT ck_resource_capacity CHECK (capacity IS NULL OR capacity >= 0),
  CONSTRAINT ck_resource_radius CHECK (service_radius_m IS NULL OR service_radius_m > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The communities a resource serves (its service area, besides an optional radius).
CREATE TABLE resource_community (
  resource_id  BIGINT NOT NULL,
  community_id BIGINT NOT NULL,
  PRIMARY KEY (resource_id, community_id),
  KEY idx_resource_community (community_id, resource_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The need categories a resource can serve (POLICY, MEDICAL, ...), for matching.
CREATE TABLE resource_need_category (
  resource_id BIGINT      NOT NULL,
  category    VARCHAR(16) NOT NULL,
  PRIMARY KEY (resource_id, category),
  KEY idx_resource_need_category (category, resource_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Safety-net categories a resource is limited to (eligibility, e.g. minimum-allowance households only).
CREATE TABLE resource_eligible_category (
  resource_id BIGINT      NOT NULL,
  category    VARCHAR(40) NOT NULL,
  PRIMARY KEY (resource_id, category)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
