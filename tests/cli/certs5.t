#!/bin/sh
# certs5: the fifth certificate family and its dossier PDFs
# (testdata/gen-cert5), HELD OUT from every reader rule.  Its truths are
# whole (every scan has a kind, the documents cover the pages in order, the
# printed fields are on the pages), the checker refuses broken ones, the
# family covers what it is for, and the generator draws a committed file
# again byte for byte.
. "$(dirname "$0")/lib.sh"
C=$TD/certs5
G=$TD/gen-cert5

passes "every certs5 truth is whole and its fields are printed" python3 "$G/gen-cert5" --check "$C"

col() { sed 1d "$C/MANIFEST.tsv" | cut -f"$1"; }
is "$(col 3 | sort | uniq -c | awk '{printf "%s:%s ", $2, $1}')" \
	"form2024:3 pink:5 red:2 " "three generations of the form (red: the 1990s and the 2004 forms)"
is "$(col 5 | tr '+' '\n' | sort -u | tr '\n' ' ')" \
	"colour-150 colour-170 colour-180 colour-200 g4-200 grey-150 grey-200 phone shrunk-120 spread-94 " \
	"colour, grey, bilevel, shrunk, spread and photo scans"
is "$(col 10 | tr ',' '\n' | sort -u | tr '\n' ' ')" \
	"change-of-use id-update mortgage split-merge transfer " "all five kinds of change"
is "$(col 9 | tr ',' '\n' | sort -u | tr '\n' ' ')" "cccd cmnd dinh-danh org " \
	"CMND, CCCD, personal ID and an organisation"
is "$(col 8 | grep -c yes)" 4 "four couples"
is "$(sed 1d "$C/MANIFEST.tsv" | awk -F'\t' '$11 > 1' | wc -l)" 3 "three dossiers"
is "$(jq -r '.documents[].kind' "$C"/HS5-*.json | sort -u | tr '\n' ' ')" \
	"certificate decision fee-notice form letter submission " \
	"dossiers hold every kind of paper"
is "$(jq -s 'map(.spread | length) | add' "$C"/*.json)" 4 "four spreads scanned open"
[ "$(du -sk "$C" | cut -f1)" -lt 10240 ]
ok $? "certs5 under 10 MB ($(du -sh "$C" | cut -f1))"

# The checker refuses a truth whose documents skip a page, a scan with no
# kind, purposes that do not sum to the parcel, an ID that does not fit its
# owner, a form dated outside its years and a field its pages do not print;
# it names what it refused.
while IFS=';' read -r id filter says what; do
	rm -rf bad && mkdir bad && cp "$C/$id".* bad/
	jq "$filter" "$C/$id.json" >bad/$id.json
	run python3 "$G/gen-cert5" --check bad
	test $rc -ne 0 && printf '%s\n' "$err" | grep -q -- "$says"
	ok $? "$what"
done <<'CASES'
HS5-0008;.documents[2].pages |= .[1:];not 1..7 in order;documents that skip a page are refused
HS5-0009;.page_kinds |= .[1:];page kinds for;a scan with no kind is refused
GCN5-pink-0001;.documents[0].truth.certificate.parcel.purposes[0].area += 10;do not sum;purposes that do not sum to the parcel are refused
GCN5-form2024-0006;.documents[0].truth.certificate.owners[1].birth_year -= 4;does not fit;a personal ID that does not fit its owner's birth year is refused
GCN5-red-0003;.documents[0].truth.certificate.date = "2012-01-05";red form dated;a red book dated 2012 is refused
GCN5-pink-0007;.documents[0].truth.certificate.serial = "BT 000001";serial .* is not printed;a serial the pages do not print is refused
CASES

# Deterministic: file 2 (a pink certificate scanned open at 94 dpi, a
# household, a hand entry under a seal) comes out again byte for byte.
sums() { (cd "$1" && cksum GCN5-pink-0002.json GCN5-pink-0002.pdf | cut -d' ' -f1,2); }
run python3 "$G/gen-cert5" --seed 5 --only 2 g
is "$rc $(sums g)" "0 $(sums "$C")" \
	"gen-cert5 --seed 5 --only 2 gives the committed GCN5-pink-0002.json and .pdf byte for byte"

done_testing
