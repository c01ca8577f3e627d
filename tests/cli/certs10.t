#!/bin/sh
# certs10: the tenth certificate family and its dossiers
# (testdata/gen-cert10), HELD OUT from every reader rule.  Its truths are
# whole and printed on their pages, the checker refuses broken ones and
# says why, the family covers what it was written for, and the generator
# draws committed files again byte for byte.  No OCR here.
. "$(dirname "$0")/lib.sh"
C=$TD/certs10
G=$TD/gen-cert10
LC_ALL=C
export LC_ALL

run python3 "$G/gen-cert10" --check "$C"
is "$rc $out" "0 10 truths whole" "every certs10 truth is whole and its fields are printed"

# MANIFEST.tsv: id what generation year scan file scans owners n_owners
# id_types changes documents tags
col() { sed 1d "$C/MANIFEST.tsv" | cut -f"$1"; }
count() { sort | uniq -c | awk '{printf "%s:%s ", $2, $1}'; }
is "$(col 2 | count)" "btn05:2 dossier:3 f24:2 pink09:3 " \
	"the 2005 Bộ TN&MT form, the 2009 pink form and the 2024 form beside three dossiers"
is "$(col 3 | count)" "form2024:3 pink:5 red:2 " "every generation"
is "$(col 5 | sort -u | tr '\n' ' ')" \
	"bilevel-200-duplex bilevel-300 colour-120 colour-150 colour-150-rot90 colour-200 creased-200 glare-200 pale-110 photo " \
	"laminated glare, a pale print at 110 dpi, creases, a warm photo, turned pages, duplex"
is "$(col 6 | sed 's/.*\.//' | count)" "pdf:7 tif:3 " "PDFs of JPEGs and TIFFs (G4 and grey JPEG)"
is "$(col 8 | count)" "couple:2 couple+child:1 overseas:1 single:6 " \
	"couples, a couple with a minor child, an owner living abroad"
is "$(col 10 | tr ',' '\n' | grep -v '^-$' | sort -u | tr '\n' ' ')" \
	"cccd cmnd dinh-danh none passport " "CMND, CCCD, Số định danh cá nhân, a passport, and a child with none"
is "$(col 11 | tr ',' '\n' | grep -v '^-$' | sort -u | tr '\n' ' ')" \
	"change-of-use id-update mortgage split-merge transfer " "every kind of register entry"
is "$(jq -r '.documents[].kind' "$C"/HS10-*.json | sort -u | tr '\n' ' ')" \
	"certificate decision fee-notice form letter other submission " \
	"dossiers hold every kind of paper"

# Certificates: an apartment, rice land to 2043, a parcel over two communes,
# a married couple with a minor child, a passport, an annulled certificate.
is "$(jq -c '.documents[0].truth.certificate.house | [.type, .floor_area, .floors]' \
	"$C/GCN10-pink09-0002.json")" '["Căn hộ chung cư",74.6,40]' "an apartment in a condominium"
is "$(jq -r '.documents[0].truth.certificate.owners[0].id_type' "$C/GCN10-pink09-0002.json")" \
	passport "an owner living abroad, with a passport"
is "$(jq -c '.documents[0].truth.certificate.parcel.purposes[0] | [.land_use, .term]' \
	"$C/GCN10-pink09-0003.json")" '["LUC","Đến ngày 15/10/2043"]' "rice land with a term to 2043"
is "$(jq -c '.documents[0].truth.certificate | [.couple, (.owners | map(.birth_year))]' \
	"$C/GCN10-pink09-0003.json")" '[true,[1976,1979,2004]]' "a married couple and their minor child"
is "$(jq -c '.documents[0].truth.certificate.owners[2] | [.id_type, .id_number]' \
	"$C/GCN10-pink09-0003.json")" '[null,null]' "the minor child has no ID"
like "$(jq -r '.documents[0].truth.certificate.parcel.address' "$C/GCN10-f24-0004.json")" \
	"xã Chiềng Khoa và .*xã Vân Hồ" "a parcel across two communes"
is "$(jq -c '[.page_kinds, .spread]' "$C/GCN10-pink09-0002.json")" \
	'[["certificate-owner","certificate-parcel"],[1,2]]' "a pink certificate scanned open, two spreads"

# The register runs on to a trang bổ sung with its own serial: five changes,
# two of them on the supplement, and the certificate's serial stays its own.
is "$(jq -c '[.page_kinds[3:], (.documents[0].truth.certificate.changes | length)]' \
	"$C/GCN10-pink09-0003.json")" '[["certificate-changes","certificate-changes"],5]' \
	"a register continued on a trang bổ sung"
is "$(jq -r '.documents[0].truth.certificate.changes[-1].decision' "$C/GCN10-pink09-0003.json")" \
	"1187/QĐ-UBND" "a change of use on the supplement cites its decision"

# Dossiers: two certificates, old and new; blank backs of a duplex scan;
# a decision the certificate's register cites.
is "$(jq -c '[.documents[] | select(.kind == "certificate") | .truth.certificate.generation]' \
	"$C/HS10-0007.json")" '["red","form2024"]' "an old and a new certificate, one after the other"
is "$(jq -c '[.documents[0].pages, .documents[1].pages, .page_kinds[1], .page_kinds[3]]' \
	"$C/HS10-0009.json")" '[[1,2],[3,4],"other","other"]' "a duplex scan's blank backs belong to their papers"
is "$(jq -r '[.documents[2].truth.decision.number, .documents[3].truth.certificate.changes[0].decision] | join(" ")' \
	"$C/HS10-0009.json")" "2316/QĐ-UBND 2316/QĐ-UBND" "the register cites the dossier's decision"
