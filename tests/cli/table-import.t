#!/bin/sh
# table-import: finding the table, records, every cleaning check, the
# encodings and XLSX, diagnostics, and the pipeline through parcel-match.
. "$(dirname "$0")/lib.sh"
TT=$TD/table

# rec ROW FILTER: FILTER applied to the record holding spreadsheet row ROW.
rec() {
	printf '%s\n' "$out" | jq -c --argjson r "$1" "select(.rows | index(\$r)) | $2"
}

# kinds ROW: the review kinds of the record of row ROW, sorted.
kinds() {
	rec "$1" '[.review[].reason | split(":")[0]] | sort | join(" ")' | tr -d '"'
}

run table-import -h
is "$rc" 0 "-h exits 0"
like "$out" '^usage: table-import' "-h prints usage on stdout"
run table-import -V
like "$out" 'table-import \(landrec\)' "-V prints the version"
run table-import --bogus x.csv
is "$rc" 2 "unknown option exits 2"
like "$err" '^usage:' "unknown option prints usage on stderr"
run table-import
is "$rc" 2 "no files exits 2"
run table-import --delimiter ab x.csv
is "$rc" 2 "a delimiter of two characters exits 2"

# Finding the table.
run table-import --show-map "$TT/messy.csv"
is "$rc" 0 "--show-map exits 0"
like "$out" 'messy.csv: header row 4-5$' "two-row header under title rows found"
like "$out" '^  Chủ sử dụng = name$' "a short owner label mapped"
like "$out" '^  Thửa đất Tờ bản đồ = sheet$' "a lower label under a merged upper one"
like "$out" '^  Thửa đất Diện tích \(m²\) = area$' "the area column"
is "$(printf '%s\n' "$out" | grep -c '^{')" 0 "--show-map prints no records"

run table-import -q --province 11 "$TT/messy.csv"
is "$rc" 0 "messy register read"
is "$(printf '%s\n' "$out" | wc -l)" 12 "13 data rows make 12 records (title, numbering, blank and subtotal rows skipped)"
is "$(printf '%s\n' "$out" | jq -s -c '[.[].rows[]]')" "[7,8,9,10,11,12,13,15,16,17,18,19,20]" \
    "every data row is in a record with its line number"
printf '%s\n' "$out" | python3 "$TOP/tests/check-records" >/dev/null
ok $? "records valid under record.schema.json"
is "$(rec 7 '.source')" "\"$TT/messy.csv\"" "source is the file as given"
is "$(rec 7 'has("sheet")')" false "no sheet for CSV"

# Records: co-owners in one cell, a continuation row.
is "$(rec 8 '[.owners[] | [.name, .id_number, .birth_year]]')" \
    '[["Lò Văn Bình","011080001111",1980],["Lò Thị Hòa","011182002222",1982]]' \
    "'A và B' gives two owners with their IDs and years"
is "$(rec 9 '[.rows, [.owners[].name]]')" '[[9,10],["Giàng A Páo","Giàng Thị Mai"]]' \
    "a row without a parcel adds a holder to the parcel above"

# Form: changed, original kept, not reviewed.
is "$(rec 7 '[.owners[0].name, .fields["owners[0].name"].original, .fields["owners[0].name"].cell]')" \
    '["Nguyễn Văn An","NGUYỄN VĂN  AN","B7"]' "name in title case and single spaces, original and cell kept"
is "$(rec 7 '[.parcels[0].area, .fields["parcels[0].area"].original, .fields["parcels[0].area"].change]')" \
    '[1234.5,"1.234,5","separators"]' "Vietnamese separators read"
is "$(rec 8 '[.parcels[0].area, .fields["parcels[0].area"].change]')" '[5000,"unit"]' "0,5 ha is 5000 m²"
is "$(rec 8 '.fields["owners[1].name"].original')" '"Lò Thị Hoà"' "tone placement normalised, original kept"
is "$(rec 9 '[.owners[0].id_number, .fields["owners[0].id_number"].change]')" \
    '["011090003333","leading-zero"]' "an ID that lost its leading zero restored"
