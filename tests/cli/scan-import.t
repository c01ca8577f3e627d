#!/bin/sh
# scan-import: records, messages and exit codes for every TIFF variant.
. "$(dirname "$0")/lib.sh"
V=$TD/tiff

# Options and usage.
run scan-import --help
is "$rc" 0 "--help exits 0"
like "$out" '^usage: scan-import' "--help prints the usage on stdout"
run scan-import -V
like "$out" '^scan-import \(landrec\) [0-9]' "-V prints the version"
run scan-import --no-such-option
is "$rc" 2 "an unknown option exits 2"
like "$err" '^usage: scan-import' "an unknown option prints the usage on stderr"
run scan-import --max-pixels=abc "$V/g4.tif"
is "$rc" 2 "a bad --max-pixels exits 2"

# Every readable layout decodes through the one decode path to the same page.
for f in g4 g3 packbits bigendian tiled-g4 minisblack none-1bit; do
	run scan-import -q "$V/$f.tif"
	is "$rc:$(jqv '[.pages[0].bits, .pages[0].ink, .pages[0].blank]')" \
		'0:[1,0.042,false]' "$f: bilevel page decodes, same ink as G4"
done
for f in lzw-grey8 deflate-grey8 jpeg-grey tiled-grey8 grey4 grey16 grey-alpha \
    rgb-lzw rgba jpeg-ycbcr palette cmyk; do
	run scan-import -q "$V/$f.tif"
	ink=$(jqv '.pages[0].ink * 100 | round')
	is "$rc:$(jqv '.pages[0] | has("error")'):$ink" "0:false:$ink" "$f: decodes without error"
	[ "$ink" -ge 2 ] && [ "$ink" -le 5 ]
	ok $? "$f: ink $ink% is that of the text page (2-5%)"
done
run scan-import -q "$V/tiled-g4.tif"
is "$(jqv '[.pages[0].tiled, .pages[0].compression]')" '[true,"ccitt-g4"]' "tiled G4 reported"
run scan-import -q "$V/jpeg-ycbcr.tif"
is "$(jqv '.pages[0].photometric')" '"ycbcr"' "YCbCr JPEG reported"

# Record contract.
run scan-import -q "$V/g4.tif"
is "$(jqv '[.id, .source, (.sha256|length), .bytes > 0, (.pages|length)]')" \
	"[\"g4\",\"$V/g4.tif\",64,true,1]" "record has id, source as given, sha256, bytes, pages"
is "$(jqv '.pages[0] | [.n, .width, .height, .dpi, .compression]')" \
	'[1,2480,3508,300,"ccitt-g4"]' "page has n, size, dpi, compression"
is "$(jqv '.sha256')" "\"$(sha256sum "$V/g4.tif" | cut -c1-64)\"" "sha256 is the file's"
run scan-import -q "$V"
printf '%s\n' "$out" | "$TOP/tests/check-records"
ok $? "every record validates against schemas/record.schema.json"

# Resolution.
run scan-import -q "$V/dpcm.tif"
is "$(jqv '.pages[0].dpi')" 300 "resolution in pixels/cm is reported as dpi"
run scan-import -q "$V/nodpi.tif"
is "$(jqv '[.pages[0].dpi, .warnings[0].code]')" '[null,"no-dpi"]' "missing resolution: null and a warning"
run scan-import -q "$V/lowdpi.tif"
is "$(jqv '[.pages[0].dpi, .warnings[0].code]')" '[150,"low-dpi"]' "150 dpi: low-dpi warning"
run scan-import -q --low-dpi 100 "$V/lowdpi.tif"
is "$(jqv '.warnings | length')" 0 "--low-dpi moves the threshold"

# Page checks.
run scan-import -q "$V/blank.tif"
is "$(jqv '[.pages[0].blank, .warnings[0].code]')" '[true,"blank"]' "blank page flagged"
run scan-import -q "$V/negative.tif"
is "$(jqv '[.pages[0].inverted, .warnings[0].code]')" '[true,"inverted"]' "negative page flagged inverted"
run scan-import -q "$V/upside-down.tif"
is "$(jqv '[.pages[0].upside_down, .warnings[0].code]')" '[true,"upside-down"]' "upside-down page flagged"
run scan-import -q "$V/sideways.tif"
is "$(jqv '[.pages[0].sideways, .pages[0].upside_down, .warnings[0].code]')" \
    '[true,false,"sideways"]' "page scanned sideways flagged"
run scan-import -q "$V/g4.tif"
is "$(jqv '[.pages[0].upside_down, .pages[0].sideways]')" '[false,false]' \
    "upright page not flagged"
