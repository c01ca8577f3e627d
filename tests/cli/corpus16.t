#!/bin/sh
# corpus16: the sixteenth template family (testdata/gen16), kept held out:
# it is well-formed (tests/check-corpus); it lays holders out in ways no
# other family uses (a header of two rows with a merged cell over the
# parcel's columns; booktabs rules only; boxed cards two by two; a row cut
# by the page break and going on under the header drawn again; a change of
# use with its parcels in a table; resettlement plots with a "Lô số"
# column); prose with holders run in one paragraph, parcels in two
# articles, a household of four, the month in words, a lease extended, a
# number and date written by hand; thị xã committees of many provinces and,
# after July 2025, a commune and a ward; faces no other family draws with;
# issue #17's looks; and the generator still writes the committed document
# for its seed.  No OCR.
. "$(dirname "$0")/lib.sh"
C=$TD/corpus16
M=$C/MANIFEST.tsv
text() { jq -r '.page_text[]' "$1"; }
doc() { grep -l "\"layout\": \"$1\"" "$C"/*.json; }

family_basics "$C" 16
is "$(jq -r .dpi "$C"/*.json | sort -n -u | xargs)" "120 150 160 200 300" "scans at 120 to 300 dpi"
is "$(awk -F'\t' 'NR > 1 && $7 ~ /^table-/' "$M" | wc -l)" "7" "seven decisions hold their holders or parcels in a table"
is "$(awk -F'\t' 'NR > 1 && $7 ~ /^prose-/' "$M" | wc -l)" "7" "seven in prose"
is "$(jq -r '.font' "$C"/*.json | sort -u | xargs)" "Inter Vollkorn" "Inter and Vollkorn"
for d in "$TD"/corpus "$TD"/corpus[2-9] "$TD"/corpus1[0-5]; do
	jq -r '.font' "$d"/*.json
done | sort -u | grep -x 'Inter\|Vollkorn' >shared.txt
is "$(cat shared.txt)" "" "no other family draws with them"
is "$(grep -c 'Ð\|ð' "$C"/*.json | grep -vc ':0$')" "0" "Đ is the Vietnamese letter, never the look-alike Ð"

# A header of two rows: one cell merged over the parcel's four columns.
d=$(doc table-two-row-merged-header)
like "$(text "$d")" '^STT    Họ và tên người sử    Địa chỉ thường trú    Thửa đất bị thu hồi$' \
	"the merged cell on the header's first row"
like "$(text "$d")" '^Tờ bản    Thửa    Diện tích    Loại đất$' "its four columns on the second"
is "$(jq -r '.owners[].name' "$d" | grep -c ' A \| Thị ')" "$(jq '.owners | length' "$d")" "Hmong names"

# Booktabs: holders with Ông / Bà and a CCCD column.
d=$(doc table-booktabs-rules)
like "$(text "$d")" '^Số tờ    Số thửa$' "sheet and parcel under the merged 'Thửa đất'"
is "$(text "$d" | grep -c '^[0-9]    \(Ông\|Bà\) .*    0[0-9]\{11\}    ')" "$(jq '.owners | length' "$d")" \
	"a row per holder, the title before the name, the CCCD after"

# Cards two by two.
d=$(doc table-cards-two-columns)
n=$(jq '.owners | length' "$d")
is "$(text "$d" | grep -c '^[0-9]\. \(Ông\|Bà\) ')" "$n" "a card title per holder"
is "$(text "$d" | grep -c '^Tờ bản đồ số [0-9]*, thửa đất số [0-9]*$')" "$n" "sheet then parcel, one line"
is "$(jq '[.owners[] | select(.birth_year and .id_number and .address)] | length' "$d")" "$n" \
	"each card gives a birth year, a CCCD and an address"

# A row cut by the page break: page 2 starts with the header, then the
# cut row's last lines (no STT), then the next holder.
d=$(doc table-row-split-over-page)
is "$(jq .pages "$d")" "2" "two pages"
is "$(jq -r '.page_text[1]' "$d" | head -1)" "$(jq -r '.page_text[0]' "$d" | grep '^STT    ')" \
	"the header drawn again on page 2"
is "$(jq -r '.page_text[1]' "$d" | sed -n 3p | grep -c '^[0-9]')" "0" "page 2 goes on with the cut row"

# A change of use: the parcels in a table, a couple.
d=$(doc table-change-of-use-article-1)
is "$(jq -r '[.parcels[] | .land_use + ">" + .land_use_to] | unique | join(" ")' "$d")" "CLN>ONT" \
	"from CLN to ONT"
is "$(jq -r '[.owners[].spouse] | map(tostring) | join(" ")' "$d")" "1 0" "a couple"
is "$(jq '.parcels | length' "$d")" "3" "three parcels, not the total's sentence"

# Resettlement plots: a 'Lô số' beside the parcel; households.
d=$(doc table-resettlement-plots)
is "$(text "$d" | grep -c '    LK-[0-9][0-9]    ')" "$(jq '.parcels | length' "$d")" "a plot number per row"
is "$(jq '[.owners[] | select(.household)] | length' "$d")" "$(jq '.owners | length' "$d")" \
	"every holder a household ('Hộ ông', 'Hộ bà')"
is "$(jq -r '.parcels[].origin' "$d" | sort -u)" "Nhà nước giao đất có thu tiền sử dụng đất" \
	"the origin under the table is every parcel's"

# A commune after July 2025: personal ID numbers, HNK.
d=$(doc table-commune-personal-ids)
is "$(jq -r .era "$d")" "post-2025-07" "after July 2025"
is "$(jq -r '.owners[].id_type' "$d" | sort -u)" "dinh-danh" "Số định danh cá nhân"
like "$(jq -r .decision.issuer "$d")" '^Ủy ban nhân dân xã ' "a commune"

# Prose.
d=$(doc prose-owners-run-in-one-paragraph)
like "$(text "$d" | tr '\n' ' ')" ' 1\. Ông [^;]*; 2\. Bà [^;]*; 3\. Ông [^;]*; 4\. Bà ' \
	"four holders in one paragraph"
is "$(jq -r '.parcels[].term' "$d" | sort -u)" "50 năm" "the term after the list is every parcel's"
d=$(doc prose-parcels-in-two-articles)
like "$(text "$d")" '^Điều 2\. Giao tiếp cho bà ' "Điều 2 gives a second parcel"
like "$(text "$d")" 'ngày 05/3/2019$' "the date 'ngày 05/3/2019'"
d=$(doc prose-household-of-four)
is "$(jq '.owners | length' "$d")" "4" "four members"
is "$(jq -r '[.owners[] | .household, .spouse] | map(tostring) | join(" ")' "$d")" \
	"true 1 false 0 false null false null" "the head's household; his wife"
d=$(doc prose-certificate-month-in-words)
like "$(text "$d")" 'ngày 12 tháng Tám năm 2021$' "the month in words"
grep -q '"house": {' "$d"
ok $? "a house"
d=$(doc prose-lease-extension)
like "$(jq -r '.parcels[0].term' "$d")" '^Đến ngày [0-9]{2}/[0-9]{2}/20[0-9]{2}$' "extended to a date"
is "$(jq -r .kind "$d")" "cho-thue" "a lease"
d=$(doc prose-hand-filled-ward)
is "$(jq -r .degradation "$d")" "mild-hand-filled-number-date" "the number and the date written by hand"
like "$(text "$d")" "^Số: $(jq -r .decision.number "$d")    " "the number as filled in"
like "$(jq -r .decision.issuer "$d")" '^Ủy ban nhân dân phường ' "a ward"
is "$(jq -r '[(.owners | length), (.parcels | length)] | map(tostring) | join(" ")' "$(doc prose-council-not-land)")" "0 0" \
	"a council set up holds no land record"

# Committees: thị xã of seven provinces, huyện, a city, a commune, a ward.
is "$(jq -r '.decision.issuer' "$C"/*.json | awk '{ print $5 }' | LC_ALL=C sort | uniq -c | awk '{ print $2 $1 }' | xargs)" \
	"huyện4 phường1 thành1 thị7 xã1" "seven thị xã, four huyện, a city, a commune and a ward"

# Scans.
is "$(sed 1d "$M" | cut -f4 | sed 's/-.*//' | sort | uniq -c | awk '{ print $2 $1 }' | xargs)" \
	"clean3 heavy5 mild6" "three clean scans, six mild, five heavy"
is "$(awk -F'\t' '$6 ~ /\.pdf$/' "$M" | wc -l)" "5" "five colour PDFs"

# Deterministic: document 7 (a photographed colour PDF) and document 4 (a
# two-page grey JPEG TIFF) come out again byte for byte.
reproduces "$TOP/testdata/gen16/gen16" 16 7 "$C"
p=$(sed -n 2p again/MANIFEST.tsv | cut -f6)
cmp -s "again/$p" "$C/$p"
ok $? "the same PDF, byte for byte"
rm -rf again
reproduces "$TOP/testdata/gen16/gen16" 16 4 "$C"
p=$(sed -n 2p again/MANIFEST.tsv | cut -f6)
cmp -s "again/$p" "$C/$p"
ok $? "the same JPEG TIFF, byte for byte (libtiff's pad bytes set)"

done_testing
