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
# the 1990s red book's first leaf: the committee "chứng nhận:" its owner,
# who "được quyền sử dụng thửa đất ghi tại trang 2 của Giấy chứng nhận
# này", no title; its parcel leaf titled by an unnumbered "THỬA ĐẤT ĐƯỢC
# QUYỀN SỬ DỤNG" over a table, and the register number's label
cat > red1.txt <<'P'
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
ỦY BAN NHÂN DÂN HUYỆN YÊN THẾ chứng nhận:
Ông: Lương Văn Tiến, sinh năm 1961;
Được quyền sử dụng thửa đất ghi tại trang 2 của Giấy chứng nhận này.
P
cat > red2.txt <<'P'
THỬA ĐẤT ĐƯỢC QUYỀN SỬ DỤNG
Thửa số    Tờ bản đồ    Diện tích (m²)    Mục đích sử dụng
118    4    560    Đất ở tại nông thôn (ONT)
Vào sổ cấp giấy chứng nhận quyền sử dụng đất số: 00381 QSDĐ
P
is "$(kinds red1.txt red2.txt)" "certificate certificate-owner certificate-parcel" \
    "a red book's leaves with no title: its owner wording and its parcel table's title"

# an application whose title wraps over the certificate's name ("ĐƠN ĐĂNG
# KÝ, CẤP GIẤY CHỨNG NHẬN" / "QUYỀN SỬ DỤNG ĐẤT ...") is a form: a title
# line under another kind's title goes on it; its "PHẦN KÊ KHAI"
cat > app.txt <<'P'
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
ĐƠN ĐĂNG KÝ, CẤP GIẤY CHỨNG NHẬN
QUYỀN SỬ DỤNG ĐẤT, QUYỀN SỞ HỮU NHÀ Ở VÀ TÀI SẢN KHÁC GẮN LIỀN VỚI ĐẤT
Kính gửi: Văn phòng đăng ký đất đai tỉnh Bắc Giang
I. PHẦN KÊ KHAI CỦA NGƯỜI ĐĂNG KÝ
1. Người sử dụng đất: ông Lương Văn Tiến
P
is "$(kinds app.txt)" "form form" "an application titled with the certificate's name is a form"
# a receipt ("GIẤY BIÊN NHẬN HỒ SƠ") is a form of its own, and a citizen
# card's copy ("CĂN CƯỚC CÔNG DÂN") a paper of its own, not the pages
# before them going on
cat > cover.txt <<'P'
BÌA HỒ SƠ
Mã hồ sơ: H11.20931
P
cat > receipt.txt <<'P'
GIẤY BIÊN NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ
Mã hồ sơ: H11.20931
P
cat > card.txt <<'P'
CĂN CƯỚC CÔNG DÂN
Họ và tên: LƯƠNG VĂN TIẾN
P
is "$(kinds cover.txt receipt.txt app.txt card.txt | tr '\n' '|')" \
    "other other|form form|form form|other other|" \
    "a receipt and an application are forms of their own, a card's copy other"
# a sheet with nothing on it is a paper of its own (a separator), and the
# page after it is read for itself
: > blank.txt
is "$(kinds app.txt blank.txt red2.txt | tr '\n' '|')" \
    "form form|other other|certificate certificate-parcel|" \
    "a blank sheet is a document of its own; the page after it begins one"
# a duplex scan: blanks (two or more) on every second side of a file of an
# even number of pages are the backs of one-sided papers, each its paper's
is "$(kinds app.txt blank.txt receipt.txt blank.txt | tr '\n' '|')" \
    "form form other|form form other|" \
    "blanks on every second page of a file are backs: each in its paper"
# one blank in a file of an even number of pages is still a separator
is "$(kinds app.txt blank.txt receipt.txt card.txt | tr '\n' '|')" \
    "form form|other other|form form|other other|" \
    "a lone blank on a second side, the page after it a title, is a separator"
# a blank whose next page goes on with the paper before it ("Điều 3.") is
# that paper's back, not a separator
is "$(kinds dec1.txt blank.txt dec2.txt | tr '\n' '|')" \
    "decision decision other decision|" \
    "a blank between two pages of one decision is its back"
# a notarised agreement ("VĂN BẢN THỎA THUẬN PHÂN CHIA DI SẢN") is a
# contract, whatever its "Điều" lines say; a survey extract ("TRÍCH ĐO
# ĐỊA CHÍNH", its marks lost) after a contract is a form of its own
cat > heirs.txt <<'P'
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
VĂN BẢN THỎA THUẬN PHÂN CHIA DI SẢN
Hôm nay, tại Văn phòng công chứng Đại Lộc, chúng tôi gồm:
Điều 1. Chúng tôi thỏa thuận: toàn bộ quyền sử dụng thửa đất thuộc về bà Hoa.
Điều 2. Bà Hoa có trách nhiệm làm thủ tục đăng ký biến động.
P
cat > survey.txt <<'P'
CHI NHÁNH VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI
TRICH ĐO ĐỊA CHINH THỬA ĐẤT
Điểm X(m) Y(m) Cạnh (m)
1 1017.240,02 527.610,01 28,00
Thửa đất số: 1187; tờ bản đồ số: 26
P
is "$(kinds heirs.txt survey.txt | tr '\n' '|')" "other other|form form|" \
    "an inheritance agreement is a contract; a survey extract after it a form"
