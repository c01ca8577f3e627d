#!/bin/sh
# ocr-extract: tables of holders read by their geometry (issue 16): ruled
# grids with merged header cells and no outer border, unruled columns,
# wrapped names, areas in hectares, totals, a table running on over a page,
# and a table whose columns cannot be named.  The pages are made by
# testdata/tables/mkpages from the specs beside them.
. "${LANDREC_TOP:-.}/tests/cli/lib.sh"
P=$TD/tables

# read PAGE: OCR and extract PAGE.tif, keeping its words.
read_page() {
	run ocr-extract -q --keep-words "$P/$1.tif"
	printf '%s\n' "$out" >"$1.json"
}

# read_words NAME: extract the words of testdata/tables/NAME.words (made a
# record by mkwords, no Tesseract) into NAME.json.
read_words() {
	python3 "$P/mkwords" "$P/$1.words" >"$1.jsonl"
	run ocr-extract -q <"$1.jsonl"
	printf '%s\n' "$out" >"$1.json"
}

# read_edited NAME BASE SED: read_words of testdata/tables/BASE.words
# edited by the sed script SED, made NAME.words.
read_edited() {
	sed "$3" "$P/$2.words" >"$1.words"
	python3 "$P/mkwords" "$1.words" >"$1.jsonl"
	run ocr-extract -q <"$1.jsonl"
	printf '%s\n' "$out" >"$1.json"
}

# read_variant NAME SED: read_edited NAME from cellines.words.
read_variant() { read_edited "$1" cellines "$2"; }

# The holders, and per parcel: sheet number area land-use holder.
holders() { jq -c '[.owners[].name]' "$1.json"; }
parcels() {
	jq -r '.parcels[] | [.sheet, .number, .area, .land_use, .holder] |
	    map(tostring) | join(" ")' "$1.json"
}
# The review reasons but those of communes and sexes.
reasons() {
	jq -r '.review[] | select(.field | test("commune|gender") | not) |
	    "\(.field): \(.reason)"' "$1.json"
}

six_names='["Nguyễn Kim Tuấn","Lò Văn Hùng","Quàng Thị Mai","Nguyễn Văn Thành","Điêu Chính Tâm","Nguyễn Văn Đức"]'
six_parcels='2 57 3362.7 ONT 0
2 58 415 CLN 1
3 112 1204.5 LUC 2
3 113 98.2 ONT 3
4 7 2015 BHK 4
4 9 640.3 CLN 5'

read_page ruled6
is "$rc" 0 "a ruled six-column table: read"
is "$(jq '.ocr.pages[0].rules | length' ruled6.json)" 16 \
    "its rules are kept with the words: 9 across, 7 down"
is "$(holders ruled6)" "$six_names" \
    "every holder, the names wrapped in their cells joined"
is "$(parcels ruled6)" "$six_parcels" \
    "sheets, numbers, areas and land uses from their own columns"
is "$(reasons ruled6 | grep -c 'table\|row')" 0 \
    "row numbers lost in OCR do not matter; the total adds up"

# The same page peppered (seeded) with specks, which cut its thin rules
# into pieces shorter than a rule: the gaps are closed and the grid found.
convert "$P/ruled6.tif" -seed 7 -attenuate 0.25 +noise Impulse \
    -threshold 55% -type bilevel -compress Group4 noisy6.tif
run ocr-extract -q --keep-words noisy6.tif
printf '%s\n' "$out" >noisy6.json
is "$(jq '.ocr.pages[0].rules | length' noisy6.json)" 16 \
    "a noisy ruled table: its rules found whole, 9 across, 7 down"
is "$(holders noisy6)" "$six_names" "and every holder read"
is "$(parcels noisy6)" "$six_parcels" "and every parcel"

read_page unruled6
is "$(holders unruled6)" "$six_names" \
    "the same table unruled: columns from the alignment of its words"
is "$(parcels unruled6)" "$six_parcels" "and every cell in its column"

read_page ruled7-ha
is "$(holders ruled7-ha)" \
    '["Lường Văn Pấn","Cà Thị Phương","Tòng Văn Quý","Mùa A Chứ"]' \
    "seven columns, no outer border, merged header cells: holders"
is "$(jq -c '[.owners[].address]' ruled7-ha.json)" \
    '["Bản Chiềng Đông","Bản Chiềng Đông","Bản Hua Ca","Bản Hua Ca"]' \
    "the address column read as the holders' addresses"
is "$(parcels ruled7-ha)" '15 214 3362 LUC 0
16 87 415 ONT 1
15 302 12045 CLN 2
21 18 982 LUC 3' "number before sheet under one merged cell; hectares made m²"
is "$(reasons ruled7-ha | grep -c 'total')" 0 \
    "the total in hectares adds up"

read_page cont
is "$(holders cont)" \
    '["Hoàng Văn Sơn","Vi Thị Hà","Lò Văn Khánh","Quàng Văn Chiến","Điêu Thị Lan"]' \
    "a table over two pages, its header once, column numbers under it: holders"
is "$(parcels cont)" '12 45 1250 LUC 0
12 46 830.5 ONT 1
13 101 2110 CLN 2
13 102 645.5 LUC 3
14 9 390 ONT 4' "short column heads (Số tờ, Số thửa, Mục đích sử dụng)"
is "$(reasons cont | grep -c 'total')" 0 \
    "the total on page 2 counts the rows of page 1"

read_page unknown
is "$(jq '.parcels | length' unknown.json)" 0 \
    "a table whose columns cannot be named is not read shifted"
is "$(reasons unknown | grep -c '^parcels\|^owners')" 1 \
    "but flagged once, not once on owners and once on parcels"
like "$(reasons unknown)" \
    '^parcels: page 1: the table of holders \(6 columns\): its columns could not be mapped \(no sheet or parcel-number column\)' \
    "saying which table and why"
is "$(jq -c '.review[] | select(.field == "parcels") | .also' unknown.json)" \
    '["owners"]' "standing for the holders it lists too"

# The words with their rules go back in; without rules (records cached
# before there were any) they still load.
jq -c '{id, ocr}' ruled6.json >words.jsonl
run ocr-extract -q <words.jsonl
is "$(printf '%s\n' "$out" | jq -c '[.owners[].name]')" "$six_names" \
    "words read back keep the grid"
# An area column whose header OCR damaged ("Dẹn tíh tbu hồi") is named by
# its values, all areas, and reviewed once as a column.
jq -c '(.ocr.pages[0].lines[] | select(any(.words[]; .[0] == "tích")) |
    .words[] | select(.[0] == "thu") | .[0]) |= "tbu" |
    (.ocr.pages[0].lines[].words[] | select(.[0] == "Diện") | .[0]) |=
    "Dẹn" | (.ocr.pages[0].lines[].words[] | select(.[0] == "tích") |
    .[0]) |= "tíh"' words.jsonl >damaged.jsonl
run ocr-extract -q <damaged.jsonl
printf '%s\n' "$out" >damaged.json
is "$(parcels damaged)" "$six_parcels" \
    "an area column with its header damaged: named by its values"
is "$(reasons damaged | grep -c 'area.*column named by its values')" 1 \
    "and reviewed once, as a column"
jq -c 'del(.ocr.pages[].rules)' words.jsonl >old.jsonl
run ocr-extract -q <old.jsonl
is "$rc" 0 "words without rules load"
is "$(printf '%s\n' "$out" | jq '.parcels | length')" 6 \
    "and the table is read from its lines"

# A poor scan's unruled table, its words given exactly (testdata/tables/
# marks.words): stray marks between the row number and the name leave the
# columns apart, "Tờ" alone heads the sheet column, "Hộ bà" is a
# household, and the row whose number and name OCR ran into one word is a
# holder of its own whose name was not read, never the holder above.
read_words marks
is "$(holders marks)" \
    '["Lò Văn Hùng","Quàng Thị Mai",null,"Nguyễn Thị Lan","Nguyễn Văn Đức"]' \
    "stray marks: the name column is read, the run-on name left empty"
is "$(parcels marks)" '12 581 1204.5 ONT 0
12 475 98.2 LUC 1
13 112 2015 BHK 2
14 77 640.3 CLN 3
14 9 415 ONT 4' "'Thửa' before 'Tờ': sheets and numbers, one holder a row"
is "$(jq -c '[.owners[].household]' marks.json)" \
    '[false,true,false,false,true]' "'Hộ bà', 'Hộ ông': households"
like "$(reasons marks)" '^parcels: page 1: the table of holders' \
    "the table is reviewed"
is "$(jq -r '.review[] | select(.field == "parcels") | .also[]' marks.json)" \
    owners "and its holders with it"

# A ruled table whose header OCR damaged (testdata/tables/headless.words):
# the row-number, year, ID and parcel-number columns are named by their
# values and reviewed as columns; "04308" hectares lost its comma; " RSX"
# came with a space before it.
read_words headless
is "$(parcels headless)" '8 22 3682 RSX 0
41 425 4308 ONT 1
51 575 3016 LUC 2
13 126 3506 BHK 3' \
    "parcel numbers by their values, not the row numbers; '04308' ha is 4308 m²"
is "$(jq -c '[.owners[] | [.birth_year, .id_number, .id_type]]' \
    headless.json)" \
    '[[1961,"172959784","cmnd"],[1938,"034138899012","cccd"],[1960,"283292557","cmnd"],[1945,"250333009","cmnd"]]' \
    "birth years and ID numbers by their values"
is "$(reasons headless | grep -c 'column named by its values')" 3 \
    "each column so named reviewed once: years, IDs, parcel numbers"
like "$(reasons headless)" 'parcels\[1\]: area: area separators damaged' \
    "the area whose comma was put back is reviewed"

