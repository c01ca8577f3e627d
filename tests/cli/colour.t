#!/bin/sh
# Colour separation before a colour page goes grey: a red seal over typed
# lines and a pink guilloche background are taken off, the black text under
# them is read, and the page says what was removed.  Fixtures are made here
# with ImageMagick: four typed lines at 300 dpi, in JPEG.
. "$(dirname "$0")/lib.sh"

# lines IN OUT: the four lines typed on the page IN.
lines() {
	convert "$1" -font DejaVu-Serif -pointsize 44 -fill black \
	    -annotate +120+160 "Ông Nguyễn Văn Bình, sinh năm 1975" \
	    -annotate +120+250 "Thửa đất số 357, tờ bản đồ số 30" \
	    -annotate +120+340 "Diện tích 582,0 m² tại xã Lay Nưa" \
	    -annotate +120+430 "Chủ tịch Lò Văn Hùng" \
	    -density 300 -units PixelsPerInch -quality 85 "$2"
}
convert -size 1800x700 xc:white white.png
lines white.png plain.jpg
# A red round seal drawn over the lines, translucent as ink.
lines white.png typed.png
convert typed.png -colorspace sRGB -type TrueColor -fill none -stroke 'rgba(215,30,45,0.8)' -strokewidth 10 \
    -draw 'circle 600,290 600,70' -strokewidth 6 -draw 'circle 600,290 600,130' \
    -strokewidth 8 -draw 'line 420,200 800,380' -draw 'line 420,380 800,200' \
    -draw 'line 380,290 820,290' -density 300 -units PixelsPerInch \
    -quality 85 seal.jpg
# Pink paper with waves of rose lines under the text.
python3 -c '
import math
for k in range(0, 700, 26):
    print("polyline " + " ".join("%d,%d" % (x, k + 14 * math.sin(x / 37.0 + k))
                                 for x in range(0, 1840, 40)))' >waves.mvg
convert -size 1800x700 xc:'#f7dbe1' -fill none -stroke '#d88ea0' \
    -strokewidth 3 -draw "$(cat waves.mvg)" pink.png
lines pink.png pink.jpg

text() { jqv -r '.pages[0].text'; }

run ocr-extract -q --no-extract --text seal.jpg
is "$rc:$(jqv -c '.pages[0].removed')" '0:["seal"]' "a red seal is found and taken off"
like "$(text)" '^Ông Nguyễn V.n Bình' "the line the seal crosses at its top is read"
like "$(text)" '^Thửa đất số 357. tờ bản đồ' "the line under the seal's middle is read"
like "$(text)" '^Chủ tịch Lò Văn' "the signer's name under the seal's foot is read"

run ocr-extract -q --no-extract --text pink.jpg
is "$rc:$(jqv -c '.pages[0].removed')" '0:["background"]' \
    "a tinted, patterned background is found and taken off"
is "$(text | grep -c '[^ ]')" 4 "only the typed lines are read, not the pattern"
like "$(text)" '^Diện tích 582,0 m. tại xã Lay Nưa$' "a line over the pattern is read whole"

run ocr-extract -q --no-extract --text plain.jpg
is "$rc:$(jqv -c '.pages[0] | has("removed")')" '0:false' \
    "a page of black text has nothing removed"
printf '%s\n' "$out" >plain.jsonl
ocr-extract -q --no-extract seal.jpg pink.jpg >>plain.jsonl
python3 "$TOP/tests/check-records" plain.jsonl
ok $? "records saying what was removed validate against the schema"

# A serial and a title printed in red over the pink background, beside a
# red seal: the separation takes the red off with the seal, and the red
# print's lines (rows of letter-sized red blobs, not the seal's ring) are
# read again from the red ink alone.
convert pink.jpg -fill '#c8102e' -font DejaVu-Sans-Bold -pointsize 52 \
    -annotate +120+580 "BH 524494" -pointsize 44 \
    -annotate +900+580 "GIẤY CHỨNG NHẬN" -fill none \
    -stroke 'rgba(215,30,45,0.8)' -strokewidth 10 \
    -draw 'circle 1500,250 1500,100' -density 300 -units PixelsPerInch \
    -quality 85 serial.jpg
run ocr-extract -q --no-extract --text serial.jpg
is "$rc:$(jqv -c '.pages[0].removed')" '0:["seal","background"]' \
    "a red seal, red print and a pink background are taken off"
