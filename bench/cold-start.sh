#!/usr/bin/env bash
# Cold start of the Native AOT bootstrap: publish it through the Makefile target (what `sam build` runs), then time
# process spawn → first LaunchRequest answered, with the state read/write on a loopback dynalite.
# Usage: bench/cold-start.sh [runs]   (needs Node.js for dynalite; run `dotnet test` once first, or `npm ci` in tests/node)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-10}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
[ -d tests/node/node_modules ] || (cd tests/node && npm ci --no-audit --no-fund --loglevel=error)
make build-SkillFunction ARTIFACTS_DIR="$out" >/dev/null
dotnet run -c Release --project bench/AlexaMusicSkill.Benchmarks -- coldstart "$out/bootstrap" "$runs"
