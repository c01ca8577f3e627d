#!/bin/sh
# certs3: the third certificate family (testdata/gen-cert3) is whole, each
# form is dated within its years, it covers the layouts and scans it is
# for, and the generator still draws the committed scans and truth.
. "$(dirname "$0")/lib.sh"
C=$TD/certs3
G=$TD/gen-cert3

run python3 "$G/gen-cert3" --check "$C"
ok $rc "every certs3 truth is whole, matches its scan and its form's years"
[ $rc -eq 0 ] || printf '# %s\n' "$err" | head -20
is "$(sed 1d "$C/MANIFEST.tsv" | cut -f5,6 | sort -u | tr '\n\t' ' :')" \
	"f2024:colour-200 f2024:phone pink09:grey-150 pink14:g4-200-heavy pink14:grey-200 pink14:spread-94 red04:grey-200 red93:g4-300 red93:spread-94 " \
	"five layouts over bilevel, grey, colour, spread and photo scans"
is "$(sed 1d "$C/MANIFEST.tsv" | cut -f10 | tr ',' '\n' | sort -u | tr '\n' ' ')" \
	"- change-of-use id-update mortgage split-merge transfer " \
	"all five kinds of change"
[ "$(du -sk "$C" | cut -f1)" -lt 8192 ]
ok $? "certs3 under 8 MB ($(du -sh "$C" | cut -f1))"

# The checker fails a form dated outside its years and an ID that does not
# fit its owner's birth year, and names what it refused.
bad() {
	rm -rf bad && mkdir bad && cp "$C/$1.tif" bad/
	sed "$2" "$C/$1.json" >bad/$1.json
	run python3 "$G/gen-cert3" --check bad
	test $rc -ne 0 && printf '%s\n' "$err" | grep -q -- "$3"
	ok $? "$4"
}
bad GCN3-pink-0003 's/"date": "2011-/"date": "2006-/' "a pink form dated 2006" \
	"a pink form dated 2006 is refused"
bad GCN3-form2024-0005 's/"birth_year": [0-9]*/"birth_year": 1900/' "an ID that does not fit" \
	"an owner born in another year than the CCCD says is refused"

# Deterministic: document 4 (a pink form scanned open at 94 dpi, sides 4|1
# and 2|3) comes out again with the committed truth and pixels.
regenerates "$C" GCN3-pink-0004 "$G/gen-cert3" --seed 3 --only 4 g

done_testing
