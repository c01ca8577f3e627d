#!/bin/sh
# ocr-extract: cleanup, OCR, order, cache, side outputs, failures.
. "${LANDREC_TOP:-.}/tests/cli/lib.sh"

# page OUT [convert options]: a short 300 dpi page of a decision.
page() {
	o=$1; shift
	convert -size 2480x1100 xc:white -font DejaVu-Serif -pointsize 40 \
	    -fill black \
	    -annotate +200+200 "Điều 1. Giao cho ông Lò Văn Thắng, sinh năm 1975," \
	    -annotate +200+320 "CCCD số 011075001234, thường trú tại bản Co Mận," \
	    -annotate +200+440 "xã Mường Phăng, huyện Điện Biên, tỉnh Điện Biên." \
	    -annotate +200+560 "Thửa đất số: 125; Tờ bản đồ số: 14" \
	    -annotate +200+680 "Thời hạn sử dụng: Lâu dài. Nguồn gốc: Nhà nước giao." \
	    -annotate +200+800 "Điều 2. Chánh Văn phòng chịu trách nhiệm thi hành." \
	    "$@" -density 300 -units PixelsPerInch "$o"
}

run ocr-extract --help
is "$rc" 0 "--help exits 0"
like "$out" '^usage: ocr-extract' "--help prints the usage on stdout"
run ocr-extract --bogus
is "$rc" 2 "unknown option exits 2"
run ocr-extract -j 0
is "$rc" 2 "-j 0 is a usage error"
run ocr-extract -V
like "$out" '^ocr-extract \(landrec\)' "-V prints the version"

page a.tif -threshold 50% -compress Group4
page b.tif -background white -rotate 186 +repage -threshold 50% -compress Group4
page g.tif -seed 1 -colorspace Gray -depth 8 -attenuate 0.5 +noise Gaussian -compress LZW
page s.tif -rotate 90 -threshold 50% -compress Group4
scan-import -q a.tif b.tif g.tif s.tif >in.jsonl

run sh -c 'ocr-extract -q -j2 --text --cache c.db --words w.jsonl \
    --hocr . <in.jsonl'
is "$rc" 0 "four pages OCR'd"
is "$(jqv -r .id | tr '\n' ' ')" "a b g s " "records come out in input order"
like "$(jqv -r '.pages[0].text')" 'Thửa đất số: 125' "the text is read"
is "$(jqv -r 'select(.id=="b") | .pages[0].rotation')" 180 \
    "an upside-down page is turned"
like "$(jqv -r 'select(.id=="b") | .pages[0].deskew')" '^-?[5-7]' \
    "its skew is removed"
like "$(jqv -r 'select(.id=="b") | .pages[0].text')" 'Thửa đất số: 125' \
    "and it is read"
is "$(jqv -r 'select(.id=="s") | .pages[0].rotation')" 270 \
    "a page scanned sideways is turned"
like "$(jqv -r 'select(.id=="s") | .pages[0].text')" 'Thửa đất số: 125' \
    "and it is read"
is "$(jqv -r 'select(.id=="g") | .pages[0].binarised')" false \
    "a grey page is given to Tesseract grey"
is "$(jqv -r '[.pages[0].ocr_conf > 80] | all' | sort -u)" true \
    "confidences are high"
is "$(jqv -r '.pages[0] | has("ocr_ms") and has("upscaled")' | sort -u)" true \
    "timing and upscaling are reported"
is "$(jqv -r 'has("ocr")' | sort -u)" false "no words in records by default"
is "$(wc -l <w.jsonl | tr -d ' ')" 4 "--words writes a line per record"
is "$(jq -r '.ocr.pages[0].lines[0].words[0][0]' w.jsonl | head -1)" "Điều" \
    "with the words"
is "$(stat -c %a w.jsonl c.db)" "600
600" "words and cache files are private"
like "$(cat a-p1.hocr)" 'ocrx_word' "--hocr writes hOCR per page"

is "$(printf '%s\n' "$err" | grep -c 'osd.traineddata')" 0 \
    "orientation data found: no warning"
mkdir td
ln -s "${TESSDATA_VIE:-/usr/share/tesseract-ocr/5/tessdata/vie.traineddata}" td/
run sh -c 'ocr-extract -q -j2 --tessdata td s.tif'
is "$(printf '%s\n' "$err" | grep -c 'no osd.traineddata beside vie.traineddata')" 1 \
    "tessdata without osd.traineddata: said once on stderr"
