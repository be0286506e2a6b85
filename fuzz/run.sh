#!/usr/bin/env bash
# Runs every fuzz target for a bounded time, seeded from the fixtures and the bundled rules (and
# from the shared news corpus when its folder is given).
#   fuzz/run.sh BUILD_DIR [SECONDS_PER_TARGET [CORPUS_DIR]]
# New inputs go to BUILD_DIR/fuzz-corpus/<target> (the seed folders are only read); a crash
# leaves its input in BUILD_DIR/fuzz-artifacts/ and makes the script exit 1.
set -uo pipefail
cd "$(dirname "$0")/.."
build=${1:?usage: fuzz/run.sh BUILD_DIR [SECONDS_PER_TARGET [CORPUS_DIR]]}
seconds=${2:-60}
news=${3:-}

declare -A seeds=(
  [fuzz_rule_loader]="rules"
  [fuzz_text_layer]="fixtures${news:+ $news}"
  [fuzz_extract]="fixtures${news:+ $news}"
)
declare -A extra=(
  [fuzz_rule_loader]="-dict=fuzz/rule_loader.dict"
  [fuzz_text_layer]=""
  [fuzz_extract]=""
)
declare -A max_len=(
  [fuzz_rule_loader]=16384
  [fuzz_text_layer]=65536
  [fuzz_extract]=65536
)

status=0
mkdir -p "$build/fuzz-artifacts"
for target in fuzz_rule_loader fuzz_text_layer fuzz_extract; do
  corpus="$build/fuzz-corpus/$target"
  mkdir -p "$corpus"
  echo "fuzz: $target for ${seconds}s (seeds: ${seeds[$target]})"
  # shellcheck disable=SC2086  # several seed folders, none with spaces
  if ! "$build/fuzz/$target" "$corpus" ${seeds[$target]} ${extra[$target]} \
      -max_total_time="$seconds" -max_len="${max_len[$target]}" -timeout=20 -rss_limit_mb=2048 \
      -print_final_stats=1 -artifact_prefix="$build/fuzz-artifacts/$target-" \
      >"$build/fuzz-artifacts/$target.log" 2>&1; then
    echo "fuzz: $target FAILED; input and log in $build/fuzz-artifacts/" >&2
    tail -30 "$build/fuzz-artifacts/$target.log" >&2
    status=1
  else
    grep -E "^stat::number_of_executed_units|^stat::new_units_added" \
      "$build/fuzz-artifacts/$target.log" | sed "s/^/fuzz: $target /"
  fi
done
exit $status
