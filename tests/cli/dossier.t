#!/bin/sh
# Dossiers (#18): every page's kind, one record per document, each read by
# the reader of its kind; a certificate's fields.
. "${LANDREC_TOP:-.}/tests/cli/lib.sh"

D=$TD/dossier
"$TOP/tests/words-of-text" HS "$D/p1.txt" "$D/p2.txt" "$D/p3.txt" \
    "$D/p4.txt" "$D/p5.txt" "$D/p6.txt" > in.jsonl
run ocr-extract -q < in.jsonl
is "$rc" 0 "a dossier reads with exit 0"
is "$(jqv -r '.id' | tr '\n' ' ')" "HS/1 HS/2 HS/3 " \
    "one record per document, in order, ids <dossier>/<k>"
is "$(jqv -r '.dossier' | sort -u)" "HS" "the dossier id ties them together"
is "$(jqv -r '.document_kind' | tr '\n' ' ')" "decision submission certificate " \
    "each document's kind"
is "$(jqv -r '[.pages[].n] | map(tostring) | join(",")' | tr '\n' ' ')" \
    "1,2 3 4,5,6 " "each record holds its pages: the decision's continuation page stays with it"
is "$(jqv -r '.pages[].page_kind' | tr '\n' ' ')" \
    "decision decision submission certificate-owner certificate-parcel certificate-changes " \
    "every page's kind"
is "$(jqv -r 'select(.document_kind == "decision") | .decision.number')" \
    "1930/QĐ-UBND" "the decision is read from the decision's pages"
is "$(jqv -r 'select(.document_kind != "decision") | .decision' | sort -u)" "null" \
    "no decision field from a certificate or any other paper"
is "$(jqv -r 'select(.document_kind != "certificate") | .certificate' | sort -u)" "null" \
    "no certificate from the decision's pages"

c=$(printf '%s\n' "$out" | jq -c 'select(.document_kind == "certificate") | .certificate')
is "$(echo "$c" | jq -r '[.generation, .serial, .register_number, .issuer, .date] | join("|")')" \
    "pink|BN 377758|CH 01120|Ủy ban nhân dân huyện Mường Ảng|2014-09-28" \
    "the certificate's generation, serial, register number, issuer and date"
is "$(echo "$c" | jq -r '.owners[] | [.name, .birth_year, .id_type, .id_number] | map(tostring) | join(" ")' | tr '\n' '/')" \
    "Lò Văn Thắng 1975 cmnd 040123456/Cà Thị Ón 1978 cccd 011178004321/" \
    "a couple: each owner with their own birth year and ID"
is "$(echo "$c" | jq -r '.couple')" "true" "the couple is marked"
is "$(echo "$c" | jq -r '.parcel | [.number, .sheet, .area, .use_form] | map(tostring) | join(" ")')" \
    "125 14 654.8 Sử dụng riêng" "the parcel's number, sheet, area and use form"
is "$(echo "$c" | jq -r '.parcel.purposes[] | [.land_use, .area, .term] | map(tostring) | join(" ")' | tr '\n' '/')" \
    "ONT 150 Lâu dài/CLN 504.8 Đến ngày 08/06/2064/" "each purpose with its area and term"
is "$(echo "$c" | jq -r '.changes[] | [.date, .kind, .decision] | map(tostring) | join(" ")' | tr '\n' '/')" \
    "2015-06-05 mortgage null/2019-03-20 change-of-use 1930/QĐ-UBND/" \
    "the change register: dates, kinds and the decision cited"
is "$(echo "$c" | jq -r '.changes[1].decision_id')" "HS/1" \
    "an entry citing a decision of the same run links to its record"

# a clerk's correction of a page kind is applied when read again
jq -c '.pages[2].page_kind_reviewed = "letter"' in.jsonl > fixed.jsonl
run ocr-extract -q < fixed.jsonl
is "$(jqv -r '.document_kind' | tr '\n' ' ')" "decision letter certificate " \
    "a reviewed page kind is taken as it is"
is "$(jqv -r 'select(.document_kind == "letter") | .pages[0].page_kind_conf')" "1" \
    "and is sure"

# an unsure page kind goes to review; the clerk's correction in the sheet
# is applied when the record is read again
"$TOP/tests/words-of-text" X "$D/list.txt" | ocr-extract -q > x.jsonl
is "$(jq -c '[.document_kind, .review[0].field, .review[0].reason]' x.jsonl)" \
    '["other","pages[0].page_kind","page kind unsure"]' "an unsure page kind is for review"
landrec-review -q --template sheet.tsv x.jsonl
like "$(cat sheet.tsv)" "^X	pages\[0\]\.page_kind	other	" "the sheet has a row for it"
sed 's/^\(X	pages\[0\]\.page_kind	other	\)/\1letter/' sheet.tsv > filled.tsv
landrec-review -q --apply filled.tsv x.jsonl > x2.jsonl
run ocr-extract -q < x2.jsonl
is "$(jqv -c '[.document_kind, .pages[0].page_kind, .pages[0].page_kind_conf, (.review | length)]')" \
    '["letter","letter",1,0]' "the corrected kind is applied when read again"

# one decision alone stays one record with its own id
"$TOP/tests/words-of-text" QD "$D/p1.txt" "$D/p2.txt" > one.jsonl
run ocr-extract -q < one.jsonl
is "$(jqv -r '[.id, .document_kind, (.dossier // "none")] | join(" ")')" "QD decision none" \
    "a file of one decision is one record, its id unchanged"

# every record, the decision's too: its commune taken from Điều 1 says
# where it was read
"$TOP/tests/words-of-text" HS "$D"/p*.txt | ocr-extract -q > all.jsonl
python3 "$TOP/tests/check-records" all.jsonl
ok $? "every record of the dossier valid under record.schema.json"
is "$(jq -r 'select(.document_kind == "decision") | .fields | to_entries[] |
    select(.key == "parcels[0].commune_code") | [.key, (.value.page | tostring),
    (.value.bbox | length | tostring)] | join(" ")' all.jsonl)" \
    "parcels[0].commune_code 1 4" "a commune from Điều 1 has its page and box"
# export: the certificate beside the decision, its rights naming it; the
# other papers counted, not rejected
"$TOP/tests/words-of-text" HS "$D"/p*.txt | ocr-extract -q > hs.jsonl
run export-xml -o hs.xml --rejects rej.jsonl hs.jsonl
is "$rc" 0 "the dossier exports with exit 0"
like "$err" '3 records: 2 exported, 0 rejected, .*1 skipped: not a land record' \
    "the decision and the certificate exported, the submission counted"
xmllint --noout --schema "$TOP/schemas/hoso.xsd" hs.xml 2>/dev/null
ok $? "the XML validates against schemas/hoso.xsd"
is "$(xmllint --xpath 'string(//DC_GiayChungNhan/soPhatHanh)' hs.xml)" "BN 377758" \
    "DC_GiayChungNhan holds the serial"
is "$(xmllint --xpath 'string(//DC_BienDong[soQuyetDinh]/maHoSoQuyetDinh)' hs.xml)" "HS/1" \
    "a change citing the decision of the same run names its record"
is "$(xmllint --xpath 'count(//HoSoXml[ThongTinGiayChungNhan]//DC_QuyenSuDungDat[giayChungNhanId="GCN1"])' hs.xml)" "2" \
    "the couple's rights are tied to the certificate"
done_testing
