#!/usr/bin/env bash
# Feed benchmarks with the release build (run `swift build -c release` first), from the package root:
#   Benchmarks/bench-feeds.sh [ITEMS]
# 1. ITEMS (default 100,000) items of real news in one RSS file, parsed and stored by `lede fetch`
#    (a file subscription: streamed), with peak memory from GNU time;
# 2. 200 feeds of 20 items on a loopback HTTP server (python3 -m http.server, which answers
#    If-Modified-Since with 304): a full fetch, then a second, all-304 fetch.
set -euo pipefail
cd "$(dirname "$0")/.."
LEDE=${LEDE:-$PWD/.build/release/lede}
ITEMS=${1:-100000}
WORK=$(mktemp -d /tmp/lede-bench-feeds.XXXXXX)
trap 'kill "${SERVER:-0}" 2>/dev/null || true; rm -rf "$WORK"' EXIT
TIME="/usr/bin/time -f %e_s_%M_KiB"

python3 ../shared/eval/make-corpus.py "$ITEMS" "$WORK/big" >/dev/null
"$LEDE" feeds add "$(cat "$WORK/big/urls")" --library "$WORK/lib-big" >/dev/null
echo "== $ITEMS items from one file, parsed and stored (wall seconds, peak RSS)"
$TIME "$LEDE" fetch --library "$WORK/lib-big"
echo "   files: $(find "$WORK/lib-big" -name '*.md' | wc -l)"

mkdir -p "$WORK/site"
python3 - "$WORK/site" <<'PY'
import sys, os
site = sys.argv[1]
for f in range(200):
    items = "".join(
        f"<item><guid>f{f}-i{i}</guid><title>Feed {f} story {i}</title><link>http://127.0.0.1/{f}/{i}</link>"
        f"<pubDate>Wed, 01 May 2024 08:{i:02d}:00 GMT</pubDate><description>&lt;p&gt;\"Quote {i},\" "
        f"the minister said of feed {f}.&lt;/p&gt;&lt;p&gt;More text for item {i}.&lt;/p&gt;</description></item>"
        for i in range(20))
    open(os.path.join(site, f"feed{f}.xml"), "w").write(
        f"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Feed {f}</title>{items}</channel></rss>")
PY
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
(cd "$WORK/site" && exec python3 -m http.server --bind 127.0.0.1 "$PORT" >/dev/null 2>&1) &
SERVER=$!
for _ in $(seq 50); do curl -s -o /dev/null "http://127.0.0.1:$PORT/" && break; sleep 0.1; done
{
  echo '<opml version="2.0"><body>'
  for f in $(seq 0 199); do echo "<outline text=\"Feed $f\" xmlUrl=\"http://127.0.0.1:$PORT/feed$f.xml\"/>"; done
  echo '</body></opml>'
} > "$WORK/200.opml"
"$LEDE" feeds import "$WORK/200.opml" --library "$WORK/lib-200" >/dev/null
echo "== 200 feeds x 20 items over loopback: first fetch"
$TIME "$LEDE" fetch --library "$WORK/lib-200" | tail -1
echo "== the same again: every feed answers 304"
$TIME "$LEDE" fetch --library "$WORK/lib-200" | tail -1
