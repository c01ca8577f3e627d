#!/bin/sh
# certs8: the eighth certificate family and its dossier PDFs
# (testdata/gen-cert8), HELD OUT from every reader rule.  Its truths are
# whole and printed on their pages, the checker refuses broken ones and
# says why, the family covers what it was written for, and the generator
# draws a committed file again byte for byte.  No OCR here.
. "$(dirname "$0")/lib.sh"
C=$TD/certs8
G=$TD/gen-cert8

run python3 "$G/gen-cert8" --check "$C"
is "$rc $out" "0 10 truths whole" "every certs8 truth is whole and its fields are printed"

# MANIFEST.tsv: id what generation year scan file scans owners n_owners
# id_types changes entries documents register entries_as_written
col() { sed 1d "$C/MANIFEST.tsv" | cut -f"$1"; }
count() { sort | uniq -c | awk '{printf "%s:%s ", $2, $1}'; }
is "$(col 2 | count)" "dossier:3 form2024:1 house05:1 house94:1 pink:3 red:1 " \
	"house-ownership certificates of 1994 and 2005 beside the land-use forms"
is "$(col 3 | count)" "form2024:2 pink:4 red:4 " "every generation of the form"
is "$(col 5 | tr '+' '\n' | sort -u | tr '\n' ' ')" \
	"colour-150 colour-200 grey-100 phone shrunk-120 spread-94 " \
	"grey 100 dpi, colour, shrunk, spread and photographed scans"
is "$(col 6 | sed 's/.*\.//' | count)" "pdf:9 tif:1 " "PDFs of JPEGs and a grey TIFF"
is "$(col 8 | count)" "couple:3 heirs:1 household:1 org:1 single:4 " \
	"couples, a household, heirs, an organisation and single owners"
is "$(col 9 | sort -n | tail -1)" 4 "an owner page listing four co-owners"
is "$(col 10 | tr ',' '\n' | sort -u | tr '\n' ' ')" "cccd cmnd org passport " \
	"CMND, CCCD, a passport and an organisation"
is "$(col 11 | tr ',' '\n' | grep -v '^-$' | sort -u | tr '\n' ' ')" \
	"change-of-use id-update mortgage split-merge transfer " "all five kinds of change"
is "$(col 12 | grep -c 'hand,typed')" 7 "seven registers with typed and hand entries together"
is "$(col 14 | grep -v '^-$' | sort -u | tr '\n' ' ')" "dated note side " \
	"pink registers with a date column, a Ghi chú column, and side by side"
is "$(col 15 | tr ',' '\n' | grep -v '^-$' | sort -u | tr '\n' ' ')" \
	"change-of-use correction id-update mortgage release split transfer " \
	"entries for mortgages and releases, transfers, splits, corrections, ID changes and changes of use"
is "$(sed 1d "$C/MANIFEST.tsv" | awk -F'\t' '$13 > 1' | wc -l)" 3 "three dossiers"
is "$(jq -r '.documents[].kind' "$C"/HS8-*.json | sort -u | tr '\n' ' ')" \
	"certificate decision fee-notice form letter other submission " \
	"dossiers hold every kind of paper"
is "$(jq -r '.documents[].truth.decision.kind // empty' "$C"/HS8-*.json | sort | tr '\n' ' ')" \
	"cap-gcn chuyen-muc-dich " "two kinds of decision"
is "$(jq -r '.documents[].truth.certificate.issuer // empty' "$C"/*.json | grep -c '^Sở')" 3 \
	"three certificates issued by a Sở (two of Tài nguyên và Môi trường, one of Nông nghiệp và Môi trường)"
is "$(jq -r '.documents[0].truth.certificate.owners[].address' "$C"/GCN8-form2024-0007.json | grep -c huyện)" 0 \
	"a 2025 certificate with two-level addresses"
is "$(jq -r '[.page_kinds[] | select(. == "certificate-changes")] | length' "$C"/GCN8-pink-0005.json)" 2 \
	"a register continued on a trang bổ sung"
is "$(jq -s 'map(.spread | length) | add' "$C"/*.json)" 2 "two spreads scanned open at 94 dpi"
is "$(jq -r '.documents[] | select(.kind == "certificate") | .truth.certificate.house.type // empty' "$C"/*.json | sort -u | tr '\n' ';')" \
	"Căn hộ chung cư;Nhà ở riêng lẻ;" "an apartment and houses"