# A ruled table with a merged two-row header whose rules partly faded
# (testdata/tables/faded.words): rows whose rules were lost are cut at the
# lines that start rows, the two area columns at the gap between their
# numbers, and the recovered area ("Thu hồi") is the parcel's.
read_words faded
is "$(holders faded)" '["Ngô Mai","Võ Thu Loan","Ngô Thanh Dung","Hà Đạt"]' \
    "rules lost between rows: each row read on its own, the wrapped name joined"
is "$(parcels faded)" '42 704 589.8 LUC 0
23 847 3042.7 BHK 1
40 8 4136.7 BHK 2
3 11 453.5 NTS 2
51 975 3139.4 LUC 3' \
    "parcel numbers, not the areas; the area recovered; 'LUỤC' is LUC"

# A ruled table whose header has specks OCR read as digits
# (testdata/tables/specks.words): the header row still names the columns
# ("Thửa đất" whole, not cut from "thửa đất số"); names wrapped onto a
# second line join their cell; "Hộ ông (bà)", "Ông/Bà" and "Hộ bà/ông" are
# titles for either sex: households where "Hộ" says so, the sex from the
# name.
read_words specks
is "$(holders specks)" '["Cao Văn Tiền","Nghiêm Văn Huấn","Trịnh Kim Yến"]' \
    "a header with specks read as digits: names whole, titles for either sex left out"
is "$(jq -c '[.owners[] | [.household, .gender, .birth_year]]' specks.json)" \
    '[[true,"M",1978],[false,"M",1960],[true,"F",1943]]' \
    "'Hộ ông (bà)' and 'Hộ bà/ông' are households; the sex from the name"
is "$(parcels specks)" '24 939 3769.4 LUC 0
34 801 156.1 LUK 1
52 531 2615 ONT 2' "its parcels, each with its holder"
is "$(reasons specks | grep -c 'damaged')" 0 "no row taken for damaged"

# A change of use listing its parcels in a table with no holder column,
# horizontal rules only (testdata/tables/change.words): each row is a
# parcel of the one holder the prose names; neither the total the sentence
# states nor the "Cộng" row is a parcel.
read_words change
is "$(jq -r '.parcels[] | [.sheet, .number, .area, .land_use, .land_use_to,
    .holder] | map(tostring) | join(" ")' change.json)" '33 663 116.9 LUK ONT 0
23 313 119.7 CLN ONT 0
1 802 365.6 CLN ONT 0' \
    "a change-of-use table: three parcels of the one holder, not one with the total"

# An unruled table whose areas have one decimal and thousands dots
# (testdata/tables/lostcomma.words): "3868", four digits and no dot, is an
# area whose comma OCR lost (386,8), put back and reviewed; names in
# capitals after "HỘ BÀ", "HỘ ÔNG" are households.
read_words lostcomma
is "$(parcels lostcomma)" '31 559 558.4 NTS 0
32 954 1364.9 NTS 1
2 485 2045.5 LUC 2
42 922 386.8 RSX 3' "'3868' in a column of '1.364,9' is 386,8, not 3868"
like "$(reasons lostcomma)" 'parcels\[3\]\.area: area separators lost' \
    "the area whose comma was put back is reviewed"
is "$(jq -c '[.owners[] | [.name, .household]]' lostcomma.json)" \
    '[["Lê Gia Phong",true],["Hồ Văn Hào",false],["Phạm Thị Hồng",true],["Nguyễn Văn Dũng",true]]' \
    "names in capitals; 'HỘ BÀ', 'HỘ ÔNG' households"
# The same with no thousands dot in the column, two areas with one
# decimal, one of them whole ("364,9", "245,0"), a short whole number
# ("783") and the lost "3868": a column that writes one decimal even for
# whole areas puts the lost comma back; the short number stays as read.
read_edited lostshort lostcomma 's/558,4@1735/783@1760/
    s/1.364,9@1711/364,9@1735/; s/2.045,5@1711/245,0@1735/'
is "$(jq -c '[.parcels[].area]' lostshort.json)" '[783,364.9,245,386.8]' \
    "'3868' among '364,9', '245,0' and '783' is 386,8"
like "$(reasons lostshort)" 'parcels\[3\]\.area: area separators lost' \
    "and reviewed"
# A column that writes whole areas bare ("880") may write "3868" so: as
# read, reviewed.
read_edited lostbare lostcomma 's/558,4@1735/880@1760/
    s/1.364,9@1711/364,9@1735/; s/2.045,5@1711/245,5@1735/'
is "$(jq -c '[.parcels[].area]' lostbare.json)" '[880,364.9,245.5,3868]' \
    "'3868' among '364,9' and '880': as read"
# The same with "1.558" whole and "1.3649" for 1.364,9: the column says
# nothing of its decimals, yet a thousands group of four digits shows
# where the comma was lost (after its third); "3868" stays as read.
read_edited lostdot lostcomma 's/558,4@1735/1.558@1711/; s/1.364,9@1711/1.3649@1711/'
is "$(jq -c '[.parcels[].area]' lostdot.json)" '[1558,1364.9,2045.5,3868]' \
    "'1.3649' is 1.364,9, not 1,36"
like "$(reasons lostdot)" 'parcels\[1\].*area separators lost' \
    "and reviewed"

# A ruled lease table of organisations (testdata/tables/lease.words): each
# company named by its whole cell, wrapped lines joined, an organisation
# with no sex; "Vị trí (thửa/tờ)" gives the parcel number and sheet from
# one cell ("184/9").
read_words lease
is "$(jq -c '[.owners[] | [.name, .organisation, .gender]]' lease.json)" \
    '[["Công ty TNHH Chế biến gỗ Lâm Việt",true,null],["Công ty cổ phần Nông sản Phú Điền",true,null],["Hợp tác xã Dịch vụ Tân Lập",true,null]]' \
    "organisations in a lease table, not flagged whole, no sex from their names"
is "$(parcels lease)" '9 184 2245 SKC 0
23 185 2940.9 TMD 1
36 594 2730.3 TMD 2' "number and sheet from one cell ('184/9' under 'thửa/tờ')"
is "$(jq -r '[.parcels[].term] | join(",")' lease.json)" \
    '50 năm,30 năm,20 năm' "each lease's term"
is "$(reasons lease | grep -c 'damaged\|not read')" 0 "no row taken for damaged"

# A table OCR could not read (testdata/tables/unread.words): its lines
# stand in columns but no row gives a parcel.  One review item says so,
# names its page, and stands for the holders too, so that no holder it
# lost goes unflagged.
read_words unread
is "$(jq -c '[.review[] | select(.field | test("^(owners|parcels)")) |
    [.field, .reason, .also]]' unread.json)" \
    '[["parcels","page 1: no parcel found: the rows of its table could not be read",["owners"]]]' \
    "a table whose rows were not read: one item, standing for its holders"

# A table of dashed rules OCR read as marks, a crease across it
# (testdata/tables/lostrows.words): its header of table words reads, its
# five rows of figures give no holder, and a stray "3" after "Diện tích"
# a parcel with an area.  The table is flagged whole, its rows missing,
# standing for its holders: no row it lost goes unflagged.
read_words lostrows
is "$(jq -c '[.review[] | select(.field | test("^(owners|parcels)$")) |
    [.field, .reason, .also]]' lostrows.json)" \
    '[["parcels","page 1: a table of holders (5 rows): no row could be read",["owners"]]]' \
    "a table whose rows were lost: one item, its rows counted, for its holders too"
# The same with its header and four rows clean, read as a table; its
# fifth row, across the crease, gives nothing: it is missing, and told.
read_edited lostrows2 lostrows '
s/^line 900 .*/line 900 Họ@310 tên@380 chủ@470 hộ@560 Năm@780 Tờ@930 Thửa@1060 Diện@1240 tích@1360 Loại@1560 đất@1680 Ghi@1880 chú@1970/
s/^line 1060 .*/line 1060 Lò@300 Văn@380 Pấn@480 1968@780 44@940 198@1060 4188,3@1240 CLN@1560/
s/^line 1140 .*/line 1140 Cà@300 Thị@380 Hoa@480 1972@780 36@940 323@1060 2242,2@1240 CLN@1560/
s/^line 1220 .*/line 1220 Hà@300 Văn@380 Tâm@480 1963@780 30@940 119@1060 3461,4@1240 HNK@1560/
s/^line 1300 .*/line 1300 Giàng@300 Thị@420 Mỷ@520 1965@780 47@940 329@1060 4540,6@1240 CLN@1560/'
is "$(parcels lostrows2 | wc -l)" 4 "four rows of five read"
is "$(jq -c '[.review[] | select(.field | test("^(owners|parcels)")) |
    [.field, .reason]]' lostrows2.json)" \
    '[["parcels","page 1: a table of holders (5 rows): only 4 read, rows missing"]]' \
    "the row missing is told, once, for the whole table"

# A parcel given in lettered lines of labels and values (testdata/tables/
# lettered.words): "b) Địa chỉ thửa đất: tổ 13, ..." names three column
# labels but no holders' column, and is prose: no table lost.
read_words lettered
is "$(reasons lettered | grep -c 'table')" 0 \
    "lines of labels and values are no table of holders, nothing lost"

# An unruled table of households, horizontal rules only, names in capitals
# (testdata/tables/households.words): a name cell merged over its rows
# stands beside their middle, on a line of its own or on a middle row; its
# rows run to the household's own "Cộng", and the table on to "Tổng cộng".
# A header with "ÔÁC9" (specks) in it is still a header; its second line
# "2 sử dụng" is no row.
read_words households
is "$(jq -c '[.owners[] | [.name, .household]]' households.json)" \
    '[["Bùi Thế Dũng",true],["Lưu Thị Hạnh",true],["Ninh Văn Đại",false]]' \
    "households in capitals, one a name cell merged over its rows"
