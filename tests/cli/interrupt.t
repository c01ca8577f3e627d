#!/bin/sh
# Interruption: SIGKILL at random moments never leaves a partial output file
# or a corrupt database, and a re-run gives what an uninterrupted run gives;
# SIGINT and SIGTERM remove unfinished output and exit 130 and 143.
. "$(dirname "$0")/lib.sh"

rounds=${KILL_ROUNDS:-4}
good=$(head -1 "$TD/export/giao-dat.jsonl")
awk -v rec="$good" 'BEGIN { for (i = 0; i < 20000; i++) { r = rec;
	sub(/QD-2009-0112/, "QD-" i, r); print r } }' >many.jsonl
export-xml -q -o ref.xml many.jsonl
ok $? "reference export"

# A random delay between 0.05 and 1 second.
pause() {
	sleep "0.$(awk -v s="$1" 'BEGIN { srand(s); printf "%02d", 5 + int(rand() * 95) }')"
}

for i in $(seq 1 "$rounds"); do
	rm -f out.xml
	export-xml -q -o out.xml many.jsonl &
	pid=$!
	pause "$i"
	kill -9 "$pid" 2>/dev/null
	wait "$pid" 2>/dev/null
	if [ -e out.xml ]; then
		cmp -s out.xml ref.xml
		ok $? "export-xml round $i: killed after it finished: output complete"
	else
		ok 0 "export-xml round $i: killed: no output file"
	fi
	export-xml -q -o out.xml many.jsonl
	cmp -s out.xml ref.xml
	ok $? "export-xml round $i: re-run equals the uninterrupted run"
done
rm -f .out.xml.*

# SIGTERM and SIGINT: exit 143 and 130, temporary file removed.
for sig in TERM INT; do
	export-xml -q -o sig.xml many.jsonl &
	pid=$!
	sleep 0.3
	kill -"$sig" "$pid"
	wait "$pid"
	rc=$?
	case $sig in TERM) want=143 ;; INT) want=130 ;; esac
	if [ -e sig.xml ]; then
		ok 0 "SIG$sig: finished before the signal"
	else
		is "$rc" "$want" "export-xml SIG$sig: exit $want"
	fi
	is "$(ls -A | grep -c '^\.sig\.xml\.')" 0 "export-xml SIG$sig: no temporary file left"
done

# The registry: killed builds leave a database that passes integrity_check,
# and a rebuild matches as an uninterrupted build does.
awk 'BEGIN { srand(7); print "citizen_id,old_id,full_name,birth_date,gender,commune_code,address";
	for (i = 0; i < 60000; i++) printf "0110%02d%06d,,Lò Văn T%d,19%02d-01-01,Nam,03%03d,bản %d\n",
		i % 100, i, i, i % 100, i % 200, i }' >citizens.csv
parcel-match -q --build-registry citizens.csv -r ref.db
parcel-match -q -r ref.db "$TD/match/owners.jsonl" >ref.jsonl 2>/dev/null
for i in $(seq 1 "$rounds"); do
	rm -f reg.db
	parcel-match -q --build-registry citizens.csv -r reg.db &
	pid=$!
	pause "$((i + 10))"
	kill -9 "$pid" 2>/dev/null
	wait "$pid" 2>/dev/null
	if [ -e reg.db ]; then
		is "$(sqlite3 reg.db 'PRAGMA integrity_check')" ok \
			"registry round $i: killed build passes integrity_check"
	else
		ok 0 "registry round $i: killed before the database existed"
	fi
	parcel-match -q --build-registry citizens.csv -r reg.db
	parcel-match -q -r reg.db "$TD/match/owners.jsonl" >out.jsonl 2>/dev/null
	cmp -s out.jsonl ref.jsonl
	ok $? "registry round $i: rebuilt registry matches as the uninterrupted one"
done

# The OCR cache: killed runs leave a cache that passes integrity_check and
# no partial output; the re-run (reusing what was cached) gives the records
# of an uninterrupted run (timings aside).
scan-import -q $(ls "$TD"/corpus/*.tif | sed -n '30,33p') >imported.jsonl
untimed='del(.pages[]?.ocr_ms, .pages[]?.cpu_ms, .pages[]?.ocr_cached)'
ocr-extract -q -j2 --no-extract -o ref-ocr.jsonl <imported.jsonl
for i in $(seq 1 "$rounds"); do
	ocr-extract -q -j2 --no-extract --cache ocr.db -o ocr.jsonl <imported.jsonl &
	pid=$!
	pause "$((i + 20))"
	kill -9 "$pid" 2>/dev/null
	wait "$pid" 2>/dev/null
	if [ -e ocr.jsonl ]; then
		ok 0 "ocr-extract round $i: finished before the kill"
	else
		ok 0 "ocr-extract round $i: killed: no output file"
	fi
	is "$(sqlite3 ocr.db 'PRAGMA integrity_check' 2>&1)" ok \
		"ocr-extract round $i: the cache passes integrity_check"
	rm -f ocr.jsonl
done
ocr-extract -q -j2 --no-extract --cache ocr.db -o ocr.jsonl <imported.jsonl
is "$(jq -c "$untimed" ocr.jsonl | md5sum)" "$(jq -c "$untimed" ref-ocr.jsonl | md5sum)" \
	"ocr-extract: the run after the kills equals an uninterrupted one"
rm -f .ocr.jsonl.*

done_testing
