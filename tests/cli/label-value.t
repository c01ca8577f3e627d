#!/bin/sh
# ocr-extract: one parcel and its holder described in a ruled two-column
# table of labels and values ("Thửa đất số | 45", "Diện tích | 230,5 m²"):
# read as the lines of labels they are, not flagged as a table of holders
# whose columns could not be named.  The page's words are made by
# testdata/tables/mkwords (no Tesseract).
. "${LANDREC_TOP:-.}/tests/cli/lib.sh"
P=$TD/tables

python3 "$P/mkwords" "$P/labelvalue.words" >lv.jsonl
run ocr-extract -q <lv.jsonl
is "$rc" 0 "a page with a table of labels and values is read"
is "$(jqv -c '[.parcels[] | [.sheet, .number, .area, .land_use, .term, .holder]]')" \
    '[["12","45",230.5,"ODT","Lâu dài",0]]' "the parcel is read from its rows"
is "$(jqv -c '[.owners[] | [.name, .birth_year]]')" '[["Nguyễn Văn An",1980]]' \
    "and its holder"
is "$(jqv -r '[.review[] | select(.field == "parcels")] | length')" 0 \
    "no table of holders is flagged"

# Two rows of labels in a two-column grid are too few to call it one.
awk '!/Thửa@|Tờ@|Diện@|Mục@|Thời@/' "$P/labelvalue.words" >few.words
python3 "$P/mkwords" few.words >few.jsonl
run ocr-extract -q <few.jsonl
is "$(jqv -r '[.review[] | select(.field == "parcels")] | length')" 1 \
    "a two-column table with two rows of labels is still flagged"

done_testing
