#!/bin/sh
# ocr-extract: the cells of a ruled table's narrow columns of figures read
# again one by one (issue 16).  testdata/tables/cells.tif (made by
# testdata/tables/mkpages from cells.spec) has narrow columns of birth
# years, sheet and parcel numbers and areas; read as a whole page, the
# sheet 14 and the parcel 91 of its last row, each tight against the rule
# between them, came back as one number "1491" over that rule.
. "${LANDREC_TOP:-.}/tests/cli/lib.sh"
P=$TD/tables

# parcels FILE: each parcel's sheet, number and area, a line each.
parcels() {
	jq -r '.parcels[] | [.sheet, .number, .area] | map(tostring) |
	    join(" ")' "$1"
}

run ocr-extract -q --keep-words "$P/cells.tif"
printf '%s\n' "$out" >cells.json
is "$rc" 0 "a ruled table with narrow columns of figures: read"

# The figures of the line of year 1963 (holder 6), one word a cell.
figs=$(jq -r '.ocr.pages[0].lines[] | [.words[][0]] |
    select(index("1963")) | map(select(test("^[0-9.,]+$"))) | join(" ")' \
    cells.json)
is "$figs" "6 1963 14 91 640,3" \
    "sheet 14 and parcel 91, tight against the rule between them, read apart"
is "$(parcels cells.json)" '12 157 3362.7
12 158 415
13 112 1204.5
13 113 98.2
14 71 2015
14 91 640.3' "every parcel's sheet, number and area"
is "$(jq '.pages[0].cells > 0' cells.json)" true "the cells read again are counted"

# No word of figures runs over a rule: the boxes of the words read again
# are in the page's pixels, inside their cells.
is "$(jq '.ocr.pages[0] as $p | [$p.lines[].words[] |
    select(.[0] | test("[0-9]")) as $w | $p.rules[] |
    select((.[3] > 4 * .[2] and $w[2] < .[0] + .[2] / 2 and
        .[0] + .[2] / 2 < $w[2] + $w[4] and .[1] < $w[3] + $w[5] and
        $w[3] < .[1] + .[3]) or
        (.[2] > 4 * .[3] and $w[3] < .[1] + .[3] / 2 and
        .[1] + .[3] / 2 < $w[3] + $w[5] and .[0] < $w[2] + $w[4] and
        $w[2] < .[0] + .[2]))] | length' cells.json)" 0 \
    "no word of figures crosses a rule"

# testdata/tables/cells-round.tif (cells-round.spec): such a table in a
# rounded face (Quicksand, as family 15 prints); read as a whole page, its
# 3s came back as 5s and 4s (sheet 36 as 46, "3.664,2" as 5664.2, 1963 as
# 1965) with confidences of 90 and more.  Read one by one with the figures'
# model, they are right.
run ocr-extract -q "$P/cells-round.tif"
printf '%s\n' "$out" >round.json
is "$(parcels round.json)" '36 166 3664.2
26 368 1836.6
63 136 6306.3
16 613 986.6
66 63 2366
33 96 640.3' "a rounded face's sheets, numbers and areas"
is "$(jq -c '[.owners[].birth_year]' round.json)" \
    '[1968,1976,1963,1986,1996,1936]' "and its birth years"

# A page of prose has no rules: nothing is read again.
convert -size 2480x900 xc:white -font DejaVu-Serif -pointsize 40 \
    -fill black \
    -annotate +200+200 "Điều 1. Giao cho ông Lò Văn Thắng, sinh năm 1975," \
    -annotate +200+320 "Thửa đất số: 125; Tờ bản đồ số: 14; diện tích 1.234,5 m²" \
    -annotate +200+440 "Điều 2. Chánh Văn phòng chịu trách nhiệm thi hành." \
    -density 300 -units PixelsPerInch prose.tif
run ocr-extract -q --keep-words prose.tif
is "$(jqv '.pages[0].cells')" 0 "a page of prose: no cell read again"
is "$(jqv '.ocr.pages[0].rules // [] | length')" 0 "(it has no rules)"

done_testing
