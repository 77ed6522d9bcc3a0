#!/usr/bin/env bash
# ODIS service load benchmark. Not a test: prints numbers to compare with the target.
#   `odis serve` on a copy of the bundled examples (read-only, 127.0.0.1, a free port), and
#   se.odis.bench.ServeLoad: CLIENTS clients on loopback, each posting the example datasets in turn
#   to /api/assess and waiting for each answer, for WARMUP then SECONDS seconds. Reports throughput,
#   p50/p99 latency, errors, the client's and the service's CPU per request (the service's from /proc,
#   with the part its JIT compiler took: less swayed by other processes than throughput); the throughput of every 5 s on stderr
#   (still rising at the end of the warm-up: the JIT compiler was not done, make WARMUP longer).
#   Target on a 2-core machine: >= 5,000 assessments/s with p99 < 50 ms at 8 clients, and no error.
#   Client and service share the machine's cores. HTTP=jdk takes the JDK's HTTP client instead of
#   Apache's (the first measurements' client, which costs the cores more CPU per request).
#   The service runs as the launchers (./odis, bin/odis) run odis serve: the optimising JIT, the
#   parallel collector, and the class-data-sharing archive they train (made here when missing).
#   First it prints the service's start-up: from launching the JVM until /api/health answers, and
#   until the first assessment is answered (the rules load beside Jetty). Target: well under 2 s.
# Usage: bench/serve.sh   (CLIENTS=8 DURATION=30 WARMUP=30 by default; PORT=18480; ODIS_CDS=0: no archive)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
clients=${CLIENTS:-8}
seconds=${DURATION:-30}
warmup=${WARMUP:-30}
port=${PORT:-18480}
odis_jar=odis-cli/target/odis.jar
bench_jar=odis-bench/target/benchmarks.jar
if [[ ! -f $odis_jar || ! -f $bench_jar ]]; then
  echo "bench: building jars…" >&2
  mvn -B -q -ntp -DskipTests package -pl odis-cli,odis-bench -am >&2
fi
# The launchers' options for odis serve, and its archive (./odis trains it with odis serve --check).
opts=(-XX:+UseParallelGC -Xlog:disable -Xlog:all=warning:stderr '-Xlog:cds*=off:stderr')
jsa=odis-cli/target/odis-serve.jsa
if [[ "${ODIS_CDS:-1}" != 0 ]]; then
  if [[ ! -f $jsa || $odis_jar -nt $jsa ]]; then
    java "${opts[@]}" -XX:ArchiveClassesAtExit="$jsa.$$.tmp" -jar "$odis_jar" serve --check \
      --record odis-examples/datasets >/dev/null 2>&1 && mv -f "$jsa.$$.tmp" "$jsa" || rm -f "$jsa.$$.tmp"
  fi
  [[ -f $jsa ]] && opts+=(-XX:SharedArchiveFile="$jsa")
fi
tmp=$(mktemp -d)
cp odis-examples/datasets/*.json "$tmp/"
ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
started=$(date +%s%N)
java "${opts[@]}" -jar "$odis_jar" serve --record "$tmp" --bind 127.0.0.1 --port "$port" > "$tmp/.serve.log" 2>&1 &
server=$!
trap 'kill -TERM "$server" 2>/dev/null; wait "$server" 2>/dev/null || true; rm -rf "$tmp"' EXIT
for _ in $(seq 1 3000); do
  curl -sf "http://127.0.0.1:$port/api/health" >/dev/null 2>&1 && break
  sleep 0.01
done
curl -sf "http://127.0.0.1:$port/api/health" >/dev/null || { echo "bench: odis serve did not start:" >&2; cat "$tmp/.serve.log" >&2; exit 3; }
health=$(ms "$started")
curl -sf -o /dev/null -X POST -H 'Content-Type: application/json' --data-binary @odis-examples/datasets/ready-to-publish.json \
  "http://127.0.0.1:$port/api/assess" || { echo "bench: the first assessment failed:" >&2; cat "$tmp/.serve.log" >&2; exit 3; }
echo "start-up: /api/health answered after $health ms, the first assessment after $(ms "$started") ms"
java -cp "$bench_jar" se.odis.bench.ServeLoad --http "${HTTP:-apache}" --server-pid "$server" "http://127.0.0.1:$port" "$clients" "$warmup" "$seconds" odis-examples/datasets/*.json
