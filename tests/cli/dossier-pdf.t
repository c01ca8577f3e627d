#!/bin/sh
# A dossier PDF (#18) yields one record per document, in order: pages
# rendered from testdata/dossier/pdf (tests/render-text, 200 dpi) and read
# through OCR.  A submission and its page "2"; its decision, whose page 2
# opens with more "Căn cứ" and a "QUYẾT ĐỊNH" that lost its colon (the
# body's word, no title); a record between two decisions; a decision whose
# title is not in capitals, known as a first page by its header's motto,
# with an annex that repeats the header but says "Kèm theo Quyết định";
# a certificate's four pages with the change register last.
. "${LANDREC_TOP:-.}/tests/cli/lib.sh"

for f in "$TD"/dossier/pdf/*.txt; do
	"$TOP/tests/render-text" "$(basename "$f" .txt).tif" "$f" || exit 1
done
img2pdf -o hs.pdf ./*.tif
scan-import -q hs.pdf > in.jsonl
run ocr-extract -q -j2 < in.jsonl
is "$rc" 0 "the dossier PDF is read with exit 0"
is "$(jqv -r '[.id, .document_kind, ([.pages[].n] | map(tostring) | join(","))] | join(" ")')" \
    "hs/1 submission 1,2
hs/2 decision 3,4
hs/3 form 5
hs/4 decision 6,7,8
hs/5 certificate 9,10,11,12" \
    "one record per document, each with its pages: page 2 and the annex stay, the header starts the untitled decision"
is "$(jqv -r '.dossier' | sort -u)" "hs" "one dossier id ties them together"
is "$(jqv -r 'select(.document_kind == "decision") | .decision.number')" \
    "512/QĐ-UBND
530/QĐ-UBND" "each decision is read from its own pages"
is "$(jqv -r 'select(.document_kind != "decision") | .decision' | sort -u)" "null" \
    "no decision field from the submission, the record or the certificate"
is "$(jqv -r 'select(.document_kind == "certificate") |
    [.certificate.serial, .certificate.owners[0].name, .certificate.parcel.number,
    (.certificate.changes | length)] | map(tostring) | join(" ")')" \
    "CS 512044 Quàng Văn Khiêm 56 1" "the certificate is read from its four pages, register and all"
done_testing
