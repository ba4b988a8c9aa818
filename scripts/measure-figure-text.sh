#!/usr/bin/env bash
# Measures, in headless Chromium, the smallest text of any figure as drawn on
# screen (its font size times the SVG's screen scale) on pages of a built site
# at a given viewport width, and fails if any is below a minimum.
# Usage: scripts/measure-figure-text.sh SITE [WIDTH=390] [MIN=10] [PAGE.html…]
# Headless Chromium never lays a window out narrower than 500 px, so each page
# is loaded in an iframe exactly WIDTH wide; the measurement is read back
# through --dump-dom. The site itself is not touched.
set -euo pipefail
site=$(cd "$1" && pwd); width=${2:-390}; min=${3:-10}; shift $(( $# < 3 ? $# : 3 ))
command -v chromium >/dev/null || { echo "measure-figure-text: needs chromium" >&2; exit 2; }
pages=("$@"); [ ${#pages[@]} -gt 0 ] || pages=($(cd "$site" && ls *.html))
probe=$(mktemp -d); trap 'rm -rf "$probe"' EXIT
status=0
for page in "${pages[@]}"; do
  cat > "$probe/measure.html" <<HTML
<!DOCTYPE html><html><body style="margin:0"><iframe id="page" src="file://$site/$page" width="$width" height="900" style="border:0"></iframe>
<script>document.getElementById("page").onload = function () {
  var doc = this.contentDocument, min = Infinity, where = "none";
  doc.querySelectorAll("figure svg").forEach(function (svg) {
    var m = svg.getScreenCTM(); if (!m) return;
    var scale = Math.hypot(m.a, m.b);
    svg.querySelectorAll("text").forEach(function (t) {
      if (!t.getClientRects().length) return;
      var px = parseFloat(doc.defaultView.getComputedStyle(t).fontSize) * scale;
      if (px < min) { min = px; where = (svg.id || "svg") + " \"" + t.textContent.slice(0, 30) + "\""; }
    });
  });
  var out = document.createElement("pre"); out.id = "result";
  out.textContent = (min === Infinity ? "none" : min.toFixed(2)) + " " + where + " viewport " + doc.documentElement.clientWidth;
  document.body.appendChild(out);
};</script></body></html>
HTML
  line=$(timeout 90 chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --allow-file-access-from-files \
    --window-size="$width,900" --dump-dom "file://$probe/measure.html" 2>/dev/null | sed -n 's/.*<pre id="result">\([^<]*\)<\/pre>.*/\1/p')
  [ -n "$line" ] || { echo "$page: no measurement" >&2; status=1; continue; }
  echo "$page at ${width}px: smallest figure text ${line}"
  size=${line%% *}
  [ "$size" = none ] || python3 -c "import sys; sys.exit(0 if float('$size') >= float('$min') else 1)" || status=1
done
if [ $status -eq 0 ]; then echo "measure-figure-text: every figure's text is at least ${min}px at ${width}px"
else echo "measure-figure-text: figure text below ${min}px at ${width}px" >&2; fi
exit $status