[ "$(du -sk "$C" | cut -f1)" -lt 10240 ]
ok $? "certs8 under 10 MB ($(du -sh "$C" | cut -f1))"

# The checker refuses a truth whose documents skip a page, whose scans
# have no kind or an unknown one, whose purposes do not sum to the parcel,
# whose ID does not fit its owner, whose form is dated outside its years,
# whose change is dated before the certificate or of no known kind, whose
# couple is not two or not printed as one ("và vợ là", "và chồng là"), and a
# field its pages do not print; it says what.
while IFS=';' read -r id filter says what; do
	rm -rf bad && mkdir bad && cp "$C/$id".* bad/
	jq "$filter" "$C/$id.json" >"bad/$id.json"
	run python3 "$G/gen-cert8" --check bad
	test $rc -ne 0 && printf '%s\n' "$err" | grep -q -- "$says"
	ok $? "$what"
done <<'CASES'
HS8-0008;.documents[3].pages |= .[1:];are not 1..9 in order;documents that skip a page are refused
HS8-0010;.page_kinds |= .[1:];page kinds for 7 scans;a scan with no kind is refused
GCN8-red-0002;.page_kinds[2] = "register";is not one of the page kinds;a kind that is not a page kind is refused
GCN8-pink-0005;.documents[0].truth.certificate.parcel.purposes[2].area -= 1;do not sum;purposes that do not sum to the parcel are refused
HS8-0009;.documents[3].truth.certificate.owners[1].birth_year += 3;does not fit;a personal ID that does not fit its owner's birth year is refused
GCN8-pink-0004;.documents[0].truth.certificate.date = "2006-05-01";pink form dated 2006-05-01;a pink form dated 2006 is refused
GCN8-house05-0003;.documents[0].truth.certificate.changes[1].date = "2001-01-01";before the certificate;a change dated before its certificate is refused
GCN8-house94-0001;.documents[0].truth.certificate.changes[1].kind = "release";not a kind of change;a change of no known kind is refused
GCN8-pink-0006;.documents[0].truth.certificate.couple = true;a couple of 1 owners;an organisation called a couple is refused
GCN8-pink-0005;.documents[0].truth.certificate.couple = true;the pages do not print as one;heirs the owner page lists apart, called a couple, are refused
GCN8-form2024-0007;.documents[0].truth.certificate.serial = "AA 00000001";serial AA 00000001 is not printed;a serial the pages do not print is refused
GCN8-pink-0004;.documents[0].truth.certificate.house.floor_area += 1;house floor_area .* is not printed;a house the pages do not print is refused
GCN8-pink-0005;.documents[0].truth.certificate.owners[2].name = "Nguyễn Văn Nam";owners name Nguyễn Văn Nam is not printed;a co-owner the owner page does not list is refused
HS8-0010;.documents[4].truth.certificate.changes[1].decision = "99/QĐ-UBND";decision 99/QĐ-UBND is not printed;a cited decision the register does not print is refused
HS8-0008;.documents[3].truth.decision.number = "1/QĐ-UBND";number 1/QĐ-UBND is not printed;a decision number the decision does not print is refused
CASES

# Deterministic: file 7 (the 2024 form of an overseas owner, colour JPEGs
# in a PDF written without dates or /ID) and file 1 (a grey 100-dpi TIFF)
# come out again byte for byte.
sums() { (cd "$1" && cksum GCN8-form2024-0007.json GCN8-form2024-0007.pdf | cut -d' ' -f1,2); }
run python3 "$G/gen-cert8" --seed 8 --only 7 g
is "$rc $(sums g)" "0 $(sums "$C")" \
	"gen-cert8 --seed 8 --only 7 gives the committed GCN8-form2024-0007.json and .pdf byte for byte"
sums1() { (cd "$1" && cksum GCN8-house94-0001.json GCN8-house94-0001.tif | cut -d' ' -f1,2); }
run python3 "$G/gen-cert8" --seed 8 --only 1 g
is "$rc $(sums1 g)" "0 $(sums1 "$C")" \
	"gen-cert8 --seed 8 --only 1 gives the committed GCN8-house94-0001.json and .tif byte for byte"

done_testing
