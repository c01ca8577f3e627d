#!/bin/sh
# certs2: the second certificate family (testdata/gen-cert2) is whole, each
# form is dated within its years, it covers what real certificates hold, and
# the generator still draws the committed scans and truth for a given seed.
. "$(dirname "$0")/lib.sh"
C=$TD/certs2
G=$TD/gen-cert2

run python3 "$G/check-truth" "$C"
ok $rc "every certs2 truth is whole, matches its scan and its form's years"
[ $rc -eq 0 ] || printf '# %s\n' "$err" | head -20
is "$(printf '%s\n' "$out" | tr '\n' ' ')" \
	"Căn hộ chung cư Nhà ở riêng lẻ cccd change-of-use cmnd couple decision dinh-danh dossier form2024 id-update mortgage passport pink purposes-2 purposes-3 red single split-merge spread transfer " \
	"three forms, couples, four ID papers, houses and apartments, five kinds of change, spreads, dossiers"
n=$(sed 1d "$C/MANIFEST.tsv" | wc -l)
is "$n" 12 "twelve certificates and dossiers listed"
size=$(du -sk "$C" | cut -f1)
[ "$size" -lt 8192 ]
ok $? "certs2 under 8 MB (${size} kB)"

# The checker fails a pink form dated before 2009.
mkdir bad
cp "$C/GCN2-pink-0002.json" "$C/GCN2-pink-0002.tif" bad/
sed -i 's/"date": "2011-/"date": "2004-/' bad/GCN2-pink-0002.json
run python3 "$G/check-truth" bad
[ $rc -ne 0 ]
ok $? "a pink form dated 2004 is refused"
like "$err" "a pink form dated 2004" "and named"

# Deterministic: document 6 (the 2024 form scanned as one open spread)
# comes out again with the committed truth and pixels.
regenerates "$C" GCN2-form2024-0007 "$G/gen-cert2" --seed 7 g --only 6

done_testing
