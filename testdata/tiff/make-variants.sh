#!/bin/sh
# Regenerate the TIFF variants under testdata/tiff/ that the scan-import tests
# read.  Needs ImageMagick, libtiff-tools and python3; run from this folder:
#   cd testdata/tiff && sh make-variants.sh
set -eu
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# A page of text, 2480x3508 pixels (A4 at 300 dpi).
cat >"$tmp/page.txt" <<'TXT'
ỦY BAN NHÂN DÂN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN MƯỜNG ẢNG                       Độc lập - Tự do - Hạnh phúc

Số: 245/QĐ-UBND                Mường Ảng, ngày 12 tháng 8 năm 2019

QUYẾT ĐỊNH
Về việc giao đất cho hộ gia đình, cá nhân

Điều 1. Giao đất cho ông Lò Văn Thoong, sinh năm 1977,
CCCD số 011077001234, địa chỉ thường trú: bản Co Mận,
xã Mường Phăng, huyện Điện Biên, tỉnh Điện Biên.
Thửa đất số: 125; Tờ bản đồ số: 14;
Diện tích: 1.230,5 m²; Mục đích sử dụng: Đất ở tại nông thôn (ONT);
Thời hạn sử dụng: Lâu dài; Nguồn gốc sử dụng: Nhà nước giao đất.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
TXT
txt=$(cat "$tmp/page.txt")
convert -size 2480x3508 xc:white -font DejaVu-Serif -pointsize 40 \
	-fill black -annotate +160+240 "$txt" -annotate +160+1240 "$txt" \
	-annotate +160+2240 "$txt" "$tmp/grey.png"
convert "$tmp/grey.png" -threshold 50% "$tmp/bw.png"
d300="-density 300 -units PixelsPerInch"

convert "$tmp/bw.png" $d300 -compress Group4 g4.tif
tiffcp -c none g4.tif none-1bit.tif
tiffcp -c g3 g4.tif g3.tif
tiffcp -c packbits g4.tif packbits.tif
tiffcp -B -c g4 g4.tif bigendian.tif
tiffcp -t -w 256 -l 256 -c g4 g4.tif tiled-g4.tif
convert "$tmp/bw.png" $d300 -compress Group4 -define quantum:polarity=min-is-black minisblack.tif
convert "$tmp/grey.png" $d300 -depth 8 -colorspace Gray -compress LZW lzw-grey8.tif
convert "$tmp/grey.png" $d300 -depth 8 -colorspace Gray -compress Zip deflate-grey8.tif
convert "$tmp/grey.png" $d300 -depth 8 -colorspace Gray -compress JPEG -quality 70 jpeg-grey.tif
tiffcp -t -w 256 -l 256 -c lzw lzw-grey8.tif tiled-grey8.tif
convert "$tmp/grey.png" $d300 -depth 4 -colorspace Gray -alpha off -compress LZW grey4.tif
convert "$tmp/grey.png" $d300 -depth 16 -colorspace Gray -compress LZW grey16.tif
convert "$tmp/grey.png" -fill red -draw "circle 1800,3000 2000,3000" $d300 \
	-depth 8 -type TrueColor -compress LZW rgb-lzw.tif
convert rgb-lzw.tif -alpha set -channel A -evaluate set 100% +channel \
	-compress LZW rgba.tif
tiffcp -c jpeg:70 -p contig rgb-lzw.tif "$tmp/j.tif"
tiffcp -c jpeg:70 -r 16 "$tmp/j.tif" jpeg-ycbcr.tif
convert rgb-lzw.tif -colors 16 -type Palette -compress LZW palette.tif
convert rgb-lzw.tif -colorspace CMYK -compress LZW cmyk.tif
convert "$tmp/bw.png" -compress Group4 -units PixelsPerCentimeter \
	-density 118.11 dpcm.tif
convert "$tmp/bw.png" -resize 50% -threshold 50% -density 150 -units PixelsPerInch -compress Group4 lowdpi.tif
convert "$tmp/bw.png" -compress Group4 "$tmp/nodpi.tif"
tiffset -d 0 -s 296 1 "$tmp/nodpi.tif" 2>/dev/null || true
python3 - "$tmp/nodpi.tif" nodpi.tif <<'PY'
# Drop the resolution tags (282, 283, 296) from the first IFD.
import struct, sys
b = bytearray(open(sys.argv[1], 'rb').read())
e = '<' if b[:2] == b'II' else '>'
off = struct.unpack(e + 'I', b[4:8])[0]
n = struct.unpack(e + 'H', b[off:off+2])[0]
ents = [b[off+2+12*i: off+14+12*i] for i in range(n)]
keep = [x for x in ents if struct.unpack(e + 'H', x[:2])[0] not in (282, 283, 296)]
nxt = b[off+2+12*n: off+6+12*n]
b[off:off+2] = struct.pack(e + 'H', len(keep))
b[off+2: off+6+12*n] = b''.join(keep) + nxt + b'\0' * (12 * (n - len(keep)))
open(sys.argv[2], 'wb').write(b)
PY
convert lzw-grey8.tif -alpha set -compress LZW grey-alpha.tif
convert "$tmp/bw.png" -rotate 180 $d300 -compress Group4 upside-down.tif
convert "$tmp/bw.png" -rotate 90 $d300 -compress Group4 sideways.tif
convert "$tmp/bw.png" -background white -rotate 6 -gravity center \
	-extent 2480x3508 +repage -threshold 50% $d300 -compress Group4 skew6.tif
