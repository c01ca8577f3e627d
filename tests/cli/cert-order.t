#!/bin/sh
# Certificate values checked against each other (#18): a value that fails
# the order its dates must keep is doubted, never repaired.  An owner is
# born before the certificate is issued; a land term ("Đến ngày ...",
# "Đến năm ...") ends after it; a change register's entry is dated on or
# after it.  Small text fixtures (tests/words-of-text).
. "${LANDREC_TOP:-.}/tests/cli/lib.sh"

# an owner's page with birth year $1 and term $2, issued 21/11/2017, and
# a register whose first entry is dated $3: the value at field $4 (under
# "certificate") and the reasons of the review items covering it
doubt() {
	cat > p1.txt <<P
GIẤY CHỨNG NHẬN QUYỀN SỬ DỤNG ĐẤT
I. Người sử dụng đất, chủ sở hữu nhà ở và tài sản khác gắn liền với đất
Ông: Lò Văn Thắng; Năm sinh: $1
Địa chỉ thường trú: bản Noong Bua, phường Noong Bua, thành phố Điện Biên Phủ, tỉnh Điện Biên
Số phát hành: AK 689163
II. Thửa đất, nhà ở và tài sản khác gắn liền với đất
a) Thửa đất số: 112; b) Tờ bản đồ số: 6
c) Địa chỉ: bản Noong Bua, phường Noong Bua, thành phố Điện Biên Phủ, tỉnh Điện Biên
d) Diện tích: 300 m²
đ) Hình thức sử dụng: Sử dụng riêng
e) Mục đích sử dụng: Đất ở tại đô thị
g) Thời hạn sử dụng: $2
h) Nguồn gốc sử dụng: Nhà nước giao đất có thu tiền sử dụng đất
Điện Biên, ngày 21 tháng 11 năm 2017
TM. ỦY BAN NHÂN DÂN
THÀNH PHỐ ĐIỆN BIÊN PHỦ
P
	cat > p4.txt <<P
IV. NHỮNG THAY ĐỔI SAU KHI CẤP GIẤY CHỨNG NHẬN
Ngày, tháng, năm    Nội dung thay đổi và cơ sở pháp lý    Xác nhận của cơ quan có thẩm quyền
$3    Thế chấp bằng quyền sử dụng đất tại Ngân hàng    Văn phòng đăng ký
06/12/2021    Xóa đăng ký thế chấp theo đơn yêu cầu    Chi nhánh Văn phòng
P
	"$TOP/tests/words-of-text" K p1.txt p4.txt | ocr-extract -q |
	    jq -c --arg f "certificate.$4" '[.certificate.'"$4"', [.review[] |
	    select(.field as $i | ([$i] + (.also // [])) | any(. as $g |
	    $f == $g or ($f | startswith($g + ".")) or
	    ($f | startswith($g + "[")))) | .reason]]'
}

is "$(doubt 1970 'Đến ngày 01/07/2064' 25/11/2019 'owners[0].birth_year')" \
    '[1970,[]]' "an owner born before the date of issue: not doubted"
is "$(doubt 1970 'Đến ngày 01/07/2064' 25/11/2019 'parcel.purposes[0].term')" \
    '["Đến ngày 01/07/2064",[]]' "a term ending after it: not doubted"
is "$(doubt 1970 'Đến ngày 01/07/2064' 25/11/2019 'changes[0].date')" \
    '["2019-11-25",[]]' "a register entry dated after it: not doubted"
is "$(doubt 1970 'Lâu dài' 21/11/2017 'changes[0].date')" \
    '["2017-11-21",[]]' "an entry on the day of issue: not doubted"

is "$(doubt 2019 'Đến ngày 01/07/2064' 25/11/2019 'owners[0].birth_year')" \
    '[2019,["born after the certificate'"'"'s date of issue"]]' \
    "an owner born after the date of issue is doubted"
is "$(doubt 2019 'Đến ngày 01/07/2064' 25/11/2019 'date')" \
    '["2017-11-21",["born after the certificate'"'"'s date of issue"]]' \
    "and so is the date of issue it disagrees with"
is "$(doubt 1970 'Đến ngày 01/07/2014' 25/11/2019 'parcel.purposes[0].term')" \
    '["Đến ngày 01/07/2014",["the term ends before the certificate'"'"'s date of issue"]]' \
    "a term 'Đến ngày' ending before the date of issue is doubted"
is "$(doubt 1970 'Đến năm 2012' 25/11/2019 'parcel.purposes[0].term')" \
    '["Đến năm 2012",["the term ends before the certificate'"'"'s date of issue"]]' \
    "so is a term 'Đến năm' ending before it"
is "$(doubt 1970 'Đến ngày 01/07/2064' 25/11/2009 'changes[0].date')" \
    '["2009-11-25",["a change dated before the certificate'"'"'s date of issue"]]' \
    "a register entry dated before the date of issue is doubted"
is "$(doubt 1970 'Đến ngày 01/07/2064' 25/11/2009 'changes[1].date')" \
    '["2021-12-06",[]]' "the entries after it are not"
done_testing
