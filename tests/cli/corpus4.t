#!/bin/sh
# corpus4: the fourth template family (testdata/gen4), kept held out: it is
# well-formed (tests/check-corpus), holds seven kinds of decision with three
# layouts each, every damage group and colour PDFs, and the generator still
# writes the committed document for its seed.  No OCR.
. "$(dirname "$0")/lib.sh"
C=$TD/corpus4

run python3 "$TOP/tests/check-corpus" "$C" 4
ok $rc "every corpus4 truth has the fields fieldscore reads; MANIFEST lists every file"
[ $rc -eq 0 ] || printf '# %s\n' "$out" | head -20

kinds=$(cut -f2 "$C/MANIFEST.tsv" | sed 1d | LC_ALL=C sort -u | tr '\n' ' ')
is "$kinds" "cap-gcn cho-thue chuyen-muc-dich cong-nhan giao-dat other thu-hoi " \
	"six kinds of land decision and one that is not a land record"
few=$(awk -F'\t' 'NR > 1 { n[$2 " " $7] = 1 } END { for (k in n) { split(k, a, " "); c[a[1]]++ }
	for (k in c) if (c[k] < 3) print k }' "$C/MANIFEST.tsv")
is "$few" "" "every kind in at least three layouts"
tables=$(awk -F'\t' '$2 == "thu-hoi" { print $7 }' "$C/MANIFEST.tsv" | LC_ALL=C sort -u | tr '\n' ' ')
is "$tables" "table-ruled table-unruled table-wrapped " "three recovery-table layouts"
groups=$(cut -f4 "$C/MANIFEST.tsv" | sed 1d | sed 's/-.*//' | sort -u | tr '\n' ' ')
is "$groups" "clean heavy mild " "clean, mild and heavy scans"
pdfs=$(awk -F'\t' '$6 ~ /\.pdf$/' "$C/MANIFEST.tsv" | wc -l)
[ "$pdfs" -ge 3 ]
ok $? "colour JPEG pages inside PDFs ($pdfs documents)"
size=$(du -sk "$C" | cut -f1)
[ "$size" -lt 5120 ]
ok $? "corpus4 under 5 MB (${size} kB)"

# Deterministic: document 11 (a clean one-page allocation) comes out again
# with the committed truth and the same pixels.
run "$TOP/testdata/gen4/gen4" --seed 4 g4 --only 11
ok $rc "gen4 writes one document"
[ $rc -eq 0 ] || printf "# %s\n" "$err" | tail -5
id=$(sed -n 2p g4/MANIFEST.tsv | cut -f1)
cmp -s "g4/$id.json" "$C/$id.json"
ok $? "gen4 --seed 4 gives the committed truth of $id"
a=$(identify -format '%#\n' "g4/$id.tif" 2>/dev/null)
b=$(identify -format '%#\n' "$C/$id.tif" 2>/dev/null)
[ -n "$a" ] && [ "$a" = "$b" ]
ok $? "and the committed pixels"

done_testing
