#!/bin/sh
# export-xml: golden XML for every kind, rejects, -o/-d, units, validation.
. "$(dirname "$0")/lib.sh"
X=$TD/export
XSD=$TOP/schemas/hoso.xsd
KINDS="giao-dat cho-thue cong-nhan chuyen-muc-dich thu-hoi cap-gcn other"

# valid FILE DESCRIPTION: xmllint --schema accepts FILE.
valid() {
	xmllint --noout --schema "$XSD" "$1" >/dev/null 2>&1
	ok $? "$2"
}

# mode FILE: its permission bits, e.g. 600.
mode() {
	stat -c %a "$1"
}

# --- usage -----------------------------------------------------------------
run export-xml -h
is "$rc" 0 "-h exits 0"
like "$out" '^usage: export-xml' "-h prints usage on stdout"
run export-xml -V
like "$out" '^export-xml \(landrec\) ' "-V prints the version"
run export-xml --bogus
is "$rc" 2 "unknown option exits 2"
like "$err" '^usage: export-xml' "unknown option prints usage on stderr"
run export-xml -o a.xml -d dir
is "$rc" 2 "-o with -d exits 2"
run export-xml --units-map '' --current-units
is "$rc" 2 "--current-units without the commune map exits 2"
miss=
for opt in $(export-xml -h | sed -n '/^usage:/,/^$/p' | grep -o -- '--[a-z-]*'); do
	mandoc -Tascii "$TOP/man/export-xml.1" | col -b | sed -n '/^SYNOPSIS/,/^DESCRIPTION/p' |
	    grep -q -- "$opt" || miss="$miss $opt"
done
is "$miss" "" "man page SYNOPSIS has every option of the usage line"

# --- every kind against its golden XML --------------------------------------
for k in $KINDS; do
	run export-xml "$X/$k.jsonl"
	is "$rc" 0 "$k: exit 0"
	printf '%s\n' "$out" >"$k.xml"
	cmp -s "$k.xml" "$X/$k.xml"
	ok $? "$k: output matches golden $k.xml"
	valid "$k.xml" "$k: passes xmllint --schema"
	is "$err" "export-xml: 1 records: 1 exported, 0 rejected, 0 duplicates skipped" \
	    "$k: summary line"
done

# --- one batch from stdin, -o written atomically with mode 0600 --------------
for k in $KINDS; do cat "$X/$k.jsonl"; done >all.jsonl
run export-xml -q -o batch.xml <all.jsonl
is "$rc" 0 "batch: exit 0"
is "$err" "" "batch: -q prints nothing"
is "$(grep -c '<HoSoXml>' batch.xml)" 7 "batch: one HoSoXml per decision"
valid batch.xml "batch: passes xmllint --schema"
is "$(mode batch.xml)" 600 "batch: output is mode 0600"
is "$(ls -A | grep -c '^\.batch')" 0 "batch: no temporary file left"

# --- -o naming a pipe (or /dev/null) writes into it, never replaces it --------
mkfifo pipe.xml
timeout 60 cat pipe.xml >piped.xml &
run export-xml -q -o pipe.xml all.jsonl
wait
is "$rc" 0 "-o FIFO: exit 0"
test -p pipe.xml
ok $? "-o FIFO: still a FIFO, not renamed over"
is "$(grep -c '<HoSoXml>' piped.xml)" 7 "-o FIFO: the reader got every decision"
is "$(ls -A | grep -c '^\.pipe')" 0 "-o FIFO: no temporary file left"

# --- round trip of Vietnamese text ---------------------------------------------
xp() { xmllint --xpath "string($1)" "$2"; }
is "$(xp '//trichYeu' other.xml)" "$(jq -r .decision.title "$X/other.jsonl")" \
    "round trip: subject with quotes, <>, &, tab, both tone placements"
is "$(xp '//coQuanBanHanh' other.xml)" "$(jq -r .decision.issuer "$X/other.jsonl")" \
    "round trip: issuer with dash and apostrophes"
printf '{"id":"NFD","source":"s.tif","decision":{"number":"1/QĐ","kind":"other"},"owners":[{"name":"Ho\314\200a Lo\314\200","birth_year":1970}],"parcels":[{"sheet":"1","number":"1","area":1,"land_use":"ONT","commune_code":"03202"}]}\n' >nfd.jsonl
export-xml -q nfd.jsonl >nfd.xml
is "$(xp '//hoTen' nfd.xml)" "$(printf 'Ho\314\200a Lo\314\200')" \
    "round trip: decomposed (NFD) text kept byte for byte"

