-- Stations become editable by platform administrators: an optimistic-lock version, as communities have.
ALTER TABLE station ADD COLUMN version INT NOT NULL DEFAULT 0;
