-- Consent (PIPL) to process a mini-program user's sensitive personal data: when it was given; NULL means not given
-- or withdrawn, and then no sensitive field may be stored for that account.
ALTER TABLE app_user ADD COLUMN consent_at DATETIME(3) NULL;
