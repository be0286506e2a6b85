#!/bin/sh
# The peer comparison (make bench-peers): installs the peer's npm packages when missing, then runs
# Recognizers-Text and factdiff side by side on the corpus texts and the fixtures' numeric gold.
#   bench/peers/run-peers.sh CORPUS_DIR FACTDIFF_BINARY [JSON_OUTPUT]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
corpus=${1-}
factdiff=${2:?usage: run-peers.sh CORPUS_DIR FACTDIFF_BINARY [JSON_OUTPUT]}
json=${3:-}
if [ -z "$corpus" ] || [ ! -d "$corpus" ]; then
  echo "bench-peers: SKIPPED: corpus folder '$corpus' is absent" >&2
  exit 0
fi
if [ ! -d "$here/node_modules/@microsoft/recognizers-text-suite" ]; then
  (cd "$here" && npm ci --no-audit --no-fund)
fi
cd "$here/../.."
exec node "$here/recognizers_peer.js" --corpus "$corpus" --fixtures fixtures \
  --factdiff "$factdiff" ${json:+--json "$json"}
