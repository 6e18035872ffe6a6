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
if ! pg_lsclusters -h | awk -v v="$pg_ver" '$1 == v && $2 == "main"' | grep -q .; then
	pg_createcluster "$pg_ver" main >/dev/null
fi
pg_port=$(pg_lsclusters -h | awk -v v="$pg_ver" '$1 == v && $2 == "main" {print $3}')
if ! pg_lsclusters -h | awk -v v="$pg_ver" '$1 == v && $2 == "main" {print $4}' | grep -q online; then
	pg_ctlcluster "$pg_ver" main start
fi
for _ in $(seq 50); do
	su postgres -c "pg_isready -q -p $pg_port" && break
	sleep 0.2
done
psql_pg() { su postgres -c "psql -p $pg_port -XtAq -v ON_ERROR_STOP=1 $*"; }
if [ "$(psql_pg "-c \"SELECT 1 FROM pg_roles WHERE rolname = '$pg_user'\"")" != 1 ]; then
	psql_pg "-c \"CREATE ROLE $pg_user LOGIN PASSWORD '$pg_pass'\""
fi
if [ "$(psql_pg "-c \"SELECT 1 FROM pg_database WHERE datname = '$pg_db'\"")" != 1 ]; then
	psql_pg "-c \"CREATE DATABASE $pg_db OWNER $pg_user\""
fi
# A throwaway test cluster: durability is not needed, speed is.
if [ "$(psql_pg "-c 'SHOW fsync'")" != off ]; then
	psql_pg "-c 'ALTER SYSTEM SET fsync = off'"
	psql_pg "-c 'ALTER SYSTEM SET synchronous_commit = off'"
	psql_pg "-c 'ALTER SYSTEM SET full_page_writes = off'"
	psql_pg "-c 'SELECT pg_reload_conf()'" >/dev/null
fi
export DYAD_TEST_POSTGRES="postgres://$pg_user:$pg_pass@127.0.0.1:$pg_port/$pg_db?sslmode=disable"
echo "== postgres $pg_ver on port $pg_port: DYAD_TEST_POSTGRES=$DYAD_TEST_POSTGRES"
