#!/usr/bin/env bash
# lede against newsboat on the same generated corpus, in tmux, on this machine, in one run.
#   Benchmarks/compare-newsboat.sh [COUNT] [RUNS]       (default: 10000 articles, 5 runs)
# Installs Debian's newsboat if missing, builds lede in release, writes the corpus with lede-corpus
# (seed 1), turns it into one RSS file that newsboat reads through a file:// URL, prefetches it
# (newsboat -x reload) and indexes it (lede index), then times for both, in the running program: start
# to the article list, a key that moves the selection, opening the newest article, and `/` to search.
# Work files go to $LEDE_COMPARE_DIR (default: a folder in $TMPDIR), kept between runs.
set -euo pipefail
count=${1:-10000}
runs=${2:-5}
here=$(cd "$(dirname "$0")" && pwd)
package=$(dirname "$here")
work=${LEDE_COMPARE_DIR:-${TMPDIR:-/tmp}/lede-vs-newsboat}/$count
mkdir -p "$work"

if ! command -v newsboat >/dev/null; then
    sudo=""; [ "$(id -u)" -ne 0 ] && sudo=sudo
    $sudo apt-get update && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y newsboat
fi
command -v tmux >/dev/null || { echo "tmux is needed" >&2; exit 1; }

(cd "$package" && swift build -c release --product lede >&2 && swift build -c release --product lede-corpus >&2)
bin=$(cd "$package" && swift build -c release --show-bin-path)

if [ ! -e "$work/corpus.complete" ]; then
    rm -rf "$work/corpus"
    "$bin/lede-corpus" "$count" "$work/corpus" --seed 1
    touch "$work/corpus.complete"
fi
exec python3 "$here/compare_newsboat.py" --lede "$bin/lede" --work "$work" --runs "$runs"
