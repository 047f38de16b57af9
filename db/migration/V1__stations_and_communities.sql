-- Stations (社工站) and the communities they serve (社区), with the community map's roads, key units and landmarks.
-- Note that this SQL runs unchanged on MySQL 8, MariaDB 10.11+ and TiDB: no spatial types, no JSON operators.
-- Timestamps are UTC, written by the application; coordinates are WGS-84.

CREATE TABLE station (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  name          VARCHAR(100) NOT NULL,
  kind          VARCHAR(32)  NOT NULL,
  district      VARCHAR(50)  NOT NULL,
  street        VARCHAR(50)  NULL,
  address       VARCHAR(200) NOT NULL,
  lat           DECIMAL(9,6) NULL,
  lng           DECIMAL(9,6) NULL,
  contact_name  VARCHAR(50)  NULL,
  contact_phone VARCHAR(30)  NULL,
  created_at    DATETIME(3)  NOT NULL,
  updated_at    DATETIME(3)  NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_station_name (name),
  CONSTRAINT ck_station_kind CHECK (kind IN ('COUNTY_CENTER', 'TOWNSHIP_STATION', 'STREET_STATION')),
  CONSTRAINT ck_station_lat CHECK (lat IS NULL OR (lat BETWEEN -90 AND 90)),
  CONSTRAINT ck_station_lng CHECK (lng IS NULL OR (lng BETWEEN -180 AND 180))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE community (
  id               BIGINT       NOT NULL AUTO_INCREMENT,
  station_id       BIGINT       NOT NULL,
  name             VARCHAR(50)  NOT NULL,
  district         VARCHAR(50)  NOT NULL,
  street           VARCHAR(50)  NOT NULL,
  admin_code       CHAR(12)     NULL,
  households       INT          NULL,
  population       INT          NULL,
  center_lat       DECIMAL(9,6) NULL,
  center_lng       DECIMAL(9,6) NULL,
  boundary_geojson MEDIUMTEXT   NULL,
  -- The boundary's bounding box: an indexed prefilter for point-in-polygon, which JTS then decides exactly.
  min_lat          DECIMAL(9,6) NULL,
  max_lat          DECIMAL(9,6) NULL,
  min_lng          DECIMAL(9,6) NULL,
  max_lng          DECIMAL(9,6) NULL,
  archived_at      DATETIME(3)  NULL,
  version          INT          NOT NULL DEFAULT 0,
  created_at       DATETIME(3)  NOT NULL,
  updated_at       DATETIME(3)  NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_community_station_name (station_id, name),
  UNIQUE KEY uk_community_admin_code (admin_code),
  KEY idx_community_station (station_id, id),
  KEY idx_community_bbox (min_lat, max_lat, min_lng, max_lng),
  CONSTRAINT fk_community_station FOREIGN KEY (station_id) REFERENCES station (id),
  CONSTRAINT ck_community_households CHECK (households IS NULL OR households >= 0),
  CONSTRAINT ck_community_population CHECK (population IS NULL OR population >= 0),
  CONSTRAINT ck_community_center_lat CHECK (center_lat IS NULL OR (center_lat BETWEEN -90 AND 90)),
  CONSTRAINT ck_community_center_lng CHECK (center_lng IS NULL OR (center_lng BETWEEN -180 AND 180))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Main roads (主要道路) of a community, in the order the community lists them.
CREATE TABLE community_road (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  community_id BIGINT       NOT NULL,
  name         VARCHAR(100) NOT NULL,
  sort_order   INT          NOT NULL,
  PRIMARY KEY (id),
  KEY idx_community_road_community (community_id, sort_order),
  CONSTRAINT fk_community_road_community FOREIGN KEY (community_id) REFERENCES community (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Key units (重要单位) and landmarks (地标) drawn on the community map.
CREATE TABLE community_place (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  community_id BIGINT       NOT NULL,
  role         VARCHAR(16)  NOT NULL,
  name         VARCHAR(100) NOT NULL,
  kind         VARCHAR(32)  NOT NULL,
  address      VARCHAR(200) NULL,
  lat          DECIMAL(9,6) NULL,
  lng          DECIMAL(9,6) NULL,
  sort_order   INT          NOT NULL,
  PRIMARY KEY (id),
  KEY idx_community_place_community (community_id, role, sort_order),
  CONSTRAINT fk_community_place_community FOREIGN KEY (community_id) REFERENCES community (id),
  CONSTRAINT ck_community_place_role CHECK (role IN ('KEY_UNIT', 'LANDMARK'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
