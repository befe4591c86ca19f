#!/usr/bin/env bash
# Runs every test of the product. Installs what the tests need when it is missing.
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v dotnet >/dev/null 2>&1; then
  echo "The .NET 10 SDK is required: install it (https://dot.net) and run ./test.sh again." >&2
  exit 1
fi

# Host and integration tests start throwaway PostgreSQL clusters from the server binaries.
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing the PostgreSQL server binaries (Debian package postgresql)..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null
  else
    echo "The PostgreSQL server binaries are required: install them (Debian: sudo apt-get install postgresql) and run ./test.sh again." >&2
    exit 1
  fi
fi

# The host's build builds the web app (npm ci, vite build).
if ! command -v npm >/dev/null 2>&1; then
  echo "Node.js 20 or later with npm is required to build the web app: install it (Debian: sudo apt-get install nodejs npm) and run ./test.sh again." >&2
  exit 1
fi

# Browser tests drive Debian's Chromium.
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Chromium for the browser tests (Debian package chromium)..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null
  else
    echo "The browser tests need Chromium at /usr/bin/chromium: install it (Debian: sudo apt-get install chromium) and run ./test.sh again." >&2
    exit 1
  fi
fi

# The email channel's tests read mail from a real IMAP server: Debian's dovecot, which they start themselves.
if [ ! -x /usr/sbin/dovecot ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing dovecot for the email tests (Debian package dovecot-imapd)..."
    # RUNLEVEL=1: the package must not start a system-wide dovecot listening on every address; the tests start their own on loopback.
    apt-get update -qq && RUNLEVEL=1 DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends dovecot-imapd >/dev/null
  else
    echo "The email tests need dovecot at /usr/sbin/dovecot: install it (Debian: sudo apt-get install dovecot-imapd) and run ./test.sh again." >&2
    exit 1
  fi
fi

export IBM_TELEMETRY_DISABLED=true
(cd ui && npm ci --no-audit --no-fund --loglevel=error && npx vitest run)
# The whole solution, benchmarks included: the tests smoke-run every benchmark, so none can rot unnoticed.
dotnet build Workflows.sln --nologo -v q
# Minimal verbosity: the summary, plus the name and message of any test that fails.
dotnet test Workflows.sln --no-build --nologo -v q --logger "console;verbosity=minimal"
