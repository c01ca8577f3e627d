#!/bin/sh
# Personal data: ID numbers never appear on stderr (diagnostics, progress,
# summaries) of a whole run unless --show-ids; files that hold personal data
# are created mode 0600.
. "$(dirname "$0")/lib.sh"

U="--units $DATA/admin-units.csv --units-map $DATA/commune-map.csv"
scan-import --progress=1 $(ls "$TD"/corpus/*.tif | sed -n '20,27p') \
	2>err.txt >imported.jsonl
ocr-extract --progress=1 -j2 $U --cache ocr.db --words words.jsonl \
	-o read.jsonl <imported.jsonl 2>>err.txt
parcel-match --progress=1 --build-registry "$TD/registry.csv" -r reg.db 2>>err.txt
# Damage an ID so that the matcher and the exporter have something to say.
jq -c '(.owners[]? | select(.id_number != null) | .id_number) |= sub("^(?<a>.{5})."; "\(.a)X")' \
	read.jsonl >damaged.jsonl
parcel-match --progress=1 -r reg.db -o linked.jsonl damaged.jsonl 2>>err.txt
export-xml --progress=1 -o out.xml --rejects rejects.jsonl linked.jsonl 2>>err.txt
landrec-review -q --template sheet.tsv linked.jsonl 2>>err.txt
landrec-report linked.jsonl >/dev/null 2>>err.txt

ids=$( (jq -r '.owners[]? | .id_number, .citizen_id | select(. != null)' \
	read.jsonl damaged.jsonl linked.jsonl; cut -d, -f1,2 "$TD/registry.csv" |
	tr ',' '\n') | grep -E '^[0-9]{9,12}$' | sort -u)
n=$(printf '%s\n' "$ids" | grep -c .)
[ "$n" -gt 20 ]
ok $? "the run handled ID numbers ($n distinct)"
[ -s err.txt ]
ok $? "the run wrote diagnostics and summaries ($(wc -l <err.txt) lines)"
leaked=$(printf '%s\n' "$ids" | grep -F -f - err.txt | head -3)
is "$leaked" "" "no ID number appears on stderr"
like "$(cat err.txt)" '[0-9]{3}\*{3,}[0-9]{3}' "IDs in messages are masked as 011******234"

parcel-match -r reg.db --show-ids damaged.jsonl 2>shown.txt >/dev/null
like "$(cat shown.txt)" "'[0-9]{5}X[0-9]{3,6}'" "--show-ids shows them"

for f in ocr.db words.jsonl read.jsonl reg.db linked.jsonl out.xml rejects.jsonl sheet.tsv; do
	is "$(stat -c %a "$f")" 600 "$f is mode 0600"
done

done_testing
