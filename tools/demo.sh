#!/bin/bash
# make demo: the whole pipeline over the sample archive testdata/scans (the
# synthetic corpus) and the sample registry testdata/registry.csv; output in
# out/.  Fails only when a command breaks (exit status over 1) or the XML
# does not validate; rejected records are part of the demo.
set -u
B=${B:-build}
PATH=$(pwd)/$B/bin:$PATH
export PATH
mkdir -p out
rm -f out/demo.xml out/rejects.jsonl out/records.jsonl
start=$(date +%s)
fail=0

echo "== building the registry out/registry.db from testdata/registry.csv"
parcel-match --build-registry testdata/registry.csv -r out/registry.db || fail=1

echo "== scan-import | ocr-extract | parcel-match | export-xml"
scan-import testdata/scans |
	ocr-extract -j"$(nproc)" --cache out/ocr.db |
	parcel-match -r out/registry.db |
	tee out/records.jsonl |
	export-xml -o out/demo.xml --rejects out/rejects.jsonl
for s in "${PIPESTATUS[@]}"; do
	[ "$s" -le 1 ] || fail=1
done

echo "== validating out/demo.xml with xmllint --schema schemas/hoso.xsd"
xmllint --noout --schema schemas/hoso.xsd out/demo.xml || fail=1

echo "== summary"
jq -rs '
	def n(f): map(f) | add // 0;
	[.[] | .owners[]?.match.status] as $m |
	"documents: \(length)  pages: \(n(.pages | length))  parcels: \(n(.parcels | length))",
	"owners: \($m | length): linked \($m | map(select(. == "matched")) | length), for review \($m | map(select(. == "review")) | length), unmatched \($m | map(select(. == "unmatched")) | length)",
	"fields for review: \(n(.review | length))"' out/records.jsonl
echo "rejected by export-xml: $(wc -l <out/rejects.jsonl) (reasons in out/rejects.jsonl)"
echo "exported: $(grep -c '<HoSoXml' out/demo.xml) decisions in out/demo.xml"
echo "time taken: $(($(date +%s) - start)) s"
echo "next: landrec-review --html out/review out/records.jsonl   (pages to check by eye)"
echo "      landrec-report out/records.jsonl out/rejects.jsonl"
exit $fail