is "$(rec 16 '[.owners[0].birth_year, .owners[0].birth_date, .parcels[0].area, .parcels[0].land_use]')" \
    '[1985,"1985-04-03",1500,"CLN"]' "birth date, 1.500 m², land-use name to code"
is "$(rec 7 '[.parcels[0].land_use, .parcels[0].commune_code]')" '["ONT","03325"]' \
    "land-use name and commune name to codes"
for r in 7 8 9 16; do
	is "$(kinds $r)" "" "row $r: changes of form only are not reviewed"
done

# Substance: reviewed with a reason.
is "$(kinds 11)" "id-year" "ID year digits disagree with the birth year"
like "$(rec 11 '.review[0].reason')" "born 1970, the row 1965" "the reason says both years"
is "$(kinds 12)" "id-sex" "ID century digit disagrees with the sex"
is "$(kinds 13)" "birth-year-missing id-missing" "missing ID and birth year"
is "$(kinds 15)" "id-lost" "an ID Excel wrote as 1.1088E+11 cannot be restored"
is "$(rec 15 '[.owners[0].id_number, .fields["owners[0].id_number"].original]')" '[null,"1.1088E+11"]' \
    "the lost ID is not guessed; its original is kept"
is "$(kinds 17)" "id-shared id-year" "one ID on two people"
like "$(rec 17 '.review[0].reason')" "messy.csv row 7" "the reason names where the ID was first seen"
is "$(kinds 18)" "parcel-duplicate" "the same parcel twice"
is "$(kinds 19)" "commune-unknown id-digit land-use-unknown" \
    "impossible century digit, unknown commune and land use"
is "$(kinds 20)" "name-variant" "the same ID under another spelling of the name"

# Encodings and delimiters: the same records.
strip() { printf '%s\n' "$out" | jq -c 'del(.id, .source, .fields, .review)'; }
run table-import -q --province 11 "$TT/messy.csv"
want=$(strip)
for f in messy-cp1258.csv messy-tcvn3.csv messy-tab.tsv; do
	run table-import -q --province 11 "$TT/$f"
	is "$(strip)" "$want" "$f: the same records (encoding and delimiter found)"
done
run table-import -q --province 11 --encoding WINDOWS-1258 "$TT/messy-cp1258.csv"
is "$(strip)" "$want" "--encoding given"
run table-import -q --province 11 --delimiter , "$TT/messy.csv"
is "$rc" 1 "the wrong --delimiter finds no header"
like "$err" "messy.csv: no header row" "and says so"

# XLS (BIFF8, old Excel) through FreeXL: testdata/table/make-xls.py wrote
# messy.csv with python3-xlwt, IDs as numbers and a date cell.
run table-import -q --province 11 "$TT/messy.xls"
is "$rc" 0 "XLS read"
is "$(strip | jq -c 'del(.sheet)')" "$want" "messy.xls: the same records as messy.csv"
is "$(rec 9 '[.sheet, .fields["owners[0].id_number"].change]')" '["Danh sách","leading-zero"]' \
    "the sheet's name; a numeric ID cell gets its leading zero back"
is "$(rec 16 '.owners[0].birth_date')" '"1985-04-03"' "a date cell read as the date"
printf 'not an xls' >bad.xls
run table-import -q bad.xls
is "$rc" 1 "an unreadable .xls: exit 1"
is "$err" "table-import: 'bad.xls': not a readable .xls workbook" "and says so"

# --map.
printf 'Người đứng tên;Số hiệu;Quyển\nLò Văn Kim;7;3\n' >odd.csv
run table-import odd.csv
is "$rc" 1 "unknown labels: exit 1"
printf '# labels of odd.csv\nNgười đứng tên = name\nSố hiệu = number\nQuyển = sheet\n' >map.txt
run table-import --map map.txt --show-map odd.csv
like "$out" '^  Người đứng tên = name$' "--map maps a label"
run table-import -q --map map.txt odd.csv
is "$(printf '%s\n' "$out" | jq -c '[.owners[0].name, .parcels[0].sheet, .parcels[0].number]')" \
    '["Lò Văn Kim","3","7"]' "records with --map"