# --- -d DIR: one file per decision ---------------------------------------------
run export-xml -q -d out all.jsonl
is "$rc" 0 "-d: exit 0"
is "$(ls out | tr '\n' ' ')" "QD-2009-0112.xml QD-2016-0005.xml QD-2018-0077.xml QD-2019-0245.xml QD-2021-0410.xml QD-2023-0901.xml QD-2024-0033.xml " \
    "-d: a file named after each id"
bad=0
for f in out/*.xml; do
	xmllint --noout --schema "$XSD" "$f" >/dev/null 2>&1 || bad=1
	[ "$(mode "$f")" = 600 ] || bad=1
done
ok $bad "-d: every file passes xmllint --schema and is mode 0600"
xmllint --xpath '/HoSoXml' out/QD-2016-0005.xml | sed 's/^ *//' >d.frag
xmllint --xpath '//HoSoXml' "$X/cho-thue.xml" | sed 's/^ *//' >g.frag
cmp -s d.frag g.frag
ok $? "-d: file content is the same HoSoXml as in a batch"
jq -c '.id = "../evil"' "$X/cho-thue.jsonl" >evil.jsonl
run export-xml -q -d out2 --rejects evil.rej evil.jsonl
is "$rc" 1 "-d: an id that is not a file name: exit 1"
is "$(jq -c .reasons evil.rej)" '["id: not usable as a file name"]' \
    "-d: an id that is not a file name is rejected"
is "$(ls -A out2 | wc -l)" 0 "-d: and nothing written for it"

# --- rejects: every reason, exit 1, nothing half-written ------------------------
cp "$X/rejects.jsonl" .
run export-xml --units '' --units-map '' --rejects rej.jsonl rejects.jsonl
is "$rc" 1 "rejects: exit 1"
printf '%s\n' "$out" >rej.xml
cmp -s rej.xml "$X/rejects.xml"
ok $? "rejects: the valid records only, as golden rejects.xml"
valid rej.xml "rejects: output passes xmllint --schema"
is "$err" "$(cat "$X/rejects.err")" "rejects: one diagnostic per record and a summary"
is "$(jq -c '[(.record.id // .lineno), .reasons]' rej.jsonl)" \
    "$(cat "$X/rejects.reasons")" "rejects: each record with its reasons"
is "$(mode rej.jsonl)" 600 "rejects: file is mode 0600"
run export-xml -q --rejects def.jsonl rejects.jsonl
like "$out" '<maHoSo>R01-no-commune</maHoSo>' \
    "the shipped unit list by default: a commune found by its name is exported"
LANDREC_DATA=$T/none run export-xml -q --rejects def.jsonl rejects.jsonl
like "$out" '<maHoSo>R01-no-commune</maHoSo>' \
    "LANDREC_DATA without the files falls back to data/ beside the build"
run export-xml -q --require-reviewed --rejects rev.jsonl rejects.jsonl
is "$(jq -c 'select(.record.id == "R11-review") | .reasons' rev.jsonl)" \
    '["unresolved review: owners[0].id_number: OCR: 0/O"]' \
    "--require-reviewed: open review items are a reject reason"
run export-xml -q --no-validate --rejects nv.jsonl rejects.jsonl
like "$out" '<maHoSo>R10-sheet-zero</maHoSo>' \
    "--no-validate: what only the XSD catches is written"
is "$(jq -r 'select(.record.id == "R10-sheet-zero") | .record.id' nv.jsonl)" "" \
    "--no-validate: and not rejected"

# --- -o failures leave no file ---------------------------------------------------
run export-xml -o fail.xml --schema nonexistent.xsd "$X/cho-thue.jsonl"
is "$rc" 3 "missing schema: a data file that cannot be read, exit 3"
like "$err" "^export-xml: 'nonexistent.xsd': " "missing schema: diagnostic"
ok "$(ls -A | grep -c 'fail\.xml')" "missing schema: no output file, no temporary"
LANDREC_SCHEMAS=$T/none run export-xml -q "$X/cho-thue.jsonl"
is "$rc" 0 "LANDREC_SCHEMAS without the file falls back to schemas/ beside the build"
mkfifo fifo
export-xml -q -o killed.xml fifo 2>/dev/null &
pid=$!
exec 3>fifo
cat "$X/cho-thue.jsonl" >&3
sleep 0.5
kill -TERM "$pid"
exec 3>&-
wait "$pid" 2>/dev/null
ok "$(ls -A | grep -c 'killed\.xml')" "killed run: no output file, no temporary"

