# Shell helpers for TAP tests of the commands.  Source it from a tests/cli/*.t
# file; end the file with `done_testing`.
TOP=${LANDREC_TOP:-$(cd "$(dirname "$0")/../.." && pwd)}
B=${B:-build}
case $B in /*) ;; *) B=$TOP/$B ;; esac
BIN=$B/bin
TD=$TOP/testdata
DATA=$TOP/data
PATH=$BIN:$PATH
export PATH
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cd "$T" || exit 1
_n=0
_fail=0

# ok STATUS DESCRIPTION: STATUS 0 passes.
ok() {
	_n=$((_n + 1))
	if [ "$1" -eq 0 ]; then
		echo "ok $_n - $2"
	else
		echo "not ok $_n - $2"
		_fail=$((_fail + 1))
	fi
}

# is ACTUAL EXPECTED DESCRIPTION
is() {
	if [ "$1" = "$2" ]; then
		ok 0 "$3"
	else
		ok 1 "$3"
		printf '#   got:      %s\n#   expected: %s\n' "$1" "$2" | head -40
	fi
}

# like TEXT PATTERN DESCRIPTION: TEXT has a line matching the grep -E PATTERN.
like() {
	if printf '%s\n' "$1" | grep -Eq -- "$2"; then
		ok 0 "$3"
	else
		ok 1 "$3"
		printf '#   no line matches: %s\n#   in: %s\n' "$2" "$1" | head -40
	fi
}

# run CMD ARGS...: sets $out, $err and $rc.
run() {
	"$@" >"$T/.out" 2>"$T/.err"
	rc=$?
	out=$(cat "$T/.out")
	err=$(cat "$T/.err")
}

# jqv FILTER: apply jq to $out.
jqv() {
	printf '%s\n' "$out" | jq -c "$@"
}

# passes DESCRIPTION CHECKER ARGS...: the checker exits 0; if not, its first
# complaints are shown.
passes() {
	_d=$1
	shift
	run "$@"
	ok $rc "$_d"
	[ $rc -eq 0 ] || printf '# %s\n' "$err" | head -20
}

# regenerates CORPUS ID GENERATOR ARGS...: the generator, run with ARGS
# (which name the output folder g), writes ID's truth and pixels as CORPUS
# holds them.
regenerates() {
	_c=$1 _id=$2
	shift 2
	run "$@"
	ok $rc "$(basename "$1") writes $_id again"
	printf '# %s\n' "$err" | tail -3
	is "$(cat "g/$_id.json"; identify -format '%#\n' "g/$_id.tif")" \
		"$(cat "$_c/$_id.json"; identify -format '%#\n' "$_c/$_id.tif")" \
		"$(basename "$1") gives the committed truth and pixels of $_id again"
}

# family_basics CORPUS FAMILY: a template family's corpus is well-formed
# (tests/check-corpus), holds the six kinds of land decision and one that is
# not a land record, clean, mild and heavy scans, no committee of Điện Biên,
# and stays under 8 MB.
family_basics() {
	python3 "$TOP/tests/check-corpus" "$1" "$2" >check.txt 2>&1
	ok $? "every corpus$2 truth has the fields fieldscore reads; MANIFEST lists every file"
	sed -n '2,20s/^/# /p' check.txt
	is "$(sed 1d "$1/MANIFEST.tsv" | cut -f2 | LC_ALL=C sort -u | xargs)" \
		"cap-gcn cho-thue chuyen-muc-dich cong-nhan giao-dat other thu-hoi" \
		"six kinds of land decision and one that is not a land record"
	is "$(cut -f4 "$1/MANIFEST.tsv" | sed 1d | sed 's/-.*//' | sort -u | xargs)" \
		"clean heavy mild" "clean, mild and heavy scans"
	grep -l 'Điện Biên' "$1"/*.json >/dev/null
	ok $((1 - $?)) "no committee of Điện Biên"
	_kb=$(du -sk "$1" | cut -f1)
	ok $((_kb >= 8192)) "corpus$2 under 8 MB (${_kb} kB)"
}

# differs_from DIR CORPUS: each document of DIR/MANIFEST.tsv whose truth or
# scan pixels are not CORPUS's ("ID.json differs", "SCAN differs"; a PDF by
# its bytes; "SCAN unreadable" when its pixels cannot be read).
differs_from() {
	sed 1d "$1/MANIFEST.tsv" | while IFS='	' read -r doc _ _ _ _ scan _; do
		cmp -s "$1/$doc.json" "$2/$doc.json" || echo "$doc.json differs"
		case $scan in
		*.pdf)	# ImageMagick's policy may refuse PDFs: compare bytes
			cmp -s "$1/$scan" "$2/$scan" || echo "$scan differs" ;;
		*)	a=$(pixels "$1/$scan") b=$(pixels "$2/$scan")
			[ -n "$a" ] || echo "$scan unreadable"
			[ "$a" = "$b" ] || echo "$scan differs" ;;
		esac
	done
}

# pixels IMAGE: the signature of IMAGE's pixels (every page's), empty when
# ImageMagick cannot read it, so that an unreadable scan never passes.
pixels() {
	identify -format '%#\n' "$1" 2>/dev/null | grep -E '^[0-9a-f]{64}$'
}

# reproduces GENERATOR SEED K CORPUS: GENERATOR --seed SEED --only K writes
# one document, its truth byte for byte and its scan pixel for pixel as
# CORPUS holds it.
reproduces() {
	run "$1" --seed "$2" --only "$3" again
	ok $rc "$(basename "$1") --seed $2 --only $3 runs"
	[ $rc -eq 0 ] || printf "# %s\n" "$err" | tail -5
	is "$(differs_from again "$4")" "" "the same truth and the same pixels as the committed document"
	is "$(sed 1d again/MANIFEST.tsv | wc -l)" "1" "one document written"
}

done_testing() {
	echo "1..$_n"
	[ "$_fail" -eq 0 ]
}
