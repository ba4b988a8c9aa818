#!/usr/bin/env bash
# Searches a built site from file:// in headless Chromium, with no server:
# search.html?q=WORDS must list at least one section linking into a lesson,
# a nonsense word must list none, and a lesson's outline script must mark the
# section being read. Usage: scripts/check-search.sh SITE [WORDS]
set -euo pipefail
site=$(cd "$1" && pwd); words=${2:-forget gate}
command -v chromium >/dev/null || { echo "check-search: needs chromium" >&2; exit 2; }
dom() { timeout 90 chromium --headless --no-sandbox --disable-gpu --window-size=1280,900 --dump-dom "$1" 2>/dev/null; }
# The results list only (the page also lists the lessons, for readers without JavaScript).
results() { python3 -c 'import re, sys; m = re.search(r"<ol id=\"search-results\"[^>]*>(.*?)</ol>", sys.stdin.read(), re.S); print(m.group(1) if m else "")'; }
query=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote_plus(sys.argv[1]))' "$words")
found=$(dom "file://$site/search.html?q=$query")
listed=$(results <<<"$found")
hits=$(grep -o '<li><a href="[^"]*\.html[#"]' <<<"$listed" | wc -l)
status=$(sed -n 's/.*<p id="search-status" role="status">\([^<]*\)<\/p>.*/\1/p' <<<"$found")
[ "$hits" -gt 0 ] || { echo "check-search: '$words' found nothing (status: $status)" >&2; exit 1; }
grep -q '<mark>' <<<"$listed" || { echo "check-search: results do not mark the words" >&2; exit 1; }
echo "check-search: '$words' -> $status ($hits links), first: $(grep -o '<li><a href="[^"]*"' <<<"$listed" | head -1 | cut -d'"' -f2)"
none=$(dom "file://$site/search.html?q=qwzxv")
! results <<<"$none" | grep -q '<li>' || { echo "check-search: a nonsense word matched" >&2; exit 1; }
grep -q 'No section contains every word' <<<"$none" || { echo "check-search: no 'nothing found' message" >&2; exit 1; }
lesson=$(cd "$site" && grep -l 'src="outline.js"' *.html | head -1)
[ -z "$lesson" ] || dom "file://$site/$lesson" | grep -q 'aria-current="location"' \
  || { echo "check-search: the outline of $lesson marks no section" >&2; exit 1; }
echo "check-search: search works from file:// and the outline of ${lesson:-no lesson} marks the section being read"