is "$rc" 0 "and the page is still read"
page t.tif -background white -gravity north -extent 2480x3500 -rotate 180 \
    -threshold 50% -compress Group4
run sh -c 'ocr-extract -q -j1 --no-extract --text --tessdata td t.tif'
is "$(jqv -r '.pages[0].rotation')" 180 \
    "a short page upside down, its lines far from the middle, is turned by its letters"
like "$(jqv -r '.pages[0].text')" 'Thửa đất số: 125' "and it is read"

run sh -c 'ocr-extract -j1 --text --cache c.db <in.jsonl'
is "$(jqv -r '.pages[0].ocr_cached' | sort -u)" true "a second run comes from the cache"
like "$err" '4 documents, 4 pages, [0-9]+ fields for review, 0 pages failed, 4 from cache' "summary line"

# two pages of one image (blank backs, a sheet scanned twice): the second
# comes from the first's cache entry and keeps its own page number
convert -size 1240x1754 xc:white xc:white -density 150 -units PixelsPerInch \
    -compress Group4 two.tif
run sh -c 'ocr-extract -q -j1 --no-extract --keep-words --cache c.db two.tif'
is "$(jqv -r '[.ocr.pages[].n] | join(" ")')" "1 2" \
    "a page read from another page's cache entry keeps its number"

run sh -c 'jq -c ". + {ocr: {pages: []}}" in.jsonl | ocr-extract -q'
is "$(jqv -r '.pages[0] | has("ocr_ms")' | sort -u)" false \
    "records already OCR'd are not OCR'd again"
run sh -c 'printf "%s\n" "{\"id\":\"d\",\"duplicate_of\":\"a\",\"x\":1}" | ocr-extract -q'
is "$out" '{"id":"d","duplicate_of":"a","x":1}' "duplicates pass through"

head -1 in.jsonl | jq -c '.id="gone" | .source="gone.tif"' >bad.jsonl
cat in.jsonl >>bad.jsonl
echo 'not json' >>bad.jsonl
run sh -c 'ocr-extract -q -j2 --no-orient <bad.jsonl'
is "$rc" 1 "a failed page exits 1"
is "$(jqv -r .id | tr '\n' ' ')" "gone a b g s " "the other records are kept"
like "$err" "'gone.tif': page 1: " "the failed page is named"
like "$err" ':6: ' "the malformed line is named"
is "$(jqv -r 'select(.id=="gone") | .pages[0] | has("ocr_error")')" true \
    "the failed page has ocr_error"

run ocr-extract -j2 --page-timeout 0.001 a.tif
like "$err" "page 1: timed out.*given up" "a page over the timeout is given up"
like "$err" "1 pages failed" "and counted"

run ocr-extract -q --keep-words --no-deskew --no-orient a.tif
is "$(jqv -r '.ocr.pages[0].lines | length')" 6 "TIFF paths are imported on the fly"

# A 150 dpi black-and-white page is scaled up and read.
convert -size 2480x500 xc:white -font DejaVu-Serif -pointsize 40 -fill black \
    -annotate +200+150 "Thửa đất số: 125; Tờ bản đồ số: 14" \
    -annotate +200+300 "Thời hạn sử dụng: Lâu dài. Nguồn gốc: Nhà nước giao." \
    -resize 50% -threshold 50% -density 150 -units PixelsPerInch \
    -compress Group4 p150.tif
run ocr-extract -q --no-extract --text p150.tif
is "$(jqv -r '.pages[0].upscaled')" true "a 150 dpi page is scaled up"
like "$(jqv -r '.pages[0].text')" 'Thửa đất số: 125; Tờ bản đồ số: 14' \
    "and read"

# A grey page peppered with noise, as a worn photocopy: filtered, then read.
# The noise is seeded: about one draw in ten reads "Thủa" for "Thửa".
page pep.tif -seed 1 -colorspace Gray -depth 8 -attenuate 2 +noise Impulse \
    -compress LZW
run ocr-extract -q --no-extract --text pep.tif g.tif
is "$(jqv -r '[.pages[0].denoised] | map(tostring) | join(" ")' | tr '\n' ' ')" \
    "true false " "salt-and-pepper noise is filtered out, not grey noise"
like "$(jqv -r 'select(.id=="pep") | .pages[0].text')" 'Thửa đất số: 125' \
    "and the page is read"
