#!/bin/sh
# certs4: the fourth certificate family and its dossiers (testdata/gen-cert4),
# held out from every reader rule.  Its truths are whole (every scan has a
# kind, the documents cover the pages in order, the printed fields are
# there and agree), the checker refuses broken ones, the family covers what
# it is for, and the generator still draws a committed file byte for byte.
. "$(dirname "$0")/lib.sh"
C=$TD/certs4
G=$TD/gen-cert4

passes "every certs4 truth is whole and matches its scan" python3 "$G/gen-cert4" --check "$C"

is "$(sed 1d "$C/MANIFEST.tsv" | cut -f3 | sort | uniq -c | awk '{printf "%s:%s ", $2, $1}')" \
	"form2024:3 pink:6 red:3 " "three generations of the form"
is "$(sed 1d "$C/MANIFEST.tsv" | cut -f5 | tr '+' '\n' | sort -u | tr '\n' ' ')" \
	"colour-150 colour-170 colour-180 colour-200 g4-200 grey-150 grey-200 phone shrunk-150 spread-94 " \
	"colour, grey, bilevel, shrunk, spread and photo scans"
is "$(sed 1d "$C/MANIFEST.tsv" | cut -f10 | tr ',' '\n' | sort -u | tr '\n' ' ')" \
	"- change-of-use id-update mortgage split-merge transfer " "all five kinds of change"
is "$(sed 1d "$C/MANIFEST.tsv" | cut -f9 | tr ',' '\n' | sort -u | tr '\n' ' ')" \
	"cccd cmnd dinh-danh passport " "CMND, CCCD, personal ID and passport"
is "$(sed 1d "$C/MANIFEST.tsv" | awk -F'\t' '$11 > 1' | wc -l)" 4 "four dossiers"
is "$(jq -r '.documents[].kind' "$C"/HS4-*.json | sort -u | tr '\n' ' ')" \
	"certificate decision fee-notice form letter submission " \
	"dossiers hold every kind of paper"
[ "$(du -sk "$C" | cut -f1)" -lt 10240 ]
ok $? "certs4 under 10 MB ($(du -sh "$C" | cut -f1))"

# The checker refuses a truth whose documents skip a page, a page with no
# kind, a certificate whose purposes do not sum to its area, and an ID that
# does not fit its owner; it names what it refused.
bad() {
	rm -rf bad && mkdir bad && cp "$C/$1".* bad/
	jq "$2" "$C/$1.json" >bad/$1.json
	run python3 "$G/gen-cert4" --check bad
	test $rc -ne 0 && printf '%s\n' "$err" | grep -q -- "$3"
	ok $? "$4"
}
bad HS4-0011 '.documents[1].pages |= .[1:]' "not 1..5 in order" \
	"documents that skip a page are refused"
bad HS4-0011 '.page_kinds |= .[1:]' "page kinds for" "a page with no kind is refused"
bad GCN4-pink-0003 '.documents[0].truth.certificate.parcel.area += 10' "do not sum" \
	"purposes that do not sum to the parcel are refused"
bad GCN4-pink-0001 '.documents[0].truth.certificate.owners[0].birth_year -= 3' \
	"does not fit" "an ID that does not fit its owner's birth year is refused"
bad GCN4-red-0004 '.documents[0].truth.certificate.date = "2012-01-05"' "red form dated" \
	"a red book dated 2012 is refused"

# Deterministic: file 5 (a red book scanned open at 94 dpi, a hand entry
# under a seal) comes out again byte for byte, truth and PDF.
run python3 "$G/gen-cert4" --seed 4 --only 5 g
ok $rc "gen-cert4 writes GCN4-red-0005 again"
cmp -s g/GCN4-red-0005.json "$C/GCN4-red-0005.json" &&
	cmp -s g/GCN4-red-0005.pdf "$C/GCN4-red-0005.pdf"
ok $? "gen-cert4 gives the committed GCN4-red-0005.json and .pdf byte for byte"

done_testing
