#!/bin/sh
# Page kinds and dossier splits of certificates and the papers beside them
# (#18), by general rules on small text fixtures: headings whose numbering
# is misread, an owners' page that prints the parcel too, the 2024 form's
# register, the house certificates' owner item, a tax notice, and a paper
# whose second page repeats the national motto.
. "${LANDREC_TOP:-.}/tests/cli/lib.sh"

kinds() { "$TOP/tests/words-of-text" K "$@" | ocr-extract -q |
    jq -r '[.document_kind, (.pages[] | .page_kind)] | join(" ")'; }

# the first page of a red book prints the owners, then the parcel: the
# owners' heading above the parcel's makes it the owners' page
cat > owner-parcel.txt <<'P'
ỦY BAN NHÂN DÂN HUYỆN NGHI LỘC
I. TÊN NGƯỜI SỬ DỤNG ĐẤT
Hộ ông: Tạ Văn Dũng; Năm sinh: 1964
II. THỬA ĐẤT ĐƯỢC QUYỀN SỬ DỤNG
1. Thửa đất số: 1120 2. Tờ bản đồ số: 6
4. Diện tích: 1.236 m²
P
is "$(kinds owner-parcel.txt)" "certificate certificate-owner" \
    "an owners' heading above the parcel's: the owners' page"
# the parcel's page is still the parcel's after it
cat > parcel.txt <<'P'
II. THỬA ĐẤT ĐƯỢC QUYỀN SỬ DỤNG
1. Thửa đất số: 1120 2. Tờ bản đồ số: 6
III. TÀI SẢN GẮN LIỀN VỚI ĐẤT: không
P
is "$(kinds owner-parcel.txt parcel.txt)" "certificate certificate-owner certificate-parcel" \
    "a page with the parcel's heading only is the parcel's"

# a heading whose roman numbering is misread ("IL." for "I.") still counts
cat > owner-il.txt <<'P'
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
IL. Người sử dụng đất, chủ sở hữu nhà ở và tài sản khác gắn liền với đất
Tên tổ chức: Công ty TNHH Cơ khí Minh Phát
P
is "$(kinds owner-il.txt)" "certificate certificate-owner" \
    "an owners' heading numbered 'IL.' (misread 'I.') makes the owners' page"

# the house certificates (1994, 2005) number their owner item "1. Chủ sở hữu:"
cat > house.txt <<'P'
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
1. Chủ sở hữu: Bà Phạm Kim Loan; sinh năm 1979; CMND số: 205633703
2. Nhà ở:
a) Địa chỉ: tổ 39, phường Hòa Minh, quận Liên Chiểu, thành phố Đà Nẵng
P
is "$(kinds house.txt)" "certificate certificate-owner" \
    "'1. Chủ sở hữu:' heads a house certificate's owners' page"

# the 2024 form's register, its heading misread: its column heads tell it
cat > reg2024.txt <<'P'
6.NHỮNG {NAY ĐỒ! SAU KHI CẤP GIẤY CHỨNG NHÂN
STT Ngày, tháng, năm Nội dung thay đổi Xác nhận của cơ quan đăng ký
1 20/02/2026 Thế chấp bằng quyền sử dụng đất tại Ngân hàng Chính sách xã hội
P
is "$(kinds owner-il.txt reg2024.txt)" "certificate certificate-owner certificate-changes" \
    "a register headed 'Nội dung thay đổi' is the change register"

# a tax notice ("THÔNG BÁO NỘP THUẾ") is a fee notice
cat > tax.txt <<'P'
CHI CỤC THUẾ KHU VỰC CHÂU THÀNH
Số: 9656/TB-CCT
THÔNG BÁO NỘP THUẾ
Thuế thu nhập cá nhân và lệ phí trước bạ nhà, đất
Người nộp thuế: ông Hồ Hữu Phước, sinh năm 1967
P
is "$(kinds tax.txt)" "fee-notice fee-notice" "a tax notice is a fee notice"

# a paper's second page that repeats the national motto but goes straight
# on with its articles ("Điều 3.") continues the paper
cat > deal1.txt <<'P'
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
HỢP ĐỒNG CHUYỂN NHƯỢNG QUYỀN SỬ DỤNG ĐẤT
Hôm nay, ngày 4 tháng 9 năm 2024, chúng tôi gồm:
Điều 1. Bên A chuyển nhượng cho bên B thửa đất số 1661.
Điều 2. Giá chuyển nhượng là 681.000.000 đồng.
P
cat > deal2.txt <<'P'
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Châu Thành, ngày 4 tháng 9 năm 2024
Điều 3. Bên A giao đất và giấy tờ cho bên B trong 10 ngày.
Điều 4. Thuế thu nhập cá nhân do bên A nộp.
P
is "$(kinds deal1.txt deal2.txt)" "other other other" \
    "a second page under the motto that goes on with 'Điều 3.' continues the paper"
# a one-page paper whose title is lost still begins with its own header
cat > dec1.txt <<'P'
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024;
Điều 1. Cho phép chuyển mục đích sử dụng đất.
Điều 2. Quyết định có hiệu lực từ ngày ký.
P
is "$(kinds deal1.txt dec1.txt | tr '\n' '|')" "other other|decision decision|" \
    "a page under the motto whose body opens with 'Căn cứ' begins a document"
# a decision's later page whose line begins with a short word and a
# heading's words ("Các chủ sở hữu ...") is no certificate: a misread
# numbering ends in "." or ")"
cat > dec2.txt <<'P'
Các chủ sở hữu nhà ở có trách nhiệm nộp lệ phí theo quy định.
Điều 3. Chánh Văn phòng Ủy ban nhân dân huyện chịu trách nhiệm thi hành.
P
is "$(kinds dec1.txt dec2.txt)" "decision decision decision" \
    "'Các chủ sở hữu ...' on a decision's page is no owners' heading"
done_testing
