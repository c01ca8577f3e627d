#!/bin/sh
# ocr-extract: wrong fields nobody is told about (issue 16): values that
# OCR read with doubt, or that fail a check, are put under review, and a
# clean table puts nothing under review.  Pages are given as words
# (testdata/tables/mkwords), no Tesseract.
. "${LANDREC_TOP:-.}/tests/cli/lib.sh"
P=$TD/tables

# read_edited NAME BASE SED: the words of testdata/tables/BASE.words edited
# by the sed script SED, extracted into NAME.json.
read_edited() {
	sed "$3" "$P/$2.words" >"$1.words"
	python3 "$P/mkwords" "$1.words" >"$1.jsonl"
	run ocr-extract -q <"$1.jsonl"
	printf '%s\n' "$out" >"$1.json"
}

# The review items of NAME.json on fields under PREFIX ("parcels[3]"),
# "field: reason" a line (a row's items merged name the row alone), but
# those of communes (the words name none).
items() {
	jq -r --arg p "$2" '.review[] | select(.field | startswith($p)) |
	    "\(.field): \(.reason)" | select(test("commune") | not)' "$1.json"
}

# testdata/tables/cellines.words, as it is: a table read clean, nothing
# on its rows under review.
read_edited clean cellines ''
is "$(items clean 'parcels[')" "" "a clean table: no row under review"

# A sheet number in a table read by OCR at 69.5 ("381" for 38: a figure
# of the cell beside run in): a figure read with so little confidence is
# doubted, as the calibration alone lets it pass.
read_edited lowsheet cellines 's/38@1080/381@1080:69.5/'
is "$(jq -r '.parcels[3].sheet' lowsheet.json)" 381 "the sheet is read as OCR gave it"
like "$(items lowsheet 'parcels[3]')" 'sheet.*less than full confidence' \
    "a table's figure read with low confidence is under review"
is "$(items lowsheet 'parcels[0]')" "" "the other rows are not"

# testdata/tables/lease.words, a ruled lease table whose last column is
# headed "Thời" over "hạn", with the second word misread ("Ng", as a
# heavily damaged scan gave it): the column is named by its values, a term
# a row ("50 năm", "30 năm"), and read, under review as a column its
# header did not name, once for the column.
read_edited lease-ng lease 's/hạn@2070/Ng@2085/'
is "$(jq -c '[.parcels[].term]' lease-ng.json)" '["50 năm","30 năm","20 năm"]' \
    "a column of terms whose header was misread: named by its values"
like "$(items lease-ng 'parcels[')" '^parcels\[\]\.term: .*column named by its values' \
    "and under review, once for the column"

done_testing
