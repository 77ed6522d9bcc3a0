#!/usr/bin/env bash
# The portfolio benchmark (not a test): `odis assess big.ndjson --format csv > /dev/null` end to
# end — JVM start, reading, assessing, writing — for 10,000 and 100,000 generated datasets, and the
# 100,000 case again under -Xmx256m (through ODIS_JAVA_OPTS). Prints datasets/s, wall time and peak
# resident memory (/usr/bin/time -v "Maximum resident set size"; apt-get install time).
# Targets: >= 20,000 datasets/s; 100,000 under -Xmx256m with memory flat as the input grows.
#   bench/portfolio.sh [SIZES…]      default: 10000 100000
# Environment: THREADS (odis --threads; default odis's own), KEEP=1 keeps the generated files in
# bench/target/, FORMAT (default csv).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
sizes=("$@")
[[ ${#sizes[@]} -gt 0 ]] || sizes=(10000 100000)
format=${FORMAT:-csv}
work="$here/bench/target"
mkdir -p "$work"
[[ -x /usr/bin/time ]] || { echo "portfolio: /usr/bin/time is missing (apt-get install time)" >&2; exit 3; }

# Build the jar first, so that no run below includes a build.
"$here/odis" --version >/dev/null

threads=()
[[ -n ${THREADS:-} ]] && threads=(--threads "$THREADS")

run() { # label, file, n, extra JVM options
  local label=$1 file=$2 n=$3 opts=$4 log="$work/time.log"
  ODIS_JAVA_OPTS="$opts" /usr/bin/time -v "$here/odis" assess --quiet --as-of 2026-11-26 --format "$format" \
    "${threads[@]}" "$file" > /dev/null 2> "$log" || true   # exit 1: blockers found, as expected
  local wall rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$log")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
  local secs
  secs=$(echo "$wall" | awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }')
  if grep -q "odis: error" "$log"; then grep "odis: error" "$log" | head -3 >&2; fi
  awk -v l="$label" -v n="$n" -v s="$secs" -v r="$rss" 'BEGIN {
    printf "%-28s %8d datasets  %7.2f s  %9.0f datasets/s  peak RSS %6.0f MB\n", l, n, s, n / s, r / 1024 }'
}

echo "== odis assess --format $format, $(nproc) cores, $(java -version 2>&1 | head -1) =="
for n in "${sizes[@]}"; do
  file="$work/portfolio-$n.ndjson"
  [[ -s $file ]] || "$here/bench/generate.sh" "$n" 42 > "$file"
  run "$n" "$file" "$n" "${ODIS_JAVA_OPTS:-}"
done
for n in "${sizes[@]}"; do
  if [[ $n -ge 100000 ]]; then
    run "$n, -Xmx256m" "$work/portfolio-$n.ndjson" "$n" "${ODIS_JAVA_OPTS:-} -Xmx256m"
  fi
done
[[ -n ${KEEP:-} ]] || rm -f "$work"/portfolio-*.ndjson