is "$(parcels households)" '66 340 522 LUC 0
67 238 962 NTS 0
7 509 3198 ONT 1
1 38 757 CLN 1
70 519 3140 RSX 2
1 761 306 LUK 2
30 302 505 NTS 2' "every row its household's, up to its 'Cộng'; a name alone is no parcel"
is "$(reasons households | grep -c 'add up\|damaged in OCR')" 0 \
    "the rows add up to 'Tổng cộng'; the table is not taken for damaged"

# The same table lower on its page, running on over a second page with
# no header (testdata/tables/runson.words): page 1's rows are read; those
# of page 2 are not, and one review item says so, standing for their
# holders (no holder it lost goes unflagged).
read_words runson
is "$(jq -c '[.owners[].name]' runson.json)" \
    '["Bùi Thế Dũng","Lưu Thị Hạnh","Ninh Văn Đại"]' "page 1's households read"
is "$(jq -c '[.review[] | select(.field == "parcels") | [.reason, .also]]' \
    runson.json)" \
    '[["page 2: the table of page 1 runs on: its rows there were not read",["owners"]]]' \
    "the rows on page 2 not read: one item, standing for their holders"

# A ruled grid drawn again on three pages, its header repeated, specks in
# those of pages 1 and 3 (testdata/tables/twopage.words): page 1's rows
# take the columns of the same grid on page 2, page 3's those of the
# table they continue; one table, its rows in order, no item.
read_words twopage
is "$(holders twopage)" \
    '["Lò Văn Hùng","Quàng Thị Mai","Điêu Chính Tâm","Nguyễn Văn Thành","Lường Văn Đức","Cầm Thị Xuân"]' \
    "the holders of the three pages, in order"
is "$(parcels twopage)" '12 57 3362.7 ONT 0
12 58 415 CLN 1
13 112 1204.5 LUC 2
13 113 98.2 ONT 3
14 20 650.4 BHK 4
14 21 2010 LUC 5' "pages 1 and 3 read in the columns of page 2's header"
is "$(reasons twopage | grep -c 'parcels')" 0 \
    "no table flagged: the rows add up to the total and to Điều 1's count"

# Households whose name cells are merged over their parcel rows, the
# rules between those rows stopping at the name column
# (testdata/tables/merged.words): each name is read whole, its wrapped
# lines joined across the rows it stands beside, and every row of the
# merge is its holder's.
read_words merged
is "$(holders merged)" '["Lò Văn Hùng","Quàng Thị Mai"]' \
    "each merged name cell one holder, its lines joined"
is "$(parcels merged)" '12 57 3362.7 ONT 0
12 58 415 CLN 0
13 112 1204.5 LUC 0
13 113 98.2 ONT 1
14 20 650.4 BHK 1' "the rows of a merged name cell are its holder's"
is "$(reasons merged | grep -c 'parcels')" 0 "no row taken for damaged"

# A ruled table whose header OCR damaged over its parcel-number and sheet
# columns, parcel numbers first (testdata/tables/bysize.words): of two
# columns of whole numbers no header names, the one of far smaller values
# holds the sheets; both are reviewed as columns named by their values.
read_words bysize
is "$(parcels bysize)" '7 430 3853.6 ONT 0
22 62 96.7 CLN 1
51 547 2399.8 ONT 2
38 385 424.2 CLN 3' "sheets and parcel numbers told apart by their size"
is "$(reasons bysize | grep -c 'column named by its values')" 2 \
    "the two columns reviewed, once each"
# The same with its area header damaged too and the areas' separators
# lost: three columns of whole numbers, the areas the largest.
sed 's/,\([0-9]\)@1520/\1@1520/; s/\.\([0-9]\{3\}\)\([0-9]\)@1520/\1\2@1520/
    s/Diện@1510 tích@1630/Điệndch@1510/; s/(m²)@1540/(m?)@1540/' \
    "$P/bysize.words" >bysize3.words
python3 "$P/mkwords" bysize3.words >bysize3.jsonl
run ocr-extract -q <bysize3.jsonl
printf '%s\n' "$out" >bysize3.json
is "$(parcels bysize3)" '7 430 38536 ONT 0
22 62 967 CLN 1
51 547 23998 ONT 2
38 385 4242 CLN 3' "three columns of whole numbers: sheets, numbers, areas by size"
is "$(reasons bysize3 | grep -c 'column named by its values')" 3 \
    "the areas' column reviewed with them"
# The same with two of the four sheets garbled by OCR ("7%", "3%"): a
# narrow column of numbers, half of them clean and the rest numbers with a
# stray mark, is still a column of whole numbers told apart by size; the
# garbled cells are damage, and the table is reviewed for it.
read_edited bysize-garbled bysize 's/ 7@1330/ 7%@1330/; s/ 38@1330/ 3%@1330/'
is "$(parcels bysize-garbled | cut -d' ' -f2-5)" '430 3853.6 ONT 0
62 96.7 CLN 1
547 2399.8 ONT 2
385 424.2 CLN 3' "a sheets' column with garbled cells: the table read, not flagged unread"
like "$(reasons bysize-garbled)" 'parcels: .*damaged' \
    "the garbled cells put the table under review"
# The same with its land-use header turned and unread ("ĐỊA ¬") and a
# speck after two of the codes ("ONT_"): a column of land-use codes named
# by its values, a code with a speck after it still a code.
read_edited bysize-specks bysize 's/Loại@1820 đất@1940/ĐỊA@1820 ¬@1940/
    s/ONT@1900/ONT_@1900/'
is "$(parcels bysize-specks | cut -d' ' -f4 | tr '\n' ' ')" 'ONT CLN ONT CLN ' \
    "land-use codes with specks name their column"
# The same with two codes whose letters OCR took for look-alikes, "(1N"
# and "CIN" for CLN: "(" a C, 1 and I an L, when that makes a code.
read_edited bysize-lookalike bysize 's/96,7@1520 CLN@1900/96,7@1520 (1N@1900/
    s/424,2@1520 CLN@1900/424,2@1520 CIN@1900/'
is "$(jq -c '[.parcels[].land_use]' bysize-lookalike.json)" \
    '["ONT","CLN","ONT","CLN"]' "land-use codes read through look-alike characters"
# The same with its holders' column headed "Hộ gia đình, cá nhân" as OCR
# damaged it ("Hộ gio đình, có nhôn"): a header that lists two kinds of
# holder (a comma after its first words) makes no row a household.
read_edited bysize-either bysize \
    's/Họ@450 và@530 tên@600/Hộ@450 gio@510 đình,@600 có@720 nhôn@800/'
is "$(jq -c '[.owners[].household]' bysize-either.json)" \
    '[false,false,false,false]' "'Hộ gia đình, cá nhân' damaged: no household"
read_edited bysize-hh bysize 's/Họ@450 và@530 tên@600/Hộ@450 gia@510 đình@600/'
is "$(jq -c '[.owners[].household]' bysize-hh.json)" \
    '[true,true,true,true]' "'Hộ gia đình' alone: households"
# The same with a holder titled "Bà" read "Bò" (its vowel misread under
# its grave mark): a title, not a surname to mend ("Lò").
read_edited bysize-bo bysize 's/Quàng@450 Thị@600 Mai@702/Bò@450 Quàng@510 Thị@640 Mai@730/'
is "$(jq -c '.owners[1] | [.name, .gender]' bysize-bo.json)" \
    '["Quàng Thị Mai","F"]' "'Bò' before a name of three words is 'Bà'"

# An unruled table that OCR cut into one line a cell, the header's and
# every row's (testdata/tables/cellines.words): the lines of a table
# standing side by side on one band are one row.
read_words cellines
is "$(holders cellines)" \
    '["Lò Văn Hùng","Quàng Thị Mai","Điêu Chính Tâm","Nguyễn Văn Đức"]' \
    "a table cut into a line a cell: every holder"
is "$(parcels cellines)" '7 430 3853.6 ONT 0
22 62 96.7 CLN 1
51 547 2399.8 ONT 2
38 385 424.2 CLN 3' "and every cell in its column"
is "$(reasons cellines | grep -c 'table\|row\|column')" 0 \
    "its header names every column; the total adds up"

# The same with its dotted rules read as marks glued to the names and
# standing between cells ("¡Lò Văn Hùng", "ˆ", "iĐiêu"): a rule's marks
# are no part of a name, and part cells as "|" does, no damage.
read_variant dotmarks 's/^line 1140 Lò@450/line 1140 ¡Lò@430/
    s/^line 1220 Quàng@450/line 1220 ¡Quàng@430/
    s/^line 1300 Điêu@450/line 1300 iĐiêu@426/
    s/^line 1380 Nguyễn@450/line 1380 lNguyễn@426/
    s/^line 1140 430@1330/line 1140 ˆ@1300 430@1330/'
is "$(holders dotmarks)" "$(holders cellines)" \
    "a dotted rule's marks glued to names: every name as without them"
is "$(reasons dotmarks | grep -c 'table\|row\|column')" 0 \
    "and no row damaged"

# The same with its name column headed by words no label knows ("Hộ ông
# (bà)"): a column of people's names (two to six capitalised words a
# cell) is the holders' column.
read_variant hoong \
    's/^line 1040 Họ@450 và@530 tên@600/line 1040 Hộ@450 ông@530 (bà)@610/'
is "$(holders hoong)" \
    '["Lò Văn Hùng","Quàng Thị Mai","Điêu Chính Tâm","Nguyễn Văn Đức"]' \
    "a name column no header names: named by its values, people's names"
is "$(jq -c '[.owners[].household]' hoong.json)" '[true,true,true,true]' \
    "its header \"Hộ ông (bà)\": the holders are households"

