#!/bin/sh
# Build every fuzz/fuzz-*.c harness with libFuzzer, ASan and UBSan and run
# each for FUZZ_SECONDS, seeded from testdata/.  Prints executions per
# harness; a crash leaves its input in build-fuzz/crash-* and fails.
set -u
secs=${FUZZ_SECONDS:-30}
B=build-fuzz
fail=0
mkdir -p "$B/seeds"
for h in fuzz/fuzz-*.c; do
	name=$(basename "$h" .c)
	seeds="$B/seeds/$name"
	mkdir -p "$seeds"
	case $name in
	fuzz-tiff) cp testdata/tiff/*.tif "$seeds"/ 2>/dev/null ;;
	fuzz-record) find testdata -name '*.jsonl' -size -64k -exec cp {} "$seeds"/ \; ;;
	fuzz-csv) find testdata -name '*.csv' -size -64k -exec cp {} "$seeds"/ \; ;;
	fuzz-labels) cp schemas/labels.tsv schemas/land-use.tsv "$seeds"/ ;;
	fuzz-extract)
		for j in testdata/corpus/*.json; do
			jq -r '.page_text | join("\f")' "$j" >"$seeds/$(basename "$j" .json).txt"
		done
		find testdata/extract -name '*.txt' -exec cp {} "$seeds"/ \; 2>/dev/null ;;
	*) find testdata -name '*.txt' -size -16k -exec cp {} "$seeds"/ \; ;;
	esac
	clang -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
		-D_GNU_SOURCE -Ilib $(pkg-config --cflags libtiff-4 lept jansson libutf8proc) \
		-o "$B/$name" "$h" $B/liblandrec.a \
		$(pkg-config --libs libtiff-4 tesseract lept libxml-2.0 sqlite3 jansson libutf8proc nettle) \
		-lcsv -lpthread -lm || { fail=1; continue; }
	log="$B/$name.log"
	mkdir -p "$B/corpus-$name"
	"$B/$name" -max_total_time="$secs" -timeout=20 -rss_limit_mb=2048 \
		-artifact_prefix="$B/crash-$name-" "$B/corpus-$name" "$seeds" \
		>"$log" 2>&1 || fail=1
	execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$')
	[ -n "$execs" ] || execs=$(grep -oE '#[0-9]+' "$log" | tail -1 | tr -d '#')
	status=ok
	grep -q 'ERROR: \|==ERROR\|SUMMARY: ' "$log" && status=FOUND && fail=1
	echo "$name: ${execs:-0} executions in ${secs}s: $status"
done
exit $fail
