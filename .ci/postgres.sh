#!/usr/bin/env bash
# Installs (if missing) and starts a PostgreSQL cluster for dyad's tests, and
# creates the role and database they use. Idempotent and quick when all is in
# place. Source it ('. .ci/postgres.sh') to get DYAD_TEST_POSTGRES exported,
# or run it to have the URL printed. Must run as root on Debian/Ubuntu.
set -euo pipefail

pg_db=dyadtest
pg_user=dyadtest
pg_pass=dyadtest

if ! command -v pg_lsclusters >/dev/null 2>&1 || [ -z "$(ls /usr/lib/postgresql 2>/dev/null)" ]; then
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null
fi
pg_ver=$(ls /usr/lib/postgresql | sort -n | tail -1)
cluster=$(pg_lsclusters -h | awk -v v="$pg_ver" '$1 == v && $2 == "main"')
if [ -z "$cluster" ]; then
	pg_createcluster "$pg_ver" main >/dev/null
	cluster=$(pg_lsclusters -h | awk -v v="$pg_ver" '$1 == v && $2 == "main"')
fi
pg_port=$(echo "$cluster" | awk '{print $3}')
if [ "$(echo "$cluster" | awk '{print $4}')" != online ]; then
	pg_ctlcluster "$pg_ver" main start
fi
as_pg() { runuser -u postgres -- "$@"; }
for _ in $(seq 50); do
	as_pg pg_isready -q -p "$pg_port" && break
	sleep 0.2
done
# One psql session: the role, the database, and settings for a throwaway test
# cluster (durability is not needed, speed is).
as_pg psql -p "$pg_port" -XqAt -v ON_ERROR_STOP=1 >/dev/null <<SQL
SELECT 'CREATE ROLE $pg_user LOGIN PASSWORD ''$pg_pass''' WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '$pg_user') \gexec
SELECT 'CREATE DATABASE $pg_db OWNER $pg_user' WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = '$pg_db') \gexec
SELECT 'ALTER SYSTEM SET fsync = off' WHERE current_setting('fsync') = 'on' \gexec
SELECT 'ALTER SYSTEM SET synchronous_commit = off' WHERE current_setting('synchronous_commit') = 'on' \gexec
SELECT 'ALTER SYSTEM SET full_page_writes = off' WHERE current_setting('full_page_writes') = 'on' \gexec
SELECT pg_reload_conf();
SQL
export DYAD_TEST_POSTGRES="postgres://$pg_user:$pg_pass@127.0.0.1:$pg_port/$pg_db?sslmode=disable"
echo "== postgres $pg_ver on port $pg_port: DYAD_TEST_POSTGRES=$DYAD_TEST_POSTGRES"
