#!/usr/bin/env bash
# `npm start`: install (from the lockfile), build, and run the whole system in one Node process.
# Needs only Node.js 20 + npm. Re-running is quick: pnpm and turbo skip what is already done.
#
# The API serves /api, the kiosk at /kiosk/ and the admin at /admin/. With no DATABASE_URL it uses an
# embedded SQLite database in $DATA_DIR (default <repo>/data) and seeds demo data on first start.
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ensure_pnpm
ensure_install
ensure_build

export DATA_DIR="${DATA_DIR:-$CANTEEN_ROOT/data}"
log "Starting the API (DATA_DIR=$DATA_DIR, PORT=${PORT:-3000})"
exec node "$CANTEEN_ROOT/apps/api/dist/main.js"
