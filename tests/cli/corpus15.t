#!/bin/sh
# corpus15: the fifteenth template family (testdata/gen15), kept held out:
# it is well-formed (tests/check-corpus); it lays holders out in ways no
# other family uses (a boxed card per holder; a table with no STT whose
# columns run backwards and whose names are in capitals; hamlet
# sub-headings with the sheet and parcel in one cell and the use in words;
# dashed rules with the address in a wide "Ghi chú"; a landscape decision
# with dotted rules; a Phụ lục page with its own title); prose with a number
# and date filled in by hand, the place and the date on two lines, a
# three-column heading, uses in words only, areas "1 234,5"; departments
# (Sở) as issuers and a special zone after July 2025; people of the Khmer,
# Ê Đê, Jrai, Tày, Hmong and Hoa peoples; faces no other family draws with;
# issue #17's looks no other family has; and the generator still writes
# the committed document for its seed.  No OCR.
. "$(dirname "$0")/lib.sh"
C=$TD/corpus15
M=$C/MANIFEST.tsv
text() { jq -r '.page_text[]' "$1"; }
doc() { grep -l "\"layout\": \"$1\"" "$C"/*.json; }
scan() { echo "$C/$(grep -F "$(basename "$1" .json)" "$M" | cut -f6)"; }

family_basics "$C" 15
is "$(jq -r .dpi "$C"/*.json | sort -n -u | xargs)" "120 150 200 300" "scans at 120, 150, 200 and 300 dpi"
[ "$(awk -F'\t' 'NR > 1 && $7 ~ /^(table|list)-/' "$M" | wc -l)" -ge 6 ]
ok $? "at least six decisions list their holders in a table or in cards"
is "$(jq -r '.font' "$C"/*.json | sort -u | xargs)" "Lato Quicksand" "Lato and Quicksand"
for d in "$TD"/corpus "$TD"/corpus[2-9] "$TD"/corpus1[0-4]; do
	jq -r '.font' "$d"/*.json
done | sort -u | grep -x 'Lato\|Quicksand' >shared.txt
is "$(cat shared.txt)" "" "no other family draws with them"

# A card per holder: a title, then label: value lines.
d=$(doc list-holder-cards)
n=$(jq '.owners | length' "$d")
is "$(text "$d" | grep -c '^[0-9]\. \(Ông\|Bà\) ')" "$n" "a card title per holder"
is "$(text "$d" | grep -c '^Thửa đất: số [0-9]*, tờ bản đồ số [0-9]*$')" "$n" "parcel then sheet, in one value"
is "$(text "$d" | grep -c '^Diện tích thu hồi: [0-9 ]*,[0-9] m²$')" "$n" "areas with a space between thousands"
is "$(jq '[.owners[] | select(.address and .id_number and .birth_year)] | length' "$d")" "$n" \
	"each card gives a birth year, an ID and an address"

# No STT, the columns backwards, names in capitals (the truth keeps the name).
d=$(doc table-caps-no-stt-reversed)
is "$(text "$d" | grep '^Loại đất    ')" \
	"Loại đất    Diện tích    Thửa số    Tờ số    Họ và tên người sử dụng đất" "the header, backwards"
jq -r '.owners[].name' "$d" | while read -r nm; do
	text "$d" | grep -q "    $(echo "$nm" | python3 -c 'import sys; print(sys.stdin.read().strip().upper())')$" ||
		echo "$nm"
done >lower.txt
is "$(cat lower.txt)" "" "every holder printed in capitals at the row's end"
is "$(jq -r '.parcels[].land_use' "$d" | sort -u | xargs)" "BHK CLN LUC ONT" "four codes in one table"

# Hamlet sub-headings; sheet and parcel in one cell; uses in words.
d=$(doc table-hamlet-subheadings)
is "$(text "$d" | grep -c '^Ấp [^ ]')" "3" "three hamlets"
is "$(text "$d" | grep -c '    Tờ bản đồ số [0-9]*, thửa số [0-9]*    ')" "$(jq '.parcels | length' "$d")" \
	"a cell 'Tờ bản đồ số N, thửa số M' per parcel"
is "$(text "$d" | grep -c '    [A-Z][A-Z][A-Z]$')" "0" "no land-use code printed"
is "$(jq '[.parcels[] | select(.area >= 1000)] | length > 0' "$d")" "true" "areas past a thousand (1 234,5)"

# Dashed rules; the holder's address in Ghi chú.
d=$(doc table-dashed-address-notes)
jq -r '.owners[].address' "$d" | while read -r a; do
	text "$d" | grep -qF "    $a" || echo "$a"
done >addr.txt
is "$(cat addr.txt)" "" "each holder's address ends its row"
is "$(jq -r '.owners[].name' "$d" | grep -c "^\(H' \|Y \)")" "3" "Ê Đê holders (H' and Y)"

# A decision in landscape.
d=$(doc table-landscape-dotted)
is "$(identify -format '%[fx:w>h]' "$(scan "$d")")" "1" "the page is wider than tall"
is "$(jq -r '.owners[].id_type' "$d" | sort -u)" "dinh-danh" "Số định danh cá nhân"
is "$(jq -r .era "$d")" "post-2025-07" "after July 2025"

# A Phụ lục with its own title on page 2.
d=$(doc table-annex-own-title)
is "$(jq .pages "$d")" "2" "two pages"
is "$(jq -r '.page_text[1]' "$d" | head -2 | xargs)" "Phụ lục DANH SÁCH HỘ GIA ĐÌNH, CÁ NHÂN BỊ THU HỒI ĐẤT" \
	"the annex's own title"
jq -r '.page_text[1]' "$d" | grep -q "^(Kèm theo Quyết định số $(jq -r .decision.number "$d") ngày "
ok $? "the annex names its decision"
is "$(jq -r '.page_text[0]' "$d" | grep -c '^[0-9]    ')" "0" "no holder row on page 1"
is "$(jq -r '.page_text[1]' "$d" | grep -c '^[0-9]    ')" "$(jq '.owners | length' "$d")" "a row per holder on page 2"

# Prose.
d=$(doc prose-hand-filled-number)
is "$(jq -r .degradation "$d")" "mild-hand-filled-seal" "the number and the date filled in by hand"
like "$(text "$d")" "^Số: $(jq -r .decision.number "$d")    Phong Điền, ngày 12 tháng 3 năm 2017$" \
	"the line as filled in"
d=$(doc prose-khmer-lease-2003)
like "$(jq -r .decision.number "$d")" '^[0-9]+/QĐ\.UBT\.03$' "a 2003 province number"
like "$(text "$d" | tr '\n' ' ')" 'CMND số [0-9]{9}' "a 9-digit CMND"
like "$(text "$d" | tr '\n' ' ')" 'thuê [0-9]{2} [0-9]{3},[0-9] m²' "an area of tens of thousands, a space between"
is "$(jq -r '.parcels[0].term' "$d")" "20 năm" "twenty years"
d=$(doc prose-split-date-label-columns)
is "$(text "$d" | sed -n '/^Số: /{n;p;}')" "ngày 07 tháng 02 năm 2016" "the date under the place"
is "$(jq -r '[.owners[].spouse] | map(tostring) | join(" ")' "$d")" "1 0" "a couple"
d=$(doc prose-department-three-column-head)
like "$(jq -r .decision.issuer "$d")" '^Sở Tài nguyên và Môi trường' "a department issues the certificate"
grep -q '"house": {' "$d"
ok $? "a house"
d=$(doc prose-ward-uses-in-words)
is "$(text "$d" | grep -c '(CLN)\|(ODT)')" "0" "the uses in words only"
is "$(jq -r '.parcels[0] | .land_use + ">" + .land_use_to' "$d")" "CLN>ODT" "from perennial crops to urban housing"
like "$(jq -r .decision.issuer "$(doc prose-special-zone-couple)")" 'đặc khu Phú Quốc$' "a special zone"
like "$(jq -r .decision.issuer "$(doc prose-correction-department)")" '^Sở Nông nghiệp và Môi trường' \
	"a department after July 2025"
is "$(jq -s '[.[] | select(.kind == "other") | (.owners | length) + (.parcels | length)] | add' "$C"/*.json)" "0" \
	"a correction and an annulment hold no land record"

# Peoples.
names=$(jq -r '.owners[].name' "$C"/*.json)
for n in "Danh Sóc" "H' Rin Mlô" "Ksor H' Blơi" "Giàng Thị Mỷ"; do
	printf '%s\n' "$names" | grep -qxF "$n" || echo "$n"
done >peoples.txt
is "$(cat peoples.txt)" "" "Khmer, Ê Đê, Jrai and Hmong holders"

# Committees.
is "$(jq -r '.decision.issuer' "$C"/*.json | awk '{ print $1 == "Sở" ? "Sở" : $5 }' | LC_ALL=C sort -u | xargs)" \
	"Sở huyện phường thành tỉnh xã đặc" \
	"districts, a city, a province, departments, a commune, a ward and a special zone"

# Scans.
is "$(sed 1d "$M" | cut -f4 | sed 's/-.*//' | sort | uniq -c | awk '{ print $2 $1 }' | xargs)" \
	"clean3 heavy4 mild7" "three clean scans, seven mild, four heavy"
is "$(awk -F'\t' '$6 ~ /\.pdf$/' "$M" | wc -l)" "6" "six colour PDFs"

# Deterministic: document 2 (a colour PDF on blue paper) and document 4 (a
# grey JPEG TIFF with a crease) come out again byte for byte.
reproduces "$TOP/testdata/gen15/gen15" 15 2 "$C"
p=$(sed -n 2p again/MANIFEST.tsv | cut -f6)
cmp -s "again/$p" "$C/$p"
ok $? "the same PDF, byte for byte"
rm -rf again
reproduces "$TOP/testdata/gen15/gen15" 15 4 "$C"

done_testing
