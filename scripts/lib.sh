# shellcheck shell=bash
# Helpers shared by scripts/start.sh, scripts/test.sh and .ci/run. Source it; do not run it.
#
# Everything here is idempotent: on a machine that already has pnpm, an up-to-date node_modules and a
# warm turbo cache, ensure_pnpm + ensure_install + ensure_build take a few seconds.

CANTEEN_PNPM_VERSION="12.21.0"
CANTEEN_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export TURBO_TELEMETRY_DISABLED=1
export DO_NOT_TRACK=1

# ---------------------------------------------------------------------------------------------- output

if [[ -t 1 ]]; then
  _c_bold=$'\033[1m'; _c_red=$'\033[31m'; _c_green=$'\033[32m'; _c_yellow=$'\033[33m'; _c_off=$'\033[0m'
else
  _c_bold=""; _c_red=""; _c_green=""; _c_yellow=""; _c_off=""
fi

log()  { printf '%s==>%s %s\n' "$_c_bold" "$_c_off" "$*" >&2; }
warn() { printf '%s[warn]%s %s\n' "$_c_yellow" "$_c_off" "$*" >&2; }
die()  { printf '%s[error]%s %s\n' "$_c_red" "$_c_off" "$*" >&2; exit 1; }

# Loud, boxed notice for things a reader of the CI log must not miss (e.g. a skipped suite).
banner() {
  local line="################################################################################"
  printf '\n%s%s\n' "$_c_yellow" "$line" >&2
  local msg; for msg in "$@"; do printf '#  %s\n' "$msg" >&2; done
  printf '%s%s\n\n' "$line" "$_c_off" >&2
}

now_s() { date +%s; }
fmt_duration() { local s=$1; if (( s >= 60 )); then printf '%dm%02ds' $((s / 60)) $((s % 60)); else printf '%ds' "$s"; fi; }

# ---------------------------------------------------------------------------------------------- node

require_node() {
  command -v node >/dev/null 2>&1 || die "Node.js is not installed. Install Node.js 20 (>= 20.19) and npm, then re-run."
  local major
  major="$(node -p 'process.versions.node.split(".")[0]')"
  if (( major < 20 )); then
    die "Node.js $(node -v) is too old: this project needs Node.js 20 (>= 20.19)."
  fi
}

# node-gyp compiles better-sqlite3 against the local Node headers instead of downloading them.
# .npmrc says /usr (Debian's nodejs); a Node installed elsewhere (nvm, /usr/local) has its own.
export_nodedir() {
  local prefix
  prefix="$(dirname "$(dirname "$(readlink -f "$(command -v node)")")")"
  if [[ -f "$prefix/include/node/node.h" ]]; then
    export npm_config_nodedir="$prefix"
  else
    export npm_config_nodedir="/usr"
  fi
}

# ---------------------------------------------------------------------------------------------- pnpm

_pnpm_version_ok() { [[ "$(pnpm --version 2>/dev/null)" == "$CANTEEN_PNPM_VERSION" ]]; }

# Makes `pnpm` (exactly $CANTEEN_PNPM_VERSION) callable, also from the child processes turbo starts.
# Order: already installed → `npm i -g` → `npm i -g` into ~/.local → an `npx` shim on PATH.
# (corepack does not work against this registry; pnpm 11 needs Node 22.)
ensure_pnpm() {
  require_node
  if _pnpm_version_ok; then return 0; fi
  if command -v pnpm >/dev/null 2>&1; then
    log "pnpm $(pnpm --version 2>/dev/null || echo '?') found; this project pins pnpm $CANTEEN_PNPM_VERSION, installing it"
  else
    log "Installing pnpm $CANTEEN_PNPM_VERSION (npm i -g)"
  fi
  if npm install --global --no-fund --no-audit "pnpm@$CANTEEN_PNPM_VERSION" >/dev/null 2>&1; then
    hash -r
    _pnpm_version_ok && return 0
  fi
  # No write access to the global prefix (not root): install under ~/.local instead.
  if npm install --global --no-fund --no-audit --prefix "$HOME/.local" "pnpm@$CANTEEN_PNPM_VERSION" >/dev/null 2>&1; then
    export PATH="$HOME/.local/bin:$PATH"
    hash -r
    _pnpm_version_ok && return 0
  fi
  warn "Could not install pnpm globally; falling back to 'npx --yes pnpm@$CANTEEN_PNPM_VERSION'"
  local shim_dir="$CANTEEN_ROOT/node_modules/.canteen-pnpm-shim"
  mkdir -p "$shim_dir"
  cat >"$shim_dir/pnpm" <<SHIM
#!/usr/bin/env bash
exec npx --yes "pnpm@$CANTEEN_PNPM_VERSION" "\$@"
SHIM
  chmod +x "$shim_dir/pnpm"
  export PATH="$shim_dir:$PATH"
  hash -r
  _pnpm_version_ok || die "pnpm $CANTEEN_PNPM_VERSION is not available (npm i -g and npx both failed). Check network access to the npm registry."
}

# ---------------------------------------------------------------------------------------------- install / build

# Installs exactly what pnpm-lock.yaml says. pnpm itself notices an up-to-date node_modules (~1 s).
ensure_install() {
  export_nodedir
  log "Installing dependencies from the lockfile (pnpm install --frozen-lockfile)"
  (cd "$CANTEEN_ROOT" && pnpm install --frozen-lockfile --config.confirm-modules-purge=false) \
    || die "pnpm install failed (see above). If pnpm-lock.yaml is out of date with a package.json, run 'pnpm install' and commit the lockfile."
}

# turbo builds shared → api-client → api/kiosk/admin; unchanged packages come from its cache.
ensure_build() {
  log "Building (pnpm build → turbo run build)"
  (cd "$CANTEEN_ROOT" && pnpm build) || die "Build failed (see above)."
  [[ -f "$CANTEEN_ROOT/apps/api/dist/main.js" ]] \
    || die "Build finished but apps/api/dist/main.js is missing."
}