run ocr-extract -q --no-extract --no-despeckle --text pep.tif
is "$(jqv -r '.pages[0].denoised')" false "--no-despeckle keeps it"

# A 100-dpi grey page of ruled cells in a sans font over a faint wavy
# pattern: its letters' strokes are a pixel or two thick, so a 3x3 median
# would change them in runs (as much as pepper would) and take them away.
# Most of what it would change is not lone specks: it is not filtered.
python3 -c '
import math
for k in range(0, 400, 9):
    print("polyline " + " ".join("%d,%d" % (x, k + 5 * math.sin(x / 13.0 + k))
                                 for x in range(0, 860, 12)))' >waves.mvg
convert -size 850x400 xc:'#f4f4f4' -fill none -stroke '#d6d6d6' \
    -strokewidth 1 -draw "$(cat waves.mvg)" -stroke black \
    -draw "line 20,40 830,40" -draw "line 20,90 830,90" \
    -draw "line 20,140 830,140" -draw "line 20,190 830,190" \
    -draw "line 20,40 20,190" -draw "line 300,40 300,190" \
    -draw "line 420,40 420,190" -draw "line 830,40 830,190" \
    -stroke none -fill '#333' -font DejaVu-Sans -pointsize 13 \
    -annotate +28+70 "Ông TĂNG VĂN CƯỜNG" -annotate +308+70 "1990" \
    -annotate +428+70 "CCCD số: 094090321224" \
    -annotate +28+120 "Bà LÂM THỊ PHỤNG" -annotate +308+120 "1972" \
    -annotate +428+120 "CCCD số: 094172782533" \
    -annotate +28+170 "Thửa đất số 1661" -annotate +308+170 "13" \
    -colorspace Gray -density 100 -units PixelsPerInch -quality 80 cells.jpg
run ocr-extract -q --no-extract --text cells.jpg
is "$rc:$(jqv -r '.pages[0].denoised')" 0:false \
    "thin letters at 100 dpi are not taken for pepper"
like "$(jqv -r '.pages[0].text')" 'CCCD số: 094090321224' "a cell's ID is read"
like "$(jqv -r '.pages[0].text')" 'Bà LÂM THỊ PHỤNG 1972' "and a row of cells"

# Marks printed wrong, as OCR misreads them, in known phrases: the lexicon
# restores them; --no-lexicon leaves them.  The cache holds the words as
# read, before restoration: the two runs share one entry, and each restores
# with its own lexicon.
convert -size 2480x500 xc:white -font DejaVu-Sans -pointsize 44 -fill black \
    -annotate +200+150 "ÚY BAN NHÂN DÂN HUYỆN NẬM PÔ" \
    -annotate +200+300 "Chánh Văn phòng Úy ban nhân dân huyện; ông Thào A Úy." \
    -threshold 50% -compress Group4 -density 300 -units PixelsPerInch lex.tif
run ocr-extract -q --no-extract --text --cache lex.db --no-lexicon lex.tif
like "$(jqv -r '.pages[0].text')" 'ÚY BAN NHÂN DÂN HUYỆN NẬM PÔ' \
    "--no-lexicon: the text as read"
is "$(jqv -r '.pages[0] | has("restored")')" false "and nothing restored"
run ocr-extract -q --no-extract --text --cache lex.db \
    --units "$DATA/admin-units.csv" lex.tif
is "$(jqv -r '.pages[0].text')" 'ỦY BAN NHÂN DÂN HUYỆN NẬM PỒ
Chánh Văn phòng Ủy ban nhân dân huyện; ông Thào A Úy.' \
    "the marks of known phrases are restored; a lone word is not"
is "$(jqv -r '.pages[0].restored')" 3 "and counted"
is "$(jqv -r '.pages[0].ocr_cached')" true \
    "from the --no-lexicon run's cache: the lexicon is applied after it"
# A label edit (a phrase added) keeps every cached page, and the words
# read from the cache are restored as the new lexicon says.
mkdir schemas-new
cp "$TOP/schemas/labels.tsv" "$TOP/schemas/origins.tsv" \
    "$TOP/schemas/phrases.txt" schemas-new/
echo 'Thào A Ủy' >>schemas-new/phrases.txt
run ocr-extract --no-extract --text --cache lex.db --schemas schemas-new \
    --units "$DATA/admin-units.csv" lex.tif
