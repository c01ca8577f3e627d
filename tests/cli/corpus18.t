#!/bin/sh
# corpus18: the eighteenth template family (testdata/gen18), kept held out:
# it is well-formed (tests/check-corpus); it lays holders out in ways no
# other family uses (a table that runs onto a second page with no header
# there; a holder's name cell spanning the rows of their parcels under a
# thick header band; a resettlement with lots, household sizes, "Tờ 12 /
# Thửa 345" in one cell and a price beside the area; rules only down the
# columns, the holder last; a table on its side, one column per holder; a
# re-issue of certificates); prose typed on a machine in 1996, a lease
# under an issuer set flush left, dated "ngày 05/3/2024", in round
# bullets; a couple "ông ... và vợ là bà ..."; a house under a stacked
# heading; a commune after July 2025; a land inventory plan that is no
# land record; faces no other family draws with; issue #17's looks; and the
# generator still writes the committed document for its seed.  No OCR.
. "$(dirname "$0")/lib.sh"
C=$TD/corpus18
M=$C/MANIFEST.tsv
text() { jq -r '.page_text[]' "$1"; }
doc() { grep -l "\"layout\": \"$1\"" "$C"/*.json; }
n() { jq "$2 | length" "$1"; }

family_basics "$C" 18
_kb=$(du -sk "$C" | cut -f1)
ok $((_kb > 5120)) "corpus18 within 5 MB (${_kb} kB)"
is "$(jq -r .dpi "$C"/*.json | sort -n -u | xargs)" "150 200 300" "scans at 150 to 300 dpi"
is "$(awk -F'\t' 'NR > 1 && $7 ~ /^table-/' "$M" | wc -l)" "6" "six decisions hold their holders or parcels in a table"
is "$(awk -F'\t' 'NR > 1 && $7 ~ /^prose-/' "$M" | wc -l)" "6" "six in prose"
is "$(jq -r '.font' "$C"/*.json | sort -u | xargs)" "JetBrains Mono Linux Biolinum O Linux Libertine O" \
	"Linux Libertine, Linux Biolinum and JetBrains Mono"
for d in "$TD"/corpus "$TD"/corpus[2-9] "$TD"/corpus1[0-7]; do
	jq -r '.font' "$d"/*.json
done | sort -u | grep 'Libertine\|Biolinum\|JetBrains' >shared.txt
is "$(cat shared.txt)" "" "no other family draws with them"
is "$(grep -c 'Ð\|ð' "$C"/*.json | grep -vc ':0$')" "0" "Đ is the Vietnamese letter, never the look-alike Ð"

# A table over two pages, its header not drawn again on the second.
d=$(doc table-two-pages-no-header-again)
is "$(jq -r .pages "$d")" "2" "two pages"
h='^STT    Họ và tên chủ sử'
is "$(jq -r '.page_text[0]' "$d" | grep -c "$h")" "1" "the header on page 1"
is "$(jq -r '.page_text[1]' "$d" | grep -c "$h")" "0" "not on page 2"
is "$(jq -r '.page_text[1]' "$d" | grep -c '^[0-9]*\.    ')" \
	"$(($(n "$d" .owners) - $(jq -r '.page_text[0]' "$d" | grep -c '^[0-9]*\.    ')))" \
	"the rows numbered '1.' go on on page 2"
is "$(grep -a -o '/Count [0-9]*' "${d%.json}.pdf")" "/Count 2" "a two-page PDF"

# One holder's name over the rows of their parcels.
d=$(doc table-merged-name-cells-band-header)
is "$(jq '[.parcels[].holder] | group_by(.) | map(length) | max' "$d")" "3" "a holder with three parcels"
is "$(text "$d" | grep -c '^[0-9]\{1,3\}    [0-9]\{1,2\}    [A-Z]\{3\}    [0-9.]*,[0-9]$')" \
	"$(($(n "$d" .parcels) - $(n "$d" .owners)))" "a row with no name for each further parcel"
is "$(text "$d" | grep '^TT    ')" "TT    Họ và tên người sử dụng đất    Thửa số    Tờ số    Loại đất    Diện tích (m²)" \
	"the parcel before the sheet, the use before the area"

# A resettlement: rows I, II, III, lots, household sizes, "Tờ / Thửa", a price.
d=$(doc table-resettlement-lots-price-column)
is "$(text "$d" | grep -c '^[IVX]*    Hộ \(ông\|bà\) .*    LK-[0-9]*    [0-9]    Tờ [0-9]* / Thửa [0-9]*    [0-9]*,[0-9]    [0-9.]*\.000$')" \
	"$(n "$d" .parcels)" "a row I, II, ... per household: lot, size, 'Tờ / Thửa', area, price"
is "$(jq -r .kind "$d")" "giao-dat" "an allocation"
is "$(jq '[.owners[] | select(.household)] | length' "$d")" "$(n "$d" .owners)" "households"

# Rules only down the columns; the holder in the last column.
d=$(doc table-down-rules-holder-last)
is "$(text "$d" | grep -c '    [A-Z]\{3\}    ODT    \(Ông\|Bà\) ')" "$(n "$d" .parcels)" "from, to, then the holder"
# A table on its side: a column per holder.
d=$(doc table-transposed-holder-columns)
is "$(text "$d" | sed -n 's/^Họ và tên    //p')" "$(jq -r '[.owners[].name] | join("    ")' "$d")" \
	"a row of names, one holder per column"
is "$(text "$d" | sed -n 's/^Thửa đất số    //p')" "$(jq -r '[.parcels[].number] | join("    ")' "$d")" \
	"a row of parcel numbers"
is "$(text "$d" | sed -n 's/^Số CCCD    //p')" "$(jq -r '[.owners[].id_number] | join("    ")' "$d")" \
	"a row of CCCD numbers"
# A re-issue.
d=$(doc table-reissue-sheet-parcel-one-cell)
like "$(jq -r .decision.title "$d")" 'cấp đổi' "a re-issue"
is "$(text "$d" | grep -c '    Tờ [0-9]* / Thửa [0-9]*    ')" "$(n "$d" .parcels)" "'Tờ / Thửa' in one cell"

# Prose.
d=$(doc prose-typescript-household-couple)
is "$(jq -r .era "$d")" "pre-2004" "before 2004"
like "$(jq -r .decision.number "$d")" '^[0-9]+/QĐ-UB$' "numbered 'QĐ-UB'"
like "$(text "$d")" 'và vợ là bà ' "'và vợ là bà'"
is "$(jq -r '[.owners[].spouse] | map(tostring) | join(" ")' "$d")" "1 0" "a couple"
d=$(doc prose-lease-left-header-bullets)
is "$(text "$d" | grep -c '^• ')" "7" "the parcel in round bullets"
like "$(text "$d")" "^UBND THÀNH PHỐ BẮC GIANG    " "'UBND THÀNH PHỐ' beside the motto"
like "$(text "$d")" ', ngày [0-9]{2}/[0-9]{1,2}/2024$' "the date written 'ngày 05/3/2024'"
is "$(jq -r .kind "$d")" "cho-thue" "a lease"
d=$(doc prose-change-of-use-couple)
is "$(jq -r '.parcels[] | .land_use + ">" + .land_use_to' "$d")" "CLN>ONT" "from CLN to ONT"
is "$(jq -r '[.owners[].id_type] | join(" ")' "$d")" "cccd cccd" "both with a CCCD"
d=$(doc prose-certificate-house-stacked-heading)
grep -q '"house": {' "$d"
ok $? "a house"
is "$(text "$d" | head -2 | xargs -d '\n')" "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc" \
	"the motto over the issuer"
d=$(doc prose-commune-two-parcels-ordinals)
is "$(jq -r .era "$d")" "post-2025-07" "after July 2025"
like "$(jq -r .decision.issuer "$d")" '^Ủy ban nhân dân (xã|phường) ' "a commune or ward"
is "$(jq -r '.owners[].id_type' "$d")" "dinh-danh" "số định danh cá nhân"
d=$(doc prose-inventory-plan-not-land)
is "$(jq -r '[(.owners | length), (.parcels | length)] | map(tostring) | join(" ")' "$d")" "0 0" \
	"a land inventory plan holds no land record"
like "$(text "$d")" 'từ ngày [0-9]{2}/[0-9]{1,2}/[0-9]{4}' "dates in the text that are not the decision's"

# Scans.
is "$(sed 1d "$M" | cut -f4 | sed 's/-.*//' | sort | uniq -c | awk '{ print $2 $1 }' | xargs)" \
	"clean3 heavy4 mild5" "three clean scans, five mild, four heavy"
is "$(awk -F'\t' '$6 ~ /\.pdf$/' "$M" | wc -l)" "6" "six colour PDFs"

# Deterministic: document 1 (a two-page colour PDF) and document 7 (a grey
# TIFF, typed and skewed) come out again byte for byte.
reproduces "$TOP/testdata/gen18/gen18" 18 1 "$C"
p=$(sed -n 2p again/MANIFEST.tsv | cut -f6)
cmp -s "again/$p" "$C/$p"
ok $? "the same PDF, byte for byte"
rm -rf again
reproduces "$TOP/testdata/gen18/gen18" 18 7 "$C"
p=$(sed -n 2p again/MANIFEST.tsv | cut -f6)
cmp "again/$p" "$C/$p" >cmp.txt 2>&1
ok $? "the same TIFF, byte for byte"
sed 's/^/# /' cmp.txt

done_testing