printf 'Người = owner\n' >bad.map
run table-import --map bad.map odd.csv
is "$rc" 1 "a map with an unknown field is an error"
like "$err" "bad.map': line 1: unknown field 'owner'" "naming the line"

# XLSX: shared strings, a merged two-row header, numbers Excel damaged.
run table-import --show-map "$TT/reg.xlsx"
like "$out" 'reg.xlsx:Sổ mục kê: header row 3-4$' "XLSX header rows as Excel numbers them"
like "$out" '^  Thửa đất Thửa số = number$' "merged upper header cell"
run table-import -q --province 11 "$TT/reg.xlsx"
is "$rc" 0 "XLSX read"
is "$(printf '%s\n' "$out" | jq -s -c '[.[0].sheet, .[0].rows, ([.[].rows[]] | length)]')" '["Sổ mục kê",[5],40]' \
    "sheet and rows as Excel shows them"
is "$(printf '%s\n' "$out" | jq -r 'select(.fields["owners[0].id_number"].change == "leading-zero") | .owners[0].id_number' | grep -c '^0')" \
    "$(printf '%s\n' "$out" | jq -r 'select(.fields["owners[0].id_number"].change == "leading-zero") | .id' | wc -l)" \
    "numeric ID cells get their leading zero back"
printf '%s\n' "$out" | python3 "$TOP/tests/check-records" >/dev/null
ok $? "XLSX records valid under record.schema.json"
# every injected problem of substance of the fixture is flagged
missed=$(printf '%s\n' "$out" | jq -r '.rows[0] as $r | "\($r)\t\([.review[].reason | split(":")[0]] | join(","))"' |
    awk -F'\t' 'NR == FNR { k[$2] = $3; next } ($1 in k) && k[$1] !~ /^(clean|caps|leading-zero|ha|separators|nfd|tone|date|cmnd|co-owner|spacing|title)$/ && index($2, k[$1]) == 0 { print $1 }' \
    "$TT/truth.tsv" -)
is "$missed" "" "every problem injected in reg.xlsx is flagged"

# Bad input: reported, the other files still read.
printf 'not a zip' >bad.xlsx
printf 'a,b\n1,2\n' >nohead.csv
run table-import -q bad.xlsx nohead.csv "$TT/messy.csv"
is "$rc" 1 "unreadable files: exit 1"
like "$err" "^table-import: 'bad.xlsx': " "a broken XLSX named"
like "$err" "^table-import: nohead.csv: no header row" "a file without a header named"
is "$(printf '%s\n' "$out" | wc -l)" 12 "the good file is still read"
run table-import -q nowhere.csv
is "$rc" 1 "a missing file: exit 1"
if printf '%s\n' "$err" | grep -qE '[0-9]{9}'; then ok 1 "no ID numbers in diagnostics"; else ok 0 "no ID numbers in diagnostics"; fi

# -o: atomically, mode 0600.
run table-import --province 11 -o out.jsonl "$TT/messy.csv"
is "$(stat -c %a out.jsonl)" 600 "-o file is mode 0600"
like "$err" "13 rows: 12 records, 8 for review \(.*id-year 2" "summary on stderr, with the review items by kind"
is "$out" "" "nothing on stdout with -o"

# The pipeline works unchanged.
parcel-match -q --build-registry "$TD/match/citizens.csv" -r reg.db 2>/dev/null
table-import -q --province 11 "$TT/messy.csv" | parcel-match -q -r reg.db >linked.jsonl
is "$?" 0 "table-import | parcel-match"
is "$(jq -c 'select(.rows[0] == 7) | .owners[0].match.status' linked.jsonl | wc -l)" 1 "owners get a match status"
export-xml -q -o land.xml --rejects rejects.jsonl linked.jsonl 2>/dev/null
is "$(xmllint --xpath 'count(//DC_ThuaDat)' land.xml)" \
    "$(( $(wc -l <linked.jsonl) - $(wc -l <rejects.jsonl) ))" "export-xml exports the parcels of records it takes"
