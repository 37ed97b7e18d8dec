#!/usr/bin/env bash
# Lighthouse audit of the web page, outside `mvn -B verify` (scores vary with the machine's load).
# Serves the bundled example story from a throwaway data folder, audits the front page and the story
# page with the mobile and desktop presets in Debian's Chromium, and prints the category scores.
#   tools/lighthouse/run.sh [PORT]        (needs node/npm and /usr/bin/chromium; reports in target/lighthouse/)
#   PAGES="story" PRESETS="mobile" RUNS=3 tools/lighthouse/run.sh   (a subset; RUNS audits each and keeps the median)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
port="${1:-18088}"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
[ -x "$CHROME_PATH" ] || { echo "no Chromium at $CHROME_PATH (apt-get install chromium, or set CHROME_PATH)" >&2; exit 2; }
[ -d tools/lighthouse/node_modules/lighthouse ] || npm ci --prefix tools/lighthouse --no-audit --no-fund >/dev/null
./newsbrief --version >/dev/null # builds the jar on first use

data="$(mktemp -d)"
out="$root/target/lighthouse"
mkdir -p "$out"
./newsbrief serve --data "$data" --port "$port" >"$out/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$data"' EXIT
base="http://127.0.0.1:$port"
for _ in $(seq 1 120); do curl -sf "$base/api/stories" >/dev/null && break; sleep 0.5; done

story="$(curl -sf -H 'Content-Type: application/json' -d '{"name":"Kessel Dam"}' "$base/api/stories" | sed 's/.*"id":"\([^"]*\)".*/\1/')"
files=()
for f in $(cat src/main/resources/dev/newsbrief/example/index.txt); do files+=(-F "file=@src/main/resources/dev/newsbrief/example/$f"); done
curl -sf "${files[@]}" "$base/api/stories/$story/uploads" >/dev/null
for _ in $(seq 1 240); do
  curl -sf "$base/api/stories/$story/briefing" | grep -q '"pending":false,"version":[1-9]\|"version":[1-9][0-9]*,"pending":false' && break
  sleep 0.5
done

flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync --no-first-run"
printf '%-8s %-8s %12s %14s %14s %5s  %s\n' page preset performance accessibility best-practices seo CLS
for page in ${PAGES:-front story}; do
  url="$base/"; [ "$page" = story ] && url="$base/#/s/$story"
  for preset in ${PRESETS:-mobile desktop}; do
    extra=(); [ "$preset" = desktop ] && extra=(--preset=desktop)
    reports=()
    for i in $(seq 1 "${RUNS:-1}"); do
      report="$out/$page-$preset-$i.json"
      tools/lighthouse/node_modules/.bin/lighthouse "$url" --quiet --output=json --output-path="$report" \
        --chrome-flags="$flags" "${extra[@]}" >/dev/null 2>>"$out/lighthouse.log"
      reports+=("$report")
    done
    # the run with the median performance score
    node -e '
      const [page, preset, ...files] = process.argv.slice(1);
      const runs = files.map((f) => require(f)).sort((a, b) => a.categories.performance.score - b.categories.performance.score);
      const r = runs[Math.floor((runs.length - 1) / 2)]; const c = r.categories; const s = (k) => Math.round(c[k].score * 100);
      const cls = r.audits["cumulative-layout-shift"].numericValue;
      console.log([page.padEnd(8), preset.padEnd(8), String(s("performance")).padStart(12), String(s("accessibility")).padStart(14),
        String(s("best-practices")).padStart(14), String(s("seo")).padStart(5), " " + cls.toFixed(3)].join(" "));
    ' "$page" "$preset" "${reports[@]}"
  done
done
