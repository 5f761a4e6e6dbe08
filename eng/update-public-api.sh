#!/usr/bin/env bash
# Brings a packable project's PublicAPI.Unshipped.txt up to date with its public surface, generated
# collections included (`dotnet format analyzers --diagnostics RS0016` does not run source
# generators, so it misses them). Builds the project, then:
#   RS0016 (public, not declared)  -> the symbol is added to PublicAPI.Unshipped.txt
#   RS0017 (declared, not public)  -> an unshipped line is deleted; a shipped one is marked
#                                     *REMOVED* in PublicAPI.Unshipped.txt (a breaking change)
# Review the diff of the PublicAPI files before committing: each line is a public API change.
# Usage: eng/update-public-api.sh [project-dir ...]   (default: both packable projects)
set -euo pipefail
cd "$(dirname "$0")/.."
projects=("$@")
[ ${#projects[@]} -gt 0 ] || projects=(generators/DefenceData.Generators src/DefenceData)

for dir in "${projects[@]}"; do
  shipped="$dir/PublicAPI.Shipped.txt"
  unshipped="$dir/PublicAPI.Unshipped.txt"
  log="$(mktemp)"
  dotnet build "$dir" --no-incremental -p:TreatWarningsAsErrors=false -clp:NoSummary >"$log" 2>&1 || true
  added=$(grep -a "RS0016" "$log" | sed -n "s/.*Symbol '\(.*\)' is not part of the declared public API.*/\1/p" | sort -u || true)
  removed=$(grep -a "RS0017" "$log" | sed -n "s/.*Symbol '\(.*\)' is part of the declared API, but is either not public or could not be found.*/\1/p" | sort -u || true)
  if grep -aq "error CS" "$log"; then
    grep -a "error CS" "$log" | sort -u >&2
    echo "$dir does not compile; fix that first." >&2
    rm -f "$log"; exit 1
  fi
  rm -f "$log"
  while IFS= read -r symbol; do
    [ -n "$symbol" ] || continue
    if grep -qxF -- "$symbol" "$unshipped"; then
      grep -vxF -- "$symbol" "$unshipped" >"$unshipped.tmp" && mv "$unshipped.tmp" "$unshipped"
    elif grep -qxF -- "$symbol" "$shipped"; then
      echo "*REMOVED*$symbol" >>"$unshipped"
    fi
  done <<<"$removed"
  [ -z "$added" ] || echo "$added" >>"$unshipped"
  # Keep the header first and the rest in ordinal order, so a change is one line in a diff.
  { echo "#nullable enable"; grep -v '^#nullable enable$' "$unshipped" | LC_ALL=C sort -u; } >"$unshipped.tmp" && mv "$unshipped.tmp" "$unshipped"
  echo "$dir: $(echo -n "$added" | grep -c . || true) added, $(echo -n "$removed" | grep -c . || true) removed"
done
