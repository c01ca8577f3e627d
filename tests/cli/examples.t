#!/bin/sh
# Every manual's EXAMPLES run: each "$ command" (with its continuation lines)
# is run in a folder holding the files the examples name, made from the
# sample corpus.  An example may find bad input (exit 1); it must not be
# wrong usage (exit 2) or crash.
. "$(dirname "$0")/lib.sh"

mkdir work
cd work || exit 1
mkdir scans archive
for f in $(ls "$TD"/corpus/*.tif | sed -n '5,7p'); do
	cp "$f" scans/
	cp "$f" archive/
done
ln -s "$TD" testdata
ln -s "$TOP/schemas" schemas
ln -s "$DATA/admin-units.csv" admin-units.csv
ln -s "$DATA/names" names
cp "$TD/registry.csv" citizens.csv
U="--units admin-units.csv --units-map $DATA/commune-map.csv"
scan-import -q scans >imported.jsonl
ocr-extract -q $U --cache ocr.db <imported.jsonl >read.jsonl
parcel-match -q --build-registry citizens.csv -r registry.db
parcel-match -q -r registry.db read.jsonl >linked.jsonl
cp linked.jsonl matched.jsonl
cp linked.jsonl decisions.jsonl
cp linked.jsonl records.jsonl
export-xml -q --rejects rejects.jsonl linked.jsonl >/dev/null 2>&1
jq -c '{id, page_text: [.pages[].text // ""]}' read.jsonl >corpus.jsonl
jq -r '.page_text[0]' "$TD/corpus/$(ls "$TD/corpus" | grep -m1 json$)" >page1.txt
printf 'Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n' >page2.txt
echo : >hosts	# GNU parallel's name for this machine
ok 0 "fixtures made"

# The "$ " lines of a page's EXAMPLES, one command a line: lines ending in
# \e (mdoc's backslash) or | go on on the next line.
examples() {
	sed -n '/^\.Sh EXAMPLES/,/^\.Sh /p' "$1" | sed 's/^\.Dl //' | awk '
		function more() { return sub(/[\\]e$/, "", cmd) || cmd ~ /\|[ \t]*$/ }
		/^\$ / { if (cmd != "") print cmd; cmd = substr($0, 3); cont = more(); next }
		cmd != "" && cont { cmd = cmd " " $0; cont = more(); next }
		{ if (cmd != "") print cmd; cmd = ""; cont = 0 }
		END { if (cmd != "") print cmd }'
}

for m in "$TOP"/man/*.[157]; do
	page=$(basename "$m")
	examples "$m" >cmds.txt
	[ -s cmds.txt ]
	ok $? "$page has examples"
	while IFS= read -r cmd; do
		if ! command -v "${cmd%% *}" >/dev/null; then
			ok 0 "$page: $cmd # skip ${cmd%% *} is not installed"
			continue
		fi
		timeout 300 sh -c "$cmd" >ex.out 2>ex.err </dev/null
		rc=$?
		[ "$rc" -le 1 ]
		ok $? "$page: $cmd (exit $rc)"
		[ "$rc" -le 1 ] || sed 's/^/#   /' ex.err | head -5
	done <cmds.txt
done

done_testing
