#!/bin/sh
# Organisations that hold a certificate's land (#18), named on a line of
# their own at the head of the owners' part, by their kind's first words
# (schemas/certificates.tsv "holder": a company, a religious
# establishment, a commune's committee ...), with no title ("Ông", "Bà")
# before them; the red book's committee that "chứng nhận:" opens the
# owners' part on the next line.  Small text fixtures
# (tests/words-of-text).
. "${LANDREC_TOP:-.}/tests/cli/lib.sh"

cert() { f=$1; shift; "$TOP/tests/words-of-text" K "$f" | ocr-extract -q |
    jq -c "$*"; }
owners='[.certificate.owners[] | [.name, .address]]'

cat > co.txt <<'P'
GIẤY CHỨNG NHẬN QUYỀN SỬ DỤNG ĐẤT
I. Người sử dụng đất, chủ sở hữu nhà ở và tài sản khác gắn liền với đất
Công ty TNHH Hanwoo Precision Vina
Mã số doanh nghiệp: 2300938060, đăng ký lần đầu ngày 14/03/2016;
Địa chỉ: Lô C5, Khu công nghiệp Quế Võ, phường Phương Liễu, thị xã Quế Võ, tỉnh Bắc Ninh
CQ 293434
P
is "$(cert co.txt "$owners")" \
    '[["Công ty TNHH Hanwoo Precision Vina","Lô C5, Khu công nghiệp Quế Võ, phường Phương Liễu, thị xã Quế Võ, tỉnh Bắc Ninh"]]' \
    "a company named alone under the owners' heading holds the land, with its address"

cat > ubnd.txt <<'P'
GIẤY CHỨNG NHẬN QUYỀN SỬ DỤNG ĐẤT
I. Người sử dụng đất, chủ sở hữu nhà ở và tài sản khác gắn liền với đất
Ủy ban nhân dân xã Hòa Lạc
Người đại diện: ông Hoàng Văn Thạch, Chủ tịch;
Địa chỉ: thôn Đồng Tâm, xã Hòa Lạc, huyện Hữu Lũng, tỉnh Lạng Sơn
CV 849306
II. Thửa đất, nhà ở và tài sản khác gắn liền với đất
Lạng Sơn, ngày 02 tháng 09 năm 2019
TM. ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN
P
is "$(cert ubnd.txt "[$owners, .certificate.issuer]")" \
    '[[["Ủy ban nhân dân xã Hòa Lạc","thôn Đồng Tâm, xã Hòa Lạc, huyện Hữu Lũng, tỉnh Lạng Sơn"]],"Ủy ban nhân dân tỉnh Lạng Sơn"]' \
    "a commune's committee holding the land is its owner, not the issuer; its representative is no owner"

# the heading and the name after a table's rule read as a mark ("|")
sed 's/^I\. Người/| I. Người/; s/^Ủy ban/| Ủy ban/' ubnd.txt > ubnd2.txt
is "$(cert ubnd2.txt "[$owners, .certificate.issuer]")" \
    '[[["Ủy ban nhân dân xã Hòa Lạc","thôn Đồng Tâm, xã Hòa Lạc, huyện Hữu Lũng, tỉnh Lạng Sơn"]],"Ủy ban nhân dân tỉnh Lạng Sơn"]' \
    "a heading and a name after a mark of no letter ('| I. Người sử dụng đất') read the same"

cat > chua.txt <<'P'
GIẤY CHỨNG NHẬN
QUYỀN SỬ DỤNG ĐẤT
ỦY BAN NHÂN DÂN TỈNH VĨNH LONG chứng nhận:
Chùa Phước Hưng
Người đại diện: Hòa thượng Thích Minh Tâm, trụ trì;
Địa chỉ: ấp Phước Hậu, xã Long Phước, huyện Long Hồ, tỉnh Vĩnh Long
Được quyền sử dụng thửa đất ghi tại trang 2 của Giấy chứng nhận này.
P
is "$(cert chua.txt "[$owners, .certificate.issuer]")" \
    '[[["Chùa Phước Hưng","ấp Phước Hậu, xã Long Phước, huyện Long Hồ, tỉnh Vĩnh Long"]],"Ủy ban nhân dân tỉnh Vĩnh Long"]' \
    "after the red book's 'ỦY BAN NHÂN DÂN ... chứng nhận:' a pagoda is the owner"

# not an organisation's line: the committee's heading in capitals, or a
# company named after an owner was read (in his address or a note)
cat > caps.txt <<'P'
GIẤY CHỨNG NHẬN QUYỀN SỬ DỤNG ĐẤT
I. Người sử dụng đất, chủ sở hữu nhà ở và tài sản khác gắn liền với đất
ỦY BAN NHÂN DÂN HUYỆN TUẦN GIÁO
Ông: Lò Văn Thắng; Năm sinh: 1970
Công ty TNHH Minh Khang
Địa chỉ thường trú: bản Hới, xã Quài Cang, huyện Tuần Giáo, tỉnh Điện Biên
P
is "$(cert caps.txt "[.certificate.owners[].name]")" '["Lò Văn Thắng"]' \
    "a committee's heading in capitals, and a company after an owner, are no owners"
# the 2024 form's owners as a ruled table of two columns, each row's
# label cell and value cell read as two lines side by side: a label's
# value is the cell beside it on its row
cat > cells.txt <<'P'
GIẤY CHỨNG NHẬN
QUYỀN SỬ DỤNG ĐẤT, QUYỀN SỞ HỮU TÀI SẢN GẮN LIỀN VỚI ĐẤT
1. Người sử dụng đất, chủ sở hữu tài sản gắn liền với đất:
Họ và tên    Ông Y Bluêk Niê
Năm sinh    1980
Số định danh cá nhân    067080717310
Vợ/chồng    và vợ là bà H'Lim Mlô
Năm sinh    1983
Số định danh cá nhân    067183362560
Địa chỉ thường trú    buôn Buôr, xã Tâm Thắng, huyện Cư Jút, tỉnh Đắk Nông
P
is "$(cert cells.txt '[.certificate.owners[] | [.birth_year, .id_type, .id_number, .address]]')" \
    '[[1980,"dinh-danh","067080717310","buôn Buôr, xã Tâm Thắng, huyện Cư Jút, tỉnh Đắk Nông"],[1983,"dinh-danh","067183362560","buôn Buôr, xã Tâm Thắng, huyện Cư Jút, tỉnh Đắk Nông"]]' \
    "an owners' table read cell by cell: each label's value beside it"
done_testing