is "$(grep -ac '/Rotate 90' "$C/GCN10-pink09-0005.pdf")" 4 "a PDF whose pages are turned by /Rotate"
is "$(grep -ac '/Rotate 90' "$C/HS10-0008.pdf")" 1 "a landscape survey extract turned in the PDF"
[ "$(du -sk "$C" | cut -f1)" -lt 10240 ]
ok $? "certs10 under 10 MB ($(du -sh "$C" | cut -f1))"

# The checker refuses a truth whose documents skip a page, a scan with no
# kind or an unknown one, spread kinds swapped, a blank back made a document
# of its own, purposes that do not sum, an ID that does not fit its owner,
# a form dated outside its years, a change before its certificate or of no
# known kind, a supplement's serial or an old certificate's serial named
# as the certificate's, a single owner called a couple, an ID
# of a kind its label does not name, and fields its pages do not print.
while IFS=';' read -r id filter says what; do
	rm -rf bad && mkdir bad && cp "$C/$id".* bad/
	jq "$filter" "$C/$id.json" >"bad/$id.json"
	run python3 "$G/gen-cert10" --check bad
	test $rc -ne 0 && printf '%s\n' "$err" | grep -q -- "$says"
	ok $? "$what"
done <<'CASES'
HS10-0007;.documents[4].pages |= .[1:];are not 1..12 in order;documents that skip a page are refused
HS10-0009;.page_kinds |= .[1:];9 page kinds for 10 scans;a scan with no kind is refused
GCN10-btn05-0006;.page_kinds[2] = "plan";is not one of the page kinds;a kind that is not a page kind is refused
GCN10-pink09-0002;.page_kinds |= reverse;not the pages' laid out;a spread's kinds swapped are refused
HS10-0009;.documents |= ([{"kind":"letter","pages":[1]},{"kind":"other","pages":[2]}] + .[1:]);5 documents, laid out 4;a blank back made a document of its own is refused
GCN10-f24-0004;.documents[0].truth.certificate.parcel.purposes[1].area -= 1;do not sum;purposes that do not sum to the parcel are refused
GCN10-f24-0004;.documents[0].truth.certificate.owners[1].id_number = "014086002754";does not fit;a personal ID of a man's code for a woman is refused
GCN10-pink09-0005;.documents[0].truth.certificate.date = "2008-05-01";pink form dated 2008-05-01;a pink form dated 2008 is refused
GCN10-btn05-0006;.documents[0].truth.certificate.date = "2010-01-05";red form dated 2010-01-05;a red book dated 2010 is refused
GCN10-btn05-0001;.documents[0].truth.certificate.changes[0].date = "2006-01-01";before the certificate;a change dated before its certificate is refused
GCN10-pink09-0003;.documents[0].truth.certificate.changes[1].kind = "release";not a kind of change;a change of no known kind is refused
GCN10-pink09-0003;.documents[0].truth.certificate.serial = "BV 003518";is not printed as the certificate's;the supplement's own serial named as the certificate's is refused
HS10-0007;.documents[5].truth.certificate.serial = "AC 713390";is not printed as the certificate's;the old serial a new certificate's note names is refused
GCN10-pink09-0005;.documents[0].truth.certificate.couple = true;a couple of 1 owners;a single owner called a couple is refused
GCN10-f24-0010;.documents[0].truth.certificate.owners[0].id_type = "cccd";owners id_type CCCD is not printed;a CCCD where the form prints "Số định danh cá nhân" is refused
GCN10-pink09-0002;.documents[0].truth.certificate.house.floor_area += 1;house floor_area .* is not printed;an apartment's area the pages do not print is refused
GCN10-btn05-0006;.documents[0].truth.certificate.owners[0].name = "Bàn Văn Chiều";owners name Bàn Văn Chiều is not printed;an owner the owner page does not print is refused
GCN10-btn05-0001;.documents[0].truth.certificate.parcel.purposes[1].term = "Đến ngày 15/10/2063";purpose CLN;a term the parcel page does not print is refused
HS10-0009;.documents[3].truth.certificate.changes[0].decision = "316/QĐ-UBND";decision 316/QĐ-UBND is not printed;a cited decision the register does not print is refused, though a longer number ends with it
HS10-0009;.documents[2].truth.decision.number = "2136/QĐ-UBND";number 2136/QĐ-UBND is not printed;a decision number the decision does not print is refused
CASES

# Deterministic: file 2 (pale pink spreads, JPEGs in a PDF written without
# dates or /ID) and file 6 (a bilevel G4 TIFF) come out again byte for byte.
sums() { (cd "$1" && shift && cksum "$@" | cut -d' ' -f1,2); }
run python3 "$G/gen-cert10" --seed 10 --only 2 g
is "$rc $(sums g GCN10-pink09-0002.json GCN10-pink09-0002.pdf)" \
	"0 $(sums "$C" GCN10-pink09-0002.json GCN10-pink09-0002.pdf)" \
	"gen-cert10 --seed 10 --only 2 gives the committed GCN10-pink09-0002.json and .pdf byte for byte"
run python3 "$G/gen-cert10" --seed 10 --only 6 g
is "$rc $(sums g GCN10-btn05-0006.json GCN10-btn05-0006.tif)" \
	"0 $(sums "$C" GCN10-btn05-0006.json GCN10-btn05-0006.tif)" \
	"gen-cert10 --seed 10 --only 6 gives the committed GCN10-btn05-0006.json and .tif byte for byte"

done_testing
