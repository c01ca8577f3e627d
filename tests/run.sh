#!/bin/sh
# Run every test under prove (TAP): unit test binaries of lib/ built in
# $B/tests/, and shell tests of the commands in tests/cli/*.t.  Ends with one
# line "N passed, N failed".
B=${B:-build}
export B
export LANDREC_TOP="$(pwd)"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
units=$(ls "$B"/tests/test-* 2>/dev/null | grep -v '\.d$')
clis=$(ls tests/cli/*.t 2>/dev/null)
prove -v -j2 $units $clis >"$log" 2>&1
rc=$?
# What the tests printed besides their passes (sanitizer suppression tables
# left out), cut at 150 lines; then, last so that a tail of the output
# shows it, every failed assertion with its diagnostics and prove's own
# summary of the files that failed or died.
grep -v '^ok ' "$log" | grep -v '^[[:space:]]*$' | grep -v '^# ' |
	grep -v -E '^(-{20,}|Suppressions used:|  count +bytes template| +[0-9]+ +[0-9]+ )' |
	sed '/^Test Summary Report/,$d' | head -150
awk '/^not ok /{ p = 1; print; next } p && /^#/{ print; next } { p = 0 }' "$log" | head -100
sed -n '/^Test Summary Report/,$p' "$log" | head -40
passed=$(grep -c '^ok ' "$log")
failed=$(grep -c '^not ok ' "$log")
if [ "$rc" -ne 0 ] && [ "$failed" -eq 0 ]; then
	failed=1	# a test file died or broke its plan
fi
echo "$passed passed, $failed failed"
[ "$rc" -eq 0 ] && [ "$failed" -eq 0 ]
