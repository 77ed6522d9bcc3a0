#!/usr/bin/env bash
# Writes N generated datasets as NDJSON on standard output, for the portfolio benchmark.
# Deterministic: the same N and SEED give the same bytes. Builds the benchmark jar if needed.
#   bench/generate.sh N [SEED] > big.ndjson        (SEED defaults to 42)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
n=${1:?usage: bench/generate.sh N [SEED] > file.ndjson}
seed=${2:-42}
jar="$here/odis-bench/target/benchmarks.jar"
src="$here/odis-bench/src/main/java/se/odis/bench/GeneratePortfolio.java"
if [[ ! -f $jar || $src -nt $jar ]]; then
  echo "generate: building odis-bench…" >&2
  mvn -B -q -ntp -f "$here/pom.xml" -DskipTests install -pl odis-bench -am >&2
fi
exec java -XX:+UseSerialGC -cp "$jar" se.odis.bench.GeneratePortfolio "$n" "$seed" "$here/odis-examples/datasets"