is "$(jqv -r '.pages[0].ocr_cached')" true "a phrase added: the cache still hits"
like "$err" '1 from cache' "and the summary counts it"
is "$(jqv -r '.pages[0].text')" 'ỦY BAN NHÂN DÂN HUYỆN NẬM PỒ
Chánh Văn phòng Ủy ban nhân dân huyện; ông Thào A Ủy.' \
    "the cached words are restored as the new lexicon says"
is "$(jqv -r '.pages[0].restored')" 4 "and counted"
run ocr-extract -q --no-extract --text --cache lex.db \
    --units "$DATA/admin-units.csv" lex.tif
like "$(jqv -r '.pages[0].text')" 'ông Thào A Úy\.$' \
    "the old lexicon again: the same entry, the name left as read"
first=$(printf '%s\n' "$out" | jq -c 'del(.pages[].ocr_ms)')
run ocr-extract -q --no-extract --text --cache lex.db \
    --units "$DATA/admin-units.csv" lex.tif
is "$(printf '%s\n' "$out" | jq -c 'del(.pages[].ocr_ms)')" "$first" \
    "the same lexicon again: its restoration, kept with the entry, gives the same record"
is "$(sqlite3 lex.db "select json_extract(result, '\$.restoration.restored') from ocr_page")" 3 \
    "the entry keeps what the last lexicon restored"
# An entry of the old cache form (words stored restored, no "format") is
# not read as words before restoration: it is read again.
sqlite3 lex.db "update ocr_page set result = json_remove(result, '\$.format')"
run ocr-extract -q --no-extract --text --cache lex.db lex.tif
is "$(jqv -r '.pages[0].ocr_cached')" false \
    "an entry of the old cache form is not read, the page is read again"
# A cached page's text is written again from its words, by the reader's
# own repairs: an entry whose text an older reader wrote (here: none of
# it) gives the text a fresh reading gives.
fresh=$(jqv -r '.pages[0].text')
sqlite3 lex.db "update ocr_page set result = json_set(result, '\$.text', 'stale', '\$.restoration.text', 'stale')"
run ocr-extract -q --no-extract --text --cache lex.db lex.tif
is "$(jqv -r '.pages[0].ocr_cached'):$(jqv -r '.pages[0].text')" "true:$fresh" \
    "a cached page's text is made from its words again"
# A line Tesseract's layout drops: the signer's name under the signature,
# beside the seal, on page 2 of a corpus scan at 200 dpi.
scan="$TOP/testdata/corpus/QD-1999-0024.tif"
run ocr-extract -q --no-extract --text "$scan"
like "$(jqv -r '.pages[1].text' | tail -2)" 'Vì Văn Dũng' \
    "a line the page layout left unread is read"
is "$(jqv -r '.pages[1].recovered')" 1 "and counted"
is "$(jqv -r '.pages[0].recovered')" 0 "none where none was left"
run ocr-extract -q --no-extract --text --no-recover "$scan"
is "$(jqv -r '.pages[1] | has("recovered")')" false "--no-recover: not looked for"

mkdir schemas-old
cp "$TOP/schemas/labels.tsv" "$TOP/schemas/origins.tsv" schemas-old/
run ocr-extract -q --no-extract --schemas schemas-old lex.tif
is "$rc" 3 "a missing phrases.txt stops the run: exit 3"
like "$err" "phrases.txt': cannot open" "and says which file"

# The unit list is read when a document's fields or a page's lexicon
# first need it: a run that reads neither does not pay for it (nor stop
# on a list it never reads); a document to read does, and says so.
printf 'code,name\n01,X\n' >badunits.csv
: >none.jsonl
run ocr-extract -q --units badunits.csv <none.jsonl
is "$rc" 0 "units are loaded when first needed: a run with no record reads none"
printf 'Điều 1. Giao cho ông Lò Văn Thắng.\n' >one.txt
"$TOP/tests/words-of-text" U one.txt >one.jsonl
run ocr-extract -q --units badunits.csv <one.jsonl
is "$rc" 1 "a document to read loads them: a list without its columns is an error"
like "$err" "badunits.csv': no column 'province_code'" "and says which file"

run ocr-extract -q --names /nonexistent </dev/null
is "$rc" 3 "a missing --names folder stops the run: exit 3"
like "$err" "given-male.txt': cannot open" "and says which file"

done_testing
