#!/bin/sh
# A certificate exchanged for another (#18): the note "Cấp đổi (từ) Giấy
# chứng nhận số ..." (the new one's Ghi chú) or "Đã cấp đổi sang GCN số
# ..." (an entry of the old one's register) is a change of kind
# "exchange" in changes[], in the order it is printed, with the other
# certificate's serial; its date is the entry's, else the date of issue.
# The note's serial is never taken for the certificate's own, and a
# serial read that is the note's is for review.  Small text fixtures
# (tests/words-of-text).
. "${LANDREC_TOP:-.}/tests/cli/lib.sh"

# the owners' page with serial line $1, the parcel page with note $2
# (two lines: "|" between them), the register with entry $3
cert() {
	printf '%s\n' 'GIẤY CHỨNG NHẬN QUYỀN SỬ DỤNG ĐẤT' \
	    'I. Người sử dụng đất, chủ sở hữu nhà ở và tài sản khác gắn liền với đất' \
	    'Ông: Lục Văn Páo; Năm sinh: 1965' \
	    'Địa chỉ thường trú: xóm Bản Giuồng, xã Hưng Đạo, huyện Hòa An, tỉnh Cao Bằng' \
	    "$1" 'Cao Bằng, ngày 21 tháng 11 năm 2017' > p1.txt
	{ printf '%s\n' 'II. Thửa đất, nhà ở và tài sản khác gắn liền với đất' \
	    'a) Thửa đất số: 712; b) Tờ bản đồ số: 34' 'd) Diện tích: 300 m²'
	  printf '%s\n' "$2" | tr '|' '\n'; } > p2.txt
	printf '%s\n' 'IV. NHỮNG THAY ĐỔI SAU KHI CẤP GIẤY CHỨNG NHẬN' \
	    'Ngày, tháng, năm    Nội dung thay đổi và cơ sở pháp lý    Xác nhận của cơ quan có thẩm quyền' \
	    "$3" > p4.txt
	"$TOP/tests/words-of-text" K p1.txt p2.txt p4.txt | ocr-extract -q > out.jsonl
}
changes() { jq -c '[.certificate.changes[] | [.date, .kind, .serial]]' out.jsonl; }
serial() { jq -c '[.certificate.serial, [.review[] |
    select(.field == "certificate.serial") | .reason]]' out.jsonl; }

NOTE='Ghi chú: Cấp đổi Giấy chứng nhận số phát hành AK 657649, số vào sổ 00871 QSDĐ/1156/QĐ-UB do Ủy ban nhân dân huyện Hòa An cấp ngày 12/09/2003.'
ENTRY='05/06/2019    Thế chấp bằng quyền sử dụng đất tại Ngân hàng    Văn phòng đăng ký'
cert 'Số phát hành: CK 414564' "$NOTE" "$ENTRY"
is "$(changes)" '[["2017-11-21","exchange","AK 657649"],["2019-06-05","mortgage",null]]' \
    "a Ghi chú's exchange note is a change, dated on the date of issue, before the register's"
is "$(serial)" '["CK 414564",[]]' "the certificate's own serial is kept, not doubted"

cert '' "$NOTE" "$ENTRY"
is "$(jq -c .certificate.serial out.jsonl)" 'null' \
    "the note's serial is not taken for the certificate's own"

cert 'Số phát hành: AK 657649' "$NOTE" "$ENTRY"
is "$(serial)" '["AK 657649",["the serial an exchange note gives to the other certificate"]]' \
    "a serial read that is the note's is for review"

cert 'Số phát hành: AA 049152' 'Ghi chú: Cấp đổi từ Giấy chứng nhận số|AC 713390 do nhận thừa kế' "$ENTRY"
is "$(changes)" '[["2017-11-21","exchange","AC 713390"],["2019-06-05","mortgage",null]]' \
    "a note whose serial is wrapped onto the next line"

cert 'Số phát hành: CK 414564' 'Ghi chú: không' \
    '15/03/2020    Đã cấp đổi sang Giấy chứng nhận số CS 123456    Văn phòng đăng ký'
is "$(changes)" '[["2020-03-15","exchange","CS 123456"]]' \
    "a register entry 'Đã cấp đổi sang GCN số' is an exchange with its own date"

cert 'Số phát hành: CK 414564' 'Ghi chú: không' \
    '15/03/2020    Cấp đổi giấy tờ nhân thân của ông Páo từ CMND sang Căn cước công dân số 004065001234    Văn phòng đăng ký'
is "$(changes)" '[["2020-03-15","id-update",null]]' \
    "an ID paper exchanged (no certificate's serial) stays an ID update"
# an exchange note outside the register is no entry of it: a register
# with a confirmation whose entry was not read is still for review
cert 'Số phát hành: CK 414564' "$NOTE" \
    '        Chi nhánh Văn phòng đăng ký đất đai huyện Hòa An'
is "$(jq -c '[.review[] | select(.field == "certificate.changes") | .reason]' out.jsonl)" \
    '["a register line read without its entry"]' \
    "a confirmation with no entry read puts the register to review, a note beside it"
done_testing
