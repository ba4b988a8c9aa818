#!/usr/bin/env bash
# Writes one HTML page with every golden SVG figure, light and dark side by side.
# Usage: scripts/contact-sheet.sh [OUTPUT.html]   (default: contact-sheet.html in the
# system's temporary folder). Open the page in a browser, or take a picture of it with
# headless Chromium: chromium --headless --screenshot=sheet.png --window-size=1400,3000 FILE
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-${TMPDIR:-/tmp}/contact-sheet.html}

{
cat <<'HEAD'
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Figures contact sheet</title>
<style>
body { margin: 0; font: 14px system-ui, sans-serif; background: #888; }
.row { display: grid; grid-template-columns: 1fr 1fr; gap: 0; }
.row h2 { grid-column: 1 / 3; margin: 0; padding: 6px 12px; font-size: 13px; background: #444; color: #fff; }
.panel { padding: 12px 16px; }
.light { background: #ffffff; color: #1a1a1a; --fig-bg: #ffffff; }
/* The dark panel uses the values of FigureTheme.darkDefaults. */
.dark { background: #141414; color: #e6e6e6; --fig-bg: #141414;
  --fig-heat-pos: #F07B3F; --fig-heat-neg: #4AA3E0; --fig-heat-seq: #56B4E9; --fig-gate: rgba(230, 159, 0, 0.22);
  --fig-series-1: #4AA3E0; --fig-series-2: #F07B3F; --fig-series-3: #2DC897; --fig-series-4: #E29BC4;
  --fig-series-5: #F0B030; --fig-series-6: #8FD0F5; }
svg.figure { display: block; max-width: 680px; height: auto; }
</style></head><body>
HEAD
for file in "$root"/Tests/FiguresTests/Snapshots/*.svg "$root"/Tests/DiagramTests/Snapshots/*.svg; do
  [ -e "$file" ] || continue
  name=$(basename "$file" .svg)
  printf '<section class="row"><h2>%s</h2>\n' "$name"
  # Ids must be unique in a page: the dark copy gets its figure id suffixed (clip paths, markers).
  id=$(grep -o '<svg [^>]*' "$file" | head -n 1 | sed -n 's/.* id="\([^"]*\)".*/\1/p')
  printf '<div class="panel light">\n'
  cat "$file"
  printf '</div>\n<div class="panel dark">\n'
  if [ -n "$id" ]; then
    sed -e "s/\([\"#]\)$id\([\" -]\)/\1$id-dark\2/g" -e "s/ $id-\(title\|desc\)/ $id-dark-\1/g" "$file"
  else cat "$file"; fi
  printf '</div>\n'
  printf '</section>\n'
done
printf '</body></html>\n'
} > "$out"
echo "$out"
