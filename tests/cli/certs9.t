#!/bin/sh
# certs9: the ninth certificate family and its dossiers
# (testdata/gen-cert9), HELD OUT from every reader rule.  Its truths are
# whole and printed on their pages, the checker refuses broken ones and
# says why, the family covers what it was written for, and the generator
# draws committed files again byte for byte.  No OCR here.
. "$(dirname "$0")/lib.sh"
C=$TD/certs9
G=$TD/gen-cert9

run python3 "$G/gen-cert9" --check "$C"
is "$rc $out" "0 10 truths whole" "every certs9 truth is whole and its fields are printed"

# MANIFEST.tsv: id what generation year scan file scans owners n_owners
# id_types changes documents tags
col() { sed 1d "$C/MANIFEST.tsv" | cut -f"$1"; }
count() { sort | uniq -c | awk '{printf "%s:%s ", $2, $1}'; }
is "$(col 2 | count)" "dossier:3 form2024:1 pink14:4 red03:2 " \
	"the 2014 pink form, the red book and the 2024 form beside three dossiers"
is "$(col 3 | count)" "-:1 form2024:1 pink:6 red:2 " "every generation, and a dossier with no certificate"
is "$(col 5 | tr '+' '\n' | sort -u | tr '\n' ' ')" \
	"a3-fold-150 bilevel-150 colour-150 colour-200 grey-200 photo stained-200 " \
	"bilevel 150 dpi, grey with stains and tape, colour, an A3 sheet and a photo on a table"
is "$(col 6 | sed 's/.*\.//' | count)" "pdf:8 tif:2 " "PDFs of JPEGs and bilevel TIFFs"
is "$(col 8 | count)" "-:1 commune:1 couple:2 household:1 org:1 religious:1 single:3 " \
	"couples, a household, a company, a pagoda, a commune's committee and single owners"
is "$(col 10 | tr ',' '\n' | grep -v '^-$' | sort -u | tr '\n' ' ')" "cccd cmnd dinh-danh org " \
	"CMND, CCCD, Số định danh cá nhân and organisations"
is "$(col 11 | tr ',' '\n' | grep -v '^-$' | sort -u | tr '\n' ' ')" \
	"id-update mortgage split-merge transfer " "mortgages, an ID update, splits and a transfer"
is "$(sed 1d "$C/MANIFEST.tsv" | awk -F'\t' '$12 > 1' | wc -l)" 3 "three dossiers"
is "$(jq -r '.documents[].kind' "$C"/HS9-*.json | sort -u | tr '\n' ' ')" \
	"certificate decision fee-notice form letter other submission " \
	"dossiers hold every kind of paper"
is "$(jq -r '.documents[].truth.decision.kind // empty' "$C"/HS9-*.json | sort | tr '\n' ' ')" \
	"cap-gcn chuyen-muc-dich " "two kinds of decision"

# The 2014 form: page 3 is the plan alone, the register is page 4.
is "$(jq -c '.page_kinds' "$C/GCN9-pink14-0001.json")" \
	'["certificate-owner","certificate-parcel","certificate-parcel","certificate-changes"]' \
	"the 2014 pink form: owners, parcel, Sơ đồ thửa đất, register"
is "$(jq -r '.documents[0].truth.certificate.parcel.purposes | map(.term) | unique | length' \
	"$C/GCN9-pink14-0001.json")" 2 "a parcel of two purposes each with its own term"
is "$(jq -r '.documents[0].truth.certificate.changes | length' "$C/GCN9-pink14-0002.json")" 1 \
	"a register entry crossed out is not a change"
is "$(jq -r '.documents[0].truth.certificate.parcel.purposes[].land_use' "$C"/GCN9-*.json \
	| sort -u | tr '\n' ' ')" "CLN LUC NTS ONT RSX SKC TON " \
	"forest, aquaculture, leased industrial and religious land"
is "$(jq -r '.documents[0].truth.certificate.parcel.origin' "$C/GCN9-pink14-0003.json")" \
	"Nhà nước cho thuê đất trả tiền thuê đất hàng năm" "a lease paid yearly"
is "$(jq -r '.documents[0].truth.certificate.owners[] | .name' "$C/GCN9-form2024-0005.json" \
	| tr '\n' ';')" "Y Bluêk Niê;H'Lim Mlô;" "an Ê Đê couple"

# Dossiers: a blank separator, a page scanned twice, leaves out of order.
is "$(jq -c '[.page_kinds[3], .documents[3]]' "$C/HS9-0008.json")" \
	'["other",{"kind":"other","pages":[4]}]' "a blank separator page is a document of its own"
is "$(jq -c '.documents[2].pages' "$C/HS9-0009.json")" '[3,4,5]' \
	"a two-page decision whose first page was scanned twice is one document of three scans"
is "$(jq -c '.page_kinds[2:6]' "$C/HS9-0010.json")" \
	'["certificate-changes","certificate-owner","certificate-parcel","certificate-parcel"]' \
	"a certificate whose leaves were fed register first"
