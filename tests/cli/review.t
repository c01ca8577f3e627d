#!/bin/sh
# review: HTML pages with crops, correction sheet template, applying a sheet.
. "$(dirname "$0")/lib.sh"
R=$TD/review

run landrec-review -h
ok $rc "-h exits 0"
like "$out" '^usage: landrec-review' "-h prints the usage on stdout"
run landrec-review
is $rc 2 "no mode is a usage error"
run landrec-review --html a --template b
is $rc 2 "two modes are a usage error"
run landrec-review -V
like "$out" '^landrec-review \(landrec\) ' "-V prints the version"

# --html
run landrec-review --html site --base "$R" "$R/records.jsonl"
is $rc 0 "--html exits 0"
like "$err" '3 records, 2 pages, 5 items, 4 crops' "summary on stderr"
is "$(ls site | tr '\n' ' ')" "QD-2016-0005.html QD-2018-0100.html img index.html " \
	"a page per document with items, and the index"
is "$(stat -c %a site site/img site/index.html site/img/QD-2016-0005-1.png)" \
	"$(printf '700\n700\n600\n600')" "the pages hold personal data: 0700/0600"
is "$(ls site/img | wc -l)" 4 "one crop per item with a box"
for f in site/img/*.png; do
	identify -format '%m %w %h\n' "$f"
done >png.txt
is "$(grep -vc '^PNG [0-9][0-9]* [0-9][0-9]*$' png.txt)" 0 "crops are PNG images"
mean=$(convert site/img/QD-2016-0005-3.png -format '%[fx:mean]' info:)
ok "$(awk -v m="$mean" 'BEGIN { print (m > 0.5 && m < 0.98) ? 0 : 1 }')" \
	"a crop holds ink and paper (mean $mean)"
geo=$(identify -format '%w %h' site/img/QD-2016-0005-4.png)
ok "$(echo "$geo" | awk '{ print ($1 > 4 * $2) ? 0 : 1 }')" \
	"the crop of the turned page 2 is an upright text line ($geo)"
page=$(cat site/QD-2016-0005.html)
like "$page" '<meta charset="utf-8">' "pages declare UTF-8"
like "$page" 'Quàng Thị Hoà' "Vietnamese text is written as UTF-8"
like "$page" '<img class="crop" src="img/QD-2016-0005-1.png"' "items show their crop"
like "$page" 'year digits disagree with birth year' "items show the reason"
like "$page" '1230.5' "items show the value read"
like "$page" '011076009876' "owners show their candidates"
like "$page" 'given_name: toneless \(\+1.2\)' "candidates show the evidence"
like "$(cat site/QD-2018-0100.html)" 'Không có ảnh quét' "an item without a box says so"
idx=$(cat site/index.html)
like "$idx" '<h2>03325: 1 hồ sơ, 2 trường, 2 chủ</h2>' "the index groups documents by commune with counts"
like "$idx" 'href="QD-2016-0005.html"' "the index links the pages"
! grep -q '<script' site/*.html
ok $? "no scripts"

# a missing scan: an error for that document, the rest goes on
sed 's#scans/QD-2016-0005.tif#scans/missing.tif#' "$R/records.jsonl" >miss.jsonl
run landrec-review --html site2 --base "$R" miss.jsonl
is $rc 1 "a scan that cannot be read is an error"
like "$err" "^landrec-review: 'QD-2016-0005': owners\[0\]\.citizen_id: .*missing.tif" \
	"the error names the document and the field"
ok "$([ -f site2/QD-2016-0005.html ] && [ -f site2/index.html ]; echo $?)" \
	"the pages are written anyway"

# a deskewed page, and a page the record does not list
jq -c '.pages[0].deskew = 1.5 | del(.pages[1])' "$R/records.jsonl" >turned.jsonl
run landrec-review --html site3 --base "$R" turned.jsonl
is $rc 0 "crops of a deskewed page and an unlisted page"
! cmp -s site/img/QD-2016-0005-4.png site3/img/QD-2016-0005-4.png
ok $? "an unlisted page is cut from the scan unturned"
mean=$(convert site3/img/QD-2016-0005-1.png -format '%[fx:mean]' info:)
ok "$(awk -v m="$mean" 'BEGIN { print (m > 0.5 && m < 0.98) ? 0 : 1 }')" \
	"a deskewed crop holds ink (mean $mean)"

printf '%s\n' '{"id":"B","source":"scans/QD-2016-0005.tif","fields":{"x":{"page":1,"bbox":[5000,5000,10,10]},"y":{"page":1,"bbox":[-50,-50,100,100]}},"review":[{"field":"x","reason":"r"},{"field":"y","reason":"r"}]}' >box.jsonl
run landrec-review --html site4 --base "$R" box.jsonl
like "$err" "^landrec-review: 'B': x: page 1: box outside the page$" "a box off the page is an error"
is "$(identify -format '%w %h' site4/img/B-2.png)" "74 74" "a box over the edge is clipped to the page"

# a whole table's item ("parcels", standing for "owners" too) is cut around
# every field of the table, with its lowest confidence and what it covers
printf '%s\n' '{"id":"T","source":"scans/QD-2016-0005.tif","fields":{"parcels[0].number":{"conf":0.9,"page":1,"bbox":[100,500,50,20]},"parcels[1].number":{"conf":0.4,"page":1,"bbox":[100,540,50,20]},"owners[0].name":{"conf":0.8,"page":1,"bbox":[300,500,200,20]},"decision.number":{"conf":0.1,"page":1,"bbox":[100,100,50,20]}},"review":[{"field":"parcels","reason":"page 1: the table of holders: rows missing","also":["owners"]}]}' >table.jsonl
run landrec-review --html site5 --base "$R" table.jsonl
is "$rc $(ls site5/img)" "0 T-1.png" "a whole table's item has a crop"
geo=$(identify -format '%w %h' site5/img/T-1.png)
ok "$(echo "$geo" | awk '{ print ($1 >= 400 && $2 >= 60 && $2 < 300) ? 0 : 1 }')" \
	"the crop spans the table's parcels and owners, nothing else ($geo)"
page=$(cat site5/T.html)
like "$page" '0.40 \(trang 1\)' "the item has the table's lowest confidence"
like "$(tr -d '\n' <site5/T.html)" '<th>Gồm cả</th><td>owners</td>' "the item names what it stands for too"

# --template
run landrec-review --template sheet.tsv "$R/records.jsonl"
is $rc 0 "--template exits 0"
is "$(stat -c %a sheet.tsv)" 600 "the sheet holds personal data: 0600"
is "$(head -1 sheet.tsv)" "$(printf 'id\tfield\tvalue_read\tcorrected\tcandidates\treviewer\tdate')" \
	"the sheet starts with its header"
is "$(sed -n 2p sheet.tsv)" \
	"$(printf 'QD-2016-0005\towners[0].citizen_id\t\t\t011075001234 (6.2), 011076009876 (2.5)\t\t')" \
	"an owner row lists the candidates"
is "$(sed -n 4p sheet.tsv)" "$(printf 'QD-2016-0005\tparcels[0].area\t1230.5\t\t\t\t')" \
	"a field row holds the value read"
is "$(wc -l <sheet.tsv)" 6 "one row per item"
printf '%s\n' '{"id":"T1","decision":{"title":"a\tb\nc\\d"},"review":[{"field":"decision.title","reason":"x"}]}' >esc.jsonl
landrec-review -q --template esc.tsv esc.jsonl
is "$(sed -n 2p esc.tsv | cut -f3)" 'a\tb\nc\\d' "tabs, newlines and backslashes are escaped"

# --apply
tab=$(printf '\t')
{
	head -1 sheet.tsv
	echo "QD-2016-0005${tab}owners[0].citizen_id${tab}${tab}011075001234${tab}${tab}Lan${tab}2025-03-01"
	echo "QD-2016-0005${tab}parcels[0].area${tab}1230.5${tab}1.230,8${tab}${tab}Lan${tab}2025-03-01"
	echo "QD-2016-0005${tab}owners[0].id_number${tab}${tab}${tab}${tab}Lan"
	printf '%s\n' "QD-2018-0100${tab}decision.date${tab}${tab}12/01/2018\\tx"
} >filled.tsv
run landrec-review --apply filled.tsv -o out.jsonl "$R/records.jsonl"
is $rc 0 "--apply exits 0"
like "$err" '3 records, 4 rows applied' "summary on stderr"
out=$(cat out.jsonl)
is "$(jqv 'select(.id=="QD-2016-0005") | [.owners[0].citizen_id, .owners[0].match.status, .owners[0].match.reviewer]')" \
	'["011075001234","manual","Lan"]' "a chosen citizen_id links the owner as manual"
is "$(jqv 'select(.id=="QD-2016-0005") | .parcels[0].area')" 1230.8 "numbers stay numbers"
is "$(jqv 'select(.id=="QD-2016-0005") | [.review[] | [.resolved, .reviewer, .date, .value_read]]')" \
	'[[true,"Lan","2025-03-01",1230.5],[true,"Lan",null,null]]' \
	"review items are resolved with who, when and the value read"
is "$(jqv 'select(.id=="QD-2018-0100") | .decision.date')" '"12/01/2018\tx"' "escapes are read back"
is "$(jqv 'select(.id=="QD-2016-0005") | .x_extra')" '{"keep":true}' "unknown keys pass through"
is "$(sed -n 2p out.jsonl)" "$(sed -n 2p "$R/records.jsonl" | jq -c .)" "records without rows are unchanged"
is "$(stat -c %a out.jsonl)" 600 "-o output holds personal data: 0600"

{
	head -1 sheet.tsv
	echo "QD-2016-0005${tab}parcels[0].area${tab}${tab}99"
	echo "QD-2016-0005${tab}parcels[0].nope${tab}${tab}1"
	echo "QD-9999${tab}decision.date${tab}${tab}x"
	echo "QD-2016-0005${tab}owners[1].citizen_id${tab}${tab}011180004329x"
	echo "QD-2016-0005${tab}parcels[0].area${tab}${tab}98"
	echo "QD-2016-0005${tab}parcels[0].sheet${tab}${tab}many"
	printf '%s\n' "QD-2016-0005${tab}bad\\q"
	echo "QD-2016-0005${tab}owners[0]${tab}${tab}x"
} >bad.tsv
run landrec-review --apply bad.tsv "$R/records.jsonl"
is $rc 1 "sheet errors exit 1"
like "$err" '^landrec-review: bad.tsv:3: parcels\[0\]\.nope: no such field' "an unknown field is an error with its line"
like "$err" "^landrec-review: bad.tsv:4: no record has the id 'QD-9999'" "an unknown id is an error with its line"
like "$err" '^landrec-review: bad.tsv:5: owners\[1\]\.citizen_id: not a 12-digit personal ID' "a bad ID is an error"
like "$err" '^landrec-review: bad.tsv:6: parcels\[0\]\.area: repeats an earlier row' "a repeated row is an error"
like "$err" "^landrec-review: bad.tsv:7: parcels\[0\]\.sheet: not a number: 'many'" "a number field needs a number"
like "$err" '^landrec-review: bad.tsv:8: bad escape' "a bad escape is an error"
like "$err" '^landrec-review: bad.tsv:9: owners\[0\]: not a single value' "an object is not replaced"
! printf '%s' "$err" | grep -q '0111800043'
ok $? "diagnostics hold no ID numbers"
is "$(jqv 'select(.id=="QD-2016-0005") | .parcels[0].area')" 99 "the good rows still apply"
is "$(printf '%s\n' "$out" | wc -l)" 3 "every record is written"
printf 'id\tfield\n' >nohead.tsv
run landrec-review --apply nohead.tsv "$R/records.jsonl"
is $rc 1 "a file without the header is refused"
like "$err" 'line 1: not a correction sheet' "and says why"

done_testing
