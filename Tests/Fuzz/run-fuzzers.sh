#!/usr/bin/env bash
# Builds lede's fuzz targets with libFuzzer (-sanitize=fuzzer, coverage-guided) and runs each for a
# bounded time. Not part of `swift test`.
#
#   Tests/Fuzz/run-fuzzers.sh                     # every target, 60 s each
#   FUZZ_SECONDS=3600 Tests/Fuzz/run-fuzzers.sh   # an hour each
#   Tests/Fuzz/run-fuzzers.sh FuzzTheme FuzzConfig
#   FUZZ_SANITIZE=fuzzer,address ...              # with AddressSanitizer too (slower)
#   FUZZ_CONFIGURATION=release ...                # optimised (slow to build, faster to run)
#
# Corpora grow in $FUZZ_WORK (default .build-fuzz/ here, ignored by git), seeded from the repository's
# articles and themes; a crash leaves crash-* there, and the script ends with status 1 naming it.
# Every crash found becomes a regression test in the main package (see README.md here).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
seconds="${FUZZ_SECONDS:-60}"
sanitize="${FUZZ_SANITIZE:-fuzzer}"
configuration="${FUZZ_CONFIGURATION:-debug}"
work="${FUZZ_WORK:-$here/.build-fuzz}"
build="$work/build"

# Every folder in Sources/ but the driver is a target, unless some are named.
if [ $# -gt 0 ]; then
  targets=("$@")
else
  targets=()
  for folder in "$here"/Sources/Fuzz*/; do
    name="$(basename "$folder")"
    [ "$name" = FuzzDriver ] || targets+=("$name")
  done
fi

# Seeds: the files a target's input looks like (add a case for a new target).
seed() {
  case "$1" in
    FuzzTextReader) ls "$root"/Sources/ArticleStore/SampleLibrary/*.txt ;;
    FuzzMarkdownReader) ls "$root"/Sources/ArticleStore/SampleLibrary/*.md ;;
    FuzzDateScanner) ls "$root"/Sources/ArticleStore/SampleLibrary/*.txt ;;
    FuzzTheme | FuzzConfig) ls "$root"/themes/*.toml ;;
    *) ;;
  esac
}

cd "$here"
# One product at a time: `swift build` keeps only the last --product it is given.
for target in "${targets[@]}"; do
  swift build -c "$configuration" --build-path "$build" -Xswiftc "-sanitize=$sanitize" --product "$target"
done
bin="$(swift build -c "$configuration" --build-path "$build" --show-bin-path)"
# libFuzzer must see a crash to keep its input: the Swift runtime's backtracer would take it first.
export SWIFT_BACKTRACE=enable=no

failed=()
for target in "${targets[@]}"; do
  corpus="$work/corpus/$target"
  mkdir -p "$corpus" "$work/crashes"
  while IFS= read -r file; do cp -n "$file" "$corpus/" 2>/dev/null || true; done < <(seed "$target")
  echo "== $target: $seconds s"
  if ! "$bin/$target" "$corpus" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
      -max_len=65536 -print_final_stats=1 -artifact_prefix="$work/crashes/$target-" 2>"$work/$target.log"; then
    failed+=("$target")
  fi
  grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb|#[0-9]+.*DONE)' "$work/$target.log" || tail -3 "$work/$target.log"
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "crashes or hangs in: ${failed[*]} (inputs in $work/crashes, logs in $work/*.log)" >&2
  exit 1
fi
echo "no crash in: ${targets[*]}"
