#!/bin/sh
# Spreads: a scan of two pages side by side is cut at its gutter into two
# pages, each read on its own; single pages (portrait, landscape with lines
# across, sideways) are left whole.  The spread is testdata/real-look's
# spread94-01 (gen-real: two decision pages on a pink guilloche, ~94 dpi).
. "$(dirname "$0")/lib.sh"
S=$TD/real-look/spread94-01.pdf

run scan-import -q "$S"
is "$rc:$(jqv -c '[.pages[] | [.n, .file_page, .ifd, .half]]')" \
    '0:[[1,1,0,"left"],[2,1,0,"right"]]' \
    "a spread becomes two pages, each with its file page and half"
is "$(jqv -c '[.pages[0].gutter == .pages[0].width,
    .pages[0].width + .pages[1].width, .pages[1].source == .source]')" \
    '[true,1560,true]' "the halves are cut at the gutter and name their file"
gutter=$(jqv '.pages[0].gutter')
test "$gutter" -gt 700 && test "$gutter" -lt 800
ok $? "the cut is in the band between the two pages (x $gutter)"
printf '%s\n' "$out" >spread.jsonl
python3 "$TOP/tests/check-records" spread.jsonl
ok $? "the halves' record validates against the schema"

run scan-import -q --no-split "$S"
is "$(jqv -c '[.pages[] | [.n, .width, .half]]')" '[[1,1560,null]]' \
    "--no-split keeps the spread as one page"

# Pages that are no spread: portrait, landscape with lines across its
# middle, and a portrait page lying on its side (lines run down).
convert "$TD/tiff/g4.tif" -crop 2480x1100+0+0 +repage wide.tif
run scan-import -q "$TD/real-look/colour300-01.pdf" wide.tif \
    "$TD/tiff/sideways.tif"
is "$(printf '%s\n' "$out" | jq -c '[.pages[] | [.width, .half]]' | tr '\n' ' ')" \
    '[[2480,null]] [[2480,null]] [[3508,null]] ' \
    "portrait, landscape and sideways single pages are not cut"

# Each half is read on its own: the left page's lines are whole, not run
# into the right page's lines beside them.
run sh -c 'ocr-extract -q -j2 --no-extract --text <spread.jsonl'
is "$rc:$(jqv '.pages | length')" 0:2 "ocr-extract reads both halves"
like "$(jqv -r '.pages[0].text')" '^Căn cứ Luật Đất đai ngày 29 tháng 11 n.m 2013;$' \
    "a line of the left page is read whole, not run into the right page's"
like "$(jqv -r '.pages[0].text')" '^Điều 1\. Thu hồi 2\.649 m. đất của 3 hộ gia đình, cá nhân tại xã Lay Nưa,$' \
    "a long line of the left page ends at its own margin"
like "$(jqv -r '.pages[1].text')" '^Tổng cộng' "the right page is read on its own"

done_testing
