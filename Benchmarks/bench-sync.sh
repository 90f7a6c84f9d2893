#!/usr/bin/env bash
# First sync of ITEMS items (default 10,000) from a real FreshRSS on 127.0.0.1, from the package root:
#   Benchmarks/bench-sync.sh [ITEMS]        (LEDE=path/to/lede to time another build; default: release)
# FreshRSS (../shared/servers/start-freshrss.sh) is subscribed to 10 feeds of ITEMS/10 items served by
# python3 -m http.server, and fetches them first (not timed). Then `lede sync` is timed from an empty
# library; then the same API requests are replayed with curl (ClientLogin, token, subscription list,
# every 1,000-item page of the reading list, the three id lists) to time the server's own answers.
set -euo pipefail
cd "$(dirname "$0")/.."
LEDE=${LEDE:-$PWD/.build/release/lede}
ITEMS=${1:-10000}
PER_FEED=$(( ITEMS / 10 ))
WORK=$(mktemp -d /tmp/lede-bench-sync.XXXXXX)
trap 'kill "${SERVER:-0}" "${FRESHRSS_PID:-0}" 2>/dev/null || true; rm -rf "$WORK"' EXIT

mkdir -p "$WORK/site"
python3 - "$WORK/site" "$PER_FEED" <<'PY'
import sys, os, email.utils, time
site, count = sys.argv[1], int(sys.argv[2])
now = time.time()
for f in range(10):
    items = "".join(
        f"<item><guid>f{f}-i{i}</guid><title>Feed {f} story {i}</title><link>https://news.example/{f}/{i}</link>"
        f"<pubDate>{email.utils.formatdate(now - i * 60, usegmt=True)}</pubDate><description>&lt;p&gt;\"Quote {i},\" "
        f"the minister said of feed {f}.&lt;/p&gt;&lt;p&gt;More text for item {i} of feed {f}.&lt;/p&gt;</description></item>"
        for i in range(count))
    open(os.path.join(site, f"feed{f}.xml"), "w").write(
        f"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Feed {f}</title><link>https://news.example/</link>{items}</channel></rss>")
PY
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
(cd "$WORK/site" && exec python3 -m http.server --bind 127.0.0.1 "$PORT" >/dev/null 2>&1) &
SERVER=$!
for _ in $(seq 50); do curl -s -o /dev/null "http://127.0.0.1:$PORT/" && break; sleep 0.1; done

FEEDS=()
for f in $(seq 0 9); do FEEDS+=("http://127.0.0.1:$PORT/feed$f.xml"); done
eval "$(../shared/servers/start-freshrss.sh "$WORK/freshrss" "${FEEDS[@]}")"
echo "== FreshRSS fetches the 10 feeds ($ITEMS items; not timed)"
start=$(date +%s.%N)
php "$FRESHRSS_DIR/FreshRSS/cli/actualize-user.php" --user "$FRESHRSS_USER" >/dev/null 2>&1 || true
echo "   $(python3 -c "print(round($(date +%s.%N) - $start, 1))") s"

export LEDE_STATE_DIR=$WORK/state
printf '%s\n' "$FRESHRSS_PASSWORD" | "$LEDE" account add "$FRESHRSS_GREADER" --user "$FRESHRSS_USER" \
  --password-stdin --library "$WORK/lib" >/dev/null
echo "== lede sync: first sync of $ITEMS items (wall seconds, peak RSS)"
/usr/bin/time -f "   %e s, %M KiB peak" "$LEDE" sync --library "$WORK/lib"
echo "   files: $(find "$WORK/lib" -name '*.md' | wc -l)"

echo "== the server alone: the same requests with curl (sum of the answers' times)"
API=$FRESHRSS_GREADER
total=0
add() { total=$(python3 -c "print($total + $1)"); }
t=$(curl -s -o "$WORK/login" -w '%{time_total}' -d "Email=$FRESHRSS_USER" -d "Passwd=$FRESHRSS_PASSWORD" "$API/accounts/ClientLogin"); add "$t"
AUTH="Authorization: GoogleLogin auth=$(sed -n 's/^Auth=//p' "$WORK/login")"
for path in "reader/api/0/token" "reader/api/0/subscription/list?output=json"; do
  t=$(curl -s -o /dev/null -w '%{time_total}' -H "$AUTH" "$API/$path"); add "$t"
done
cont=""; pages=0
while :; do
  t=$(curl -s -o "$WORK/page" -w '%{time_total}' -H "$AUTH" \
    "$API/reader/api/0/stream/contents/user/-/state/com.google/reading-list?output=json&n=1000${cont:+&c=$cont}"); add "$t"
  pages=$((pages + 1))
  cont=$(python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print(d.get('continuation','') if d.get('items') else '')" "$WORK/page")
  [ -n "$cont" ] || break
done
for query in "s=user/-/state/com.google/reading-list" "s=user/-/state/com.google/reading-list&xt=user/-/state/com.google/read" \
             "s=user/-/state/com.google/starred"; do
  t=$(curl -s -o /dev/null -w '%{time_total}' -H "$AUTH" "$API/reader/api/0/stream/items/ids?output=json&n=10000&$query"); add "$t"
done
echo "   $(python3 -c "print(round($total, 2))") s for 3 + $pages pages + 3 id lists"