xmllint --noout --schema "$TOP/schemas/hoso.xsd" land.xml 2>/dev/null
ok $? "the XML is valid"
is "$(xmllint --xpath 'count(//ThongTinQuyetDinh)' land.xml)|$(xmllint --xpath 'count(//HoSoXml[ThongTinChu])' land.xml)" \
    "0|$(xmllint --xpath 'count(//HoSoXml)' land.xml)" \
    "register records have no decision: no ThongTinQuyetDinh, and they validate (minOccurs=0)"
sed 's|<xs:element name="ThongTinQuyetDinh" minOccurs="0">|<xs:element name="ThongTinQuyetDinh">|' \
    "$TOP/schemas/hoso.xsd" >strict.xsd
xmllint --noout --schema strict.xsd land.xml 2>/dev/null
is "$?" 3 "the same XML is invalid were the decision required (the test can fail)"

# A long register read in batches: the run remembers every ID and parcel.
awk 'BEGIN { print "Họ và tên;Năm sinh;Số CCCD;Tờ bản đồ;Số thửa";
    for (i = 1; i <= 9000; i++) printf "Lò Văn Kim;1970;011070%06d;%d;%d\n", i, i % 50 + 1, i;
    print "Giàng A Páo;1970;011070000001;99;1"; print "Lò Văn Kim;1970;011070009999;2;1" }' >long.csv
run table-import -q long.csv
is "$rc:$(printf '%s\n' "$out" | wc -l)" "0:9002" "9,002 rows read in batches: a record each"
is "$(printf '%s\n' "$out" | jq -r 'select(.rows[0] > 9001) | [.rows[0], (.review[].reason)] | join(" ")')" \
    "$(printf '%s\n' '9002 id-shared: the same ID is on another person at long.csv row 2' \
    '9003 parcel-duplicate: the same parcel is also at long.csv row 2')" \
    "an ID and a parcel first seen 9,000 rows before are found"

# A long XLSX worksheet streamed in batches, a merged range across the
# boundary between two batches (rows 4,161 and on come in the second).
python3 - <<'PY'
import zipfile
def c(ref, v):
    return '<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, v) if v else ''
def sheet(rows, merges):
    m = ''.join('<mergeCell ref="%s"/>' % x for x in merges)
    return ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData>%s</worksheet>'
            % (''.join('<row r="%d">%s</row>' % (n, ''.join(c('%s%d' % (k, n), v) for k, v in zip('ABCDE', r))) for n, r in rows),
               '<mergeCells>%s</mergeCells>' % m if m else ''))
