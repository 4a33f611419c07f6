#!/usr/bin/env bash
# Creates the role the Kuvend server runs as (kuvend_app): it may log in and
# connect, nothing more. Its rights on the tables (data only: no DDL, no trigger
# changes, no UPDATE or DELETE of the audit record) are granted by Kuvend itself
# at every start, over MIGRATION_DATABASE_URL, after the migrations.
#
# The postgres image runs this once, on the first start of an empty data volume,
# as POSTGRES_USER (the owner role). It is safe to run again by hand, e.g. on a
# deployment from before the roles (docs/operations.md, "Upgrading an existing
# deployment"): an existing role gets these attributes and the password again.
#   docker compose exec db bash /docker-entrypoint-initdb.d/10-app-role.sh
set -euo pipefail

app_role="${POSTGRES_APP_USER:-kuvend_app}"
: "${POSTGRES_APP_PASSWORD:?POSTGRES_APP_PASSWORD is not set: put it in .env beside docker-compose.yml}"
if [[ ! "$app_role" =~ ^[a-z_][a-z0-9_]*$ ]]; then
  echo "10-app-role.sh: the role name '$app_role' must be lower-case letters, digits and _" >&2
  exit 1
fi

# The password travels as a psql variable and is quoted by PostgreSQL (:'password'),
# never pasted into the SQL text.
psql -v ON_ERROR_STOP=1 --no-psqlrc --username "${POSTGRES_USER:-postgres}" --dbname "${POSTGRES_DB:-postgres}" \
  -v app_role="$app_role" -v password="$POSTGRES_APP_PASSWORD" <<'SQL'
SELECT format('CREATE ROLE %I', :'app_role') WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'app_role') \gexec
ALTER ROLE :"app_role" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD :'password';
SELECT format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), :'app_role') \gexec
SQL
echo "10-app-role.sh: role $app_role ready (LOGIN, no superuser, no DDL; its table rights come from Kuvend at start)."
