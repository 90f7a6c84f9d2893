#!/usr/bin/env bash
# lede against newsboat on the same real-text corpus, in tmux, on this machine, in one run.
#   Benchmarks/compare-newsboat.sh CORPUS [RUNS] [compare_newsboat.py options]   (default: 5 runs)
# CORPUS is a folder made by `python3 ../shared/eval/make-corpus.py N CORPUS` (real Dân trí and BBC
# text: CORPUS/lib for lede, CORPUS/urls and feed.xml for newsboat). Installs Debian's newsboat if it is
# missing, builds lede in release, then times both (see compare_newsboat.py). Work files (lede's index,
# newsboat's cache) go to $LEDE_COMPARE_DIR (default: CORPUS/bench-work).
set -euo pipefail
corpus=$(cd "${1:?usage: compare-newsboat.sh CORPUS [RUNS] [options]}" && pwd)
runs=${2:-5}
shift $(( $# < 2 ? $# : 2 ))
here=$(cd "$(dirname "$0")" && pwd)
package=$(dirname "$here")
[ -d "$corpus/lib" ] && [ -e "$corpus/urls" ] || { echo "$corpus: not a make-corpus.py folder" >&2; exit 2; }
work=${LEDE_COMPARE_DIR:-$corpus/bench-work}

if ! command -v newsboat >/dev/null; then
    sudo=""; [ "$(id -u)" -ne 0 ] && sudo=sudo
    $sudo apt-get update && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y newsboat
fi
command -v tmux >/dev/null || { echo "tmux is needed" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "GNU time (/usr/bin/time) is needed" >&2; exit 1; }

(cd "$package" && swift build -c release --product lede >&2)
bin=$(cd "$package" && swift build -c release --show-bin-path)
exec python3 "$here/compare_newsboat.py" --lede "$bin/lede" --corpus "$corpus" --work "$work" --runs "$runs" "$@"
