#!/bin/sh
# corpus3: the third template family (testdata/gen3) is well-formed
# (tests/check-corpus), holds the table layouts it was made for, and the
# generator still writes the committed truth for a given seed.
. "$(dirname "$0")/lib.sh"
C=$TD/corpus3

run python3 "$TOP/tests/check-corpus" "$C" 3
ok $rc "every corpus3 truth has the fields fieldscore reads; MANIFEST lists every file"
[ $rc -eq 0 ] || printf '# %s\n' "$out" | head -20

kinds=$(cut -f2 "$C/MANIFEST.tsv" | sed 1d | LC_ALL=C sort -u | tr '\n' ' ')
is "$kinds" "cap-gcn cho-thue chuyen-muc-dich cong-nhan giao-dat thu-hoi " \
	"six kinds of land decision"
tables=$(awk -F'\t' '$2 == "thu-hoi" { print $7 }' "$C/MANIFEST.tsv" | LC_ALL=C sort -u | tr '\n' ' ')
is "$tables" "table-address table-ha table-long table-merged table-ruled table-unruled " \
	"six recovery-table layouts"
groups=$(cut -f4 "$C/MANIFEST.tsv" | sed 1d | sed 's/-.*//' | sort -u | tr '\n' ' ')
is "$groups" "clean heavy mild " "clean, mild and heavy scans"
size=$(du -sk "$C" | cut -f1)
[ "$size" -lt 5120 ]
ok $? "corpus3 under 5 MB (${size} kB)"

# Deterministic: document 5 (a one-page change of use) comes out again with
# the committed truth.
run "$TOP/testdata/gen3/gen3" --seed 3 g3 --only 5
ok $rc "gen3 writes one document"
[ $rc -eq 0 ] || printf "# %s\n" "$err" | tail -5
id=$(sed -n 2p g3/MANIFEST.tsv | cut -f1)
cmp -s "g3/$id.json" "$C/$id.json"
ok $? "gen3 --seed 3 gives the committed truth of $id"

done_testing
