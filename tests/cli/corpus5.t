#!/bin/sh
# corpus5: the fifth template family (testdata/gen5), kept held out: it is
# well-formed (tests/check-corpus), holds every kind of decision in three
# layouts or more, recovery tables of five kinds, every damage group, colour
# PDFs (one of several pages), committees of other provinces than Điện Biên,
# before and after the 2025 reform, and the generator still writes the
# committed document for its seed.  No OCR.
. "$(dirname "$0")/lib.sh"
C=$TD/corpus5

M=$C/MANIFEST.tsv
python3 "$TOP/tests/check-corpus" "$C" 5 >check.txt 2>&1
ok $? "every corpus5 truth has the fields fieldscore reads; MANIFEST lists every file"
sed -n '2,20s/^/# /p' check.txt

# Kinds, and the layouts of each (column 7), from the MANIFEST.
layouts() { awk -F'\t' -v k="$1" 'NR > 1 && $2 == k { print $7 }' "$M" | LC_ALL=C sort -u | wc -l; }
is "$(sed 1d "$M" | cut -f2 | LC_ALL=C sort -u | xargs)" \
	"cap-gcn cho-thue chuyen-muc-dich cong-nhan giao-dat other thu-hoi" \
	"six kinds of land decision and one that is not a land record"
thin=""
for k in giao-dat cho-thue cong-nhan cap-gcn thu-hoi chuyen-muc-dich other; do
	[ "$(layouts $k)" -ge 3 ] || thin="$thin $k"
done
is "$thin" "" "every kind in at least three layouts"
tables=$(awk -F'\t' '$2 == "thu-hoi" { print $7 }' "$C/MANIFEST.tsv" | LC_ALL=C sort -u | tr '\n' ' ')
is "$tables" "table-annex table-ha table-merged table-ruled table-unruled " \
	"five recovery-table layouts"
groups=$(cut -f4 "$C/MANIFEST.tsv" | sed 1d | sed 's/-.*//' | sort -u | tr '\n' ' ')
is "$groups" "clean heavy mild " "clean, mild and heavy scans"
pdfs=$(awk -F'\t' '$6 ~ /\.pdf$/' "$C/MANIFEST.tsv" | wc -l)
[ "$pdfs" -ge 3 ]
ok $? "colour JPEG pages inside PDFs ($pdfs documents)"
multi=$(awk -F'\t' '$6 ~ /\.pdf$/ && $5 > 1' "$C/MANIFEST.tsv" | wc -l)
[ "$multi" -ge 1 ]
ok $? "a PDF of several pages ($multi)"
dpis=$(cat "$C"/*.json | sed -n 's/^ "dpi": \([0-9]*\),/\1/p' | sort -n -u | tr '\n' ' ')
is "$dpis" "120 150 200 300 " "scans at 120, 150, 200 and 300 dpi"
eras=$(cut -f3 "$C/MANIFEST.tsv" | sed 1d | sort -u | tr '\n' ' ')
is "$eras" "1996-2003 2004-2015 2016-2025 2025- " \
	"typewritten decisions of the 1990s to commune committees after July 2025"
grep -l 'Điện Biên' "$C"/*.json >/dev/null
ok $((1 - $?)) "no committee of Điện Biên"
kb=$(du -sk "$C" | cut -f1)
ok $((kb >= 8192)) "corpus5 under 8 MB (${kb} kB)"

# Deterministic: document 1 (a clean one-page allocation) comes out again,
# its truth byte for byte and its scan pixel for pixel.
run "$TOP/testdata/gen5/gen5" --seed 5 again --only 1
ok $rc "gen5 --seed 5 --only 1 runs"
[ $rc -eq 0 ] || printf "# %s\n" "$err" | tail -5
is "$(differs_from again "$C")" "" "the same truth and the same pixels as the committed document"
[ -s again/MANIFEST.tsv ] && [ "$(sed 1d again/MANIFEST.tsv | wc -l)" -eq 1 ]
ok $? "one document written"

# The comparison can fail: a scan cut short, or a PDF one byte changed, is
# reported, never passed because ImageMagick could not read it.
scan=$(sed -n '2p' again/MANIFEST.tsv | cut -f6)
head -c 2000 "$C/$scan" >"again/$scan"
like "$(differs_from again "$C")" "^$scan unreadable$" "a scan that cannot be read is reported"
sed '2s/\t[^\t]*\.tif\t/\tx.pdf\t/' again/MANIFEST.tsv >again/M && mv again/M again/MANIFEST.tsv
mkdir -p pdfc && cp again/MANIFEST.tsv again/*.json pdfc/
printf '%%PDF-1.4 a\n' >again/x.pdf
printf '%%PDF-1.4 b\n' >pdfc/x.pdf
is "$(differs_from again pdfc)" "x.pdf differs" "a PDF is compared by its bytes"

done_testing
