#!/bin/sh
# Scale-out as the manual says: the OCR stage run through GNU parallel --pipe
# over two processes sharing one cache gives the same XML as one process;
# a second run over the shared cache recognises nothing again.
. "$(dirname "$0")/lib.sh"

if ! command -v parallel >/dev/null; then
	echo "ok 1 # skip GNU parallel is not installed"
	echo "1..1"
	exit 0
fi
scan-import -q $(ls "$TD"/corpus/*.tif | head -6) >imported.jsonl
is "$(wc -l <imported.jsonl | tr -d ' ')" 6 "six documents imported"
U="--units $DATA/admin-units.csv --units-map $DATA/commune-map.csv"

ocr-extract -q -j1 $U --cache one.db <imported.jsonl |
	export-xml -q -o one.xml --rejects one-rejects.jsonl 2>/dev/null
[ $? -le 1 ]
ok $? "one process"
parallel --will-cite --pipe -N 2 -j2 --keep-order ocr-extract -q -j1 $U \
	--cache shared.db <imported.jsonl >par.jsonl
is "$?" 0 "parallel --pipe -j2 over one shared cache"
export-xml -q -o par.xml --rejects par-rejects.jsonl <par.jsonl 2>/dev/null
cmp -s one.xml par.xml
ok $? "the XML equals the single process's, byte for byte"
timeless='del(.record.pages[]?.ocr_ms, .record.pages[]?.cpu_ms, .record.pages[]?.ocr_cached)'
is "$(jq -c "$timeless" par-rejects.jsonl | md5sum)" \
	"$(jq -c "$timeless" one-rejects.jsonl | md5sum)" "and so do the rejects (timings aside)"
is "$(sqlite3 shared.db 'PRAGMA integrity_check')" ok "the shared cache passes integrity_check"

parallel --will-cite --pipe -N 2 -j2 --keep-order ocr-extract -q -j1 $U \
	--cache shared.db <imported.jsonl >again.jsonl
is "$(jq -r '.pages[].ocr_cached' again.jsonl | sort -u | tr '\n' ' ')" "true " \
	"a second parallel run takes every page from the shared cache"
is "$(jq -c 'del(.pages[]?.ocr_cached)' again.jsonl | md5sum)" \
	"$(jq -c 'del(.pages[]?.ocr_cached)' par.jsonl | md5sum)" "and gives the same records"

done_testing
