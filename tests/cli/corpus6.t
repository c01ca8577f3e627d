#!/bin/sh
# corpus6: the sixth template family (testdata/gen6), kept held out: it is
# well-formed (tests/check-corpus), half of it lists holders in tables of
# several layouts, it holds every kind of decision, every damage group,
# colour PDFs (one whose table runs onto page 2), committees of other
# provinces than Điện Biên, and the generator still writes the committed
# document for its seed.  No OCR.
. "$(dirname "$0")/lib.sh"
C=$TD/corpus6
M=$C/MANIFEST.tsv

family_basics "$C" 6
tables=$(awk -F'\t' 'NR > 1 && $7 ~ /^table-/' "$M" | wc -l)
[ "$tables" -ge 9 ]
ok $? "half the documents list holders in a table ($tables)"
is "$(awk -F'\t' '$2 == "thu-hoi" && $7 ~ /^table-/ { print $7 }' "$M" | LC_ALL=C sort -u | xargs)" \
	"table-bare table-grid-ha table-grid-twopage table-hrules-merged table-shaded" \
	"five recovery-table layouts"
is "$(awk -F'\t' '$6 ~ /\.pdf$/ && $5 > 1 && $7 ~ /^table-/' "$M" | wc -l)" "1" \
	"a colour PDF whose table runs onto its second page"
is "$(cat "$C"/*.json | sed -n 's/^ "dpi": \([0-9]*\),/\1/p' | sort -n -u | xargs)" \
	"121 150 200 300" "scans at ~120, 150, 200 and 300 dpi"

# Deterministic: document 5 (a one-page skewed recovery table) comes out
# again, its truth byte for byte and its scan pixel for pixel.
reproduces "$TOP/testdata/gen6/gen6" 6 5 "$C"

done_testing
