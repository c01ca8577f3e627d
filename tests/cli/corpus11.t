#!/bin/sh
# corpus11: the eleventh template family (testdata/gen11), kept held out: it
# is well-formed (tests/check-corpus); its recovery lists are laid out in
# ways no other family uses (a ruled grid whose name and number cells are
# merged over a holder's several parcels, areas written "245,6 m2" in the
# cells; a landscape appendix ruled only vertically, referred to from
# Điều 1, with birth years, CMND and CCCD numbers, addresses and notes; the
# total row first under the header, birth dates dd/mm/yyyy and personal ID
# numbers; holders as numbered paragraphs with their names in upper case; a
# land table followed by a table of the assets on the land; a decision that
# amends another); a change-of-use table ruled under its header only; a
# household table whose header repeats on page 2; committees of every level
# before July 2025 and communes and wards after it; the committee abbreviated
# "UBND HUYỆN ..."; fonts no other family uses; colour PDFs (seal,
# signature, figures written by hand, yellowed paper, show-through); and the
# generator still writes the committed document for its seed.  No OCR.
. "$(dirname "$0")/lib.sh"
C=$TD/corpus11
M=$C/MANIFEST.tsv
text() { jq -r '.page_text[]' "$1"; }
doc() { grep -l "\"layout\": \"$1\"" "$C"/*.json; }

family_basics "$C" 11
is "$(jq -r .dpi "$C"/*.json | sort -n -u | xargs)" "120 150 200 300" \
	"scans at 120, 150, 200 and 300 dpi"
is "$(awk -F'\t' '$2 == "thu-hoi" { print $7 }' "$M" | LC_ALL=C sort | xargs)" \
	"list-numbered-upper prose-amend-recovery table-appendix-landscape-vrules table-rowspan-m2 table-total-first-birthdate table-two-land-assets" \
	"six recovery layouts"
[ "$(awk -F'\t' 'NR > 1 && $7 ~ /^table-/' "$M" | wc -l)" -ge 6 ]
ok $? "at least six decisions list holders in a table"
is "$(jq -r '.font' "$C"/*.json | sort -u | xargs)" \
	"Carlito Noto Mono Noto Sans Display" "fonts no other family uses"
for f in $(jq -r '.font' "$TD"/corpus[2-9]/*.json "$TD"/corpus10/*.json \
	"$TD"/corpus/*.json | sort -u | tr ' ' '_'); do
	case "$f" in Carlito|Noto_Mono|Noto_Sans_Display) echo "$f" ;; esac
done >shared.txt
is "$(cat shared.txt)" "" "no other family draws with them"

# Merged cells: a holder's parcels on rows of their own under one name.
d=$(doc table-rowspan-m2)
[ "$(jq '[.parcels[].holder] | group_by(.) | map(length) | max' "$d")" -ge 2 ]
ok $? "a holder with several parcel rows"
text "$d" | grep -q '^[0-9]*    [0-9]*    [0-9.]*,[0-9] m2    [A-Z]\{3\}$'
ok $? "a parcel row under a merged name cell, its area written with m2"

# The appendix: a landscape page, referred to from Điều 1.
d=$(doc table-appendix-landscape-vrules)
jq -r '.page_text[0]' "$d" | tr '\n' ' ' | grep -q 'chi tiết tại Phụ lục kèm theo'
ok $? "Điều 1 sends the reader to the appendix"
is "$(jq -r '.page_text[1]' "$d" | head -1)" "PHỤ LỤC" "the appendix is a page of its own"
p=$(basename "$d" .json).pdf
grep -a -o '/MediaBox \[[^]]*\]' "$C/$p" | awk '{ gsub(/[][]/, ""); print ($4 > $5) ? "landscape" : "portrait" }' | xargs >pages.txt
is "$(cat pages.txt)" "portrait landscape" "the appendix page is landscape"
is "$(jq -r '.owners[].id_type' "$d" | sort -u | xargs)" "cccd cmnd" \
	"9-digit CMND beside 12-digit CCCD"

# The total row first; birth dates and personal IDs in cells.
d=$(doc table-total-first-birthdate)
tot=$(jq '[.parcels[].area] | add * 10 | round' "$d")
is "$(text "$d" | grep -A1 '^STT    Họ và tên' | sed -n 2p | sed 's/.*    //;s/\.//g;s/,//')" \
	"$tot" "the row under the header is the total"
text "$d" | grep -q '^1    \(Ông\|Bà\) .*    [0-3][0-9]/[01][0-9]/19[0-9][0-9]    0[0-9]\{11\}    '
ok $? "birth dates dd/mm/yyyy and a personal ID in the cells"

# Numbered paragraphs, upper-case names; the truth spells them normally.
d=$(doc list-numbered-upper)
text "$d" | grep -q '^1\. \(Ông\|Bà\) [[:upper:] ]*, sinh năm'
ok $? "holders as numbered paragraphs, names in upper case"
like "$(jq -r '.owners[0].name' "$d")" '^[[:upper:]][[:lower:]]+ ' \
	"the truth gives the name as a name"

# Two tables: the land, then the assets (which are not parcels).
d=$(doc table-two-land-assets)
text "$d" | grep -q '^STT    Chủ sở hữu tài sản    Loại tài sản'
ok $? "a second table lists the assets on the land"
is "$(jq '.parcels | length' "$d")" "$(jq '.owners | length' "$d")" \
	"one parcel per holder: the asset rows are no parcels"

# Change of use in a table ruled under its header; the use before and after.
d=$(doc table-change-head-rules)
is "$(jq -r '.parcels[].land_use_to' "$d" | sort -u)" "ONT" "every parcel changes to ONT"
text "$d" | grep -q 'Từ loại đất    Sang loại đất$'
ok $? "a column for the use before and one for after"

# A header repeated on page 2.
d=$(doc table-households-repeat-header)
is "$(jq -r '.page_text[]' "$d" | grep -c '^STT    Họ tên chủ hộ')" "2" \
	"the household table's header repeats on page 2"
is "$(jq '[.owners[] | select(.household)] | length' "$d")" \
	"$(jq '.owners | length' "$d")" "every holder a household"

# Headers, signers, wording.
is "$(jq -r '.decision.issuer' "$C"/*.json | cut -d' ' -f5 | sort -u | xargs)" \
	"huyện phường quận thành thị tỉnh xã" \
	"committees of districts, quận, cities, towns, a province, communes and wards"
is "$(jq -r 'select(.era == "post-2025-07") | .decision.issuer' "$C"/*.json | cut -d' ' -f5 | sort -u | xargs)" \
	"phường xã" "after July 2025, communes and wards"
text "$(doc prose-typewriter-abbrev)" | grep -q '^UBND HUYỆN [[:upper:] ]*    CỘNG HÒA'
ok $? "the committee abbreviated on one line"
cat "$C"/*.json | jq -r '.page_text[0]' | grep -q '^Số: [0-9]*/QĐ-UBND    .*, ngày [0-9]* tháng [0-9]* năm [0-9]*$'
ok $? "number and date on one row"
text "$(doc prose-lettered-ward)" | grep -q '^CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG'
ok $? "the ward's chairman decides"
cat "$C"/*.json | jq -r '.page_text[]' | grep -q '    KT. CHỦ TỊCH$'
ok $? "signed for the chairman"
d=$(doc prose-amend-recovery)
old=$(text "$d" | tr '\n' ' ' | sed -n 's/.*Sửa đổi, bổ sung Điều 1 Quyết định số \([0-9]*\/QĐ-UBND\).*/\1/p')
[ -n "$old" ] && [ "$old" != "$(jq -r .decision.number "$d")" ]
ok $? "a decision amends another: the number it amends is not its own"
is "$(grep -l '"organisation": true' "$C"/*.json | wc -l)" "1" "a company leases land"
grep -q '"house": {' "$(doc prose-house-lettered)"
ok $? "a certificate with a house"

# Colour scans are PDFs; the hand-filled one prints its number all the same.
is "$(awk -F'\t' '$6 ~ /\.pdf$/ { print $4 }' "$M" | sed 's/-.*//' | sort | uniq -c | awk '{ print $2 $1 }' | xargs)" \
	"heavy3 mild4" "seven colour PDFs, mild and heavy"
d=$(grep -l '"degradation": "mild-colour-hand"' "$C"/*.json)
jq -r '.page_text[0]' "$d" | grep -q "^Số: $(jq -r .decision.number "$d")"
ok $? "the number written by hand is the truth's"

# Deterministic: document 4 (a commune's recovery list in numbered
# paragraphs, a colour PDF at 150 dpi with the number and the day written
# by hand) comes out again, its truth byte for byte, its PDF byte for byte.
reproduces "$TOP/testdata/gen11/gen11" 11 4 "$C"
p=$(sed -n 2p again/MANIFEST.tsv | cut -f6)
cmp -s "again/$p" "$C/$p"
ok $? "the same PDF, byte for byte"

done_testing
