#!/bin/sh
# The installed commands stand on their own: make install into a staging
# folder (DESTDIR), move the source tree out of reach, and run the README's
# pipeline with the installed commands and no data flags over a few scans.
# The XML must validate against the installed XSD, and the summary must be
# the one the in-tree commands give on the same scans.  Run from the top of
# a built tree (CI: .ci/run); it puts the tree back when it ends.
set -eu
top=$(pwd)
n=${INSTALL_CHECK_SCANS:-4}
w=$(mktemp -d)
away="$top.away.$$"
restore() { [ ! -d "$away" ] || mv "$away" "$top"; rm -rf "$w"; }
trap restore EXIT INT TERM

make -s install DESTDIR="$w/root" PREFIX=/usr >/dev/null
mkdir "$w/scans"
ls testdata/corpus/*.tif | sed -n "1,${n}p" | while read -r f; do cp "$f" "$w/scans/"; done
cp testdata/registry.csv "$w/citizens.csv"

# pipeline BIN OUT: the README's pipeline with the commands of BIN, in $w.
pipeline() {
	(cd "$w" && env -i PATH="$1:/usr/bin:/bin" LANG=C.UTF-8 sh -c '
		set -e
		parcel-match -q --build-registry citizens.csv -r "$0.db"
		scan-import scans/ | ocr-extract | parcel-match -r "$0.db" |
			tee "$0.jsonl" | export-xml -o "$0.xml" --rejects "$0.rej" || 
			[ $? -le 1 ]' "$2")
}

# summary OUT: the counts the demo prints.
summary() {
	jq -rs '[length, (map(.pages | length) | add),
	    (map(.parcels | length) | add), ([.[] | .owners[]?.match.status] |
	    group_by(.) | map("\(.[0]) \(length)") | join(" ")),
	    (map(.review | length) | add)] | @tsv' "$w/$1.jsonl"
	echo "exported $(grep -c '<HoSoXml' "$w/$1.xml" || true)," \
	    "rejected $(wc -l <"$w/$1.rej")"
}

pipeline "$top/build/bin" tree
mv "$top" "$away"
bin=$w/root/usr/bin
for c in scan-import ocr-extract parcel-match export-xml landrec-review landrec-report; do
	[ -x "$bin/$c" ] || { echo "install-check: $c not installed" >&2; exit 1; }
done
[ ! -e "$bin/extract-text" ] || { echo "install-check: extract-text installed" >&2; exit 1; }
[ -f "$w/root/usr/share/man/man1/landrec-report.1" ] ||
	{ echo "install-check: man pages not installed" >&2; exit 1; }
pipeline "$bin" installed 2>"$w/installed.err"
if grep -q 'no such reference data\|osd.traineddata' "$w/installed.err"; then
	cat "$w/installed.err" >&2
	echo "install-check: the installed commands miss their data" >&2
	exit 1
fi
xmllint --noout --schema "$w/root/usr/share/landrec/schemas/hoso.xsd" "$w/installed.xml"
(cd "$w" && env -i PATH="$bin:/usr/bin:/bin" landrec-report -q installed.jsonl >/dev/null)
a=$(summary tree)
b=$(summary installed)
echo "install-check: in the tree:  $a" | tr '\t\n' '  '; echo
echo "install-check: installed:    $b" | tr '\t\n' '  '; echo
[ "$a" = "$b" ] || { echo "install-check: the installed pipeline differs" >&2; exit 1; }
echo "install-check: the installed commands ran the pipeline alone: ok"
