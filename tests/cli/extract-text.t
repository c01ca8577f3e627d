#!/bin/sh
# extract-text: options, page texts, records.
. "$(dirname "$0")/lib.sh"
export LANDREC_SCHEMAS=$TOP/schemas

run extract-text --help
is "$rc" 0 "--help exits 0"
like "$out" '^usage: extract-text' "--help prints the usage on stdout"

run extract-text --bogus
is "$rc" 2 "a wrong option exits 2"
like "$err" '^usage: ' "a wrong option prints the usage on stderr"

run extract-text
is "$rc" 2 "no page text is a usage error"

run extract-text -q "$TD/extract/cho-thue.txt"
is "$rc" 0 "a page text is read"
is "$(jqv -r '.decision.number')" "1661/QĐ-UBND" "decision number"
is "$(jqv -r '.parcels[0].area')" "5319.5" "area"
is "$(jqv -r '.owners[0].id_number')" "046681686" "ID number"
is "$(jqv -r '.fields["parcels[0].area"].page')" "1" "field page"
is "$(jqv '.review | length')" "0" "nothing to review on a clean page"

run extract-text -q --review-below 1.5 "$TD/extract/cho-thue.txt"
is "$rc" 2 "--review-below out of range is a usage error"

sed 's/0/O/g' "$TD/extract/cho-thue.txt" >damaged.txt
run extract-text -q damaged.txt
like "$(jqv -r '.review[].field')" 'owners\[0\]\.id_number' "a repaired ID is flagged"
is "$(jqv -r '.owners[0].id_number')" "046681686" "and repaired"
run extract-text -q --review-below 0.5 damaged.txt
is "$(jqv -r '[.review[] | select(.reason == "low confidence")] | length')" 0 \
    "--review-below lowers the threshold"

jq -nc --rawfile p "$TD/extract/giao-dat-couple.txt" \
    '{id: "a", page_text: [$p]}' >recs.jsonl
echo 'not json' >>recs.jsonl
run extract-text -r -q recs.jsonl
is "$rc" 1 "a malformed record sets the exit status"
is "$(printf '%s\n' "$out" | head -1 | jq -r '.id + " " + .owners[1].name')" \
    "a Lò Thị Ính" "records keep their keys and gain the fields"

run extract-text -q -s /nonexistent "$TD/extract/cho-thue.txt"
is "$rc" 1 "a missing schemas directory is an error"
like "$err" "cannot open" "and says which file"

done_testing
