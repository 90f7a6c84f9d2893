#!/usr/bin/env bash
# Every benchmark of lede on real news text, in one command (release builds):
#   Benchmarks/run-all.sh [RUNS]                      (default: 3 runs of each tmux measure)
# 1. Corpora of 10,000, 30,000 and 100,000 real articles (../shared/eval/make-corpus.py: Dân trí and
#    BBC text, about 5 KB each) in $LEDE_BENCH_DIR (default /tmp/lede-bench), made once and kept.
# 2. The growth curve: lede alone at 10,000 and 30,000, lede against newsboat at 100,000, each with its
#    cold index twice under GNU time (compare-newsboat.sh).
# 3. The feed benchmarks (bench-feeds.sh), when present.
# 4. The package-benchmark targets, LibraryScale on the same corpora (LEDE_BENCH_CORPORA); skipped
#    with LEDE_BENCH_SKIP_PACKAGE=1.
# Everything printed also goes to $LEDE_BENCH_DIR/results-DATE.txt, which starts with the date, the
# machine and how busy it was.
set -euo pipefail
runs=${1:-3}
here=$(cd "$(dirname "$0")" && pwd)
package=$(dirname "$here")
dir=${LEDE_BENCH_DIR:-/tmp/lede-bench}
mkdir -p "$dir"
out="$dir/results-$(date -u +%Y%m%dT%H%M%SZ).txt"
exec > >(tee "$out") 2>&1

echo "== $(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs);" \
     "$(free -g | awk '/Mem:/ {print $2}') GB; load average $(cut -d' ' -f1-3 /proc/loadavg)"
for count in 10000 30000 100000; do
    if [ ! -e "$dir/real-$count/complete" ]; then
        rm -rf "$dir/real-$count"
        python3 "$package/../shared/eval/make-corpus.py" "$count" "$dir/real-$count" >/dev/null
        touch "$dir/real-$count/complete"
    fi
done

for count in 10000 30000; do
    echo "== lede, $count real articles"
    "$here/compare-newsboat.sh" "$dir/real-$count" "$runs" --lede-only --json "$dir/real-$count.json"
done
echo "== lede against newsboat, 100000 real articles"
"$here/compare-newsboat.sh" "$dir/real-100000" "$runs" --json "$dir/real-100000.json"

if [ -x "$here/bench-feeds.sh" ]; then
    echo "== feeds"
    (cd "$package" && LEDE="$(swift build -c release --show-bin-path)/lede" "$here/bench-feeds.sh")
fi

if [ "${LEDE_BENCH_SKIP_PACKAGE:-0}" != 1 ]; then
    echo "== package-benchmark"
    (cd "$here" && LEDE_BENCH_CORPORA="$dir" swift package --disable-sandbox benchmark)
fi
echo "== $(date -u '+%H:%M UTC'); load average $(cut -d' ' -f1-3 /proc/loadavg); results in $out"