# --- units: names to codes, old communes to today's -------------------------------
U="--units $DATA/admin-units.csv --units-map $DATA/commune-map.csv"
run export-xml $U --current-units --rejects u.jsonl "$X/units.jsonl"
is "$rc" 1 "units: exit 1 (ambiguous, unknown and split communes)"
printf '%s\n' "$out" >u.xml
valid u.xml "units: output passes xmllint --schema"
is "$(xmllint --xpath '//DC_ThuaDat/maXa/text()' u.xml | tr '\n' ' ')" \
    "03172 03172 03172 " "units: by name (Na Sang 03201 -> 03172), merged, and after July 2025 kept"
is "$(jq -c '[.record.id, .reasons[0]]' u.jsonl)" "$(cat "$X/units.reasons")" \
    "units: ambiguous names and splits are review rejects, never guesses"
run export-xml --units "$DATA/admin-units.csv" -q "$X/units.jsonl"
like "$out" '<maXa>03201</maXa>' "units: without --current-units the code found is kept"
run export-xml --units nonexistent.csv "$X/units.jsonl"
is "$rc" 1 "units: a missing list is an error"

# --- what export-xml refuses, and why --------------------------------------------
# A decision that names no land user and is of no land kind (setting up a
# council) is skipped with a count, not rejected.
printf '%s\n' '{"id":"council","source":"c.tif","decision":{"number":"7/QĐ-UBND","date":"2019-05-02","kind":"other","title":"Về việc thành lập Hội đồng bồi thường"},"owners":[],"parcels":[{"sheet":null,"number":null,"area":null,"commune_code":"03202"}]}' >council.jsonl
run export-xml --rejects council-rej.jsonl council.jsonl "$X/giao-dat.jsonl"
is "$rc" 0 "not a land record: exit 0"
is "$err" "export-xml: 2 records: 1 exported, 0 rejected, 0 duplicates skipped, 1 skipped: not a land record" \
    "not a land record: counted in the summary, not rejected"
is "$(printf '%s\n' "$out" | grep -c '<HoSoXml>')" 1 "not a land record: not in the XML"
is "$(wc -l <council-rej.jsonl)" 0 "not a land record: not in the rejects"

# A reject names the fields that block it and carries the correction-sheet
# rows that unblock it; filled and applied, the record is exported.
jq -c '.id = "recovery" | .owners[1].birth_year = null | .owners[0].birth_year = null' \
    "$X/giao-dat.jsonl" >recovery.jsonl
run export-xml --rejects recovery-rej.jsonl recovery.jsonl
is "$rc" 1 "blocked: exit 1"
is "$err" "export-xml: recovery.jsonl:1: 'recovery': owners[0].birth_year: missing: none read, and no citizen of the registry matches the owner (also owners[1].birth_year); correction-sheet rows to unblock it: 2
export-xml: 1 records: 0 exported, 1 rejected, 0 duplicates skipped" \
    "blocked: the diagnostic names every blocking field and the rows"
is "$(jq -r '.unblock[]' recovery-rej.jsonl | cut -f 1-2)" "recovery	owners[0].birth_year
recovery	owners[1].birth_year" "blocked: the rows are the blocking fields"
{ printf 'id\tfield\tvalue_read\tcorrected\tcandidates\treviewer\tdate\n'
  jq -r '.unblock[]' recovery-rej.jsonl | awk -F '\t' -v OFS='\t' '{ $4 = 1960 + NR; $6 = "clerk"; print }'
} >unblock.tsv
landrec-review -q --apply unblock.tsv recovery.jsonl >recovered.jsonl
run export-xml recovered.jsonl
is "$rc" 0 "unblocked: after landrec-review --apply the record is exported"
is "$(printf '%s\n' "$out" | xmllint --xpath 'string(//DC_CaNhan[1]/namSinh)' -)" 1961 \
    "unblocked: with the corrected value"

