#!/bin/sh
# A page's time is counted in the CPU time its worker spends on it: each
# page says its cpu_ms beside its wall-clock ocr_ms, and the page timeout
# counts CPU time, so that a loaded machine (here: the process stopped
# for longer than the timeout while it reads a page) does not make a page
# give up.  The pages are testdata/tiff/g4.tif.
. "$(dirname "$0")/lib.sh"

cp "$TD/tiff/g4.tif" a.tif
cp "$TD/tiff/g4.tif" b.tif
run ocr-extract -j1 --no-extract --cache c.db a.tif
is "$rc:$(jqv '.pages[0] | (.cpu_ms | type), .cpu_ms > 0, .cpu_ms <= .ocr_ms + 1' | xargs)" \
    "0:number true true" "a page says its CPU time, no more than its wall-clock time"
like "$err" '0 from cache, [0-9]+\.[0-9] s of CPU a page read$' \
    "the summary says the CPU time a page read took"
first=$(jqv '.pages[0].cpu_ms')
run ocr-extract -j1 --no-extract --cache c.db a.tif
is "$(jqv '.pages[0] | [.ocr_cached, .cpu_ms]')" "[true,$first]" \
    "from the cache, the CPU time of the first reading"
like "$err" '1 from cache$' "and no page read, no CPU time in the summary"

# b.tif is read while the process is stopped for longer than the timeout.
# The timeout is three times the CPU time a.tif's reading took here, and at
# least 4 s, so that a slow machine or a sanitizer build does not make the
# page give up for its CPU time alone.
limit=$(echo "$first" | awk '{ t = int(3 * $1 / 1000) + 1; print (t < 4) ? 4 : t }')
stop=$((limit + 2))
ocr-extract -q -j1 --no-extract --page-timeout "$limit" a.tif b.tif >out.jsonl 2>err &
pid=$!
i=0
while [ ! -s out.jsonl ] && [ $i -lt 3000 ]; do sleep 0.1; i=$((i + 1)); done
kill -STOP $pid
sleep "$stop"
kill -CONT $pid
wait $pid
rc=$?
out=$(sed -n 2p out.jsonl)
is "$rc:$(jqv --argjson w $((stop * 1000)) --argjson c $((limit * 1000)) \
    '.pages[0] | [has("ocr_error"), .ocr_ms >= $w, .cpu_ms < $c]')" \
    "0:[false,true,true]" \
    "a page that took longer than the timeout in wall-clock time, not in CPU time, is read"
is "$(jqv '.pages[0].ocr_conf > 50')" true "and read well"
done_testing
