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

dotnet test Workflows.sln --nologo -v q