convert -size 2480x3508 xc:white $d300 -threshold 50% -compress Group4 blank.tif
convert "$tmp/bw.png" -negate $d300 -compress Group4 negative.tif
convert "$tmp/bw.png" "$tmp/bw.png" "$tmp/bw.png" $d300 -compress Group4 multipage.tif

# Broken files.
: >zero.tif
echo "This is not a TIFF file." >not-a-tiff.tif
python3 - <<'PY'
import struct
def ifd(entries, nxt=0):
    b = struct.pack('<H', len(entries))
    for tag, typ, cnt, val in sorted(entries):
        b += struct.pack('<HHII', tag, typ, cnt, val)
    return b + struct.pack('<I', nxt)
def tiff(w, h, loop=False):
    ents = [(256, 4, 1, w), (257, 4, 1, h), (258, 3, 1, 1), (259, 3, 1, 1),
            (262, 3, 1, 0), (273, 4, 1, 8), (278, 4, 1, h), (279, 4, 1, 0)]
    return b'II*\0' + struct.pack('<I', 8 + 0) + b''
# 100000 x 100000 bilevel page whose one strip is 0 bytes long.
hdr = b'II*\0' + struct.pack('<I', 16) + b'\0' * 8
ents = [(256, 4, 1, 100000), (257, 4, 1, 100000), (258, 3, 1, 1), (259, 3, 1, 1),
        (262, 3, 1, 0), (273, 4, 1, 8), (278, 4, 1, 100000), (279, 4, 1, 8)]
open('huge-header.tif', 'wb').write(hdr + ifd(ents))
# Two small pages whose second IFD points back to the first: a loop.
def page_ifd(strip_off):
    return [(256, 4, 1, 8), (257, 4, 1, 8), (258, 3, 1, 1), (259, 3, 1, 1),
            (262, 3, 1, 0), (273, 4, 1, strip_off), (278, 4, 1, 8), (279, 4, 1, 8)]
data = b'\0' * 8
first = 16
second = first + 2 + 12 * 8 + 4
b = b'II*\0' + struct.pack('<I', first) + data
b += ifd(page_ifd(8), second) + ifd(page_ifd(8), first)
open('ifd-loop.tif', 'wb').write(b)
# Two 1-bit 800x800 pages in 64-row strips, IFDs first; the file ends in
# the middle of page 2's strips: page 1 reads, page 2 is truncated.
import math
w = h = 800; rps = 64; ns = math.ceil(h / rps); sbytes = (w // 8) * rps
def strip_ifd(data_off, nxt, arrs_off):
    return [(256, 4, 1, w), (257, 4, 1, h), (258, 3, 1, 1), (259, 3, 1, 1),
            (262, 3, 1, 0), (273, 4, ns, arrs_off), (278, 4, 1, rps),
            (279, 4, ns, arrs_off + 4 * ns)]
ifdlen = 2 + 12 * 8 + 4
arrlen = 8 * ns
o1 = 8; a1 = o1 + ifdlen; o2 = a1 + arrlen; a2 = o2 + ifdlen; d1 = a2 + arrlen
d2 = d1 + sbytes * ns
def arrays(d):
    return b''.join(struct.pack('<I', d + i * sbytes) for i in range(ns)) + \
        b''.join(struct.pack('<I', sbytes) for i in range(ns))
stripe = bytes([0xff if (y // 16) % 2 else 0 for y in range(rps) for _ in range(w // 8)])
b = b'II*\0' + struct.pack('<I', o1) + ifd(strip_ifd(d1, o2, a1), o2) + arrays(d1) \
    + ifd(strip_ifd(d2, 0, a2), 0) + arrays(d2) + stripe * ns + stripe * 3
open('truncated.tif', 'wb').write(b)
# An IFD whose entry count runs past the end of the file.
open('corrupt-ifd.tif', 'wb').write(b'II*\0' + struct.pack('<I', 8) +
                                    struct.pack('<H', 5000) + b'\x01\x00' * 10)
PY

# Single-page files that -g joins into documents, and a duplicate.
mkdir -p group
convert "$tmp/bw.png" $d300 -compress Group4 group/QD-7_1.tif
convert "$tmp/bw.png" -negate -negate -draw "rectangle 10,10 50,50" $d300 -compress Group4 group/QD-7_2.tif
convert "$tmp/bw.png" -draw "rectangle 10,10 90,90" $d300 -compress Group4 group/QD-7_10.tif
convert "$tmp/bw.png" -draw "rectangle 60,10 90,90" $d300 -compress Group4 group/QD-8-1.tif
convert "$tmp/bw.png" -draw "rectangle 10,60 90,90" $d300 -compress Group4 group/QD-8-2.tif
cp g4.tif group/copy-of-g4.tif

# Words in Latin letters Vietnamese is not written with (test-ocr: the
# engine never reads them), 300 dpi grey.
convert -size 1800x300 xc:white -font DejaVu-Serif -pointsize 40 \
    -fill black -annotate +60+110 'Œuvre Šoma Müller Ñandú' \
    -annotate +60+220 'Søren Ïlan Äpfel Çava' -density 300 \
    -units PixelsPerInch -type Grayscale -depth 8 -compress lzw barred.tif
