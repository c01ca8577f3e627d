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

python3 "$TOP/tests/check-corpus" "$C" 7 >check.txt 2>&1
ok $? "every corpus7 truth has the fields fieldscore reads; MANIFEST lists every file"
sed -n '2,20s/^/# /p' check.txt

is "$(sed 1d "$M" | cut -f2 | LC_ALL=C sort -u | xargs)" \
	"cap-gcn cho-thue chuyen-muc-dich cong-nhan giao-dat other thu-hoi" \
	"six kinds of land decision and one that is not a land record"
tables=$(awk -F'\t' 'NR > 1 && $2 != "other" && $7 ~ /^table-/' "$M" | wc -l)
[ "$tables" -ge 8 ]
ok $? "half the land decisions list holders in a table ($tables)"
is "$(awk -F'\t' '$2 == "thu-hoi" { print $7 }' "$M" | LC_ALL=C sort -u | xargs)" \
	"table-bare-twopage table-comp-twopage table-merged-subtotals table-narrow-couples-ha" \
	"four recovery-table layouts"
is "$(cut -f4 "$M" | sed 1d | sed 's/-.*//' | sort -u | xargs)" "clean heavy mild" \
	"clean, mild and heavy scans"
is "$(awk -F'\t' '$5 > 1 && $7 ~ /twopage/ { print $6 }' "$M" | sed 's/.*\.//' | sort | xargs)" \
	"pdf tif" "a bare table in a colour PDF and a ruled one in a TIFF run onto page 2"
is "$(cat "$C"/*.json | sed -n 's/^ "dpi": \([0-9]*\),/\1/p' | sort -n -u | xargs)" \
	"124 150 200 300" "scans at ~120, 150, 200 and 300 dpi"
grep -l 'Điện Biên' "$C"/*.json >/dev/null
ok $((1 - $?)) "no committee of Điện Biên"
is "$(grep -l '"spouse": [0-9]' "$C"/*.json | wc -l)" "2" "couples in a table and in prose"
is "$(grep -h -o '"organisation": true' "$C"/*.json | wc -l)" "5" "organisations hold land"
kb=$(du -sk "$C" | cut -f1)
ok $((kb >= 8192)) "corpus7 under 8 MB (${kb} kB)"

# Deterministic: document 10 (a one-page lease to a company at 200 dpi)
# comes out again, its truth byte for byte and its scan pixel for pixel.
run "$TOP/testdata/gen7/gen7" --seed 7 --only 10 again
ok $rc "gen7 --seed 7 --only 10 runs"
[ $rc -eq 0 ] || printf "# %s\n" "$err" | tail -5
is "$(differs_from again "$C")" "" "the same truth and the same pixels as the committed document"
is "$(sed 1d again/MANIFEST.tsv | wc -l)" "1" "one document written"

done_testing
