#!/bin/sh
# ocr-extract on pages set in columns side by side: a decision's articles in
# two columns (a white gutter down the block, prose both sides of it) are
# read left column first, then the right one, as the body's text, not as
# the rows of a table; the header's blocks side by side under a parent
# body's line give the issuer from the left block.
. "$(dirname "$0")/lib.sh"
cp -r "$TOP/schemas" raw && : >raw/calibration.tsv &&
    printf 'merge_column\t0\n' >>raw/extract.tsv
export LANDREC_SCHEMAS=$PWD/raw
FX=$TD/extract/two-columns.txt

# read TEXT: the record of page TEXT (its columns split at four spaces).
read_text() {
	"$TOP/tests/words-of-text" K "$1" | ocr-extract -q >out.jsonl
	rc=$?
	out=$(cat out.jsonl)
}

read_text "$FX"
is "$rc" 0 "a page with its articles in two columns is read"
is "$(jqv -c '[.owners[] | [.name, .birth_year, .id_number, .address]]')" \
    '[["Hà Văn Quý",1979,"186234517","thôn Đông Hà, xã Hương Trà, huyện Hương Khê"]]' \
    "the owner named across the left column's lines is read whole"
is "$(jqv -c '[.parcels[] | [.number, .sheet, .area, .land_use, .term, .holder]]')" \
    '[["215","12",248.5,"ONT","Lâu dài",0]]' \
    "the parcel's sub-points in the left column are read"

# A list beside its parcels ("1. Ông Hà Văn Quý" | "thửa đất số 215, tờ
# bản đồ số 12, diện tích 248,5 m²;"), a narrow column beside a wide one, is
# no prose in two columns: its rows are read across, each holder with the
# parcel beside it.
read_text "$TD/extract/two-columns-list.txt"
is "$(jqv -c '[.parcels[] | [.number, .holder]]')" \
    '[["215",0],["216",1],["301",2],["302",3],["45",4],["46",5]]' \
    "a list's rows beside their parcels stay rows"

# The issuer's block under its parent body's line ("ỦY BAN NHÂN DÂN TỈNH
# LÂM ĐỒNG"), the motto beside it a line lower: the issuer is the left
# block's, never merged with the motto, and the date is the right block's.
read_text "$TD/extract/header-parent.txt"
is "$(jqv -r '.decision | [.issuer, .number, .date] | @tsv')" \
    "$(printf 'Ủy ban nhân dân huyện Đức Trọng\t4471/QĐ-UBND\t2018-12-26')" \
    "a three-line issuer beside a lower motto: issuer, number and date"

done_testing