# An owner with no birth year read, whom parcel-match could not link: the
# refusal says why the registry gave none: namesakes the evidence cannot
# tell apart (tied), a likeliest citizen not sure enough, none found; with
# no match at all, only "missing".  Namesakes are told apart by their
# births, so the refusal and the candidates' cell give them.
c1='{"citizen_id":"011072871145","born":"1972-04-16","weight":19.87}'
c2='{"citizen_id":"014061607410","born":"1961","weight":19.87}'
jq -c --argjson c1 "$c1" --argjson c2 "$c2" '.id = "tied" |
    .owners[0].birth_year = null | .owners[0].birth_date = null |
    .owners[0].match = {status: "review", weight: 19.87, tied: 2, candidates: [$c1, $c2]}' \
    "$X/giao-dat.jsonl" >why.jsonl
jq -c --argjson c1 "$c1" '.id = "unsure" | .owners[0].birth_year = null |
    .owners[0].match = {status: "review", weight: 16.5, candidates: [$c1]}' \
    "$X/giao-dat.jsonl" >>why.jsonl
jq -c '.id = "unread" | .owners[0].birth_year = null | del(.owners[0].match)' \
    "$X/giao-dat.jsonl" >>why.jsonl
run export-xml --rejects why-rej.jsonl why.jsonl
is "$(jq -r '.reasons[0]' why-rej.jsonl)" \
    "owners[0].birth_year: missing: none read, and 2 citizens of the registry fit the owner about equally well, born 1972-04-16, 1961 (left for review: choose one, or read the birth year off the document)
owners[0].birth_year: missing: none read, and the registry's likeliest citizen is not sure enough to link (left for review)
owners[0].birth_year: missing" \
    "a missing birth year: the refusal says why the registry gave none"
is "$(jq -r '.unblock[] | select(.[0:4] == "tied") | split("\t")[1]' why-rej.jsonl | tr '\n' ' ')" \
    "owners[0].birth_year owners[0].citizen_id " \
    "and the rows that would unblock it: the year, or the citizen chosen"
is "$(jq -r '.unblock[] | select(.[0:4] == "tied") | split("\t")[4]' why-rej.jsonl)" \
    "
011072871145 (born 1972-04-16, 19.9), 014061607410 (born 1961, 19.9)" \
    "the citizen's row lists the namesakes with their births"
jq -c '.owners[0].match.candidates[1] |= del(.born)' why.jsonl >why-noborn.jsonl
run export-xml --rejects why-noborn-rej.jsonl why-noborn.jsonl
like "$(jq -r '.reasons[0]' why-noborn-rej.jsonl)" 'about equally well \(left for review' \
    "a tie whose births the registry lacks: no births said"

# An organisation holds the land ("organisation": true, no sex, birth or
# ID): the exchange schema has persons only, so the record is refused with
# that reason, never exported as a person with a missing birth year.
jq -c '.id = "coop" | .owners = [.owners[0] | .name = "Hợp tác xã Nông nghiệp Tân Lập" |
    .gender = null | .birth_year = null | .birth_date = null | .id_number = null |
    .id_type = null | .spouse = null | .organisation = true] |
    .parcels |= map(.holder = 0)' "$X/giao-dat.jsonl" >coop.jsonl
run export-xml --rejects coop-rej.jsonl coop.jsonl
is "$rc" 1 "organisation: exit 1"
is "$(jq -r '.reasons[]' coop-rej.jsonl)" \
    "owners[0].organisation: an organisation holds the land: the exchange schema has no place for one" \
    "organisation: refused for that reason alone"
# End to end: parcel-match leaves the organisation alone (no candidates,
# nothing enriched), and export-xml still refuses the record for that
# reason alone.
parcel-match -q --build-registry "$TD/match/citizens.csv" -r coop.db 2>/dev/null
parcel-match -q -r coop.db coop.jsonl >coop-linked.jsonl
run export-xml --rejects coop-rej2.jsonl coop-linked.jsonl
is "$rc:$(jq -c '[.record.owners[0].match, .reasons]' coop-rej2.jsonl)" \
    '1:[{"status":"organisation"},["owners[0].organisation: an organisation holds the land: the exchange schema has no place for one"]]' \
    "organisation after parcel-match: refused for that reason alone"

done_testing
