#!/bin/sh
# corpus12: the twelfth template family (testdata/gen12), kept held out: it
# is well-formed (tests/check-corpus); its recovery lists are laid out in
# ways no other family uses (a header over two rows with hamlet rows that
# span the table; a column of areas per land type, thousands grouped by a
# space; a holder's row followed by its parcels numbered 1.1, 1.2; a "Danh
# sách" attached on a page of its own with its own title, a row of column
# numbers and its own signature; a column for the sex; a resettlement table
# with lots under zone rows; holders as dash paragraphs listing several
# parcels inline); one parcel in a label | value table; a table with
# rounded corners and decimal points; footnotes, "+" lines, page numbers
# at the top; committees of every level before July 2025, and a commune, a
# ward and a special zone after it; fonts no other family uses; scans of
# issue #17's look (a phone photo, a 100-dpi fax, a fold with punch holes,
# a dot-matrix print, seals and copy stamps); and the generator still writes
# the committed document for its seed.  No OCR.
. "$(dirname "$0")/lib.sh"
C=$TD/corpus12
M=$C/MANIFEST.tsv
text() { jq -r '.page_text[]' "$1"; }
doc() { grep -l "\"layout\": \"$1\"" "$C"/*.json; }

family_basics "$C" 12
is "$(jq -r .dpi "$C"/*.json | sort -n -u | xargs)" "100 150 180 200 300" \
	"scans at 100, 150, 180, 200 and 300 dpi"
is "$(awk -F'\t' '$2 == "thu-hoi" { print $7 }' "$M" | LC_ALL=C sort | xargs)" \
	"list-inline-parcels table-attachment-list table-group-header-hamlets table-landtype-columns table-sex-column-italic table-subnumbered-double" \
	"six recovery layouts"
[ "$(awk -F'\t' 'NR > 1 && $7 ~ /^table-/' "$M" | wc -l)" -ge 7 ]
ok $? "at least seven decisions put their land in a table"
is "$(jq -r '.font' "$C"/*.json | sort -u | xargs)" "Andika Charis SIL" \
	"fonts no other family uses"
for d in "$TD"/corpus "$TD"/corpus[2-9] "$TD"/corpus1[01]; do
	jq -r '.font' "$d"/*.json
done | sort -u | grep -x -e Andika -e 'Charis SIL' >shared.txt
is "$(cat shared.txt)" "" "no other family draws with them"

# A header over two rows; holders under hamlet rows that span the table.
d=$(doc table-group-header-hamlets)
text "$d" | grep -A1 '    Thửa đất    ' | tail -1 >head2.txt
is "$(cat head2.txt)" "Tờ bản đồ    Số thửa    Diện tích (m²)" \
	"the group header 'Thửa đất' stands over sheet, number and area"
is "$(text "$d" | grep -c '^Thôn [[:upper:]][^ ]* [[:upper:]][^ ]*$')" "3" \
	"three hamlet rows span the table"
is "$(text "$d" | grep -c '^[0-9]*    \(Ông\|Bà\) ')" "$(jq '.owners | length' "$d")" \
	"every holder a row under its hamlet"

# One column of areas per land type; the holder's use is the column filled.
d=$(doc table-landtype-columns)
is "$(text "$d" | grep -A1 'Diện tích thu hồi (m²)$' | tail -1)" "ONT    CLN    LUC" \
	"a column per land type under the group header"
text "$d" | grep -q '    [0-9] [0-9][0-9][0-9],[0-9]$'
ok $? "thousands grouped by a space"
is "$(jq '[.owners[] | select(.address)] | length' "$d")" "$(jq '.owners | length' "$d")" \
	"every holder's address printed"

# A holder's row, then its parcels 1.1, 1.2 ...
d=$(doc table-subnumbered-double)
is "$(text "$d" | grep -c '^[0-9]\.[0-9]    ')" "$(jq '.parcels | length' "$d")" \
	"every parcel on a row numbered holder.parcel"
[ "$(jq '[.parcels[].holder] | group_by(.) | map(length) | min' "$d")" -ge 2 ]
ok $? "every holder with two parcels or more"

# The holders in an attached list with its own title and signature.
d=$(doc table-attachment-list)
is "$(jq -r '.page_text[1]' "$d" | sed -n 2p)" "DANH SÁCH" "the list is a page of its own"
jq -r '.page_text[1]' "$d" | grep -q "^(Kèm theo Quyết định số $(jq -r .decision.number "$d") ngày"
ok $? "the list names the decision it goes with"
is "$(text "$d" | grep -c '^(1)    (2)    (3)')" "1" "a row of column numbers under the header"
is "$(text "$d" | grep -c 'PHÓ CHỦ TỊCH$')" "2" "the decision and the list are signed each"
jq -r '.page_text[0]' "$d" | tr '\n' ' ' | grep -q '(có Danh sách kèm theo)'
ok $? "Điều 1 sends the reader to the list"
is "$(jq -r '.owners[].id_type' "$d" | sort -u)" "cccd" "personal IDs in the list"

# The sex in a column; names without Ông/Bà.
d=$(doc table-sex-column-italic)
is "$(text "$d" | awk -F'    ' '$3 == "Nam" { print "M" } $3 == "Nữ" { print "F" }' | xargs)" \
	"$(jq -r '.owners[].gender' "$d" | xargs)" "the sex printed is the truth's"
text "$d" | grep -q '^[0-9]*    \(Ông\|Bà\) '
ok $((1 - $?)) "no Ông or Bà before the names"

# Resettlement: a lot column under zone rows; every holder a household.
d=$(doc table-resettlement-lots)
is "$(text "$d" | grep -c '^Khu tái định cư [AB]$')" "2" "two zone rows"
is "$(jq '[.owners[] | select(.household)] | length' "$d")" "$(jq '.owners | length' "$d")" \
	"every holder a household"

# Several parcels inline in one sentence.
d=$(doc list-inline-parcels)
text "$d" | tr '\n' ' ' | grep -q 'các thửa số [0-9]*, [0-9]* và [0-9]* tờ bản đồ số [0-9]*, diện tích lần lượt là'
ok $? "three parcels of one sheet named in one sentence"
[ "$(jq '[.parcels[].holder] | group_by(.) | map(length) | max' "$d")" -ge 3 ]
ok $? "one holder with three parcels"

# One parcel as a label | value table; the use before and after.
d=$(doc table-label-value)
text "$d" | grep -q "^Thửa đất số    $(jq -r '.parcels[0].number' "$d")$"
ok $? "the parcel number in the value column"
is "$(jq -r '.parcels[0] | .land_use + ">" + .land_use_to' "$d")" "CLN>ODT" \
	"the use before and after the change"

# Rounded corners, a decimal point.
d=$(doc table-rounded-emblem)
is "$(text "$d" | grep -c '    [0-9]*\.[0-9]    [A-Z][A-Z][A-Z]$')" "$(jq '.parcels | length' "$d")" \
	"areas written with a decimal point"

# Prose: "+" lines, footnotes, page numbers, a house, a special zone.
d=$(doc prose-plus-lists-dotmatrix)
is "$(text "$d" | grep -c '^+ Thửa số')" "$(jq '.parcels | length' "$d")" "a '+' line per parcel"
like "$(jq -r .decision.number "$d")" '/QĐ-UB$' "an old number QĐ-UB"
d=$(doc prose-lettered-footnotes)
is "$(text "$d" | grep -c '^[¹²] ')" "2" "two footnotes at the foot of the page"
is "$(grep -l '"organisation": true' "$C"/*.json | wc -l)" "1" "a cooperative leases land"
d=$(doc prose-italic-names)
is "$(jq -r '.page_text[1]' "$d" | head -1)" "2" "the page number at the top of page 2"
is "$(jq -r '.owners[].id_type' "$d" | xargs)" "cmnd cccd" "a CMND and a CCCD"
grep -q '"house": {' "$(doc prose-numbered-house)"
ok $? "a certificate with a house"
d=$(doc prose-annul-special-zone)
is "$(text "$d" | head -3 | sed 's/    .*//' | paste -s -d '|')" "TỈNH AN GIANG|ỦY BAN NHÂN DÂN|ĐẶC KHU THỔ CHÂU" \
	"the province over the special zone's committee"

# Committees.
is "$(jq -r '.decision.issuer' "$C"/*.json | cut -d' ' -f5 | sort -u | xargs)" \
	"huyện phường quận thành thị xã đặc" \
	"districts, quận, towns, cities, communes, wards and a special zone"
is "$(jq -r 'select(.era == "post-2025-07") | .decision.issuer' "$C"/*.json | cut -d' ' -f5 | sort -u | xargs)" \
	"phường xã đặc" "after July 2025, communes, wards and a special zone"

# Scans: colour PDFs, a bilevel fax at 100 dpi.
is "$(awk -F'\t' '$6 ~ /\.pdf$/ { print $4 }' "$M" | sed 's/-.*//' | sort | uniq -c | awk '{ print $2 $1 }' | xargs)" \
	"heavy1 mild3" "four PDFs, mild and heavy"
f=$C/$(awk -F'\t' '$4 == "heavy-fax-100" { print $6 }' "$M")
is "$(identify -format '%x %z\n' "$f" 2>/dev/null | head -1)" "100 1" "the fax is bilevel at 100 dpi"

# Deterministic: document 2 (a recovery list with a column per land type,
# a colour PDF at 150 dpi with a red seal over the last rows) comes out
# again, its truth and its PDF byte for byte.
reproduces "$TOP/testdata/gen12/gen12" 12 2 "$C"
p=$(sed -n 2p again/MANIFEST.tsv | cut -f6)
cmp -s "again/$p" "$C/$p"
ok $? "the same PDF, byte for byte"

done_testing
