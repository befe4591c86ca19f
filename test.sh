#!/usr/bin/env bash
# Runs every test of the product. Installs what the tests need when it is missing.
set -euo pipefail
cd "$(dirname "$0")"
if ! command -v dotnet >/dev/null 2>&1; then
  echo "The .NET 10 SDK is required: install it (https://dot.net) and run ./test.sh again." >&2
  exit 1
fi
dotnet test Workflows.sln --nologo -v q
