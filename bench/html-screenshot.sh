#!/usr/bin/env bash
# Renders odis's HTML report in a real headless browser and saves a screenshot, to look at.
# Not a test: the JUnit tests check the page's structure; this shows what people will see.
#
# Usage: bench/html-screenshot.sh [OUT.png] [odis assess arguments…]
#   default: the example datasets plus a malformed file, in Swedish, to /tmp/odis-report.png
#   e.g.     bench/html-screenshot.sh /tmp/raa.png --from dcat /work/shared/realdata/catalogs/raa-ksamsok-soch-catalog.rdf
#   the README's picture: bench/html-screenshot.sh docs/images/report.png --as-of 2026-11-26 odis-examples/datasets
# Environment: CHROMIUM (default: chromium or chromium-browser on the PATH), WIDTH (1280), HEIGHT (1600).
# Without Chromium, it installs Debian's package (apt-get install chromium) when run as root, and
# otherwise exits 0 without doing anything, saying so.
# Runs odis-cli/target/odis.jar, building it with `mvn package` (never install) when it is missing.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-/tmp/odis-report.png}
[[ $out == /* ]] || out="$PWD/$out"   # Chromium writes relative to a directory of its own
shift || true

find_browser() {
  for b in chromium chromium-browser google-chrome; do
    if command -v "$b" >/dev/null 2>&1; then browser=$b; return 0; fi
  done
  return 1
}
browser=${CHROMIUM:-}
if [[ -z $browser ]] && ! find_browser && [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null 2>&1; then
  echo "html-screenshot: installing Debian's chromium…" >&2
  { apt-get update -q && apt-get install -y -q chromium; } >&2 && find_browser || true
fi
if [[ -z $browser ]]; then
  echo "html-screenshot: skipped: no chromium on the PATH (apt-get install -y chromium)" >&2
  exit 0
fi

jar="$here/odis-cli/target/odis.jar"
if [[ ! -f $jar ]]; then
  echo "html-screenshot: building odis.jar…" >&2
  mvn -B -q -ntp -f "$here/pom.xml" -DskipTests package -pl odis-cli -am >&2
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
html="$work/report.html"
if [[ $# -eq 0 ]]; then
  # The three examples and one malformed dataset, so that every part of the page shows.
  mkdir -p "$work/in"
  cp "$here"/odis-examples/datasets/*.json "$work/in/"
  printf '{\n  "id": "trasig",\n  "title": {"sv": "Trasig <fil> & \\"citat\\""\n}\n' > "$work/in/zz-malformed.json"
  set -- --as-of 2026-11-26 "$work/in"
fi
java -jar "$jar" assess --quiet --format html "$@" > "$html" || true   # exit 1/2 still writes the page
[[ -s $html ]] || { echo "html-screenshot: odis wrote no HTML" >&2; exit 3; }

"$browser" --headless --no-sandbox --disable-gpu --disable-background-networking \
  --disable-component-update --disable-sync --no-first-run --user-data-dir="$work/profile" \
  --hide-scrollbars --screenshot="$out" --window-size="${WIDTH:-1280},${HEIGHT:-1600}" "file://$html" \
  >/dev/null 2>&1
echo "html-screenshot: $out (from $(wc -c < "$html") bytes of HTML)"
