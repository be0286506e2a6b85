#!/bin/sh
# Opens HTML reports in headless Chromium and checks what the page shows after its script ran:
# claims highlighted in the documents, the table of facts by source, working finding links, and
# no script injected through document text having run.
#
#   browser_test.sh TEST_BINARY FACTDIFF_BINARY SOURCE_DIR
#
# Exit 77 (skipped) when Chromium is not installed.
set -u
tests_binary=$1
factdiff_binary=$2
source_dir=$3

browser=""
for candidate in chromium chromium-browser google-chrome; do
  if command -v "$candidate" >/dev/null 2>&1; then browser=$(command -v "$candidate"); break; fi
done
if [ -z "$browser" ]; then
  echo "SKIPPED: chromium not installed (apt-get install chromium)"
  exit 77
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0

fail() {
  echo "FAIL: $*"
  failures=$((failures + 1))
}

# Prints the DOM of a page after its scripts ran; the URL may carry a #finding-N fragment.
dump_dom() {
  sandbox=""
  [ "$(id -u)" = 0 ] && sandbox="--no-sandbox"
  timeout 60 "$browser" --headless $sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --disable-default-apps --disable-extensions --user-data-dir="$work/profile" \
    --virtual-time-budget=2000 --dump-dom "$1" 2>"$work/browser.log"
}

count() { grep -o -- "$1" "$2" | wc -l; }

# check_page NAME FILE MINIMUM_HIGHLIGHTS
check_page() {
  name=$1
  page=$2
  minimum=$3
  dom="$work/$name.dom"
  if ! dump_dom "file://$page#finding-0" >"$dom" || [ ! -s "$dom" ]; then
    fail "$name: the browser printed no DOM"; sed -n 1,20p "$work/browser.log"; return
  fi
  grep -q 'data-ready="yes"' "$dom" || fail "$name: the page's own script did not run"
  highlights=$(count '<mark class="claim [^"]*" data-claims="' "$dom")
  [ "$highlights" -ge "$minimum" ] || fail "$name: $highlights highlighted claims, expected at least $minimum"
  grep -q '<table id="fact-table">' "$dom" || fail "$name: no table of facts by source"
  links=$(count 'class="finding-link"' "$dom")
  [ "$links" -ge 1 ] || fail "$name: no finding links"
  grep -q 'class="finding [^"]*selected' "$dom" || fail "$name: #finding-0 did not select the finding"
  grep -q '<mark class="claim [^"]*marked' "$dom" || fail "$name: the finding's mentions were not marked"
  grep -E -q '<html[^>]* data-pwned=' "$dom" && fail "$name: a script injected through document text ran"
  grep -q '<title>pwned</title>' "$dom" && fail "$name: an injected script changed the title"
  grep -E -q '<img |<a href="javascript' "$dom" && fail "$name: document text became markup"
  echo "$name: $highlights highlighted claims, $links finding links"
}

# The library's pages: paris-2015 with a hand-built model, and a hostile article.
if FACTDIFF_BROWSER_PAGES="$work" "$tests_binary" "[.browser-pages]" >"$work/pages.log" 2>&1; then
  check_page paris-2015 "$work/paris-2015.html" 10
  check_page hostile "$work/hostile.html" 5
  grep -q '&lt;/textarea&gt;' "$work/hostile.dom" || fail "hostile: the closing textarea is not shown literally"
  grep -q '&lt;script&gt;document.documentElement' "$work/hostile.dom" ||
    fail "hostile: the script tag is not shown literally"
  # Second line of defence: even markup that escaped the escaping could not run, because the
  # Content-Security-Policy lets only the page's own script (by its hash) execute.
  sed 's|<main>|<main><img src=x onerror="document.documentElement.setAttribute(\x27data-pwned\x27,1)"><script>document.documentElement.setAttribute("data-pwned","1")</script>|' \
    "$work/hostile.html" >"$work/unescaped.html"
  dump_dom "file://$work/unescaped.html" >"$work/unescaped.dom"
  grep -q 'data-ready="yes"' "$work/unescaped.dom" || fail "unescaped: the page's own script did not run"
  grep -E -q '<html[^>]* data-pwned=' "$work/unescaped.dom" &&
    fail "unescaped: the Content-Security-Policy let an injected script run"
else
  cat "$work/pages.log"; fail "could not write the pages"
fi

# The command line on paris-2015 plus a hostile article, once it writes HTML reports.
mkdir -p "$work/cluster"
cp "$source_dir"/fixtures/paris-2015/* "$work/cluster/"
printf '%s\n\n%s\n' 'Attack <script>document.title="pwned"</script> kills 129' \
  'The attacks killed 129 people. <img src=x onerror="document.documentElement.setAttribute(&apos;data-pwned&apos;,1)"> <a href="javascript:alert(1)">x</a> </textarea><script>document.documentElement.setAttribute("data-pwned","1")</script>' \
  >"$work/cluster/999_hostile.txt"
"$factdiff_binary" compare --format html --output "$work/cli.html" "$work/cluster" >"$work/cli.log" 2>&1
if [ -s "$work/cli.html" ]; then
  check_page cli-paris-2015 "$work/cli.html" 3
  grep -q '&lt;/textarea&gt;&lt;script&gt;document.documentElement' "$work/cli-paris-2015.dom" ||
    fail "cli-paris-2015: the hostile article's text is not shown literally"
else
  echo "note: the command line wrote no HTML report yet; checked the library's pages only"
fi

[ "$failures" -eq 0 ] || exit 1
echo "browser checks passed"