# With no row numbers, and the sheet and parcel number of two rows in a
# row lost in OCR: under a header, a row of a name, one number and a
# land-use code is a row still, not the end of the table.
read_variant lost '/^line 1[0-9]*0 [0-9]@340$/d; /^line 1040 STT@320$/d
    /^line 1220 22@1080$/d; /^line 1220 62@1330$/d
    /^line 1300 51@1080$/d; /^line 1300 547@1330$/d'
is "$(holders lost)" \
    '["Lò Văn Hùng","Quàng Thị Mai","Điêu Chính Tâm","Nguyễn Văn Đức"]' \
    "rows whose numbers OCR lost: every holder still"
is "$(parcels lost)" '7 430 3853.6 ONT 0
null null 96.7 CLN 1
null null 2399.8 ONT 2
38 385 424.2 CLN 3' "each row its own parcel, nothing shifted"
is "$(reasons lost | grep -c 'not found')" 2 "the two rows' lost cells reviewed"
# The same with specks where a row number was ("mẻ. ốc"): the row still.
read_variant specks '/^line 1[0-9]*0 [0-9]@340$/d; /^line 1040 STT@320$/d
    /^line 1220 22@1080$/d; /^line 1220 62@1330$/d
    /^line 1300 51@1080$/d; /^line 1300 547@1330$/d
    s/^line 1220 Quàng@450/line 1220 mẻ.@200 ốc@270 Quàng@450/'
is "$(parcels specks)" "$(parcels lost)" \
    "specks before a name and numbers lost: the row read, none shifted"

# A couple in one holder's cell, the wife's name wrapped, their two birth
# years in one cell (testdata/tables/couple.words): two owners, spouses of
# each other, each with a year; the rows below keep their own holders.
read_words couple
is "$(jq -c '[.owners[] | [.name, .gender, .birth_year, .spouse]]' couple.json)" \
    '[["Điêu Chính Tâm","M",1958,null],["Lò Văn Hùng","M",1962,2],["Quàng Thị Mai","F",1965,1],["Nguyễn Thị Đức","F",1971,null]]' \
    "a couple in one cell: husband and wife, spouses, each a birth year"
is "$(parcels couple)" '7 430 3853.6 ONT 0
22 62 96.7 CLN 1
38 385 424.2 CLN 3' "the couple's row held by the husband, the next by its own holder"
is "$(reasons couple | grep -c 'table\|more in a cell')" 0 \
    "nothing left over in the cell, no damage"
# The same under "Ngày sinh", whole birth dates ("01/03/1958") in the
# column: each holder's birth date and its year; a cell of years alone
# (the couple's) gives their years.
read_edited coupledates couple 's/Năm@1200 sinh@1300/Ngày@1150 sinh@1260/
    s/ 1958@1220/ 01\/03\/1958@1150/; s/ 1971@1220/ 18\/11\/1971@1150/'
is "$(jq -c '[.owners[] | [.birth_date, .birth_year]]' coupledates.json)" \
    '[["1958-03-01",1958],[null,1962],[null,1965],["1971-11-18",1971]]' \
    "a 'Ngày sinh' column: birth dates and their years"

# Areas whose separators OCR lost, none of the column well-formed to tell
# its decimals ("38536", "967", "4242"), one misread ("2/3998" read 2,39),
# no total line, Điều 1 stating the area ("Thu hồi 6.774,3 m2"): the
# decimals that make the areas add up to it, and the misread one what the
# total leaves, each reviewed.
read_variant sep 's/^line 600 .*/line 600 Điều@430 1.@550 Thu@610 hồi@700 6.774,3@790 m2@960 đất@1030 của@1110 4@1200 hộ@1240 gia@1300 đình,@1380 cá@1520 nhân@1590 sau:@1710/
    s/3\.853,6@1520/38536@1520/; s/96,7@1520/967@1520/
    s/2\.399,8@1520/2\/3998@1520/; s/424,2@1520/4242@1520/
    /Tổng~cộng/d; /6\.774,3@1520/d'
is "$(jq -c '[.parcels[].area]' sep.json)" '[3853.6,96.7,2399.8,424.2]' \
    "areas' lost separators put back by the area Điều 1 states"
like "$(reasons sep)" 'decimals that make the areas add up to the total' \
    "the areas so read reviewed"
like "$(reasons sep)" 'area taken from the total' "and the misread one"
is "$(jq -r '.review[].reason' sep.json | grep -c 'total stated')" 0 \
    "the areas add up to the total stated"

# A header of three lines over an ID-number column, the parcel columns'
# cells split over its first and third lines (testdata/tables/threehead.words):
# read by the columns the rows line up in, never one column off; the
# parcel numbers and sheets, specks after two of them, by their values.
read_words threehead
is "$(parcels threehead)" '7 430 3853.6 ONT 0
22 62 96.7 CLN 1
51 547 2399.8 ONT 2
38 385 424.2 CLN 3' "a three-line header: every cell in its column"
is "$(jq -c '[.owners[] | [.name, .id_number]]' threehead.json)" \
    '[["Lò Văn Hùng","024160336741"],["Quàng Thị Mai","024050844801"],["Điêu Chính Tâm","024164298041"],["Nguyễn Văn Đức","024055991285"]]' \
    "the holders with their ID numbers"
# The same under "Số ĐDCN" (số định danh cá nhân): personal
# identification numbers, not CCCD card numbers.
read_edited threehead-dd threehead 's/Số@1000 CCCD@1060/Số@1000 ĐDCN@1060/'
is "$(jq -c '[.owners[].id_type] | unique' threehead-dd.json)" '["dinh-danh"]' \
    "a 'Số ĐDCN' column: dinh-danh numbers"
# The same with the row numbers run into the names' column, its header
# no label ("Người có đất"): the names' column by its values, the row
# number before each name passed over.
read_edited sttname threehead \
    's/STT@320 Họ@450 và@530 tên@600/Người@450 có@560 đất@620/
    s/^\(line 1[1-3][0-9]0\) \([1-4]\)@340/\1 \2@410/'
is "$(holders sttname)" \
    '["Lò Văn Hùng","Quàng Thị Mai","Điêu Chính Tâm","Nguyễn Văn Đức"]' \
    "row numbers in the names' column: the names read without them"
# The same with the ID column headed "Số định danh cá nhân" over two lines
# (the record contract's id_type "dinh-danh"), one holder's ID of nine
# digits: the personal ID numbers are "dinh-danh", never "cccd"; nine
# digits are a "cmnd" whatever the header.
read_edited dinhdanh threehead 's/Số@1000 CCCD@1060/Số@1000 định@1060 danh@1160/
    s/^line 1090 /line 1090 cá@1000 nhân@1060 /
    s/024050844801@1000/024050844@1000/'
is "$(jq -c '[.owners[] | [.id_number, .id_type]]' dinhdanh.json)" \
    '[["024160336741","dinh-danh"],["024050844","cmnd"],["024164298041","dinh-danh"],["024055991285","dinh-danh"]]' \
    "IDs under 'Số định danh cá nhân' are dinh-danh; nine digits a cmnd"

# IDs in a table's cells with figures repaired (OCR's letters for figures:
# lr_id_repairs, the rule the text and certificates use), in the table of
# testdata/tables/headless.words: three, no value and the holder for
# review saying why; one, the ID kept and doubted.
read_edited idrep3 headless 's/034138899012@1060/O34I388990I2@1060/'
read_edited idrep1 headless 's/283292557@1060/2832925S7@1060/'
is "$(jq -c '[.owners[] | .id_number]' idrep3.json idrep1.json)" \
    '["172959784",null,"283292557","250333009"]
["172959784","034138899012","283292557","250333009"]' \
    "a cell's ID with three figures repaired has no value; one with one is kept"
is "$(jq -c '[.review[] | select(.reason | test("ID unreadable: too many figures repaired")) | .field]' idrep3.json
    jq -c '[.review[] | select(.reason | test("id_number: digits repaired")) | .field]' idrep1.json)" \
    '["owners[1]"]
["owners[2]"]' \
    "the refused ID's holder is for review, saying why; the repaired one doubted"

# A column of areas printed with no thousands dots ("6774,3"), OCR having
# lost the commas of some ("23998") and damaged another that it still read
# right ("3853/60"): the decimals that make the areas add up to the total
# are put back, the damaged area being what the total leaves.
read_variant nodots 's/3\.853,6@1520/3853\/60@1520/; s/96,7@1520/967@1520/
    s/2\.399,8@1520/23998@1520/; s/424,2@1520/4242@1520/
    s/6\.774,3@1520/6774,3@1520/'
is "$(jq -c '[.parcels[].area]' nodots.json)" '[3853.6,96.7,2399.8,424.2]' \
    "areas with no thousands dots, commas lost: decimals from the total"
like "$(reasons nodots)" 'area separators lost in OCR' \
    "and the areas so read reviewed"

# Điều 1 whose number OCR read "l" ("Điều l:") names the commune of the
# table's rows, which print no address: every row is of that commune.
read_variant article_l 's/^line 600 .*/line 600 Điều@430 l:@550 Thu@610 hồi@700 đất@790 tại@880 xã@960 Ẳng@1030 Nưa,@1130 huyện@1250 Mường@1380 Ảng@1530 của@1620 4@1700 hộ@1740 sau:@1800/'
is "$(jq -c '[.parcels[].commune_code, .owners[].commune_code] | unique' \
    article_l.json)" '["03307"]' \
    "'Điều l:' is Điều 1: its commune carried to the rows that print none"

