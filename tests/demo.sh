#!/bin/sh
# make demo: the whole pipeline over the sample archive in testdata/scans and
# the sample registry testdata/registry.csv; output in out/.
set -u
B=${B:-build}
PATH=$(pwd)/$B/bin:$PATH
export PATH
mkdir -p out
rm -f out/demo.xml out/rejects.jsonl out/records.jsonl
start=$(date +%s)

echo "== building the registry from testdata/registry.csv"
parcel-match --build-registry testdata/registry.csv -r out/registry.db || exit 1

echo "== scan-import | ocr-extract | parcel-match | export-xml"
scan-import testdata/scans |
	ocr-extract -j"$(nproc)" --cache out/ocr.db --units ../shared/data/admin-units-2025-03.csv |
	parcel-match -r out/registry.db |
	tee out/records.jsonl |
	export-xml -o out/demo.xml --rejects out/rejects.jsonl
status=$?

echo "== validating out/demo.xml against schemas/landrec.xsd"
xmllint --noout --schema schemas/landrec.xsd out/demo.xml || status=1

echo "== summary"
report --format text out/records.jsonl out/rejects.jsonl
echo "time taken: $(( $(date +%s) - start )) s"
echo "outputs: out/demo.xml (XML), out/records.jsonl (records), out/rejects.jsonl (rejects)"
echo "review pages: review --html out/review < out/records.jsonl"
exit $status
