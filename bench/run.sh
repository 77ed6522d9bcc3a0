#!/usr/bin/env bash
# ODIS benchmarks. Not a test: prints numbers to compare with the targets.
#   (a) whole-process wall time of `odis assess` on one example vs. a plain Java program that only
#       parses the same JSON with Jackson and prints it (target: ratio <= 2.0);
#   (b) in-process assessments per second with the knowledge base reused, JMH (target >= 50,000/s).
# Usage: bench/run.sh [startup|throughput|all]   (default all). RUNS=20 sets the start-up repetitions.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
what=${1:-all}
runs=${RUNS:-20}
example=odis-examples/datasets/ready-to-publish.json
odis_jar=odis-cli/target/odis.jar
bench_jar=odis-bench/target/benchmarks.jar
# The same JVM flags as the ./odis launcher, for both programs.
jvm=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto -Xlog:disable)

if [[ ! -f $odis_jar || ! -f $bench_jar ]]; then
  echo "bench: building jars…" >&2
  mvn -B -q -ntp -DskipTests install >&2
fi

median_ms() { # command… ; prints the median wall time in ms over $runs runs (after 2 warm-ups)
  local t=()
  for i in 1 2; do "$@" >/dev/null 2>&1 || true; done
  for ((i = 0; i < runs; i++)); do
    local s=$(date +%s%N)
    "$@" >/dev/null 2>&1 || true
    local e=$(date +%s%N)
    t+=($(( (e - s) / 1000000 )))
  done
  printf '%s\n' "${t[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'
}

if [[ $what == all || $what == startup ]]; then
  echo "== (a) start-up: whole-process wall time, median of $runs runs, $(nproc) cores =="
  # Each program gets its own class-data-sharing archive from a training run, as ./odis makes one
  # for odis; the plain baseline is also timed with the JDK's default archive only.
  tmp=$(mktemp -d)
  java "${jvm[@]}" -XX:ArchiveClassesAtExit="$tmp/echo.jsa" -cp "$bench_jar" se.odis.bench.JsonEcho "$example" >/dev/null 2>&1
  java "${jvm[@]}" -XX:ArchiveClassesAtExit="$tmp/odis.jsa" -jar "$odis_jar" assess "$example" >/dev/null 2>&1
  base=$(median_ms java "${jvm[@]}" -cp "$bench_jar" se.odis.bench.JsonEcho "$example")
  base_cds=$(median_ms java "${jvm[@]}" -XX:SharedArchiveFile="$tmp/echo.jsa" -cp "$bench_jar" se.odis.bench.JsonEcho "$example")
  odis_plain=$(median_ms java "${jvm[@]}" -jar "$odis_jar" assess "$example")
  odis=$(median_ms java "${jvm[@]}" -XX:SharedArchiveFile="$tmp/odis.jsa" -jar "$odis_jar" assess "$example")
  rm -rf "$tmp"
  echo "plain Jackson parse+print           : ${base} ms (with its own CDS archive: ${base_cds} ms)"
  echo "odis assess, as ./odis runs it (CDS): ${odis} ms (without the archive: ${odis_plain} ms)"
  awk -v a="$odis" -v b="$base" -v c="$base_cds" 'BEGIN {printf "ratio                               : %.2f against the plain baseline, %.2f against the baseline with its own archive (target <= 2.0)\n", a / b, a / c}'
fi

if [[ $what == all || $what == throughput ]]; then
  echo "== (b) in-process throughput, JMH, knowledge base reused, 2 threads =="
  java -jar "$bench_jar" AssessBenchmark -f 1 -wi 6 -w 3s -i 6 -r 3s -t 2 -rf text -rff /dev/null 2>&1 \
    | grep -E '^(Benchmark|AssessBenchmark)' || true
fi