# Điều 1 names a commune that two districts have ("xã Mường Lạn", in
# Mường Ảng and in Sốp Cộp): the one of the issuing district ("Ủy ban nhân
# dân huyện Mường Ảng") is the rows' commune.
read_variant issuer_commune 's/^line 600 .*/line 600 Điều@430 1.@550 Thu@610 hồi@700 đất@790 tại@880 xã@960 Mường@1030 Lạn@1180 của@1280 4@1370 hộ@1410 gia@1470 đình,@1550 cá@1690 nhân@1760 sau:@1880/
    s/^line 300 .*/line 300 ỦY@420 BAN@500 NHÂN@600 DÂN@720\
line 370 HUYỆN@400 MƯỜNG@560 ẢNG@720/'
is "$(jq -c '[.parcels[].commune_code, .owners[].commune_code] | unique' \
    issuer_commune.json)" '["03313"]' \
    "a commune name two districts have: the issuer's district's commune"

# An unruled table whose areas and land-use codes stand a few spaces
# apart, narrower than the gap that parts its other columns ("3.853,6
# ONT", its header "Diện tích" on two lines): numbers on the left, words on
# the right down every row are two columns, each its own cell.
read_variant narrow 's/^line 1040 Diện@1560 tích@1670$/line 1040 Diện@1480 Loại@1670 đất@1790\nline 1075 tích@1480/
    /^line 1040 Loại@1860 đất@1980$/d; /^line [0-9]* [A-Z][A-Z][A-Z]@1900$/d
    s/^line 1140 3.853,6@1520$/line 1140 3.853,6@1480 ONT@1670/
    s/^line 1220 96,7@1520$/line 1220 96,7@1480 CLN@1670/
    s/^line 1300 2.399,8@1520$/line 1300 2.399,8@1480 ONT@1670/
    s/^line 1380 424,2@1520$/line 1380 424,2@1480 CLN@1670/; s/@1520$/@1480/'
is "$(jq -c '[.parcels[] | [.area, .land_use]]' narrow.json)" \
    '[[3853.6,"ONT"],[96.7,"CLN"],[2399.8,"ONT"],[424.2,"CLN"]]' \
    "areas and land uses a narrow gap apart: each read from its own column"

# A holder's spouse on a line of its own under her name, with a parcel of
# the couple on it ("và chồng là ông Lò Văn Pằn  23  63  120,5  LUC"): a
# row of the holder above, the spouse an owner of his own, not the row
# numbers' next holder.
read_variant spouse_row 's/^line 1220 Quàng@450 Thị@600 Mai@702$/line 1220 Bà@450 Quàng@510 Thị@660 Mai@762/
    /^line 1300 3@340$/i\
line 1260 và@450 chồng@510 là@640 ông@690 Lò@770 Văn@830 Pằn@920 23@1080 63@1330 120,5@1520 LUC@1900
    s/6\.774,3/6.894,8/'
is "$(jq -c '[.owners[] | [.name, .spouse]]' spouse_row.json)" \
    '[["Lò Văn Hùng",null],["Quàng Thị Mai",2],["Lò Văn Pằn",1],["Điêu Chính Tâm",null],["Nguyễn Văn Đức",null]]' \
    "a spouse's line in the holders' column: an owner, the holder's spouse"
is "$(parcels spouse_row)" '7 430 3853.6 ONT 0
22 62 96.7 CLN 1
23 63 120.5 LUC 1
51 547 2399.8 ONT 3
38 385 424.2 CLN 4' "its parcel the couple's row, no holder shifted"

# Titles OCR glued to the names after them ("ÔngLò Văn Hùng",
# "BàQuàngThịMai"): the name is read without its title, the sex from it.
read_variant glued 's/^line 1140 Lò@450 Văn@528 Hùng@630$/line 1140 ÔngLò@450 Văn@600 Hùng@700/
    s/^line 1220 Quàng@450 Thị@600 Mai@702$/line 1220 BàQuàngThịMai@450/'
is "$(jq -c '[.owners[] | [.name, .gender]]' glued.json)" \
    '[["Lò Văn Hùng","M"],["Quàng Thị Mai","F"],["Điêu Chính Tâm","M"],["Nguyễn Văn Đức","M"]]' \
    "a title glued to the name: taken off, the sex from it"

# Under the table, the term of use past a qualifier ("Thời hạn sử dụng
# đất sau khi chuyển mục đích: Lâu dài."): the term of every row, no
# parcel of its own.
read_variant term_under '/^line 1700 /i\
line 1560 Thời@430 hạn@540 sử@630 dụng@700 đất@820 sau@900 khi@990 chuyển@1070 mục@1230 đích:@1320 Lâu@1460 dài.@1560'
is "$(jq -c '[.parcels[].term]' term_under.json)" \
    '["Lâu dài","Lâu dài","Lâu dài","Lâu dài"]' \
    "a term under the table, past its qualifier: every row's"

# Holders' addresses that name a commune alone ("xã Mường Lạn"), a name
# two districts have, under an Điều 1 that names it with its district
# (testdata/tables/namesake.words): the commune of Điều 1, not reviewed
# as one several communes fit.
read_words namesake
is "$(jq -c '[.owners[].commune_code] | unique' namesake.json)" '["03313"]' \
    "an address naming a commune several districts have: Điều 1's"
is "$(reasons namesake | grep -c 'several communes fit')" 0 \
    "and not reviewed as ambiguous"

# Areas whose commas OCR lost ("38536", "4242") beside two it damaged:
# "96/7", one decimal as the column's, read right, and "2399/88", a digit
# too many: the total puts back the lost commas and takes the damaged
# area with the wrong decimals from what is left (2.399,8).
read_variant odds 's/3\.853,6@1520/38536@1520/; s/96,7@1520/96\/7@1520/
    s/2\.399,8@1520/2399\/88@1520/; s/424,2@1520/4242@1520/'
is "$(jq -c '[.parcels[].area]' odds.json)" '[3853.6,96.7,2399.8,424.2]' \
    "commas lost and two areas damaged: the total tells which to mend"
like "$(reasons odds)" 'parcels: page 1: the table of holders' \
    "and the table, its areas damaged, reviewed"

# The same change of use with "Mục đích sử dụng" merged over "Hiện trạng |
# Sau khi chuyển": the land use before and after, each from its column.
sed 's/^line 1734 .*/line 1734 Số@450 tờ@520 Số@700 thửa@770 Diện@1010 tích@1130 (m2)@1240 Mục@1580 đích@1680 sử@1800 dụng@1870\nline 1780 Hiện~trạng@1490 Sau~khi~chuyển@1850/' \
    "$P/change.words" >change2.words
python3 "$P/mkwords" change2.words >change2.jsonl
run ocr-extract -q <change2.jsonl
printf '%s\n' "$out" >change2.json
is "$(jq -r '.parcels[] | [.land_use, .land_use_to] | join(" ")' \
    change2.json)" 'LUK ONT
CLN ONT
CLN ONT' "'Hiện trạng' and 'Sau khi chuyển' under 'Mục đích sử dụng'"

# A table that prints its parcels' addresses and not its holders', under
# an Điều 1 that names no place (testdata/tables/parcelsite.words): each
# holder is of the commune its parcels lie in, reviewed as so taken.
read_words parcelsite
is "$(jq -c '[.owners[].commune_code] | unique' parcelsite.json)" '["03307"]' \
    "holders with no address: the commune of their parcels"
is "$(jq '[.review[] | select(.reason | test("commune taken from the addresses of the holder"))] | length' parcelsite.json)" 3 \
    "each reviewed as taken from the parcels"

# An unruled table whose holders' column is headed "Hộ gia đình, cá nhân"
# (testdata/tables/subrows.words): a holder's further parcels on sub-rows
# of values only, name and row number blank, each holder closed by its own
# "Cộng"; only the row titled "Hộ ông" is a household.
read_words subrows
is "$(parcels subrows)" '12 1537 312.5 LUC 0
12 208 1040 BHK 0
13 2975 86.4 LUC 0
7 44 2006.1 CLN 1
7 1066 95 ONT 2' "sub-rows of values only are parcels of the holder above"
is "$(jq -c '[.owners[] | [.name, .household]]' subrows.json)" \
    '[["Đỗ Văn Hải",false],["Lý Văn Tài",true],["Đào Thị Nga",false]]' \
    "'Hộ gia đình, cá nhân' over the holders: each row's title decides"

# A ruled table whose vertical rules a faint scan lost but for three
# (testdata/tables/faint.words): each column of the grid holds three, a
# gap apart, numbers on one side at least ("3 | Bà Lê Thị Hoa | 12",
# "1045 | LUC | 521,7"): cut there, every column read.
read_words faint
is "$(parcels faint)" '7 430 3853.6 ONT 0
12 1045 521.7 LUC 1
51 547 96.2 CLN 2
3 88 1204.5 BHK 3' "columns whose rules were lost cut at the gaps between kinds"
is "$(holders faint)" '["Vi Văn Khánh","Lê Thị Hoa","Lục Văn Sơn","Hà Thị Thu"]' \
    "and the names apart from row numbers and sheets"

# An unruled table of one-word header cells set close, the median gap of
# its header a gap between cells (testdata/tables/narrow.words): "Thửa"
# and "Loại" name columns of their own, the areas are parted from the
# sheets that a header word bridges, the codes from the notes beside them.
read_words narrow
is "$(parcels narrow)" '14 501 1030.5 CLN 0
5 1684 1341.4 LUC 1
10 1832 95.2 NTS 2
36 368 2434.8 ONT 3' "close one-word header cells and narrow gaps: every column read"

# An unruled table that runs on over two pages under its header printed
# again (testdata/tables/runon.words): the second page's first row, a
# sub-row of values only, is the last holder's of the first page; one
# table, so no count of holders is found short on either page.
read_words runon
is "$(parcels runon)" '12 1537 312.5 LUC 0
7 44 1006.1 CLN 1
7 45 208 BHK 1
13 2975 96.4 LUC 1
7 1066 95 ONT 2' "a table run on over a page: its first row the holder above's"
is "$(reasons runon | grep -c 'table of holders')" 0 \
    "and it is one table, checked once"

