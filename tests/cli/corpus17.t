#!/bin/sh
# corpus17: the seventeenth template family (testdata/gen17), kept held out:
# it is well-formed (tests/check-corpus); it lays holders out in ways no
# other family uses (an appendix page set in landscape and turned 90
# degrees in the scan, with notes and a total row; a table with no rules at
# all and areas in hectares; grey bands on alternate rows with the title
# and the birth year in the name's cell; households under one STT with
# sub-rows a, b, c; the use before and after in one cell; a CCCD column);
# prose with lettered sub-items under an old "QĐ/UB" number, dash items, a
# couple, a house, numbered points, a correction; three-line issuers, "KT.
# CHỦ TỊCH", the date at the foot; faces no other family draws with;
# issue #17's looks; and the generator still writes the committed document
# for its seed.  No OCR.
. "$(dirname "$0")/lib.sh"
C=$TD/corpus17
M=$C/MANIFEST.tsv
text() { jq -r '.page_text[]' "$1"; }
doc() { grep -l "\"layout\": \"$1\"" "$C"/*.json; }
n() { jq "$2 | length" "$1"; }

family_basics "$C" 17
is "$(jq -r .dpi "$C"/*.json | sort -n -u | xargs)" "120 150 200 300" "scans at 120 to 300 dpi"
is "$(awk -F'\t' 'NR > 1 && $7 ~ /^table-/' "$M" | wc -l)" "7" "seven decisions hold their holders or parcels in a table"
is "$(awk -F'\t' 'NR > 1 && $7 ~ /^prose-/' "$M" | wc -l)" "7" "seven in prose"
is "$(jq -r '.font' "$C"/*.json | sort -u | xargs)" "League Spartan Manrope" "Manrope and League Spartan"
for d in "$TD"/corpus "$TD"/corpus[2-9] "$TD"/corpus1[0-6]; do
	jq -r '.font' "$d"/*.json
done | sort -u | grep -x 'Manrope\|League Spartan' >shared.txt
is "$(cat shared.txt)" "" "no other family draws with them"
is "$(grep -c 'Ð\|ð' "$C"/*.json | grep -vc ':0$')" "0" "Đ is the Vietnamese letter, never the look-alike Ð"

# The holders on a landscape appendix page, turned in the scan.
d=$(doc table-appendix-landscape-turned)
is "$(jq -r '.page_text[1]' "$d" | head -1)" "Phụ lục" "page 2 is the appendix"
like "$(jq -r '.page_text[1]' "$d")" '^\(Kèm theo Quyết định số [0-9]+/QĐ-UBND ngày ' "tied to its decision"
is "$(identify -format '%[fx:w<h]' "${d%.json}.tif"'[1]')" "1" "the landscape page is turned upright in the scan"
like "$(jq -r '.page_text[1]' "$d")" 'Ghi chú$' "a notes column"
total=$(jq -r '.page_text[1]' "$d" | sed -n 's/^Tổng cộng    //p')
sum=$(jq '[.parcels[].area] | add * 10 | round' "$d")
is "$(echo "$total" | tr -d . | tr , .)" "$(echo "$sum" | awk '{ printf "%.1f", $1 / 10 }')" \
	"a total row, the sum of the areas"
is "$(jq '[.parcels[].holder] | group_by(.) | map(length) | max' "$d")" "2" "a holder with two parcels"

# No rules at all; areas in hectares.
d=$(doc table-whitespace-columns-hectares)
is "$(text "$d" | grep -c '^[0-9]    .*    0,[0-9]\{4\} ha    [A-Z]\{3\}$')" "$(n "$d" .parcels)" \
	"a row per holder, the area in hectares"
is "$(text "$d" | head -3 | grep -c '^UBND TỈNH THANH HÓA    \|^ỦY BAN NHÂN DÂN    \|^THỊ XÃ NGHI SƠN$')" "3" \
	"a three-line issuer beside the motto"

# Grey bands; Ông / Bà and the birth year in the name's cell.
d=$(doc table-shaded-rows-name-and-year)
is "$(text "$d" | grep -c '^[0-9]    \(Ông\|Bà\) ')" "$(n "$d" .owners)" "the title before the name"
is "$(jq '[.owners[] | select(.birth_year)] | length' "$d")" "$(n "$d" .owners)" "a birth year for each"
like "$(text "$d")" '^KT\. CHỦ TỊCH|    KT\. CHỦ TỊCH$' "signed for the chairman"

# Households under one STT, their parcels as sub-rows a, b, c.
d=$(doc table-household-subrows-abc)
is "$(text "$d" | grep -c '^[bc]    [0-9]*    ')" "$(($(n "$d" .parcels) - $(n "$d" .owners)))" \
	"a sub-row per parcel after the first, the household named once"
is "$(jq '[.owners[] | select(.household)] | length' "$d")" "$(n "$d" .owners)" "households"

# The use before and after in one cell.
d=$(doc table-change-of-use-from-to-cell)
is "$(text "$d" | grep -c '    [A-Z]\{3\} sang ODT$')" "$(n "$d" .parcels)" "'CLN sang ODT' in one cell"
is "$(jq -r '.parcels[].land_use_to' "$d" | sort -u)" "ODT" "to ODT"

# A CCCD column; the use, term and origin under the table.
d=$(doc table-auction-cccd-column)
is "$(text "$d" | grep -c '^[0-9]    .*    0[0-9]\{11\}    ')" "$(n "$d" .owners)" "a CCCD per row"
is "$(jq -r '.parcels[].origin' "$d" | sort -u)" "Nhà nước giao đất có thu tiền sử dụng đất" \
	"the origin under the table is every parcel's"

# A commune after July 2025: personal ID numbers.
d=$(doc table-commune-personal-ids-photo)
is "$(jq -r .era "$d")" "post-2025-07" "after July 2025"
is "$(jq -r '.owners[].id_type' "$d" | sort -u)" "dinh-danh" "Số định danh cá nhân"
like "$(jq -r .decision.issuer "$d")" '^Ủy ban nhân dân xã ' "a commune"

# Prose.
d=$(doc prose-lettered-subitems-old-number)
like "$(jq -r .decision.number "$d")" '^[0-9]+ QĐ/UB$' "an old number 'QĐ/UB'"
is "$(text "$d" | grep -c '^[abc]) ')" "3" "Điều 1 in sub-items a), b), c)"
is "$(jq -r .era "$d")" "pre-2004" "before 2004"
d=$(doc prose-lease-dash-items)
is "$(jq -r .kind "$d")" "cho-thue" "a lease"
like "$(jq -r '.owners[0].birth_date' "$d")" '^19[0-9]{2}-[0-9]{2}-[0-9]{2}$' "a birth date"
is "$(text "$d" | grep -n 'ngày [0-9]* tháng' | tail -1 | cut -d: -f1 | awk -v l="$(text "$d" | grep -n '^Điều 3\.' | cut -d: -f1)" '{ print ($1 > l) }')" \
	"1" "the date at the foot, after Điều 3"
d=$(doc prose-couple-ward)
is "$(jq -r '[.owners[].spouse] | map(tostring) | join(" ")' "$d")" "1 0" "a couple"
like "$(jq -r .decision.issuer "$d")" '^Ủy ban nhân dân phường ' "a ward"
d=$(doc prose-certificate-house-hand-filled)
is "$(jq -r .degradation "$d")" "mild-hand-filled-number-date" "the number and the date written by hand"
like "$(text "$d")" "^Số: $(jq -r .decision.number "$d")    " "the number as filled in"
grep -q '"house": {' "$d"
ok $? "a house"
d=$(doc prose-change-of-use-points)
is "$(jq -r '.parcels[] | .land_use + ">" + .land_use_to' "$d")" "CLN>ODT" "from CLN to ODT"
is "$(text "$d" | grep -c '^[123]\. ')" "3" "numbered points"
d=$(doc prose-correction-not-land)
is "$(jq -r '[(.owners | length), (.parcels | length)] | map(tostring) | join(" ")' "$d")" "0 0" \
	"a correction holds no land record"
like "$(jq -r .decision.issuer "$d")" '^Sở Tài nguyên và Môi trường ' "a department"
is "$(jq -r '.parcels[].land_use' "$(doc prose-recovery-one-holder)")" "HNK" "the 2024 law's HNK"

# Committees; signers.
is "$(jq -r '.decision.issuer' "$C"/*.json | awk '{ print $5 }' | LC_ALL=C sort | uniq -c | awk '{ print $2 $1 }' | xargs)" \
	"Môi1 huyện4 phường1 thành2 thị5 xã1" "four huyện, five thị xã, two cities, a commune, a ward, a department"
is "$(grep -l 'KT\. ' "$C"/*.json | wc -l)" "4" "four signed 'KT.'"

# Scans.
is "$(sed 1d "$M" | cut -f4 | sed 's/-.*//' | sort | uniq -c | awk '{ print $2 $1 }' | xargs)" \
	"clean3 heavy5 mild6" "three clean scans, six mild, five heavy"
is "$(awk -F'\t' '$6 ~ /\.pdf$/' "$M" | wc -l)" "5" "five colour PDFs"

# Deterministic: document 7 (a photographed colour PDF) and document 1 (a
# two-page grey TIFF, its second page turned) come out again byte for byte.
reproduces "$TOP/testdata/gen17/gen17" 17 7 "$C"
p=$(sed -n 2p again/MANIFEST.tsv | cut -f6)
cmp -s "again/$p" "$C/$p"
ok $? "the same PDF, byte for byte"
rm -rf again
reproduces "$TOP/testdata/gen17/gen17" 17 1 "$C"
p=$(sed -n 2p again/MANIFEST.tsv | cut -f6)
cmp "again/$p" "$C/$p" >cmp.txt 2>&1
ok $? "the same TIFF, byte for byte"
sed 's/^/# /' cmp.txt

done_testing