[ "$(du -sk "$C" | cut -f1)" -lt 10240 ]
ok $? "certs9 under 10 MB ($(du -sh "$C" | cut -f1))"

# The checker refuses a truth whose documents skip a page, whose scans
# have no kind or an unknown one, whose pages' kinds are not the order they
# were fed in, whose purposes do not sum, whose ID does not fit its owner,
# whose form is dated outside its years, whose change is dated before the
# certificate, is of no known kind or is crossed out in the register, an
# organisation called a couple, a serial printed only in a note (the old
# serial of an exchanged certificate), an ID of a kind its label does not
# name, and a field its pages do not print.
# File 2's note names the old serial AK 657649; its entry of 2019-04-17
# is crossed out.
old_serial="AK 657649"
struck=2019-04-17
while IFS=';' read -r id filter says what; do
	rm -rf bad && mkdir bad && cp "$C/$id".* bad/
	jq --arg old "$old_serial" --arg struck "$struck" "$filter" "$C/$id.json" >"bad/$id.json"
	run python3 "$G/gen-cert9" --check bad
	test $rc -ne 0 && printf '%s\n' "$err" | grep -q -- "$says"
	ok $? "$what"
done <<'CASES'
HS9-0008;.documents[4].pages |= .[1:];are not 1..10 in order;documents that skip a page are refused
HS9-0009;.page_kinds |= .[1:];7 page kinds for 8 scans;a scan with no kind is refused
GCN9-red-0004;.page_kinds[2] = "register";is not one of the page kinds;a kind that is not a page kind is refused
HS9-0010;.page_kinds |= (.[0:2] + ["certificate-owner","certificate-parcel","certificate-parcel","certificate-changes"] + .[6:]);not the pages' laid out;leaves fed out of order, given in order, are refused
GCN9-pink14-0001;.documents[0].truth.certificate.parcel.purposes[1].area -= 1;do not sum;purposes that do not sum to the parcel are refused
GCN9-form2024-0005;.documents[0].truth.certificate.owners[1].birth_year += 3;does not fit;a personal ID that does not fit its owner's birth year is refused
GCN9-pink14-0006;.documents[0].truth.certificate.date = "2007-05-01";pink form dated 2007-05-01;a pink form dated 2007 is refused
GCN9-red-0007;.documents[0].truth.certificate.changes[0].date = "2001-01-01";before the certificate;a change dated before its certificate is refused
GCN9-pink14-0003;.documents[0].truth.certificate.changes[0].kind = "release";not a kind of change;a change of no known kind is refused
GCN9-pink14-0002;.documents[0].truth.certificate.changes |= [{"date": $struck, "kind": "transfer", "decision": null}] + .;crossed out in the register;an entry crossed out in the register, called a change, is refused
GCN9-pink14-0003;.documents[0].truth.certificate.couple = true;a couple of 1 owners;a company called a couple is refused
GCN9-pink14-0002;.documents[0].truth.certificate.serial = $old;is not printed as the certificate's;the old serial an exchanged certificate names in its note is refused
GCN9-pink14-0001;.documents[0].truth.certificate.house.building_area += 1;house building_area .* is not printed;a house the pages do not print is refused
GCN9-form2024-0005;.documents[0].truth.certificate.owners[0].id_type = "cccd";owners id_type CCCD is not printed;a CCCD where the form prints "Số định danh cá nhân" is refused
HS9-0010;.documents[2].truth.certificate.owners[0].name = "Nguyễn Văn Nam";owners name Nguyễn Văn Nam is not printed;an owner the owner page does not print is refused
GCN9-red-0007;.documents[0].truth.certificate.changes[0].decision = "99/QĐ-UBND";decision 99/QĐ-UBND is not printed;a cited decision the register does not print is refused, though a longer number ends with it
HS9-0009;.documents[2].truth.decision.number = "1/QĐ-UBND";number 1/QĐ-UBND is not printed;a decision number the decision does not print is refused
CASES

# Deterministic: file 5 (the 2024 form, colour JPEGs in a PDF written
# without dates or /ID) and file 1 (a bilevel G4 TIFF) come out again
# byte for byte.
sums() { (cd "$1" && shift && cksum "$@" | cut -d' ' -f1,2); }
run python3 "$G/gen-cert9" --seed 9 --only 5 g
is "$rc $(sums g GCN9-form2024-0005.json GCN9-form2024-0005.pdf)" \
	"0 $(sums "$C" GCN9-form2024-0005.json GCN9-form2024-0005.pdf)" \
	"gen-cert9 --seed 9 --only 5 gives the committed GCN9-form2024-0005.json and .pdf byte for byte"
run python3 "$G/gen-cert9" --seed 9 --only 1 g
is "$rc $(sums g GCN9-pink14-0001.json GCN9-pink14-0001.tif)" \
	"0 $(sums "$C" GCN9-pink14-0001.json GCN9-pink14-0001.tif)" \
	"gen-cert9 --seed 9 --only 1 gives the committed GCN9-pink14-0001.json and .tif byte for byte"

done_testing
