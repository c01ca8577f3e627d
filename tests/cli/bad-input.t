#!/bin/sh
# The bad input catalogue: every command that reads records is fed invalid
# UTF-8, a NUL byte, a 100 MB line, deep nesting, JSON that is not an object,
# wrong key types, a missing file, a directory, and output to /dev/full.
# Each bad line gets "cmd: file:line: reason", the good records around it
# still come through, the exit status is 1, and nothing crashes or hangs.
. "$(dirname "$0")/lib.sh"

good=$(head -1 "$TD/export/giao-dat.jsonl")
parcel-match --build-registry "$TD/match/citizens.csv" -r reg.db -q 2>/dev/null
{
	echo "$good"
	printf '{"id": "bad-utf8", "x": "\377\376"}\n'
	echo "$good" | sed 's/QD-2009-0112/good-2/'
	printf '{"id": "nul\000byte"}\n'
	echo "$good" | sed 's/QD-2009-0112/good-3/'
	awk 'BEGIN { s = ""; for (i = 0; i < 100000; i++) s = s "["; print s }'
	echo '[1, 2, 3]'
	echo '"just a string"'
	echo "$good" | sed 's/QD-2009-0112/good-4/'
} >bad.jsonl
# Lines: 1 good, 2 utf8, 3 good, 4 NUL, 5 good, 6 nested, 7 array, 8 string, 9 good
wrong='{"id": 7, "pages": 3, "owners": "nobody", "parcels": {"a": 1}, "decision": [1], "house": "big", "review": 5, "fields": []}'
echo "$wrong" >wrong.jsonl
{ printf '{"id": "huge", "blob": "'; head -c 100000000 /dev/zero | tr '\000' a; echo '"}'; } >huge.jsonl
mkdir adir

# cmd ARGS: how each command is run on a record file ($1).
run_cmd() {
	c=$1
	shift
	case $c in
	parcel-match) timeout 120 parcel-match -q -r reg.db "$@" ;;
	export-xml) timeout 120 export-xml -q "$@" ;;
	landrec-report) timeout 120 landrec-report -q --format json "$@" ;;
	landrec-review) timeout 120 landrec-review -q --template sheet.tsv "$@" ;;
	extract-text) timeout 120 extract-text -q -r "$@" ;;
	ocr-extract) timeout 120 ocr-extract -q <"$1" ;;	# arguments are TIFFs
	esac
}

for c in parcel-match export-xml landrec-report landrec-review extract-text ocr-extract; do
	[ -x "$BIN/$c" ] || continue
	run run_cmd $c bad.jsonl
	is "$rc" 1 "$c: bad lines: exit 1"
	name=bad.jsonl
	[ $c = ocr-extract ] && name='<stdin>'
	for n in 2 4 6 7 8; do
		like "$err" "^$c: $name:$n: " "$c: bad line $n reported as file:line"
	done
	case $c in
	parcel-match|extract-text|ocr-extract)
		is "$(printf '%s\n' "$out" | grep -c good-)" 3 "$c: the good records come through" ;;
	export-xml)
		is "$(printf '%s\n' "$out" | grep -c '<HoSoXml')" 4 "$c: the good records are exported" ;;
	landrec-report)
		is "$(jqv '.total.documents')" 4 "$c: the good records are counted" ;;
	esac
	run run_cmd $c wrong.jsonl
	[ "$rc" -le 1 ]
	ok $? "$c: wrong key types: no crash (exit $rc)"
	run run_cmd $c huge.jsonl
	[ "$rc" -le 1 ]
	ok $? "$c: a 100 MB line: no crash (exit $rc)"
	if [ $c = ocr-extract ]; then
		run ocr-extract -q missing.jsonl
	else
		run run_cmd $c missing.jsonl
	fi
	is "$rc" 1 "$c: a missing file: exit 1"
	like "$err" "missing.jsonl" "$c: a missing file is named"
	run run_cmd $c adir
	is "$rc" 1 "$c: a directory: exit 1"
	[ $c = ocr-extract ] || like "$err" "adir" "$c: a directory is named"
	run_cmd $c bad.jsonl >/dev/full 2>full.err
	rc=$?
	case $c in
	landrec-review) ;;	# writes its sheet to a file, not to stdout
	*)
		is "$rc" 3 "$c: output to /dev/full: a system failure, exit 3"
		like "$(cat full.err)" "write error|No space" "$c: a failed write is reported" ;;
	esac
done

done_testing