like "$(text)" '^BH 524494' "the red serial is read again from the red ink"
like "$(text)" 'GIẤY CHỨNG NHẬN$' "and the red title"
like "$(text)" '^Diện tích 582,0 m. tại xã Lay Nưa$' "the black text is read as before"

# The same at ~94 dpi (a certificate page as offices scan it open): a JPEG
# keeps the colour at half the resolution, so that the red print is read
# from its luminance where its colour is red (its colour alone blurs small
# letters away); the title's words, far apart in large letters, past a
# letter a background's line breaks off, are one line.
python3 -c '
import math
for k in range(0, 1000, 9):
    print("polyline " + " ".join("%d,%d" % (x, k + 5 * math.sin(x / 13.0 + k))
                                 for x in range(0, 740, 12)))' >waves94.mvg
convert -size 720x1000 xc:'#fbe3e7' -fill none -stroke '#eaa9b6' \
    -strokewidth 1 -draw "$(cat waves94.mvg)" -stroke none -fill '#c8102e' \
    -font DejaVu-Serif-Bold -pointsize 13 \
    -annotate +200+60 "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" -pointsize 12 \
    -annotate +265+80 "Độc lập - Tự do - Hạnh phúc" -pointsize 30 \
    -annotate +205+200 "GIẤY CHỨNG NHẬN" -pointsize 14 \
    -annotate +250+230 "QUYỀN SỬ DỤNG ĐẤT" \
    -annotate +160+255 "QUYỀN SỞ HỮU NHÀ Ở VÀ TÀI SẢN KHÁC" \
    -annotate +260+280 "GẮN LIỀN VỚI ĐẤT" -fill black -font DejaVu-Serif \
    -annotate +60+340 "I. Người sử dụng đất, chủ sở hữu nhà ở và tài sản khác" \
    -annotate +60+365 "Ông: Nguyễn Văn Bình, sinh năm: 1975" \
    -annotate +60+390 "CCCD số: 011075004321" \
    -annotate +60+415 "Địa chỉ thường trú: thôn 3, xã Lay Nưa, huyện Mường Lay" \
    -fill '#c8102e' -font DejaVu-Serif-Bold -pointsize 18 \
    -annotate +300+940 "BX 702318" -density 94 -units PixelsPerInch \
    -sampling-factor 2x2 -quality 80 cert94.jpg
run ocr-extract -q --no-extract --text cert94.jpg
like "$(text)" '^GIẤY CHỨNG NHẬN$' "a red title at 94 dpi is read again, its words one line"
like "$(text)" '^BX 702318$' "and the red serial at the page's foot"
like "$(text)" '^CCCD số: 011075004321$' "the black text is read as before"

# A red stamp over a typed line ("ĐÃ THẾ CHẤP" over a register's entry)
# and a red serial alone: both are read again from the red ink, and their
# words say so (a 7th item): 6 for red print over black text read before
# (its fields are in doubt), 2 for red print alone.
convert white.png -colorspace sRGB -type TrueColor -font DejaVu-Serif \
    -pointsize 44 -fill black \
    -annotate +120+160 "Ông Nguyễn Văn Bình, sinh năm 1975" \
    -annotate +120+340 "Thế chấp tại Ngân hàng Nông nghiệp huyện Tủa Chùa" \
    -fill '#c8102e' -font DejaVu-Sans-Bold -pointsize 60 \
    -annotate +300+355 "ĐÃ THẾ CHẤP" -pointsize 52 -annotate +120+580 "BH 524494" \
    -fill none -stroke 'rgba(215,30,45,0.8)' -strokewidth 10 \
    -draw 'circle 1500,250 1500,100' -density 300 -units PixelsPerInch \
    -quality 90 stamp.jpg
run ocr-extract -q --no-extract --keep-words stamp.jpg
marks() { jqv -r '.ocr.pages[0].lines[] | [.words[] | "\(.[0])/\(.[6] // 0)"] |
    join(" ")'; }
like "$(marks)" '^ĐÃ/6 THẾ/6 CHẤP/6$' "a red stamp over a typed line: its words marked red over text"
like "$(marks)" '^Thế/0 .* nghiệp/0 huyện/0 Tủa/0 Chùa/0$' \
    "the typed line under the stamp keeps its words beside it"
like "$(marks)" '^BH/2 524494/2$' "a red serial alone: its words marked red print"
like "$(marks)" '^Ông/0 Nguyễn/0 Văn/0' "black text is not marked"
done_testing
