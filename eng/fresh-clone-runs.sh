#!/usr/bin/env bash
# Runs the README's test command as a new user would, N times in a row, each on a fresh clone of
# HEAD (restored first, then timed): the check behind docs/TESTING.md's suite budget and its
# "no flaky test" runs. Prints one line per run (wall time, per-project summary lines) and keeps
# each run's whole output; exits non-zero when any run failed.
#   --load   runs a parallel build of another clone (Release, in a loop) while the tests run,
#            as a busy machine would.
# Usage: eng/fresh-clone-runs.sh [N] [--load]   (default N = 10; needs clang, chromium, node for
#        the tests that otherwise skip: see .ci/run)
set -uo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
load=false
[ "${2:-}" = "--load" ] && load=true
work="$(mktemp -d)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
echo "outputs in $work"
failures=0
for i in $(seq 1 "$runs"); do
  clone="$work/run$i"
  git clone -q . "$clone"
  if [ -d tests/frictionless/node_modules ]; then
    cp -r tests/frictionless/node_modules "$clone/tests/frictionless/"
  fi
  (cd "$clone" && dotnet restore DefenceData.sln >/dev/null 2>&1)
  dotnet build-server shutdown >/dev/null 2>&1 || true
  loader=""
  if $load; then
    git clone -q . "$work/load$i"
    setsid bash -c 'cd "$1" && while true; do dotnet build DefenceData.sln -c Release --no-incremental --disable-build-servers >/dev/null 2>&1; done' _ "$work/load$i" &
    loader=$!
  fi
  start=$(date +%s)
  (cd "$clone" && dotnet test DefenceData.sln) >"$work/run$i.log" 2>&1
  status=$?
  seconds=$(( $(date +%s) - start ))
  if [ -n "$loader" ]; then
    kill -- -"$loader" 2>/dev/null
    wait "$loader" 2>/dev/null
    rm -rf "$work/load$i"
  fi
  [ "$status" -eq 0 ] || failures=$((failures + 1))
  echo "run $i: exit $status, ${seconds} s$($load && echo ' (loaded)')"
  grep -aE '^(Passed|Failed)! ' "$work/run$i.log" | sed -E 's/^/  /'
  grep -aE '^\s+Failed [A-Za-z_.]+' "$work/run$i.log" | sed -E 's/^\s+/  failed: /'
  rm -rf "$clone"
done
echo "$runs runs, $failures failed"
[ "$failures" -eq 0 ]
