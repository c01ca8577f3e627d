#!/bin/sh
# certs7: the seventh certificate family and its dossier PDFs
# (testdata/gen-cert7), HELD OUT from every reader rule.  Its truths are
# whole (every scan has a known kind, the documents cover the scans in
# order, the printed fields are on the pages), the checker refuses broken
# ones and says why, the family covers what it is for, and the generator
# draws a committed file again byte for byte.  No OCR here.
. "$(dirname "$0")/lib.sh"
C=$TD/certs7
G=$TD/gen-cert7

run python3 "$G/gen-cert7" --check "$C"
is "$rc $out" "0 10 truths whole" "every certs7 truth is whole and its fields are printed"

col() { sed 1d "$C/MANIFEST.tsv" | cut -f"$1"; }
is "$(col 3 | sort | uniq -c | awk '{printf "%s:%s ", $2, $1}')" \
	"form2024:2 pink:5 red:3 " "three generations of the form"
is "$(col 4 | awk '$1 < 2004' | wc -l) $(col 4 | awk '$1 >= 2004 && $1 < 2009' | wc -l)" "1 2" \
	"a 1990s red book and two 2004-form red books"
is "$(col 5 | tr '+' '\n' | sort -u | tr '\n' ' ')" \
	"colour-150 colour-170 colour-200 g4-200 grey-200 phone shrunk-120 spread-94 " \
	"colour, grey, bilevel, shrunk, spread and photo scans"
is "$(col 6 | sed 's/.*\.//' | sort | uniq -c | awk '{printf "%s:%s ", $2, $1}')" "pdf:8 tif:2 " \
	"PDFs of JPEGs and TIFFs"
is "$(col 11 | tr ',' '\n' | grep -v '^-$' | sort -u | tr '\n' ' ')" \
	"change-of-use id-update mortgage split-merge transfer " "all five kinds of change"
is "$(col 12 | grep -c 'hand,typed')" 5 "five registers with typed and hand entries together"
is "$(col 10 | tr ',' '\n' | sort -u | tr '\n' ' ')" "cccd cmnd dinh-danh org passport " \
	"CMND, CCCD, personal ID, passport and an organisation"
is "$(col 8 | grep -c yes) $(col 9 | grep -c household)" "3 2" "three couples and two households"
is "$(sed 1d "$C/MANIFEST.tsv" | awk -F'\t' '$13 > 1' | wc -l)" 3 "three dossiers"
is "$(jq -r '.documents[].kind' "$C"/HS7-*.json | sort -u | tr '\n' ' ')" \
	"certificate decision fee-notice form letter other submission " \
	"dossiers hold every kind of paper"
is "$(jq -r '.documents[].truth.decision.kind // empty' "$C"/HS7-*.json | sort | tr '\n' ' ')" \
	"cap-gcn chuyen-muc-dich " "two kinds of decision"
is "$(jq -r '.documents[].truth.certificate.issuer // empty' "$C"/*.json | grep -c '^Sở')" 2 \
	"two certificates issued by a Sở (Tài nguyên và Môi trường; Nông nghiệp và Môi trường)"
is "$(jq -r '.documents[0].truth.certificate.owners[].address' "$C"/GCN7-form2024-0007.json | grep -c huyện)" 0 \
	"a 2025 certificate with two-level addresses"
is "$(jq -s 'map(.spread | length) | add' "$C"/*.json)" 4 "four spreads scanned open (two pink certificates, each in two)"
[ "$(du -sk "$C" | cut -f1)" -lt 10240 ]
ok $? "certs7 under 10 MB ($(du -sh "$C" | cut -f1))"

# The checker refuses a truth whose documents skip a page, a scan with no
# kind or an unknown one, purposes that do not sum to the parcel, an ID that
# does not fit its owner, a form dated outside its years, a change dated
# before its certificate or of no known kind, and a field its pages do not
# print; it names what it refused.
while IFS=';' read -r id filter says what; do
	rm -rf bad && mkdir bad && cp "$C/$id".* bad/
	jq "$filter" "$C/$id.json" >"bad/$id.json"
	run python3 "$G/gen-cert7" --check bad
	test $rc -ne 0 && printf '%s\n' "$err" | grep -q -- "$says"
	ok $? "$what"
done <<'CASES'
HS7-0008;.documents[1].pages |= .[1:];are not 1..6 in order;documents that skip a page are refused
HS7-0009;.page_kinds |= .[1:];page kinds for 7 scans;a scan with no kind is refused
GCN7-red-0002;.page_kinds[0] = "cover";is not one of the page kinds;a kind that is not a page kind is refused
GCN7-pink-0003;.documents[0].truth.certificate.parcel.purposes[0].area += 10;do not sum;purposes that do not sum to the parcel are refused
GCN7-form2024-0007;.documents[0].truth.certificate.owners[0].birth_year -= 4;does not fit;a personal ID that does not fit its owner's birth year is refused
GCN7-red-0001;.documents[0].truth.certificate.date = "2012-01-05";red form dated 2012-01-05;a red book dated 2012 is refused
HS7-0010;.documents[4].truth.certificate.changes[0].date = "2001-01-01";before the certificate;a change dated before its certificate is refused
GCN7-pink-0005;.documents[0].truth.certificate.changes[0].kind = "correction";not a kind of change;a change of no known kind is refused
GCN7-pink-0004;.documents[0].truth.certificate.serial = "BT 000001";serial BT 000001 is not printed;a serial the pages do not print is refused
GCN7-pink-0004;.documents[0].truth.certificate.house.floor_area += 1;house floor_area .* is not printed;a house the pages do not print is refused
GCN7-pink-0006;.documents[0].truth.certificate.changes[1].decision = "99/QĐ-UBND";decision 99/QĐ-UBND is not printed;a cited decision the register does not print is refused
HS7-0009;.documents[3].truth.decision.number = "1/QĐ-UBND";decision number 1/QĐ-UBND is not printed;a decision number the decision does not print is refused
CASES

# Deterministic: file 2 (a 2004-form red book of a couple, shrunk to 120
# dpi, a mortgage, its release and a hand-written transfer under seals)
# comes out again byte for byte.
sums() { (cd "$1" && cksum GCN7-red-0002.json GCN7-red-0002.pdf | cut -d' ' -f1,2); }
run python3 "$G/gen-cert7" --seed 7 --only 2 g
is "$rc $(sums g)" "0 $(sums "$C")" \
	"gen-cert7 --seed 7 --only 2 gives the committed GCN7-red-0002.json and .pdf byte for byte"

done_testing
