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

python3 "$TOP/tests/check-corpus" "$C" 6 >check.txt 2>&1
ok $? "every corpus6 truth has the fields fieldscore reads; MANIFEST lists every file"
sed -n '2,20s/^/# /p' check.txt

is "$(sed 1d "$M" | cut -f2 | LC_ALL=C sort -u | xargs)" \
	"cap-gcn cho-thue chuyen-muc-dich cong-nhan giao-dat other thu-hoi" \
	"six kinds of land decision and one that is not a land record"
tables=$(awk -F'\t' 'NR > 1 && $7 ~ /^table-/' "$M" | wc -l)
[ "$tables" -ge 9 ]
ok $? "half the documents list holders in a table ($tables)"
is "$(awk -F'\t' '$2 == "thu-hoi" && $7 ~ /^table-/ { print $7 }' "$M" | LC_ALL=C sort -u | xargs)" \
	"table-bare table-grid-ha table-grid-twopage table-hrules-merged table-shaded" \
	"five recovery-table layouts"
is "$(cut -f4 "$M" | sed 1d | sed 's/-.*//' | sort -u | xargs)" "clean heavy mild" \
	"clean, mild and heavy scans"
is "$(awk -F'\t' '$6 ~ /\.pdf$/ && $5 > 1 && $7 ~ /^table-/' "$M" | wc -l)" "1" \
	"a colour PDF whose table runs onto its second page"
is "$(cat "$C"/*.json | sed -n 's/^ "dpi": \([0-9]*\),/\1/p' | sort -n -u | xargs)" \
	"121 150 200 300" "scans at ~120, 150, 200 and 300 dpi"
grep -l 'Điện Biên' "$C"/*.json >/dev/null
ok $((1 - $?)) "no committee of Điện Biên"
kb=$(du -sk "$C" | cut -f1)
ok $((kb >= 8192)) "corpus6 under 8 MB (${kb} kB)"

# Deterministic: document 5 (a one-page skewed recovery table) comes out
# again, its truth byte for byte and its scan pixel for pixel.
run "$TOP/testdata/gen6/gen6" --seed 6 --only 5 again
ok $rc "gen6 --seed 6 --only 5 runs"
[ $rc -eq 0 ] || printf "# %s\n" "$err" | tail -5
is "$(differs_from again "$C")" "" "the same truth and the same pixels as the committed document"
is "$(sed 1d again/MANIFEST.tsv | wc -l)" "1" "one document written"

done_testing
