#!/usr/bin/env bash
# Feed benchmarks of the release build, from the package root (build it first: swift build -c release):
#   Benchmarks/bench-feeds.sh [ITEMS [CORPUS]]
# 1. ITEMS (default 100,000) items of real news in one RSS file (`../shared/eval/make-corpus.py ITEMS`,
#    or CORPUS/feed.xml when CORPUS is a folder it wrote already), parsed and stored by `lede fetch`
#    (a file subscription: streamed), and the same file by `newsboat -x reload` when newsboat is
#    installed (Debian: apt-get install newsboat);
# 2. 200 feeds of 20 items on a loopback HTTP server (python3 -m http.server, which answers
#    If-Modified-Since with 304): a full fetch, then a second, all-304 fetch.
# Each measurement prints one line `feeds: NAME wall W s, cpu C s, peak M MB[, R items/s]`, from GNU time,
# for a caller (the overall benchmark run) to collect; the rest of the output is for people.
set -euo pipefail
cd "$(dirname "$0")/.."
LEDE=${LEDE:-$PWD/.build/release/lede}
ITEMS=${1:-100000}
CORPUS=${2:-}
WORK=$(mktemp -d /tmp/lede-bench-feeds.XXXXXX)
trap 'kill "${SERVER:-0}" 2>/dev/null || true; rm -rf "$WORK"' EXIT

# timed NAME ITEMS COMMAND...: runs COMMAND under GNU time and prints its line (items/s when ITEMS > 0).
timed() {
    local name=$1 items=$2
    shift 2
    /usr/bin/time -o "$WORK/time" -f '%e %U %S %M' "$@" >"$WORK/out" 2>&1 || { cat "$WORK/out" >&2; return 1; }
    read -r wall user system kib <"$WORK/time"
    python3 - "$name" "$items" "$wall" "$user" "$system" "$kib" <<'PY'
import sys
name, items, wall, user, system, kib = sys.argv[1], int(sys.argv[2]), *map(float, sys.argv[3:])
rate = f", {items / wall:,.0f} items/s" if items else ""
print(f"feeds: {name} wall {wall:.2f} s, cpu {user + system:.2f} s, peak {kib / 1024:.0f} MB{rate}")
PY
}

# big_file: one file of ITEMS items, stored by lede and reloaded by newsboat.
big_file() {
    local feed
    if [ -n "$CORPUS" ] && [ -f "$CORPUS/feed.xml" ]; then
        feed=$CORPUS/feed.xml
    else
        python3 ../shared/eval/make-corpus.py "$ITEMS" "$WORK/big" >/dev/null
        feed=$WORK/big/feed.xml
    fi
    local count
    count=$(grep -c '<item>' "$feed")
    echo "== $count items in one RSS file ($(du -m "$feed" | cut -f1) MB), parsed and stored"
    "$LEDE" feeds add "file://$feed" --library "$WORK/lib-big" >/dev/null
    # ext4 without a journal passes over inodes whose table blocks still hold a recent, unwritten
    # deletion when it allocates one: writing those blocks first keeps someone else's (or an earlier
    # run's) rm -rf from costing this run seconds of system time.
    sync
    timed "lede-fetch-$count" "$count" "$LEDE" fetch --library "$WORK/lib-big"
    echo "   articles written: $(find "$WORK/lib-big" -name '*.md' | wc -l)"
    rm -rf "$WORK/lib-big"
    if command -v newsboat >/dev/null; then
        mkdir -p "$WORK/newsboat"
        echo "file://$feed" >"$WORK/newsboat/urls"
        printf 'max-items 0\ncleanup-on-quit no\n' >"$WORK/newsboat/conf"
        timed "newsboat-reload-$count" "$count" env HOME="$WORK/newsboat" LANG=C.UTF-8 newsboat \
            -u "$WORK/newsboat/urls" -c "$WORK/newsboat/cache.db" -C "$WORK/newsboat/conf" -x reload
        echo "   newsboat $(newsboat --version | head -1 | cut -d' ' -f2)"
        rm -rf "$WORK/newsboat"
    else
        echo "   newsboat is not installed: no comparison"
    fi
}

# loopback: 200 feeds of 20 items each from one local server, fetched twice.
loopback() {
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
    local port
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    (cd "$WORK/site" && exec python3 -m http.server --bind 127.0.0.1 "$port" >/dev/null 2>&1) &
    SERVER=$!
    for _ in $(seq 50); do curl -s -o /dev/null "http://127.0.0.1:$port/" && break; sleep 0.1; done
    {
        echo '<opml version="2.0"><body>'
        for f in $(seq 0 199); do echo "<outline text=\"Feed $f\" xmlUrl=\"http://127.0.0.1:$port/feed$f.xml\"/>"; done
        echo '</body></opml>'
    } >"$WORK/200.opml"
    "$LEDE" feeds import "$WORK/200.opml" --library "$WORK/lib-200" >/dev/null
    echo "== 200 feeds x 20 items over loopback: first fetch, then again (every feed answers 304)"
    timed "lede-fetch-200-feeds" 4000 "$LEDE" fetch --library "$WORK/lib-200"
    echo "   $(grep -c ': 20 new' "$WORK/out") feeds with 20 new items"
    timed "lede-fetch-200-feeds-304" 0 "$LEDE" fetch --library "$WORK/lib-200"
    echo "   $(grep -c 'not modified' "$WORK/out") feeds not modified"
}

big_file
loopback