# a certificate's leaves fed register first: the register, then its owners'
# page, are one certificate
cat > reg.txt <<'P'
IV. Những thay đổi sau khi cấp Giấy chứng nhận
Nội dung thay đổi và cơ sở pháp lý    Xác nhận của cơ quan có thẩm quyền
Chuyển nhượng toàn bộ thửa đất cho ông Lương Văn Hà theo hồ sơ số 24.118    Chi nhánh Văn phòng đăng ký đất đai
P
cat > own1.txt <<'P'
GIẤY CHỨNG NHẬN
QUYỀN SỬ DỤNG ĐẤT
I. Người sử dụng đất, chủ sở hữu nhà ở và tài sản khác gắn liền với đất
Ông: Lương Văn Tiến, sinh năm 1961
P
is "$(kinds app.txt reg.txt own1.txt red2.txt | tr '\n' '|')" \
    "form form|certificate certificate-changes certificate-owner certificate-parcel|" \
    "a register fed before its owners' page is that certificate's"
is "$(kinds own1.txt blank.txt | tr '\n' '|')" "certificate certificate-owner certificate-parcel|" \
    "a certificate's leaf with nothing read goes on with the certificate"
# a page scanned twice (five lines or more read alike) stays in its document
cat > dec3.txt <<'P'
QUYẾT ĐỊNH
Về việc cho phép chuyển mục đích sử dụng đất
ỦY BAN NHÂN DÂN HUYỆN YÊN THẾ
Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013;
Căn cứ kế hoạch sử dụng đất năm 2021 của huyện;
Xét đề nghị của Trưởng phòng Tài nguyên và Môi trường;
Điều 1. Cho phép ông Lương Văn Tiến chuyển mục đích sử dụng 120 m² đất.
P
sed 's/120 m²/12O m2/' dec3.txt > dec3b.txt
is "$(kinds dec3.txt dec3b.txt dec2.txt | tr '\n' '|')" "decision decision decision decision|" \
    "a page scanned twice is one page of its document"
# a form's title block names it: a "V/v" read from a seal's marks low on
# the page (the letter's subject stands in the header, in the upper third)
# does not make a transfer form a letter
{ cat <<'P'
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
PHIẾU CHUYỂN THÔNG TIN
để xác định nghĩa vụ tài chính về đất đai
Kính gửi: Chi cục Thuế khu vực Gia Lâm
I. Người sử dụng đất: Vương Đức Nghĩa
II. Thửa đất số: 812; Tờ bản đồ số: 45
III. Loại đất: Đất ở tại nông thôn
IV. Giá đất:
V. Những giấy tờ kèm theo:
P
  for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15; do echo "- -"; done
  printf 'v v*\nSM ®\n'; } > slip.txt
is "$(kinds slip.txt)" "form form" \
    "a 'V/v' low on a form's page is no letter's subject"
# a letter's own subject, in its header, still makes it a letter
cat > letter.txt <<'P'
ỦY BAN NHÂN DÂN    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN GIA LÂM    Độc lập - Tự do - Hạnh phúc
Số: 1343/UBND-TNMT    Gia Lâm, ngày 15 tháng 02 năm 2025
V/v giải quyết hồ sơ cấp Giấy chứng nhận quyền sử dụng đất
Kính gửi: Văn phòng đăng ký đất đai thành phố Hà Nội
P
is "$(kinds letter.txt)" "letter letter" "a letter's 'V/v' in its header makes it a letter"
# a transfer form's words of money ("số tiền", "nộp tiền sử dụng đất",
# "tiền thuê đất") weigh more than its title, but its title block names
# it: the kind a title gives wins over words from the body
cat > slip2.txt <<'P'
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
PHIẾU CHUYỂN THÔNG TIN
để xác định nghĩa vụ tài chính về đất đai
Kính gửi: Chi cục Thuế khu vực Gia Lâm
I. Người sử dụng đất: Vương Đức Nghĩa
II. Thửa đất số: 812; Tờ bản đồ số: 45
III. Đề nghị xác định nộp tiền sử dụng đất theo quy định
IV. Tiền thuê đất: không
V. Số tiền đã nộp: không
P
is "$(kinds slip2.txt)" "form form" \
    "a form's title outweighs the fee words of its body"
done_testing
