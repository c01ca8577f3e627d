#!/bin/sh
# Exit statuses: bad input is reported and the run goes on (1); a system
# failure (an output or a cache that cannot be created) stops it (3) and
# leaves no output behind.
. "$(dirname "$0")/lib.sh"

good=$(head -1 "$TD/export/giao-dat.jsonl")
{ echo "$good"; echo '[1, 2]'; } >mixed.jsonl

run() { out=$("$@" 2>err); rc=$?; err=$(cat err); }

run export-xml -q -o out.xml mixed.jsonl
is "$rc" 1 "export-xml: a malformed line: exit 1"
[ -s out.xml ]
ok $? "export-xml: a malformed line: the good record still written"

for c in export-xml landrec-report scan-import; do
	case $c in
	scan-import) run scan-import -q -o nodir/out.jsonl "$TD/scans/does-not-matter.tif" ;;
	landrec-report) run landrec-report -q --html nodir/out.html mixed.jsonl ;;
	*) run $c -q -o nodir/out mixed.jsonl ;;
	esac
	is "$rc" 3 "$c: an output in a directory that does not exist: exit 3"
	like "$err" "^$c: 'nodir/out" "$c: the output is named"
done
[ ! -e nodir ]
ok $? "nothing was created"

run ocr-extract -q --no-extract --no-lexicon --cache nodir/c.db </dev/null
is "$rc" 3 "ocr-extract: a cache that cannot be created: exit 3"
like "$err" "nodir/c.db': cannot create the cache" "ocr-extract: the cache is named"

run ocr-extract -q --no-extract --no-lexicon --hocr nodir </dev/null
is "$rc" 3 "ocr-extract: an hOCR directory that cannot be written: exit 3"

parcel-match -q --build-registry "$TD/match/citizens.csv" -r reg.db 2>/dev/null
run parcel-match -q -r reg.db -o nodir/m.jsonl "$TD/match/owners.jsonl"
is "$rc" 3 "parcel-match: an output that cannot be created: exit 3"
run parcel-match -q -r missing.db "$TD/match/owners.jsonl"
is "$rc" 3 "parcel-match: a registry that cannot be opened: exit 3"

done_testing
