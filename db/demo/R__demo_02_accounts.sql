-- Demo accounts (fictitious; development and embedded profiles only: the prod profile refuses APP_DEMO_DATA).
-- Every password is "demo-password" (BCrypt). Phones 1380000000x are invented, encrypted with the development key
-- "dev1" (AES-GCM) with their HMAC lookup hashes; they decrypt only with the committed development keys.
-- The partner key is the literal string "demo-partner-key"; only its SHA-256 is stored.

INSERT INTO app_user (id, username, password_hash, display_name, role, station_id, wechat_openid, phone_cipher,
                      phone_hmac, status, created_at, updated_at)
VALUES
  (1, 'demo-admin', '{bcrypt}$2a$10$7LLH9wNtJ5MB/v1eBJmx9OcjpSeo551NAQNY28H.IAPEuQLiE6YXe', '平台管理员（演示）',
   'PLATFORM_ADMIN', NULL, NULL, 'dev1:a3aCl/6GA29OvVCSlmyizmANkKlcAdGF9pHKHPrMQ9YqVBvMn9Ql',
   'fefcdbc2168d20dc18f243a486f3364d8199637401d1aa55503f9445f97d066d', 'ACTIVE',
   '2026-11-01 00:00:00.000', '2026-11-01 00:00:00.000'),
  (2, 'demo-station-admin', '{bcrypt}$2a$10$7LLH9wNtJ5MB/v1eBJmx9OcjpSeo551NAQNY28H.IAPEuQLiE6YXe', '禾丰站长（演示）',
   'STATION_ADMIN', 1, NULL, 'dev1:DLpaY9z9SB8lmH54iITFFd+AaCQkECR2r+IoiQ201L2hI0dVM1ap',
   '76cc94143504f535b15b997f4503dc52f2940bfb895329d8f7066a21f9838e6a', 'ACTIVE',
   '2026-11-01 00:00:00.000', '2026-11-01 00:00:00.000'),
  (3, 'demo-supervisor', '{bcrypt}$2a$10$7LLH9wNtJ5MB/v1eBJmx9OcjpSeo551NAQNY28H.IAPEuQLiE6YXe', '禾丰督导（演示）',
   'SUPERVISOR', 1, NULL, 'dev1:uVXuyx5NJOo968LxtcJXl+IUTSGTkbl68hOuGIHaxo7GQGQeVDcu',
   '38194073b7cf271354a1e1121f3f0cd2216000f08f23f4950231f593fc4767f3', 'ACTIVE',
   '2026-11-01 00:00:00.000', '2026-11-01 00:00:00.000'),
  (4, 'demo-worker', '{bcrypt}$2a$10$7LLH9wNtJ5MB/v1eBJmx9OcjpSeo551NAQNY28H.IAPEuQLiE6YXe', '禾丰社工（演示）',
   'SOCIAL_WORKER', 1, NULL, 'dev1:0CaJBc5VXLMqAE8lrqNxGnq0HO83Wn00ma/52qn461N1WE3eYRkm',
   'f390d8484acffbaecd72da7f68bdcfb55b7b01b0db86cffb09e772fdd8278d44', 'ACTIVE',
   '2026-11-01 00:00:00.000', '2026-11-01 00:00:00.000'),
  (5, 'demo-volunteer', '{bcrypt}$2a$10$7LLH9wNtJ5MB/v1eBJmx9OcjpSeo551NAQNY28H.IAPEuQLiE6YXe', '禾丰志愿者（演示）',
   'VOLUNTEER', 1, NULL, 'dev1:Nn2lGqFCrMtApiLN2F11b8eTLmrKXxjMJzR+ZI5LEOWBQo+SqT2k',
   '151e7c4b33317fd819ee3ebff435c63dadf42277e5ab8f2310fef19f8a136c8f', 'ACTIVE',
   '2026-11-01 00:00:00.000', '2026-11-01 00:00:00.000'),
  (6, 'demo-worker-2', '{bcrypt}$2a$10$7LLH9wNtJ5MB/v1eBJmx9OcjpSeo551NAQNY28H.IAPEuQLiE6YXe', '云溪社工（演示）',
   'SOCIAL_WORKER', 2, NULL, 'dev1:G7Fx1cHMl2XheS4Ywtt67LyUw3IixLTYsf9XicsvZUcCQBZYocHv',
   'd964543e64bc6f3fc44ea4630b7231ecf2c6802e4daec9a394b856698c73055e', 'ACTIVE',
   '2026-11-01 00:00:00.000', '2026-11-01 00:00:00.000'),
  (7, 'demo-resident', '{bcrypt}$2a$10$7LLH9wNtJ5MB/v1eBJmx9OcjpSeo551NAQNY28H.IAPEuQLiE6YXe', '柳塘居民（演示）',
   'RESIDENT', 1, 'demo-openid-resident', 'dev1:oTxb/Z9l5lr5LoJDz2QPcTfA0K7JrJzQn8TCPIrHKl3unSZ0lLTQ',
   'f11b989b748f224c072da01626c3b586720a252cb4104dea36440fc05e5b507c', 'ACTIVE',
   '2026-11-01 00:00:00.000', '2026-11-01 00:00:00.000')
ON DUPLICATE KEY UPDATE
  username = VALUES(username),
  password_hash = VALUES(password_hash),
  display_name = VALUES(display_name),
  role = VALUES(role),
  station_id = VALUES(station_id),
  wechat_openid = VALUES(wechat_openid),
  phone_cipher = VALUES(phone_cipher),
  phone_hmac = VALUES(phone_hmac),
  status = VALUES(status),
  updated_at = VALUES(updated_at);

INSERT INTO api_key (id, name, key_hash, key_prefix, rate_limit_per_minute, created_by, created_at, revoked_at)
VALUES (1, '演示合作机构', '5f7b2ed74a9736a538a6fb5a5a1a76afdcdd0d177d7fc6e79c6b6843527d848d', 'demo-partner', 600, 1,
        '2026-11-01 00:00:00.000', NULL)
ON DUPLICATE KEY UPDATE
  name = VALUES(name),
  key_hash = VALUES(key_hash),
  key_prefix = VALUES(key_prefix),
  rate_limit_per_minute = VALUES(rate_limit_per_minute),
  revoked_at = NULL;

-- The demo resident consented (in the mini-program) to the processing of his phone number.
UPDATE app_user SET consent_at = '2026-11-01 00:00:00.000' WHERE id = 7;
