#!/usr/bin/env bash
# `npm test`: everything CI runs, in order, stopping at the first failure:
#
#   unit        pnpm turbo run test (but e2e)            (shared, api unit, kiosk, admin — vitest/jest)
#   int-sqlite  pnpm --filter @canteen/api test:int      (API over HTTP on embedded SQLite)
#   int-mysql   the same on MySQL/MariaDB                (DATABASE_URL=$MYSQL_TEST_URL)
#   lint        pnpm lint
#   typecheck   pnpm typecheck
#   e2e         pnpm --filter @canteen/e2e test          (headless Chromium against the built stack)
#
# Usage: bash scripts/test.sh [phase ...]   (no argument = all phases; install + build always run)
#
# Environment:
#   MYSQL_TEST_URL  MySQL server for int-mysql (default mysql://root@127.0.0.1:3306/canteen_int; the
#                   suite creates the database itself)
#   REQUIRE_MYSQL   1 = an unreachable MySQL fails the run (CI sets it). Otherwise int-mysql is skipped
#                   with a loud notice when no server answers.
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$CANTEEN_ROOT"

ALL_PHASES=(unit int-sqlite int-mysql lint typecheck e2e)
MYSQL_TEST_URL="${MYSQL_TEST_URL:-mysql://root@127.0.0.1:3306/canteen_int}"
REQUIRE_MYSQL="${REQUIRE_MYSQL:-0}"
# Only the MySQL step gets REQUIRE_MYSQL (the integration suite on SQLite refuses to run with it set) and
# only that step gets a DATABASE_URL: the others test the embedded default whatever the shell holds.
export -n REQUIRE_MYSQL
unset DATABASE_URL

selected=("$@")
if (( ${#selected[@]} == 0 )); then selected=("${ALL_PHASES[@]}"); fi
for p in "${selected[@]}"; do
  [[ " ${ALL_PHASES[*]} " == *" $p "* ]] || die "Unknown phase '$p'. Phases: ${ALL_PHASES[*]}"
done
is_selected() { [[ " ${selected[*]} " == *" $1 "* ]]; }

# ---------------------------------------------------------------------------------------------- summary

declare -A step_result=() step_time=() step_note=()
run_started="$(now_s)"
current_phase=""
current_started=0

record() { step_result[$1]="$2"; step_time[$1]="$3"; step_note[$1]="${4:-}"; }

print_summary() {
  local rc=$?
  if [[ -n "$current_phase" ]]; then
    record "$current_phase" "FAILED" "$(fmt_duration $(( $(now_s) - current_started )))" "exit code $rc"
  fi
  local step row skipped=0
  {
    echo
    echo "${_c_bold}================================ test summary ================================${_c_off}"
    printf '%-11s %-8s %8s  %s\n' "step" "result" "time" ""
    for step in setup "${ALL_PHASES[@]}"; do
      if [[ -z "${step_result[$step]:-}" ]]; then
        if [[ "$step" == setup ]] || is_selected "$step"; then
          record "$step" "not run" "-" "an earlier step failed"
        else
          record "$step" "-" "-" "not selected"
        fi
      fi
      row="$(printf '%-11s %-8s %8s  %s' "$step" "${step_result[$step]}" "${step_time[$step]}" "${step_note[$step]}")"
      case "${step_result[$step]}" in
        FAILED) echo "${_c_red}${row}${_c_off}" ;;
        SKIPPED) skipped=$((skipped + 1)); echo "${_c_yellow}${row}${_c_off}" ;;
        passed) echo "${_c_green}${row}${_c_off}" ;;
        *) echo "$row" ;;
      esac
    done
    echo "------------------------------------------------------------------------------"
    local took; took="$(fmt_duration $(( $(now_s) - run_started )))"
    if (( rc != 0 )); then
      echo "${_c_red}${_c_bold}FAILED${_c_off} after $took (exit code $rc)"
    elif (( skipped > 0 )); then
      echo "${_c_yellow}${_c_bold}PASSED WITH $skipped STEP(S) SKIPPED${_c_off} in $took — see above"
    else
      echo "${_c_green}${_c_bold}ALL SELECTED STEPS PASSED${_c_off} in $took"
    fi
    echo "=============================================================================="
  } >&2
}
trap print_summary EXIT

# Runs one step; on failure the EXIT trap records it and prints the summary.
phase() {
  local name=$1; shift
  current_phase="$name"
  current_started="$(now_s)"
  log "[$name] $*"
  "$@"
  record "$name" "passed" "$(fmt_duration $(( $(now_s) - current_started )))"
  current_phase=""
}

skip_phase() { record "$1" "SKIPPED" "-" "$2"; }

# ---------------------------------------------------------------------------------------------- MySQL

# Connects and runs SELECT 1 with the API's own mysql2 driver (no mysql client needed). The database
# in the URL is left out: the integration suite creates it.
mysql_reachable() {
  (cd "$CANTEEN_ROOT/apps/api" && node --input-type=module -e '
    try {
      const { createConnection } = await import("mysql2/promise");
      const url = new URL(process.argv[1]);
      const connection = await createConnection({
        host: url.hostname,
        port: Number(url.port || 3306),
        user: decodeURIComponent(url.username),
        password: decodeURIComponent(url.password),
        connectTimeout: 5000,
      });
      await connection.query("SELECT 1");
      await connection.end();
    } catch (error) {
      console.log([error.code, error.message].filter(Boolean).join(": ") || String(error));
      process.exit(1);
    }
  ' "$MYSQL_TEST_URL") 2>&1
}

mysql_display_url() { node -e 'const u = new URL(process.argv[1]); if (u.password) u.password = "***"; console.log(u.toString())' "$MYSQL_TEST_URL"; }

# ---------------------------------------------------------------------------------------------- steps

# The e2e package has a `test` script too; it runs last, as its own step, against the built stack.
run_unit()       { pnpm turbo run test --filter='!@canteen/e2e'; }
run_int_sqlite() { pnpm --filter @canteen/api test:int; }
run_int_mysql()  { DATABASE_URL="$MYSQL_TEST_URL" REQUIRE_MYSQL="$REQUIRE_MYSQL" pnpm --filter @canteen/api test:int; }
run_lint()       { pnpm lint; }
run_typecheck()  { pnpm typecheck; }
run_e2e()        { pnpm --filter @canteen/e2e test; }

current_phase="setup"; current_started="$(now_s)"
ensure_pnpm
ensure_install
ensure_build
record "setup" "passed" "$(fmt_duration $(( $(now_s) - current_started )))" "pnpm install + build"
current_phase=""

if is_selected unit; then phase unit run_unit; fi
if is_selected int-sqlite; then phase int-sqlite run_int_sqlite; fi

if is_selected int-mysql; then
  display_url="$(mysql_display_url)"
  if mysql_error="$(mysql_reachable)"; then
    phase int-mysql run_int_mysql
  elif [[ "$REQUIRE_MYSQL" == "1" ]]; then
    current_phase="int-mysql"; current_started="$(now_s)"
    die "MySQL at $display_url is unreachable and REQUIRE_MYSQL=1: ${mysql_error}"
  else
    banner "SKIPPING the MySQL integration suite: no MySQL answers at $display_url" \
           "(${mysql_error})" \
           "Start MariaDB/MySQL or set MYSQL_TEST_URL; REQUIRE_MYSQL=1 turns this into a failure."
    skip_phase int-mysql "MySQL unreachable at $display_url"
  fi
fi

if is_selected lint; then phase lint run_lint; fi
if is_selected typecheck; then phase typecheck run_typecheck; fi
if is_selected e2e; then phase e2e run_e2e; fi
exit 0
