#!/bin/sh
# Pages upside down at a low resolution: gen-real's upsidehi group makes
# them (as the held-out stress set has them, turned 180 degrees and a
# little skewed, at 200 or 150 dpi), and they are read upright.
. "$(dirname "$0")/lib.sh"

"$TD/gen-real/gen-real" -n 1 --seed 5 --groups upsidehi gen 2>/dev/null
is "$(jq -c '[.group, .pages[0].dpi]' gen/upsidehi-01.json)" \
    '["upsidehi",200]' "gen-real makes a page upside down at 200 dpi"
run scan-import -q gen/upsidehi-01.pdf
is "$rc:$(jqv '.pages[0].dpi')" 0:200 "its PDF's page is at 200 dpi"
run ocr-extract -q -j1 gen/upsidehi-01.pdf
is "$rc:$(jqv '.pages[0].rotation')" 0:180 "it is turned upright"
is "$(jqv -r '.decision.number')" "$(jq -r '.pages[0].keys[0]' \
    gen/upsidehi-01.json)" "and its decision number is read"

done_testing
