#!/bin/sh
# No page may stop a run: a page whose reading spins where the engine never
# looks at its deadline (Tesseract's layout analysis, 40 minutes on a
# speckled page) is given up at the page timeout all the same, as any page
# over it, and the other pages and documents are read.  The spin is the
# test hook LANDREC_TEST_SPIN=N (lib/ocr/engine.c): page N spins for ever.
. "$(dirname "$0")/lib.sh"

convert -size 2480x700 xc:white -font DejaVu-Serif -pointsize 40 \
    -fill black -annotate +200+200 "Thửa đất số: 125; Tờ bản đồ số: 14" \
    -annotate +200+400 "Thời hạn sử dụng: Lâu dài." -threshold 50% \
    -density 300 -units PixelsPerInch -compress Group4 a.tif
convert a.tif a.tif two.tif

run env LANDREC_TEST_SPIN=2 timeout 300 ocr-extract -j2 --no-extract --text \
    --page-timeout 2 two.tif a.tif
is "$rc" 0 "a run with a page that spins ends (exit 0: a page given up at the timeout is a warning)"
like "$err" "^ocr-extract: 'two.tif': page 2: timed out after 2 s of CPU; page given up$" \
    "the page is given up at its timeout, and named"
is "$(jqv -c '[.id, (.pages[] | has("ocr_error"))]' | xargs)" \
    "[two,false,true] [a,false]" "the page is marked, the others not"
is "$(jqv -r '.pages[].text // empty' | grep -c 'Thửa đất số: 125')" 2 \
    "and the other pages are read"
is "$(jqv 'select(.id == "two") | .pages[1].cpu_ms | . >= 2000 and . < 4000')" \
    true "the page's CPU time is about the timeout"
like "$err" "2 documents, 3 pages, .* 1 pages failed" "the summary counts it"

# A page read apart reads as one read in the process, and so caches.
run ocr-extract -j1 --no-extract --text --cache c.db a.tif
first=$(jqv '.pages[0] | [.text, .ocr_conf]')
run ocr-extract -j1 --no-extract --text --cache c.db a.tif
is "$(jqv '.pages[0] | [.text, .ocr_conf, .ocr_cached]')" \
    "$(printf '%s' "$first" | jq -c '. + [true]')" \
    "a page read apart is cached and read back the same"
done_testing
