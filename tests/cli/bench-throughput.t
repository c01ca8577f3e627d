#!/bin/sh
# bench/ocr-throughput's profile (#15): ocr-extract reads its pages in
# forked reader processes, so the shares are of the command's CPU and its
# readers' together: the pages' work (lr_ocrpage_run and the readers'
# read_child) holds the recognition, within 100%, and plain tesseract's
# own share over the same page is printed beside it.  One short rendered
# page, sampled by perf (skipped where perf may not sample); again with
# pids under 10000, where a pid namespace can be made.
. "${LANDREC_TOP:-.}/tests/cli/lib.sh"

if ! perf record -q -e cpu-clock -o probe true >/dev/null 2>&1; then
	echo "ok 1 # skip perf cannot sample here"
	echo "1..1"
	exit 0
fi
mkdir pages
printf '%s\n' "QUYẾT ĐỊNH" "Về việc thu hồi đất" \
    "Điều 1. Thu hồi 120,5 m2 đất của hộ ông Nguyễn Văn An." >page.txt
"$TOP/tests/render-text" pages/p1.tif page.txt || exit 1
printf 'id\tkind\tera\tdegradation\tpages\tfile\np1\tthu-hoi\t-\tclean\t1\tp1.tif\n' \
    >pages/MANIFEST.tsv
run env B="$B" OCR_BENCH_RUNS=0 OCR_BENCH_PROFILE=perf \
    sh "$TOP/bench/ocr-throughput" pages
is "$rc" 0 "the profile alone runs with exit 0"
like "$out" "^profile \(perf, 1 clean pages\): [0-9.]+% of ocr-extract's CPU" \
    "it prints the whole run's share inside recognition"
# share LINE-PATTERN: the first percentage after a colon on the line
# matching it.
share() {
	printf '%s\n' "$out" | grep -E "$1" | head -1 |
	    grep -oE ': [0-9.]+%' | head -1 | tr -d ': %'
}
whole=$(share "^profile \(perf")
work=$(share "^profile: [0-9.]+% of the pages' work")
plain=$(share "^profile: plain tesseract: ")
awk -v w="$whole" -v p="$work" 'BEGIN { exit !(w != "" && p != "" &&
    w > 0 && p >= w && p <= 100) }'
ok $? "the pages' work share ($work%) is within 100% and not under the whole run's ($whole%)"
awk -v t="$plain" 'BEGIN { exit !(t != "" && t > 0 && t <= 100) }'
ok $? "plain tesseract's share over the same page is printed ($plain%)"

# perf script writes a pid under 10000 right-aligned ("  812"): on a new
# machine every pid may be that small.  Where a pid namespace can be made
# (as root), the profile is taken again in one, its pids counted from 1.
if unshare --pid --fork --mount-proc true 2>/dev/null; then
	run unshare --pid --fork --mount-proc env B="$B" OCR_BENCH_RUNS=0 \
	    OCR_BENCH_PROFILE=perf sh "$TOP/bench/ocr-throughput" pages
	small=$(share "^profile: [0-9.]+% of the pages' work")
	awk -v p="$small" 'BEGIN { exit !(p != "" && p > 0 && p <= 100) }'
	ok $? "with small pids too, the pages' work share is read ($small%)"
fi

done_testing
