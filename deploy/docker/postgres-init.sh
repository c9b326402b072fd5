#!/bin/sh
# First-start initialisation of the compose PostgreSQL: the database, and per service an owner
# role (runs migrations) and an application role (what the service runs as; row-level security
# applies to it). The same layout libs/testing's DatabaseBootstrap creates for ./postern and tests.
set -eu
for svc in gateway audit send webhooks inbound_scanner; do
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres <<SQL
CREATE ROLE ${svc} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD '${POSTERN_DB_PASSWORD}';
CREATE ROLE ${svc}_app LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD '${POSTERN_DB_PASSWORD}';
SQL
done
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres -c "CREATE DATABASE postern"
for svc in gateway audit send webhooks inbound_scanner; do
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postern <<SQL
CREATE SCHEMA ${svc} AUTHORIZATION ${svc};
GRANT USAGE ON SCHEMA ${svc} TO ${svc}_app;
ALTER ROLE ${svc} SET search_path = ${svc};
ALTER ROLE ${svc}_app SET search_path = ${svc};
ALTER DEFAULT PRIVILEGES FOR ROLE ${svc} IN SCHEMA ${svc} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${svc}_app;
ALTER DEFAULT PRIVILEGES FOR ROLE ${svc} IN SCHEMA ${svc} GRANT USAGE, SELECT ON SEQUENCES TO ${svc}_app;
ALTER DEFAULT PRIVILEGES FOR ROLE ${svc} IN SCHEMA ${svc} GRANT EXECUTE ON FUNCTIONS TO ${svc}_app;
SQL
done
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postern -c "REVOKE CREATE ON SCHEMA public FROM PUBLIC"
