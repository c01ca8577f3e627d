#!/bin/sh
# The manuals of review and report: their examples run (docs.t checks their
# options against --help).
. "$(dirname "$0")/lib.sh"
R=$TD/review

cp "$R/records.jsonl" "$R/rejects.jsonl" .
cp -R "$R/scans" .
ln -s "$SHARED/data/admin-units-2025-03.csv" .

for cmd in review report; do
	m=$TOP/man/$cmd.1
	sed -n '/^\.Sh EXAMPLES/,/^\.Sh /s/^\$ //p' "$m" >examples
	ok "$([ -s examples ]; echo $?)" "$cmd(1) has examples"
	while IFS= read -r line; do
		sh -c "$line" >/dev/null 2>example.err
		rc=$?
		is "$rc" 0 "$cmd(1) example runs: $line"
		[ "$rc" -eq 0 ] || sed 's/^/#   /' example.err
	done <examples
done
ok "$([ -f site/index.html ] && [ -f corrected.jsonl ] && [ -s progress.tsv ]; echo $?)" \
	"the examples wrote their files"

done_testing