# The same table with the trace of a cell's rule glued before a title,
# "lÔng" ("|Bà" too): the title read, the name after it the holder's.
read_edited ruletitle subrows 's/1@340 Ông@450/1@340 lÔng@450/
    s/3@340 Bà@450/3@340 |Bà@450/'
is "$(jq -c '[.owners[] | [.name, .gender]]' ruletitle.json)" \
    '[["Đỗ Văn Hải","M"],["Lý Văn Tài","M"],["Đào Thị Nga","F"]]' \
    "a rule's mark glued before 'Ông' or 'Bà': the title and name read"

# The same with two of its four land-use codes misread ("ONI", "CIN"):
# the codes' column is still one of words, cut from the numbers beside it.
read_edited faint2 faint 's/ONT@1600/ONI@1600/; s/CLN@1600/CIN@1600/'
is "$(parcels faint2 | cut -d' ' -f1-3)" '7 430 3853.6
12 1045 521.7
51 547 96.2
3 88 1204.5' "codes misread in part: the areas still read from their column"

# The same table of households each closed by its own "Cộng", the second
# page holding only the last household's sub-row and its "Cộng": too few
# words there to show the columns, so the rows are read in the columns of
# the page before; that last "Cộng" is the household's, not the table's
# total.
read_edited runcong runon 's/^line 430 .*/line 430 Cộng@520 1.310,5@1180/
    s/^\(line 3050 .*\)$/\1\nline 3090 Cộng@520 312,5@1200/
    s/03@970 hộ@1040/02@970 hộ@1040/'
is "$(parcels runcong)" '12 1537 312.5 LUC 0
7 44 1006.1 CLN 1
7 45 208 BHK 1
13 2975 96.4 LUC 1' "a short run-on page read in the columns of the page before"
is "$(reasons runcong | grep -c 'table\|total')" 0 \
    "its last household's 'Cộng' no table total: nothing to review"

# A change of use under a header of three lines whose first line OCR
# damaged, so that no line names the columns alone; the sentence before it
# states the total and ends with "cụ thể:" (testdata/tables/stacked.words):
# the lines of the header together name it, the rows are read by their
# geometry, and the total is no parcel.
read_words stacked
is "$(jq -r '.parcels[] | [.sheet, .number, .area, .land_use, .land_use_to,
    .holder] | map(tostring) | join(" ")' stacked.json)" '21 1552 263.8 BHK ONT 0
45 1223 188.2 CLN ONT 1
38 1140 96.9 CLN ONT 2' \
    "a header of three lines, none a header alone: every parcel, not the total"
is "$(holders stacked)" '["Bế Khắc Toàn","Cao Duy Toàn","Hứa Mỹ Quyên"]' \
    "and its holders, a name wrapped in its cell joined"
is "$(jq -r '.owners[2].address' stacked.json)" \
    "thôn Bến, phường Kỳ Trinh, thị xã Kỳ Anh" \
    "the last row's address wrapped under it read whole, not cut at the row"

# A household table whose cells are centred on their rows: each row's
# figures on one line, its names, addresses and term wrapped on the lines
# above and under it (testdata/tables/centred.words): every row is read
# whole, not cut at its line of figures.
read_words centred
is "$(jq -c '[.owners[] | [.name, .address]]' centred.json)" \
    '[["Trịnh Thúy Quyên","ấp Long Thạnh, xã Hậu Mỹ Phú"],["Nông Thanh Nghĩa","ấp Phú Hòa, xã Hậu Mỹ Phú"],["Bế Viết Toàn","khối 9, xã Hậu Mỹ Phú"]]' \
    "cells centred on their rows: names and addresses wrapped above and under read whole"
is "$(jq -r '.parcels[] | [.sheet, .number, .area, .land_use, .term, .holder]
    | map(tostring) | join(" ")' centred.json)" '44 1080 4264.8 LUC 50 năm 0
36 548 4198.5 CLN 50 năm 1
39 1501 4933.8 CLN 50 năm 2' "and every parcel, its term split over two lines joined"
is "$(reasons centred | grep -c 'table')" 0 "no row taken for damaged"

# A table ruled by its columns only, no rule across (testdata/tables/
# vrules.tif, from vrules.spec): its rules are found and taken off like a
# grid's, so that OCR reads it row by row, not column by column with a rule
# read for a letter; the sheets of its narrow column are read.
read_page vrules
is "$(jq '.ocr.pages[0].rules | length' vrules.json)" 9 \
    "a table ruled by its columns only: its nine rules found"
is "$(parcels vrules)" '4 395 660.7 HNK 0
31 1038 805.2 CLN 1
10 777 176.9 LUC 2
17 762 262.9 NTS 3' "every parcel, the sheets of its narrow column too"
is "$(jq -c '[.owners[] | [.name, .birth_year, .address]]' vrules.json)" \
    '[["Phạm Hồng Nguyệt",1977,"thôn Cây Sung, phường Long Thành Trung"],["Cao Thúy Yến",1950,"thôn Đồi Chè, phường Long Thành Trung"],["Giáp Hữu Hiếu",1964,"xóm Mới, phường Long Thành Trung"],["Triệu Kim Ánh",1974,"tổ dân phố Tân Lập, phường Long Thành Trung"]]' \
    "and every holder, birth year and address"

# The households' table of merged.words with what OCR made of specks and
# rule marks in the name cells merged over rows, on the lines above the
# title ("SA", "vZz gưr"): the names are read from their titles.
read_edited junk merged 's/^line 1140 1@340 57@460 12@640/& SA@800/
    s/^line 1380 4@340 113@460 13@640/& vZz@800 gưr@880/'
is "$(holders junk)" '["Lò Văn Hùng","Quàng Thị Mai"]' \
    "marks above a name's title in a merged cell: no part of the name"

# A recovery list ruled by its columns only, read by OCR cell by cell, no
# line holding a row (testdata/tables/colruled.words): the rules make its
# columns, the blank padding across the table its rows.
read_words colruled
is "$(parcels colruled)" '4 395 660.7 HNK 0
31 1038 805.2 CLN 1
10 777 176.9 LUC 2
17 762 262.9 NTS 3' "a table ruled by its columns only, read cell by cell: every parcel"
is "$(jq -c '[.owners[] | [.name, .birth_year, .address]]' colruled.json)" \
    '[["Phạm Hồng Nguyệt",1977,"thôn Cây Sung, phường Long Thành Trung"],["Cao Thúy Yến",1950,"thôn Đồi Chè, phường Long Thành Trung"],["Giáp Hữu Hiếu",1964,"xóm Mới, phường Long Thành Trung"],["Triệu Kim Ánh",1974,"tổ dân phố Tân Lập, phường Long Thành Trung"]]' \
    "and every holder, the cells wrapped over two lines joined"

# The same ruled table under a line of prose that ends no sentence, no
# number in it: its header stays the grid's, never the second line of a
# header stacked under the prose, so the table is read once.
read_edited prosehead merged 's/^line 1040 STT@310/line 950 Nà@430 Hỳ@520 để@600 thực@680 hiện@780 dự@880 án@940 Đường@1010 giao@1160 thông@1270 nông@1400 thôn@1510 bản@1620 Huổi@1700 Một.@1820\n&/'
is "$(jq '.parcels | length' prosehead.json)" 5 \
    "a ruled table under a line of prose: read once, not twice"

# A ruled table whose header spans two rows, "Thửa đất" over its three
# columns, with a row across the table over each hamlet's holders
# (testdata/tables/hamlets.words): one vertical rule run on above the top
# border into the sentence before it makes no row of the table; a hamlet's
# row is no holder, nor the header's last row; "_" left of a rule after a
# row number is no damage.
read_words hamlets
is "$(holders hamlets)" '["Lương Văn Khải","Đinh Thị Loan","Vũ Đức Thịnh","Trần Thị Hằng"]' \
    "a header over two rows, hamlets' rows across: every holder, no hamlet"
is "$(parcels hamlets)" '12 305 1084.5 LUC 0
12 311 456 CLN 1
9 48 2210.7 LUC 2
9 52 318.4 ONT 3' "and every parcel, each its own holder's"
is "$(reasons hamlets | grep -c 'table\|row\|parcels')" 0 \
    "nothing to review in the table: the rules' remains are no damage"

# A road's recovery hamlet by hamlet (testdata/tables/places.words): a
# hamlet's heading across the table right under the header is no header
# row, though the columns cut its words apart; the sheet and the parcel
# in one cell after their labels ("Tờ bản đồ số 20, thửa số 495") under
# "Vị trí thửa đất" name the column by its values; areas grouped by a
# space; uses in words are no stray text.
read_words places
is "$(holders places)" '["Trần Văn Lộc","Lưu Thị Hoa","Châu Văn Nhân","Tô Thị Dung"]' \
    "hamlets' headings across, the first under the header: every holder, no hamlet"
is "$(parcels places)" '20 495 1015.4 LUC 0
20 104 149.5 ONT 1
5 106 2314.8 LUC 2
12 516 208.7 ONT 3' "sheet and parcel from one labelled cell, areas, uses in words"
is "$(reasons places | grep -c 'table\|row\|parcels')" 0 \
    "nothing to review in the table: a use in words is no damage"
# The same with a scanner's streak down the whole page through its area
# column: a streak is no rule of the table, the areas stay whole.
read_edited placestreak places 's/^page 2480 3508$/&\
rule 1650 0 4 3508/'
is "$(parcels placestreak)" "$(parcels places)" \
    "a streak down the page cuts no column: every parcel as without it"

