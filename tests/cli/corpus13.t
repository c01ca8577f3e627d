#!/bin/sh
# corpus13: the thirteenth template family (testdata/gen13), kept held out:
# it is well-formed (tests/check-corpus); its tables are laid out in ways no
# other family uses (no rules at all, the area first and the name last, the
# number before the sheet; shaded rows with no vertical rules, an address
# over several lines and a long Ghi chú; a table set smaller than the body
# that runs onto page 2 with "(tiếp theo)" after the holder it cuts;
# organisations with their tax codes in a frame without vertical rules;
# a column for the use before and one for the use after a change of use; two
# tables side by side on a landscape page); households of two named in one
# sentence ("Hộ ông A và bà B"); articles set in two columns; IDs in
# brackets; an issuer in three lines; numbers with a suffix (QĐ-UBND.KT),
# dates 05/3/2020; committees of every level before July 2025 and a
# province, communes and a ward after it; TeX Gyre faces; scans of issue
# #17's look no other family has (a carbon copy, a lamp's hot spot, a
# photocopy of a photocopy, notes in the margin, a sticky note, a 120-dpi
# colour JPEG, a re-scanned print, a crumpled page); and the generator
# still writes the committed document for its seed.  No OCR.
. "$(dirname "$0")/lib.sh"
C=$TD/corpus13
M=$C/MANIFEST.tsv
text() { jq -r '.page_text[]' "$1"; }
doc() { grep -l "\"layout\": \"$1\"" "$C"/*.json; }

family_basics "$C" 13
is "$(jq -r .dpi "$C"/*.json | sort -n -u | xargs)" "120 150 200 300" \
	"scans at 120, 150, 200 and 300 dpi"
is "$(awk -F'\t' '$2 == "thu-hoi" { print $7 }' "$M" | LC_ALL=C sort | xargs)" \
	"list-household-two-names table-continued-holder-small table-organisations-taxcode table-side-by-side-landscape table-unruled-area-first table-zebra-address-notes" \
	"six recovery layouts"
[ "$(awk -F'\t' 'NR > 1 && $7 ~ /^table-/' "$M" | wc -l)" -ge 6 ]
ok $? "at least six decisions put their land in a table"
is "$(jq -r '.font' "$C"/*.json | sed 's/ Cn$//' | sort -u | xargs)" \
	"TeX Gyre Bonum TeX Gyre Cursor TeX Gyre Heros TeX Gyre Pagella TeX Gyre Schola TeX Gyre Termes" \
	"TeX Gyre faces (fonts-texgyre)"
for d in "$TD"/corpus "$TD"/corpus[2-9] "$TD"/corpus1[012]; do
	jq -r '.font' "$d"/*.json
done | sort -u | grep 'Gyre' >shared.txt
is "$(cat shared.txt)" "" "no other family draws with them"

# No rules: the area first, the number before the sheet, the name last.
d=$(doc table-unruled-area-first)
is "$(text "$d" | grep '^TT    ')" \
	"TT    Diện tích thu hồi    Thửa số    Tờ bản    Loại đất    Họ và tên người sử dụng đất" \
	"the area first, the number before the sheet, the name last"
is "$(text "$d" | grep -c '^[0-9]    [0-9.]*,[0-9]    [0-9]*    [0-9]*    [A-Z]*    \(Ông\|Bà\) ')" \
	"$(jq '.parcels | length' "$d")" "a row per holder in that order"
p=$(jq -r '.parcels[0] | .number + "    " + .sheet' "$d")
text "$d" | grep -q "    $p    "
ok $? "the number printed before the sheet"

# Shaded rows, an address over several lines, a long Ghi chú; page 2 goes on
# with no header.
d=$(doc table-zebra-address-notes)
is "$(jq '[.owners[] | select(.address)] | length' "$d")" "$(jq '.owners | length' "$d")" \
	"every holder's address printed"
[ "$(jq -r '.page_text[0]' "$d" | grep -c '^xã Ninh Hòa')" -ge 3 ]
ok $? "addresses wrap onto a line of their own"
is "$(jq -r '.page_text[1]' "$d" | grep -c 'Ghi chú')" "0" "the table goes on over page 2 with no header"
is "$(jq '.parcels[].land_use' "$d" | sort -u)" "null" "no land type printed, none in the truth"

# Smaller than the body, onto page 2: the holder cut by the page again
# with "(tiếp theo)".
d=$(doc table-continued-holder-small)
is "$(jq -r '.page_text[1]' "$d" | sed -n 2p)" "(tiếp theo)" "the holder cut by the page, again on page 2"
n=$(jq -r '.page_text[1]' "$d" | head -1 | sed 's/^\(Ông\|Bà\) //; s/    .*//')
is "$(jq --arg n "$n" '[.owners[] | select(.name == $n)] | length' "$d")" "1" \
	"one holder, not two"
h=$(jq --arg n "$n" '[.owners[].name] | index($n)' "$d")
[ "$(jq "[.parcels[] | select(.holder == $h)] | length" "$d")" -ge 3 ]
ok $? "its parcels on both pages"

# Organisations with tax codes.
d=$(doc table-organisations-taxcode)
is "$(jq '[.owners[] | select(.organisation)] | length' "$d")" "4" "four organisations"
is "$(text "$d" | grep -c '    [0-9]\{10\}    ')" "4" "a tax code each"
text "$d" | grep -q '^[0-9]    Trường Tiểu học '
ok $? "a school among them"
is "$(jq -r .decision.issuer "$d")" "Ủy ban nhân dân tỉnh Tuyên Quang" "a province after July 2025"

# Households of two in one sentence.
d=$(doc list-household-two-names)
is "$(text "$d" | tr '\n' ' ' | grep -o '[0-9]\. Hộ ông [^,]* và bà [^,]*, cùng thường trú' | wc -l)" \
	"4" "four households, each 'Hộ ông A và bà B'"
is "$(jq '[.owners[] | select(.household)] | length' "$d")" "4" "the household on its head"
is "$(jq '[.parcels[].holder] | map(tostring) | join(" ")' "$d")" '"0 2 4 6"' "the head holds the parcel"
is "$(jq '.parcels | length' "$d")" "4" "one parcel each"

# A change of use: before and after columns, a total that is not a parcel.
d=$(doc table-change-before-after)
t=$(jq '[.parcels[].area] | add * 10 | round' "$d")
text "$d" | tr '\n' ' ' | grep -q "chuyển mục đích sử dụng [0-9.]*,[0-9] m² đất từ"
ok $? "the total area in the sentence before the table"
is "$(jq -r '.parcels[] | .land_use + ">" + .land_use_to' "$d" | sort -u)" "CLN>ONT" \
	"the use before and after"
[ "$t" -gt 0 ]
ok $? "the parcels' areas add up"

# Two tables side by side on a landscape page.
d=$(doc table-side-by-side-landscape)
f=$C/$(awk -F'\t' '$7 == "table-side-by-side-landscape" { print $6 }' "$M")
is "$(identify -format '%[fx:w>h]\n' "$f" 2>/dev/null | xargs)" "0 1" "page 2 is landscape"
is "$(jq -r '.page_text[1]' "$d" | grep -c '^STT    Họ và tên')" "2" "two tables, a header each"
is "$(jq '.owners | length' "$d")" "12" "twelve holders"

# Prose: two columns, IDs in brackets, a house, a correction, a 1999 school.
d=$(doc prose-two-columns-subpoints)
is "$(text "$d" | grep -c '^1\.[1-5]\. ')" "5" "five sub-points 1.1-1.5"
d=$(doc prose-couple-bracketed-ids)
text "$d" | grep -q '^Số: [0-9]*/QĐ-UBND    Mỹ Tho, ngày [0-9][0-9]/[0-9]*/2020$'
ok $? "the date written 05/3/2020"
is "$(jq -r '[.owners[].spouse] | map(tostring) | join(" ")' "$d")" "1 0" "a couple"
is "$(jq -r '.owners[].birth_date' "$d" | grep -c '^[0-9-]*$')" "2" "birth dates"
d=$(doc prose-house-three-line-issuer)
is "$(text "$d" | head -3 | sed 's/    .*//' | paste -s -d '|')" \
	"TỈNH LÂM ĐỒNG|ỦY BAN NHÂN DÂN|HUYỆN ĐỨC TRỌNG" "the province over the committee"
grep -q '"house": {' "$d"
ok $? "a certificate with a house"
like "$(jq -r .decision.number "$(doc prose-numbered-dash-company)")" '/QĐ-UBND\.KT$' \
	"a number with a suffix"
like "$(jq -r .decision.number "$(doc prose-school-typewriter)")" '/QĐ-UB$' "an old number QĐ-UB"
is "$(jq '.owners | length' "$(doc prose-correction-ward)")" "0" "a correction holds no land record"

# Committees.
is "$(jq -r '.decision.issuer' "$C"/*.json | cut -d' ' -f5 | sort -u | xargs)" \
	"huyện phường thành thị tỉnh xã" \
	"districts, towns, cities, provinces, communes and a ward"
is "$(jq -r 'select(.era == "post-2025-07") | .decision.issuer' "$C"/*.json | cut -d' ' -f5 | sort -u | xargs)" \
	"phường tỉnh xã" "after July 2025, a province, communes and a ward"

# Scans: colour PDFs, mild and heavy; the rest TIFFs.
is "$(awk -F'\t' '$6 ~ /\.pdf$/ { print $4 }' "$M" | sed 's/-.*//' | sort | uniq -c | awk '{ print $2 $1 }' | xargs)" \
	"heavy2 mild2" "four PDFs, mild and heavy"
is "$(grep -c 'heavy-\|mild-' "$M")" "10" "ten of fourteen scans worn"

# Deterministic: document 2 (shaded rows, a carbon copy in a colour PDF)
# and document 13 (two tables side by side, a crumpled grey TIFF) come out
# again, their truth and their scan byte for byte or pixel for pixel.
reproduces "$TOP/testdata/gen13/gen13" 13 2 "$C"
p=$(sed -n 2p again/MANIFEST.tsv | cut -f6)
cmp -s "again/$p" "$C/$p"
ok $? "the same PDF, byte for byte"
rm -rf again
reproduces "$TOP/testdata/gen13/gen13" 13 13 "$C"

done_testing