def book(path, sheets):
    z = zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED)
    z.writestr('xl/workbook.xml', '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>%s</sheets></workbook>'
               % ''.join('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (name, i + 1, i + 1) for i, (name, _) in enumerate(sheets)))
    z.writestr('xl/_rels/workbook.xml.rels', '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>'
               % ''.join('<Relationship Id="rId%d" Target="worksheets/s%d.xml"/>' % (i + 1, i + 1) for i in range(len(sheets))))
    for i, (_, xml) in enumerate(sheets):
        z.writestr('xl/worksheets/s%d.xml' % (i + 1), xml)
    z.close()
notes = sheet([(1, ['Ghi chú: sổ lập năm 2019'])], [])
rows = [(1, ['Họ và tên', 'Năm sinh', 'Số CCCD', 'Tờ bản đồ', 'Số thửa'])]
for n in range(2, 5002):
    inner = 4150 < n <= 4170
    rows.append((n, ['Lò Văn Kim', '1970', '011070%06d' % n, '' if inner else '7', '' if inner else str(n)]))
book('long.xlsx', [('Ghi chú', notes), ('Sổ', sheet(rows, ['D4150:D4170', 'E4150:E4170']))])
book('nohead.xlsx', [('Ghi chú', notes)])
PY
run table-import long.xlsx
is "$rc:$(printf '%s\n' "$out" | wc -l)" "0:4980" "a worksheet of 5,000 rows streamed: a record each, the 21 merged rows one"
is "$(rec 4160 '[.rows[0], (.rows | length), (.owners | length), .parcels[0].number]')" '[4150,21,21,"4150"]' \
    "a merged range across two batches: its value reaches every row"
like "$err" "long.xlsx: sheet Ghi chú: no header row naming the columns \(see --map\); skipped, another sheet has one" \
    "a sheet without a header beside one with a header: skipped with a note"
run table-import -q nohead.xlsx
is "$rc" 1 "a workbook where no sheet has a header: exit 1"
like "$err" "nohead.xlsx: sheet Ghi chú: no header row naming the columns" "and says so"

# The same person under two IDs: reviewed, never merged.
cat >two.csv <<'CSV'
Họ và tên;Năm sinh;Giới tính;Số CCCD;Địa chỉ;Tờ bản đồ;Số thửa
Lò Văn Kim;1970;Nam;011070000101;Bản Co Mận;1;1
Lò Văn Kim;1970;Nam;011070000101;Bản Co Mận;1;2
LÒ VĂN KIM;1970;Nam;011070000202;bản Co Mận;1;3
Lò Văn Kim;1971;Nam;011071000303;Bản Co Mận;1;4
Lò Văn Kim;1970;Nam;011070000404;Bản Na Sang;1;5
Lò Văn Kim;1970;Nam;040123456;Bản Co Mận;1;6
Lò Thị Mai;03/04/1980;Nữ;011180000505;;1;7
Lò Thị Mai;03/04/1980;Nữ;011180000606;;1;8
Lò Thị Mai;1980;Nữ;011180000707;;1;9
CSV
run table-import -q two.csv
is "$(printf '%s\n' "$out" | jq -r '[.rows[0], ([.review[].reason | split(":")[0]] | join(","))] | @tsv' | tr '\t\n' ': ')" \
    "2: 3: 4:id-two 5: 6: 7:id-two 8: 9:id-two 10: " \
    "another ID for the same name, birth year, sex and address, or birth date: reviewed; namesakes apart in year or place are not"
like "$(printf '%s\n' "$out" | jq -r 'select(.rows[0] == 4) | .review[0].reason')" \
    "^id-two: the same name, birth year, sex and address are at two.csv row 2 with another ID$" \
    "the reason names the row of the other ID and no number"
is "$(printf '%s\n' "$out" | jq -c 'select(.rows[0] == 4) | [(.owners | length), .owners[0].id_number]')" '[1,"011070000202"]' \
    "the two IDs stay apart: nothing is merged"

# --write-back: the register as XLSX for the clerks.
cell() { python3 "$TOP/tests/xlsx-cells" "$1" "$2" | awk -F'\t' -v r="$3" '$2 == r { print $3 }'; }
parcel-match -q --build-registry "$TT/people.csv" -r people.db 2>/dev/null
table-import -q --province 11 "$TT/messy.csv" | parcel-match -q -r people.db >wb-linked.jsonl
run table-import -q --province 11 --write-back wb.xlsx --linked wb-linked.jsonl -o wb.jsonl "$TT/messy.csv" "$TT/reg.xlsx"
is "$rc" 0 "--write-back exits 0"
is "$(stat -c %a wb.xlsx)" 600 "the workbook holds personal data: mode 0600"
is "$(ls -a | grep -c '^\.wb\.xlsx\.')" 0 "no temporary file left beside it"
is "$(python3 "$TOP/tests/xlsx-cells" wb.xlsx | cut -f1 | uniq | tr '\n' '|')" "Tổng hợp|messy.csv|Sổ mục kê|" \
    "a summary sheet, then one sheet per sheet read"
is "$(cell wb.xlsx messy.csv A1)" "UBND XÃ MƯỜNG PHĂNG" "title rows kept at their row numbers"
is "$(cell wb.xlsx messy.csv B7)|$(cell wb.xlsx messy.csv K7)" "NGUYỄN VĂN  AN|Nguyễn Văn An" \
    "the original name beside the cleaned one"
is "$(cell wb.xlsx messy.csv E9)|$(cell wb.xlsx messy.csv L9)" "11090003333|011090003333" \
    "the ID Excel damaged beside the one restored"
is "$(cell wb.xlsx messy.csv H8)|$(cell wb.xlsx messy.csv N8)|$(cell wb.xlsx messy.csv O7)|$(cell wb.xlsx messy.csv P7)" \
    "0,5 ha|5000|ONT|03325" "area in m², land-use and commune codes"
is "$(cell wb.xlsx messy.csv K4)|$(cell wb.xlsx messy.csv Q4)|$(cell wb.xlsx messy.csv R4)|$(cell wb.xlsx messy.csv S4)" \
    "Họ tên (làm sạch)|Số định danh cá nhân (12 số)|Trạng thái|Vấn đề cần kiểm tra" "the added columns are labelled in the header"
is "$(cell wb.xlsx messy.csv Q7)|$(cell wb.xlsx messy.csv R7)|$(cell wb.xlsx messy.csv S7)" "011075001234|matched|" \
    "a linked row: its 12-digit ID and status, no problem"
is "$(cell wb.xlsx messy.csv K8)|$(cell wb.xlsx messy.csv Q8)" "Lò Văn Bình; Lò Thị Hòa|011080001111" \
    "co-owners in one row: both cleaned, the one linked"
is "$(cell wb.xlsx messy.csv R11)|$(cell wb.xlsx messy.csv S11)" \
    "unmatched|id-year: the ID's digits say born 1970, the row 1965" "an unlinked row with a problem: status unmatched and the reason"
is "$(cell wb.xlsx messy.csv R8)" "unmatched" "a row is unmatched when one of its owners is"
like "$(cell wb.xlsx messy.csv S13)" "id-missing: no ID number; birth-year-missing: no birth year" \
    "every problem of a row in its one cell"
is "$(cell wb.xlsx messy.csv K21)" "" "a subtotal row gets no values"
is "$(cell wb.xlsx 'Sổ mục kê' S3)|$(cell wb.xlsx 'Sổ mục kê' S6)|$(cell wb.xlsx 'Sổ mục kê' T6)" "Trạng thái|review|birth-year-missing: no birth year" "without linked records, a row with a problem is for review"
is "$(python3 "$TOP/tests/xlsx-cells" wb.xlsx 'Sổ mục kê' | awk -F'\t' '$2 ~ /^S/ && $3 == "ok"' | wc -l)" \
    "$(jq -s '[.[] | select(.source | endswith("reg.xlsx")) | select((.review | length) == 0) | .rows[]] | length' wb.jsonl)" \
    "without linked records, every row of a record without problems is ok"
is "$(cell wb.xlsx 'Tổng hợp' A2)|$(cell wb.xlsx 'Tổng hợp' D2)" "$TT/messy.csv|1" "the summary counts each sheet's rows by status"
is "$(cell wb.xlsx 'Tổng hợp' A5)" "Vấn đề" "and the problems by kind"
table-import -q --province 11 "$TT/messy.csv" >plain.jsonl
is "$(jq -c 'del(.owners[].row)' wb.jsonl | head -12)" "$(jq -c 'del(.owners[].row)' plain.jsonl)" \
    "--write-back does not change the records"
is "$(jq -c '[.owners[] | .row]' plain.jsonl | sed -n 2,3p | tr '\n' ' ')" "[8,8] [9,10] " "each owner names its row"
run table-import --province 11 -o again.jsonl wb.xlsx
is "$rc" 0 "the written-back workbook reads again: exit 0"
like "$err" "sheet Tổng hợp: no header .*; skipped, another sheet has one" "its summary sheet skipped with a note"
is "$(jq -c '[.rows, [.owners[].name]]' again.jsonl | tr -d '\n')" "$(jq -c '[.rows, [.owners[].name]]' wb.jsonl | tr -d '\n')" \
    "the same records, row for row"
run table-import --linked wb-linked.jsonl "$TT/messy.csv"
is "$rc" 2 "--linked without --write-back is a usage error"
run table-import --write-back - "$TT/messy.csv"
is "$rc" 2 "--write-back to standard output is a usage error"
run table-import -q --write-back nodir/wb.xlsx "$TT/messy.csv"
is "$rc" 3 "a workbook that cannot be created: exit 3"
like "$err" "nodir/wb.xlsx': cannot create" "and says so"

done_testing