# A ruled table with double rules whose holders stand on rows of their own,
# "1 | Bà Đàm Thị Nga", their parcels on the rows under it numbered 1.1,
# 1.2 with no name (testdata/tables/holderrows.words): the first holder's
# row is no header row, a holder's row no parcel, "1.2" a row number.
read_words holderrows
is "$(holders holderrows)" '["Đàm Thị Nga","Lục Văn Tân","Vi Nhật Khương"]' \
    "holders on rows of their own: every holder, the first one too"
is "$(parcels holderrows)" '8 166 315.1 BHK 0
12 158 827.4 BHK 0
17 296 193.2 ODT 1
11 323 440.1 CLN 2
4 81 607.3 CLN 2' "the rows 1.1, 1.2 under a holder are its parcels, no empty one"
is "$(reasons holderrows | grep -c 'table\|row\|parcels')" 0 \
    "no row taken for damaged"

# The same table with no land-use column, the use stated once for all its
# rows in the next article ("Điều 2. Loại đất thu hồi: đất trồng cây lâu
# năm (CLN)."): every row takes it.
read_edited laterart hamlets 's/ LUC@1950//; s/ CLN@1950//; s/ ONT@1950//
    s/ Loại@1920//; s/ đất@1940//
    s/^line 1700 .*/line 1700 Điều@430 2.@550 Loại@610 đất@720 thu@800 hồi:@880 đất@990 trồng@1080 cây@1210 lâu@1300 năm@1390 (CLN).@1490/'
is "$(parcels laterart)" '12 305 1084.5 CLN 0
12 311 456 CLN 1
9 48 2210.7 CLN 2
9 52 318.4 CLN 3' "a use stated once in the next article: every row's"

# A ruled table with one area column per land use, "ONT | CLN | LUC" under
# "Diện tích thu hồi (m²)", thousands grouped by a space, "2 320,9"
# (testdata/tables/landtypes.words): each parcel's area read whole, its
# use the column the area stands in.
read_words landtypes
is "$(parcels landtypes)" '7 393 2320.9 LUC 0
15 446 1234.9 CLN 1
24 245 243 ONT 2' "one area column per use: the area whole, the use its column's"
is "$(reasons landtypes | grep -c 'table\|row\|parcels')" 0 \
    "the other uses' empty cells are no damage"
# The same row with areas in two of the columns is damaged.
read_edited landtwo landtypes 's/^line 1315 .*/& 12,5@1960/'
is "$(reasons landtwo | grep -c '^parcels')" 1 \
    "areas in two use columns: the row is reviewed (here, the table)"

# The same table under the sentence that opens it stating the use after
# the change and the term once for all its rows ("... chuyển mục đích sử
# dụng đất sang đất ở tại nông thôn (ONT), thời hạn sử dụng đất: Lâu dài,
# cụ thể như sau:"): every row takes them, not the last row alone.
read_edited stated hamlets 's/^line 880 .*/line 880 Điều@430 1.@550 Cho@610 phép@700 chuyển@810 mục@970 đích@1070 sử@1180 dụng@1250 đất@1370 sang@1460 đất@1580 ở@1670 tại@1720 nông@1810 thôn@1930 (ONT),@2050/
    s/^line 955 .*/line 955 thời@300 hạn@410 sử@500 dụng@570 đất:@690 Lâu@820 dài,@920 cụ@1120 thể@1190 như@1280 sau:@1380/'
is "$(jq -c '[.parcels[] | [.number, .land_use, .land_use_to, .term]]' stated.json)" \
    '[["305","LUC","ONT","Lâu dài"],["311","CLN","ONT","Lâu dài"],["48","LUC","ONT","Lâu dài"],["52","ONT","ONT","Lâu dài"]]' \
    "a use and a term the sentence over the table states: every row's"

# And the use and the term both, parted by ";" ("Điều 2. Mục đích sử
# dụng: đất ở tại nông thôn (ONT); thời hạn sử dụng: Lâu dài.").
read_edited laterterm hamlets 's/ LUC@1950//; s/ CLN@1950//; s/ ONT@1950//
    s/ Loại@1920//; s/ đất@1940//
    s/^line 1700 .*/line 1700 Điều@430 2.@550 Mục@610 đích@720 sử@820 dụng@890 đất:@1010 đất@1130 ở@1220 tại@1270 nông@1360 thôn@1480 (ONT);@1600 thời@1760 hạn@1870 sử@1960 dụng:@2030 Lâu@2180 dài.@2270/'
is "$(jq -c '[.parcels[] | [.number, .land_use, .term]]' laterterm.json)" \
    '[["305","ONT","Lâu dài"],["311","ONT","Lâu dài"],["48","ONT","Lâu dài"],["52","ONT","Lâu dài"]]' \
    "a use and a term stated in the next article: every row's"

# An unruled table of shaded rows with no vertical rules
# (testdata/tables/zebra.words): a holder's name over two lines, the
# address over three, a long "Ghi chú" over four, the figures on a row's
# first line.  A row is every line under its first one with nothing in the
# row-number column, however wide: the name is read whole and every row's
# figures are its own.
read_words zebra
is "$(jq -c '[.owners[:4][].name]' zebra.json)" \
    '["Đặng Ngọc Ái","Đặng Thị Uyên","Đinh Kiều Nương","Đàm Quang Hải"]' \
    "rows of wrapped cells: each name whole"
is "$(parcels zebra | head -4)" '42 79 393.3 null 0
24 39 697.6 null 1
10 204 1282.6 null 2
40 488 1583.3 null 3' "rows of wrapped cells: each row's figures its own"
# It goes on over page 2 with no header, a whole row first: those rows
# are read in page 1's columns, not flagged as lost.
is "$(jq -c '[.owners[4:][].name]' zebra.json)" \
    '["Mai Hữu Thành","Lý Minh Kiệt"]' "page 2's rows with no header: read"
is "$(parcels zebra | tail -n +5)" '41 572 496.7 null 4
35 652 514 null 5' "page 2's rows in page 1's columns"
is "$(reasons zebra | grep -c 'runs on\|table')" 0 \
    "page 2's rows read: no item for them"

# An unruled table whose cells are centred on their rows, the first
# row's figures on its first line (testdata/tables/midrows.words): the
# second row's address wraps onto a line above its figures.  The edge
# between two rows is the widest gap between their lines: that line is
# the second row's, not the first's.
read_words midrows
is "$(jq -c '[.owners[].address]' midrows.json)" \
    '["bản Nà Lừa, xã Ẳng Nưa","bản Co Sủ, xã Ẳng Nưa, huyện Mường Ảng","bản Hón, xã Ẳng Tở"]' \
    "cells centred on their rows: a line above a row's figures is its own"
# The same with a line of prose right under the table, starting right of
# the row numbers: its words a space apart, it is no row's wrapped cells
# and does not bridge the columns.
read_edited midprose midrows '/^line 1540 /a\
line 1600 Vị@450 trí@510 các@600 thửa@690 đất@810 được@900 xác@1020 định@1110 theo@1230 bản@1340 đồ@1440 địa@1510 chính@1600 xã@1740 Ẳng@1810 Nưa.@1900'
is "$(parcels midprose)" '7 430 3853.6 ONT 0
22 62 96.7 CLN 1
51 547 2399.8 ONT 2' "prose under the table: no row's, the rows read"

# The table of cellines.words with no total line, every area's
# separators lost ("38536" for 3.853,6) and none read well-formed: neither
# the column nor a total says where they were.  The areas are read with
# one decimal, as areas in m² are written, and put under review, never
# passed as read.
read_variant nosep 's/3\.853,6@1520/38536@1520/; s/96,7@1520/10967@1520/
    s/2\.399,8@1520/23998@1520/; s/424,2@1520/4242@1520/; /Tổng~cộng/d'
is "$(jq -c '[.parcels[].area]' nosep.json)" '[3853.6,1096.7,2399.8,424.2]' \
    "areas with every separator lost, no total: one decimal"
is "$(reasons nosep | grep -c 'rows 1, 2, 3, 4: area separators lost')" 1 \
    "areas with every separator lost, no total: under review"

# Two unruled tables side by side on a landscape page under one header
# line that names their columns twice, "STT Họ và tên ... STT Họ và tên
# ..." (testdata/tables/sidetab.words; issue 16): two tables, cut where
# the second header starts, each read in its own columns, the left's rows
# before the right's, not one table of rows joined across.
read_words sidetab
is "$(holders sidetab)" \
    '["Lò Văn Hùng","Vi Thị Hà","Cà Văn Khánh","Quàng Văn Chiến","Điêu Thị Lan","Mùa A Chứ"]' \
    "tables side by side: the left table's holders, then the right's"
is "$(parcels sidetab)" '12 45 1250 LUC 0
12 46 830.5 ONT 1
13 101 2110 CLN 2
13 102 645.5 LUC 3
14 9 390 ONT 4
14 11 982 CLN 5' "tables side by side: every parcel from its own table's columns"
is "$(reasons sidetab | grep -c 'table')" 0 \
    "tables side by side: six holders, as Điều 1 announces, none flagged"

# The same two tables ruled as one grid (testdata/tables/sidetab-ruled
# .words): one row of rules across both, a vertical rule at each column's
# edge.  The grid is cut where the second header starts (an empty column
# between the two tables' border rules in neither), each half read in its
# own columns, the left's rows first.
read_words sidetab-ruled
is "$(holders sidetab-ruled)" "$(holders sidetab)" \
    "ruled tables side by side in one grid: the left's holders, then the right's"
is "$(parcels sidetab-ruled)" "$(parcels sidetab)" \
    "ruled tables side by side in one grid: every parcel in its own columns"

