#!/bin/sh
# corpus2: the second template family (testdata/gen2) is well-formed
# (tests/check-corpus: truth fields, MANIFEST, printed numbers).  No OCR.
. "$(dirname "$0")/lib.sh"
C=$TD/corpus2

[ -f "$C/MANIFEST.tsv" ]
ok $? "corpus2 has a MANIFEST.tsv"

run python3 "$TOP/tests/check-corpus" "$C" 2
ok $rc "every corpus2 truth has the fields fieldscore reads; MANIFEST lists every file"
[ $rc -eq 0 ] || printf '# %s\n' "$out" | head -20

# Every kind of decision and every degradation group is present.
kinds=$(cut -f2 "$C/MANIFEST.tsv" | sed 1d | sort -u | wc -l)
is "$kinds" 7 "seven kinds of decision"
groups=$(cut -f4 "$C/MANIFEST.tsv" | sed 1d | sed 's/-.*//' | sort -u | tr '\n' ' ')
is "$groups" "clean heavy mild " "clean, mild and heavy scans"
size=$(du -sk "$C" | cut -f1)
[ "$size" -lt 10240 ]
ok $? "corpus2 under 10 MB (${size} kB)"

done_testing
