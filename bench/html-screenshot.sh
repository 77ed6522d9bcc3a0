#!/usr/bin/env bash
# Renders odis's HTML report in a real headless browser and saves a screenshot, to look at.
# Not a test: the JUnit tests check the page's structure; this shows what people will see.
#
# Usage: bench/html-screenshot.sh [OUT.png] [odis assess arguments…]
#   default: the example datasets plus a malformed file, in Swedish, to /tmp/odis-report.png
#   e.g.     bench/html-screenshot.sh /tmp/raa.png --from dcat /work/shared/realdata/catalogs/raa-ksamsok-soch-catalog.rdf
# Environment: CHROMIUM (default: chromium or chromium-browser on the PATH), WIDTH (1280), HEIGHT (1600).
# Exits 0 without doing anything (and says so) when no Chromium is installed:
#   apt-get install -y chromium
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-/tmp/odis-report.png}
shift || true

browser=${CHROMIUM:-}
if [[ -z $browser ]]; then
  for b in chromium chromium-browser google-chrome; do
    if command -v "$b" >/dev/null 2>&1; then browser=$b; break; fi
  done
fi
if [[ -z $browser ]]; then
  echo "html-screenshot: skipped: no chromium on the PATH (apt-get install -y chromium)" >&2
  exit 0
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
"$here/odis" assess --quiet --format html "$@" > "$html" || true   # exit 1/2 still writes the page
[[ -s $html ]] || { echo "html-screenshot: odis wrote no HTML" >&2; exit 3; }

"$browser" --headless --no-sandbox --disable-gpu --disable-background-networking \
  --disable-component-update --disable-sync --no-first-run --user-data-dir="$work/profile" \
  --hide-scrollbars --screenshot="$out" --window-size="${WIDTH:-1280},${HEIGHT:-1600}" "file://$html" \
  >/dev/null 2>&1
echo "html-screenshot: $out (from $(wc -c < "$html") bytes of HTML)"
