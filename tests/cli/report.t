#!/bin/sh
# report: counts per commune and in total, in text, TSV, JSON and HTML.
. "$(dirname "$0")/lib.sh"
R=$TD/review
U=$DATA/admin-units.csv

run landrec-report -h
ok $rc "-h exits 0"
like "$out" '^usage: landrec-report' "-h prints the usage on stdout"
run landrec-report -f xml "$R/records.jsonl"
is $rc 2 "an unknown format is a usage error"

run landrec-report "$R/records.jsonl" "$R/rejects.jsonl"
is $rc 0 "text report exits 0"
like "$err" '^landrec-report: 4 records, 3 communes$' "summary on stderr"
is "$(printf '%s\n' "$out" | head -1)" \
	'commune  documents pages parcels owners linked awaiting_review rejected linked_pct  name' \
	"text has a header line"
is "$(printf '%s\n' "$out" | tail -1)" \
	'total            4     6       5      5      2               4        1      40.0%' \
	"text ends with the total"

run landrec-report -q -f tsv --units "$U" "$R/records.jsonl" "$R/rejects.jsonl"
is "$err" "" "-q: no summary"
is "$(printf '%s\n' "$out" | grep '^03325')" \
	"$(printf '03325\tXã Mường Phăng, Thành phố Điện Biên Phủ\t1\t2\t1\t2\t0\t2\t0\t0.0')" \
	"TSV rows carry the commune names from --units"
is "$(printf '%s\n' "$out" | wc -l)" 5 "TSV: header, three communes, total"

run landrec-report -f json "$R/records.jsonl" "$R/rejects.jsonl"
is "$(jqv '.total | [.documents, .pages, .parcels, .owners, .linked, .awaiting_review, .rejected, .linked_pct]')" \
	'[4,6,5,5,2,4,1,40]' "JSON total"
is "$(jqv '[.communes[] | .code]')" '["03127","03325","03328"]' "JSON communes in code order"
is "$(jqv '.communes[2] | [.documents, .rejected, .awaiting_review]')" '[2,1,2]' \
	"a rejects-file line counts as a rejected document"

cat "$R/records.jsonl" | landrec-report -q --html r.html --units "$U" >/dev/null
ok $? "--html exits 0"
html=$(cat r.html)
is "$(grep -o '<svg' r.html | wc -l)" 2 "two bar charts"
is "$(grep -o '<rect' r.html | wc -l)" 8 "a bar per commune and the total in each chart"
like "$html" 'width="150"' "a 50% bar is half the width"
like "$html" 'Xã Thanh Luông, Huyện Điện Biên' "chart labels are commune names"
is "$(stat -c %a r.html)" 644 "the report holds no personal data"

printf '%s\n' '{"id":"x"}' 'not json' >bad.jsonl
run landrec-report bad.jsonl
is $rc 1 "a malformed line is an error"
like "$out" '^total +1 ' "the other records are counted"
run landrec-report --units /nonexistent "$R/records.jsonl"
is $rc 1 "an unreadable units file is an error"
run landrec-report "$R/records.jsonl"
like "$out" 'Xã Thanh Luông' "without --units the shipped unit list names the communes"
mkdir -p alone/bin && cp "$BIN/landrec-report" alone/bin/
LANDREC_DATA= run alone/bin/landrec-report "$R/records.jsonl"
is "$rc:$(printf '%s\n' "$err" | grep -c "admin-units.csv': no such reference data")" 0:1 \
    "a program that finds no reference data says so once and goes on"

# --campaign: the campaign's figures, registers and scans alike.
parcel-match -q --build-registry "$TD/table/people.csv" -r people.db 2>/dev/null
table-import -q --province 11 "$TD/table/messy.csv" | parcel-match -q -r people.db >reg.jsonl
run landrec-report --campaign reg.jsonl
is "$rc" 0 "--campaign exits 0"
is "$(printf '%s\n' "$out" | head -1)" \
	'commune  land_users linked to_review not_found id12 rows rows_with_problems linked_pct id12_pct  name' \
	"--campaign: the campaign's columns"
is "$(printf '%s\n' "$out" | grep '^03325')" \
	'03325            13      3         0        10   11   12                  7      23.1%    84.6%  Xã Mường Phăng, Thành phố Điện Biên Phủ' \
	"per commune: land users, linked, not found, with a 12-digit ID, rows and rows with problems"
is "$(printf '%s\n' "$out" | grep '^- ')" \
	'-                 1      0         0         1    0    1                  1       0.0%     0.0%' \
	"a row whose commune is unknown counts under '-'"
run landrec-report --campaign -f json reg.jsonl "$R/records.jsonl"
is "$(jqv '.total | [.land_users, .linked, .not_found, .id12, .rows, .rows_with_problems]')" \
	'[18,5,12,14,16,10]' "registers and scans in one total (a scanned document is one row)"
is "$(jqv '.communes[] | select(.code == "03325") | .id12_pct')" "80" "JSON: the share with a 12-digit ID, scans of the commune included"
run landrec-report -f tsv --campaign reg.jsonl
is "$(printf '%s\n' "$out" | tail -1)" "$(printf 'total\t\t14\t3\t0\t11\t11\t13\t8\t21.4\t78.6')" "TSV total"

done_testing