run scan-import -q "$V/skew6.tif"
is "$(jqv '[(.pages[0].skew | round), .warnings[0].code]')" '[-6,"skew"]' "6 degree skew measured"
run scan-import -q --no-orient "$V/upside-down.tif"
is "$(jqv '.pages[0] | has("upside_down")')" false "--no-orient skips the test"
run scan-import -q "$V/multipage.tif"
is "$(jqv '[.pages[].n]')" '[1,2,3]' "multi-page file: one document, pages 1-3"

# Bad input: one clear line each, the rest carries on, exit 1 at the end.
for f in zero not-a-tiff corrupt-ifd; do
	run scan-import -q "$V/$f.tif" "$V/g4.tif"
	is "$rc" 1 "$f: exit 1"
	is "$(printf '%s\n' "$err" | wc -l)" 1 "$f: one error line"
	like "$err" "^scan-import: '$V/$f.tif': not a readable TIFF file" "$f: message names the file"
	is "$(jqv '.id')" '"g4"' "$f: the good file is still imported"
done
run scan-import -q "$V/truncated.tif"
is "$rc" 1 "truncated strip: exit 1"
like "$err" "^scan-import: '$V/truncated.tif': page 2: cannot decode" "truncated: message names file and page"
is "$(jqv '[(.pages[0]|has("error")), (.pages[1]|has("error"))]')" '[false,true]' \
	"truncated: page 1 kept, page 2 carries the error"
run scan-import -q "$V/ifd-loop.tif"
is "$rc:$(jqv '.pages|length')" "1:2" "IFD loop: exit 1, the two real pages kept"
like "$err" "directory chain broken after page 2" "IFD loop: says where the chain broke"
run scan-import -q "$V/huge-header.tif"
is "$rc" 1 "100000x100000 header: exit 1"
like "$err" "page 1: 100000x100000 pixels is over the limit of 300000000 pixels" \
	"huge header refused before decoding"
run scan-import -q --max-pixels 1000000 "$V/g4.tif"
is "$rc" 1 "--max-pixels lowers the limit"
run scan-import -q "$V"
bad=$(printf '%s\n' "$err" | grep -vc '^scan-import: ')
is "$bad" 0 "no raw libtiff chatter: every stderr line is ours"
run scan-import -q "$T/missing.tif"
is "$rc" 1 "a missing file exits 1"
like "$err" "^scan-import: '$T/missing.tif': No such file" "a missing file is named"

# Finding files: directories, order, stdin, ids, duplicates.
mkdir -p a/b c
cp "$V/g4.tif" a/Z.TIF
cp "$V/lowdpi.tif" a/b/x.tiff
cp "$V/nodpi.tif" c/x.tif
echo text >a/notes.txt
run scan-import -q a c
is "$(jqv -s '[.[].source]')" '["a/Z.TIF","a/b/x.tiff","c/x.tif"]' "directories searched, sorted, any case"
is "$(jqv -s '[.[].id]')" '["Z","x","x-2"]' "ids unique within the run"
run sh -c "printf 'a/Z.TIF\nc/x.tif\n' | scan-import -q"
is "$(jqv -s '[.[].id]')" '["Z","x"]' "paths read from stdin"
cp "$V/g4.tif" a/again.tif
run scan-import -q a/Z.TIF a/again.tif
is "$(jqv -s '[.[1].duplicate_of, (.[1]|has("pages"))]')" '["Z",false]' "same content: duplicate_of, not imported twice"
is "$rc" 0 "a duplicate is not an error"

# Grouping single-page files.
run scan-import -q -g "$V/group"
is "$(jqv -s '[.[] | [.id, (.pages|length)]]')" '[["QD-7",3],["QD-8",2],["copy-of-g4",1]]' \
	"-g joins STEM_N and STEM-N files"
is "$(jqv -s '[.[0].pages[].source | sub(".*/"; "")]')" '["QD-7_1.tif","QD-7_2.tif","QD-7_10.tif"]' \
	"-g orders pages numerically"
run scan-import -q "$V/group"
is "$(jqv -s "length")" 6 "without -g one file is one document"

# Output.
run scan-import -q -o out.jsonl "$V/g4.tif"
is "$rc:$(jq -r .id out.jsonl)" "0:g4" "-o writes the records to the file"
is "$(ls -a | grep -c '^\.out\.jsonl\.')" 0 "-o leaves no temporary file"
run scan-import -q "$V/g4.tif"
scan-import -q "$V/g4.tif" >/dev/full 2>"$T/full.err"
is "$?" 3 "a failed write to stdout is a system failure: exit 3"
like "$(cat "$T/full.err")" "write error" "a failed write is reported"
run scan-import "$V/g4.tif" "$V/zero.tif"
like "$err" "^scan-import: 1 documents, 1 pages, 0 duplicates, 0 warnings, 1 errors$" "summary line on stderr"

done_testing
