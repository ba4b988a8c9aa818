#!/usr/bin/env bash
# swift-format's rules on Sources/, Tests/ and Package.swift (.swift-format beside
# them; Tests/.swift-format allows the force unwraps and try! that Sources/ forbids).
#
# Only the rules are enforced, not swift-format's layout: its pretty printer would
# re-indent every continuation line the code aligns by hand and re-wrap at its own
# width, so its whitespace findings ([Indentation], [AddLines], [RemoveLine],
# [Spacing], [LineLength], [TrailingComma]) are left out. Exit 1 on any other finding.
set -euo pipefail
cd "$(dirname "$0")/.."
findings=$(swift format lint --recursive --parallel Sources Tests Package.swift 2>&1 \
  | grep -v -E '\[(Indentation|AddLines|RemoveLine|Spacing|LineLength|TrailingComma)\]' || true)
if [ -n "$findings" ]; then
  echo "$findings" >&2
  echo "swift-format: $(grep -c 'warning:\|error:' <<<"$findings") findings (see .swift-format)" >&2
  exit 1
fi
echo "swift-format: no findings"
