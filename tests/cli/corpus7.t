#!/bin/sh
# corpus7: the seventh template family (testdata/gen7), kept held out: it is
# well-formed (tests/check-corpus), half of it lists holders in tables of
# layouts of its own (merged name cells over parcel rows with sub-totals,
# wrapped couples, hectares, a bare table and a ruled one running onto page
# 2), it holds every kind of decision, every damage group, colour PDFs,
# committees of other provinces than Điện Biên (district, town and, since
# July 2025, commune ones), and the generator still writes the committed
# document for its seed.  No OCR.
. "$(dirname "$0")/lib.sh"
C=$TD/corpus7
M=$C/MANIFEST.tsv

is "$(cat "$C"/*.json | sed -n 's/^ "dpi": \([0-9]*\),/\1/p' | sort -n -u | xargs)" \
	"124 150 200 300" "scans at ~120, 150, 200 and 300 dpi"
family_basics "$C" 7
is "$(grep -l '"spouse": [0-9]' "$C"/*.json | wc -l)" "2" "couples in a table and in prose"
is "$(grep -h -o '"organisation": true' "$C"/*.json | wc -l)" "5" "organisations hold land"
is "$(awk -F'\t' '$5 > 1 && $7 ~ /twopage/ { print $6 }' "$M" | sed 's/.*\.//' | sort | xargs)" \
	"pdf tif" "a bare table in a colour PDF and a ruled one in a TIFF run onto page 2"
is "$(awk -F'\t' '$2 == "thu-hoi" { print $7 }' "$M" | LC_ALL=C sort -u | xargs)" \
	"table-bare-twopage table-comp-twopage table-merged-subtotals table-narrow-couples-ha" \
	"four recovery-table layouts"
[ "$(awk -F'\t' 'NR > 1 && $2 != "other" && $7 ~ /^table-/' "$M" | wc -l)" -ge 8 ]
ok $? "half the land decisions list holders in a table"

# Deterministic: document 10 (a one-page lease to a company at 200 dpi)
# comes out again, its truth byte for byte and its scan pixel for pixel.
reproduces "$TOP/testdata/gen7/gen7" 7 10 "$C"

done_testing
