#!/usr/bin/env bash
# ODIS catalogue benchmark. Not a test: prints numbers to compare with the target.
#   Importing and assessing the Riksantikvarieämbetet catalogue (173 datasets, RDF/XML) with
#   `odis assess --from dcat … --format csv`, against validating the same file with the DCAT-AP
#   3.0.1 SHACL shapes (dcat-ap-SHACL.ttl and ranges.ttl) with Jena SHACL in its own JVM
#   (se.odis.bench.ShaclValidate). Both are whole processes with the same JVM flags as ./odis and a
#   class-data-sharing archive each from a training run; the runs alternate, and the medians are
#   compared. Target: ODIS <= 1.2 x the SHACL validation alone, although ODIS does far more.
# Usage: bench/catalogue.sh   RUNS=11 sets the repetitions (after 2 warm-ups of each).
# Needs ../shared/realdata beside the checkout; builds the two jars (never installs) if missing.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
runs=${RUNS:-11}
realdata=${ODIS_REALDATA:-$here/../shared/realdata}
catalogue=$realdata/catalogs/raa-ksamsok-soch-catalog.rdf
shapes=("$realdata/shacl/dcat-ap-3.0.1__shacl_dcat-ap-SHACL.ttl" "$realdata/shacl/dcat-ap-3.0.1__shacl_ranges.ttl")
odis_jar=odis-cli/target/odis.jar
bench_jar=odis-bench/target/benchmarks.jar
jvm=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto -Xlog:disable)

for f in "$catalogue" "${shapes[@]}"; do
  [[ -f $f ]] || { echo "bench: $f is missing (set ODIS_REALDATA to shared/realdata)" >&2; exit 2; }
done
if [[ ! -f $odis_jar || ! -f $bench_jar ]]; then
  echo "bench: building jars…" >&2
  mvn -B -q -ntp -DskipTests package -pl odis-cli,odis-bench -am >&2
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
odis_cmd=(java "${jvm[@]}" -XX:SharedArchiveFile="$tmp/odis.jsa" -jar "$odis_jar" assess -q --from dcat --format csv --as-of 2026-01-01 "$catalogue")
shacl_cmd=(java "${jvm[@]}" -XX:SharedArchiveFile="$tmp/shacl.jsa" -cp "$bench_jar" se.odis.bench.ShaclValidate "$catalogue" "${shapes[@]}")

# Training runs: each program's own archive of the classes it loads.
java "${jvm[@]}" -XX:ArchiveClassesAtExit="$tmp/odis.jsa" -jar "$odis_jar" assess -q --from dcat --format csv --as-of 2026-01-01 "$catalogue" >/dev/null 2>&1 || true
java "${jvm[@]}" -XX:ArchiveClassesAtExit="$tmp/shacl.jsa" -cp "$bench_jar" se.odis.bench.ShaclValidate "$catalogue" "${shapes[@]}" >/dev/null 2>&1

# Both must work before they are timed: odis exits 1 (the datasets have blockers), SHACL prints its result.
"${odis_cmd[@]}" > "$tmp/odis.csv" 2>/dev/null || [[ $? -eq 1 ]] || { echo "bench: odis failed" >&2; exit 3; }
[[ $(($(wc -l < "$tmp/odis.csv") - 1)) -eq 173 ]] || { echo "bench: odis did not assess 173 datasets" >&2; exit 3; }
echo "SHACL: $("${shacl_cmd[@]}" 2>/dev/null)"

ms() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }

for i in 1 2; do ms "${odis_cmd[@]}" >/dev/null; ms "${shacl_cmd[@]}" >/dev/null; done
: > "$tmp/odis.ms"; : > "$tmp/shacl.ms"
for ((i = 0; i < runs; i++)); do   # alternating, so that a busy moment hurts both alike
  ms "${odis_cmd[@]}" >> "$tmp/odis.ms"
  ms "${shacl_cmd[@]}" >> "$tmp/shacl.ms"
done
o=$(median < "$tmp/odis.ms"); s=$(median < "$tmp/shacl.ms")
echo "== the RAÄ catalogue (173 datasets), whole processes, median of $runs alternating runs, $(nproc) cores =="
echo "odis assess --from dcat (import + assess + CSV): ${o} ms   (runs: $(sort -n "$tmp/odis.ms" | tr '\n' ' '))"
echo "Jena SHACL, DCAT-AP 3.0.1 shapes             : ${s} ms   (runs: $(sort -n "$tmp/shacl.ms" | tr '\n' ' '))"
awk -v a="$o" -v b="$s" 'BEGIN {printf "ratio                                        : %.2f (target <= 1.2)\n", a / b}'