# The same ruled tables with the rule between rows 1 and 2 faded over the
# row numbers and names (it starts right of them): a row whose first cell
# holds its own row number is a row of its own, its holder's cell not
# merged with the one above.
read_edited sidetab-faded sidetab-ruled 's/^rule 190 800 3120 2$/rule 900 800 2410 2/'
is "$(holders sidetab-faded)" "$(holders sidetab)" \
    "a rule faded over the names of numbered rows: each row's holder its own"
is "$(parcels sidetab-faded)" "$(parcels sidetab)" \
    "a rule faded over the names of numbered rows: each parcel its holder"

# A numbered list of holders whose parcels stand in a column of their own
# after tab leaders, OCR-damaged (testdata/tables/leaders.words): the
# labels of its fullest item name the columns and each item line is a row,
# so a damaged label ("†hửa", "thửo") loses nothing and no item takes the
# next one's values; a lone "ó" where a sheet is due is a 6, reviewed; the
# land use said once before the list is every row's.
read_words leaders
is "$(parcels leaders)" '4 112 356.2 CLN 0
11 57 1204.5 CLN 1
6 230 98.7 CLN 2
13 41 640.3 CLN 3
2 309 715 CLN 4' "a list with tab leaders read item by item"
is "$(holders leaders)" '["Hà Văn Lâm","Hoàng Thị Nga","Triệu Văn Sinh","Nông Đức Hải","Lục Thị Hoa"]' \
    "its holders, the row number read \"ó\" too"
is "$(reasons leaders | grep -c '^parcels')" 1 \
    "only the parcel whose sheet was a letter is reviewed"
like "$(reasons leaders)" '^parcels\[2\]: a figure 6 read as a letter' \
    "the figure 6 put back is reviewed"

# A table of holders, then a table of unit prices whose prices read like
# areas (testdata/tables/prices.words): the prices' table names no column
# of holders or parcels by its header, so it is no table of holders:
# neither read nor flagged as one whose columns could not be mapped.
read_words prices
is "$(parcels prices)" "$(parcels bysize)" "the holders' table read as alone"
is "$(reasons prices | grep -c 'could not be mapped')" 0 \
    "the unit prices' table not flagged as a table of holders"

# A ruled table whose header has two rows, the parcel's columns under a
# merged "Đất thu hồi" (testdata/tables/tworow.words): OCR damaged the
# holder's header cell and glued some names' words ("LòVănPọm"), so the
# column is named by its values, a glued name counting as a name; the
# holders are read and the residence column is theirs, not the parcels'.
read_words tworow
is "$(holders tworow)" '["Lò Văn Pọm","Quàng Thị Ún","Cà Văn Khăm"]' \
    "a two-row header: holders named by their values, glued names too"
is "$(parcels tworow)" '39 37 1476.9 LUK 0
34 690 369.2 LUK 1
35 380 173.4 CLN 2' "its parcels, each with its holder"
is "$(jq -c '[.owners[].address]' tworow.json)" \
    '["bản Na Sang, xã Mường Đăng","bản Co Mận, xã Mường Đăng","bản Hua Sát, xã Mường Đăng"]' \
    "the residence column is the holders' addresses, its second lines kept"
is "$(jq '[.parcels[].address | select(. != null)] | length' tworow.json)" 0 \
    "no parcel takes a holder's residence for its address"

# The same table, the first holder's residence wrapped over three lines
# in its cell, a speck read as a stop after the province's type word
# ("tỉnh." over "Điện Biên"): a unit's type word never ends an address, so
# the cell's last line is kept.
read_edited tworowspeck tworow 's/^line 1400 xã@850 Mường@920 Đăng@1080$/line 1390 xã@850 Mường@920 Đăng,@1050 tỉnh.@1180\
line 1425 Điện@850 Biên@960/'
is "$(jq -r '.owners[0].address' tworowspeck.json)" \
    "bản Na Sang, xã Mường Đăng, tỉnh Điện Biên" \
    "a stop after a unit's type word does not drop the cell's last line"

# A ruled table going on over a page (testdata/tables/cutrow.words): the
# second holder's residence is cut by the page break, its last line under
# the header drawn again on page 2, in a row with no figure and no name;
# it is the rest of the row above: the words go on that holder's address,
# reviewed, and no row is made of them.
read_words cutrow
is "$(jq -r '.owners[1].address' cutrow.json)" \
    "bản Co Mận, xã Mường Đăng, tỉnh Điện Biên" \
    "a row cut by the page break: its last line on the next page kept"
is "$(parcels cutrow)" '39 37 1476.9 LUK 0
34 690 369.2 LUK 1
35 380 173.4 CLN 2' "the table over two pages, no row made of the cut line"
like "$(reasons cutrow)" 'owners\[1\]: .*address: its last words on the next page' \
    "the address joined over the page is reviewed"

# Holders as boxed cards set two by two (testdata/tables/cards.words):
# the two cards of a row stand side by side, their lines level; each box
# is read on its own, the left one first, so every holder keeps its own
# birth year, ID, residence and parcel.
cards_parcels='9 112 1205.6 ONT 0
14 47 342 RSX 1
9 63 2310.4 CLN 2
15 208 96.5 LUC 3'
read_words cards
is "$(holders cards)" '["Quàng Văn Sơn","Lò Thị Xuân","Lường Văn Tiến","Tòng Thị Ơn"]' \
    "boxed cards two by two: the holders in reading order"
is "$(parcels cards)" "$cards_parcels" "each card's parcel with its own holder"
is "$(jq -c '[.owners[] | [.birth_year, .id_number, .address]]' cards.json)" \
    '[[1968,"011068004512","bản Che Phai"],[1971,"011171006238","bản Hới Nọ"],[1980,"011080009375","bản Nà Sáy"],[1959,"011159002146","bản Hua Nạ"]]' \
    "each holder's birth year, ID and residence from its own card"

# The same cards numbered "1." to "4.", under a sentence that names
# columns' labels and ends with a colon ("Thông tin từng người sử dụng đất
# và thửa đất thu hồi như sau:"): that sentence opens the cards, it is no
# table's header, and the first card is no row of a table.
read_edited cardsintro cards 's/ a)@320/ 1.@320/; s/ b)@1320/ 2.@1320/
s/ c)@320/ 3.@320/; s/ d)@1320/ 4.@1320/
/^line 600/a\
line 660 Thông@300 tin@440 từng@520 người@630 sử@770 dụng@840 đất@960 và@1050 thửa@1120 đất@1240 thu@1330 hồi@1420 như@1510 sau:@1600'
is "$(holders cardsintro)" '["Quàng Văn Sơn","Lò Thị Xuân","Lường Văn Tiến","Tòng Thị Ơn"]' \
    "a sentence ending with a colon is no header: the first card's holder kept"
is "$(parcels cardsintro)" "$cards_parcels" "the numbered cards' parcels, no row of a table"

# A table with no rules and no row numbers whose rows each start with
# their holder's title (testdata/tables/titled.words): a line with "Ông"
# or "Bà" first and figures starts a row, though the row ends in its area,
# not in a land-use code; the row's second line, the name's and the
# address's wrapped ends with the birth year under the name, is the row's,
# the last row's too; "sinh năm 1964" in the name's cell is the holder's
# birth year, "Ông"/"Bà" its sex.
read_words titled
is "$(jq -c '[.owners[] | [.name, .gender, .address]]' titled.json)" \
    '[["Lù Thị Xa","F","bản Nậm Pồ, xã Pa Tần"],["Giàng A Páo","M","bản Nà Cái, xã Pa Tần"],["Lò Thị Pản","F","bản Pa Cheo, xã Pa Tần"],["Thào A Dơ","M","bản Nậm Pồ, xã Pa Tần"]]' \
    "rows with no number started by the holder's title: every holder"
is "$(parcels titled)" '14 112 1215.6 ONT 0
14 118 842.3 LUC 1
15 7 2030 CLN 2
15 41 567.8 BHK 3' "each holder's parcel, the land use before the area"
is "$(jq -c '[.owners[].birth_year]' titled.json)" '[1964,1958,1971,1983]' \
    "the birth year wrapped in the name's cell, the last row's too"

# The same table with a name's comma glued to the next word ("Pản,sinh",
# the space after the comma lost in OCR): two words and a comma, so the
# name stops at the comma and the birth year after it is still read.
read_edited titledglued titled 's/Pản,@550 sinh@670/Pản,sinh@550/'
is "$(jq -c '[.owners[] | [.name, .birth_year]]' titledglued.json)" \
    '[["Lù Thị Xa",1964],["Giàng A Páo",1958],["Lò Thị Pản",1971],["Thào A Dơ",1983]]' \
    "a comma glued between two words: the name ends at it, the year read"

# Areas in hectares with the unit in each area's cell, not in the header
# (testdata/tables/cellha.words): "0,1235 ha" is 1235 m²; the unit stays
# in the area's column (no column of its own); a unit OCR read "hd" and a
# whole part read as a letter ("O,2044") are still hectares, reviewed.
read_words cellha
is "$(parcels cellha)" '7 312 1235 LUC 0
12 45 10420 RSX 1
7 218 2044 LUK 2
9 96 875 ONT 3' "areas in hectares by the unit in their cells, made m²"
like "$(reasons cellha)" 'parcels\[2\]: area: area separators damaged' \
    "the damaged one reviewed"

# A speck read "hj" on the line under an area in m² (the row's wrapped
# line, in the area's column) is no unit of that area: only a word on the
# area's own line, a space after it, is.
read_edited titledspeck titled 's/^\(line 1210 .*\)$/\1 hj@2110/'
is "$(jq -c '[.parcels[].area]' titledspeck.json)" '[1215.6,842.3,2030,567.8]' \
    "a two-letter speck under an area: the area stays in m²"

done_testing
