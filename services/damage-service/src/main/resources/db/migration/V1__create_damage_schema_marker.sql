-- The damage schema is created by Flyway (create-schemas); later migrations add this service's tables.
CREATE TABLE service_info (name text PRIMARY KEY, created_at timestamptz NOT NULL DEFAULT now());
INSERT INTO service_info (name) VALUES ('damage-service');
