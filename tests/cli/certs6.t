#!/bin/sh
# certs6: the sixth certificate family and its dossier PDFs
# (testdata/gen-cert6), HELD OUT from every reader rule.  Its truths are
# whole (every scan has a known kind, the documents cover the scans in
# order, the printed fields are on the pages), the checker refuses broken
# ones and says why, the family covers what it is for, and the generator
# draws a committed file again byte for byte.  No OCR here.
. "$(dirname "$0")/lib.sh"
C=$TD/certs6
G=$TD/gen-cert6

run python3 "$G/gen-cert6" --check "$C"
is "$rc $out" "0 10 truths whole" "every certs6 truth is whole and its fields are printed"

col() { sed 1d "$C/MANIFEST.tsv" | cut -f"$1"; }
is "$(col 3 | sort | uniq -c | awk '{printf "%s:%s ", $2, $1}')" \
	"form2024:3 pink:4 red:3 " "three generations of the form"
is "$(col 4 | awk '$1 < 2004' | wc -l) $(col 4 | awk '$1 >= 2004 && $1 < 2009' | wc -l)" "1 2" \
	"a 1990s red book and two 2004-form red books"
is "$(col 5 | tr '+' '\n' | sort -u | tr '\n' ' ')" \
	"colour-150 colour-170 colour-200 g4-200 grey-200 phone shrunk-120 spread-94 " \
	"colour, grey, bilevel, shrunk, spread and photo scans"
is "$(col 6 | sed 's/.*\.//' | sort | uniq -c | awk '{printf "%s:%s ", $2, $1}')" "pdf:8 tif:2 " \
	"PDFs of JPEGs and TIFFs"
is "$(col 11 | tr ',' '\n' | grep -v '^-$' | sort -u | tr '\n' ' ')" \
	"change-of-use id-update mortgage split-merge transfer " "all five kinds of change"
is "$(col 12 | grep -c 'hand,typed')" 4 "four registers with typed and hand entries together"
is "$(col 10 | tr ',' '\n' | sort -u | tr '\n' ' ')" "cccd cmnd dinh-danh org passport " \
	"CMND, CCCD, personal ID, passport and an organisation"
is "$(col 8 | grep -c yes) $(col 9 | grep -c household)" "5 1" "five couples, one of them a household"
is "$(sed 1d "$C/MANIFEST.tsv" | awk -F'\t' '$13 > 1' | wc -l)" 3 "three dossiers"
is "$(jq -r '.documents[].kind' "$C"/HS6-*.json | sort -u | tr '\n' ' ')" \
	"certificate decision fee-notice form letter other submission " \
	"dossiers hold every kind of paper"
is "$(jq -r '.documents[].truth.decision.kind // empty' "$C"/HS6-*.json | sort | tr '\n' ' ')" \
	"cap-gcn chuyen-muc-dich cong-nhan " "three kinds of decision"
is "$(jq -r '.documents[].truth.certificate.issuer // empty' "$C"/*.json | grep -c '^Sở')" 3 \
	"three certificates issued by a Sở"
is "$(jq -s 'map(.spread | length) | add' "$C"/*.json)" 4 "four spreads scanned open (two pink certificates, each in two)"
[ "$(du -sk "$C" | cut -f1)" -lt 10240 ]
ok $? "certs6 under 10 MB ($(du -sh "$C" | cut -f1))"

# The checker refuses a truth whose documents skip a page, a scan with no
# kind or an unknown one, purposes that do not sum to the parcel, an ID that
# does not fit its owner, a form dated outside its years, a change dated
# before its certificate, and a field its pages do not print; it names what
# it refused.
while IFS=';' read -r id filter says what; do
	rm -rf bad && mkdir bad && cp "$C/$id".* bad/
	jq "$filter" "$C/$id.json" >"bad/$id.json"
	run python3 "$G/gen-cert6" --check bad
	test $rc -ne 0 && printf '%s\n' "$err" | grep -q -- "$says"
	ok $? "$what"
done <<'CASES'
HS6-0008;.documents[2].pages |= .[1:];not 1..7 in order;documents that skip a page are refused
HS6-0009;.page_kinds |= .[1:];page kinds for;a scan with no kind is refused
GCN6-red-0004;.page_kinds[0] = "cover";page kinds for;a kind that is not a page kind is refused
GCN6-pink-0001;.documents[0].truth.certificate.parcel.purposes[0].area += 10;do not sum;purposes that do not sum to the parcel are refused
GCN6-form2024-0006;.documents[0].truth.certificate.owners[0].birth_year -= 4;does not fit;a personal ID that does not fit its owner's birth year is refused
GCN6-red-0003;.documents[0].truth.certificate.date = "2012-01-05";red form dated;a red book dated 2012 is refused
HS6-0010;.documents[3].truth.certificate.changes[0].date = "2001-01-01";before the certificate;a change dated before its certificate is refused
GCN6-pink-0007;.documents[0].truth.certificate.serial = "BT 000001";serial .* is not printed;a serial the pages do not print is refused
GCN6-pink-0002;.documents[0].truth.certificate.changes[0].decision = "99/QĐ-UBND";decision 99/QĐ-UBND is not printed;a cited decision the register does not print is refused
HS6-0008;.documents[2].truth.decision.number = "1/QĐ-UBND";decision number .* is not printed;a decision number the decision does not print is refused
CASES

# Deterministic: file 2 (a pink certificate of a household scanned open at
# 94 dpi, a hand entry citing a decision under a seal) comes out again byte
# for byte.
sums() { (cd "$1" && cksum GCN6-pink-0002.json GCN6-pink-0002.pdf | cut -d' ' -f1,2); }
run python3 "$G/gen-cert6" --seed 6 --only 2 g
is "$rc $(sums g)" "0 $(sums "$C")" \
	"gen-cert6 --seed 6 --only 2 gives the committed GCN6-pink-0002.json and .pdf byte for byte"

done_testing
