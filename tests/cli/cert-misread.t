#!/bin/sh
# Certificate labels and values OCR misread in ways the form's wording
# still tells (#18), on small text fixtures (tests/words-of-text): a
# label's words read without the space between them ("Thửa đấtsố:534"),
# and a date's day or month of one figure 1 read as a letter of one
# stroke ("tháng I").
. "${LANDREC_TOP:-.}/tests/cli/lib.sh"

cert() { f=$1; shift; "$TOP/tests/words-of-text" K "$f" | ocr-extract -q |
    jq -c "$*"; }

# a parcel page whose number line is $1
parcel() { cat > p.txt <<P
GIẤY CHỨNG NHẬN QUYỀN SỬ DỤNG ĐẤT
II. THỬA ĐẤT ĐƯỢC QUYỀN SỬ DỤNG
$1
3. Địa chỉ thửa đất: khu vực Trung Lý, phường Nhơn Thành, thị xã An Nhơn
4. Diện tích: 1.472,3 m²
P
	cert p.txt '[.certificate.parcel.number, .certificate.parcel.sheet,
	    .certificate.parcel.address]'; }

is "$(parcel '1. Thửa đất số: 534 2. Tờ bản đồ số: 67')" \
    '["534","67","khu vực Trung Lý, phường Nhơn Thành, thị xã An Nhơn"]' \
    "the labels read as printed"
is "$(parcel '1. Thửa đấtsố: 534 2. Tờ bản đồ số: 67')" \
    '["534","67","khu vực Trung Lý, phường Nhơn Thành, thị xã An Nhơn"]' \
    "a label's last two words read as one ('đấtsố'): the number after it"
is "$(cert p.txt '[.review[] | select(.field | test("parcel.(number|sheet)$")) | .reason]')" \
    '[]' "a number read whole after a glued label is not for review"
is "$(parcel '1. Thửa đấtsố:534 2. Tờbản đồ số: 67')" \
    '["534","67","khu vực Trung Lý, phường Nhơn Thành, thị xã An Nhơn"]' \
    "the number glued to the glued label's colon, the sheet's label glued too"
is "$(parcel '1. Thửađấtsố: 534 2. Tờ bản đồ số: 67')" \
    '["534","67","khu vực Trung Lý, phường Nhơn Thành, thị xã An Nhơn"]' \
    "three words of a label read as one"
is "$(parcel '1. Thửa đất sổ: 534 2. Tờ bản đồsố: 67')" \
    '["534","67","khu vực Trung Lý, phường Nhơn Thành, thị xã An Nhơn"]' \
    "the sheet's label glued at its end"
is "$(parcel '1. Thửa đấtsốt: 534 2. Tờ bản đồ số: 67')" \
    '[null,"67","khu vực Trung Lý, phường Nhơn Thành, thị xã An Nhơn"]' \
    "a word that is more than the label's words glued is no label"

# the date of issue, its day or month a figure 1 read as a letter
issued() { cat > d.txt <<P
GIẤY CHỨNG NHẬN QUYỀN SỬ DỤNG ĐẤT
I. Người sử dụng đất
Ông: Lò Văn Thắng; Năm sinh: 1970
Số vào sổ cấp GCN: CH 00123
AK 689163
$1
TM. ỦY BAN NHÂN DÂN HUYỆN TUẦN GIÁO
P
	cert d.txt '[.certificate.date, [.review[] | select(.field ==
	    "certificate.date" or (.also // [] | index("certificate.date")))
	    | .reason]]'; }
is "$(issued 'Tuần Giáo, ngày 30 tháng 1 năm 2007')" '["2007-01-30",[]]' \
    "a date read as printed"
is "$(issued 'Tuần Giáo, ngày 30 tháng I năm 2007')" \
    '["2007-01-30",["low OCR confidence"]]' \
    "a month 1 read as 'I' is January, for review"
is "$(issued 'Tuần Giáo, ngày 8 tháng Ï năm 2005')" \
    '["2005-01-08",["low OCR confidence"]]' \
    "read as 'Ï' (a mark above), the same"
is "$(issued 'Tuần Giáo, ngày l tháng 6 năm 2005')" \
    '["2005-06-01",["low OCR confidence"]]' \
    "a day 1 read as 'l'"
is "$(issued 'Tuần Giáo, ngày 8 tháng Ïa năm 2005')" \
    '[null,["certificate: date not read"]]' \
    "a month of two letters is no figure: the date not read"
is "$(issued 'Tuần Giáo, ngày 8 tháng đ năm 2005')" \
    '[null,["certificate: date not read"]]' \
    "nor a letter of other strokes"

# an address's unit whose name's capital OCR read small ("huyện cẩm
# Giàng"): mended to the unit list's name and for review, as a unit
# listed only without its marks is; one written as listed is left alone
addr() { cat > a.txt <<P
GIẤY CHỨNG NHẬN QUYỀN SỬ DỤNG ĐẤT
I. Người sử dụng đất
Ông: Lò Văn Thắng; Năm sinh: 1970
Địa chỉ thường trú: $1
P
	cert a.txt '[.certificate.owners[0].address, [.review[] |
	    select(.field == "certificate.owners[0].address") | .reason]]'; }
is "$(addr 'thôn Hoàng Xá, xã Cẩm Vũ, huyện Cẩm Giàng, tỉnh Hải Dương')" \
    '["thôn Hoàng Xá, xã Cẩm Vũ, huyện Cẩm Giàng, tỉnh Hải Dương",[]]' \
    "an address whose units are written as listed is left alone"
is "$(addr 'thôn Hoàng Xá, xã Cẩm Vũ, huyện cẩm Giàng, tỉnh Hải Dương' |
    jq -c '[.[0], (.[1] | length)]')" \
    '["thôn Hoàng Xá, xã Cẩm Vũ, huyện Cẩm Giàng, tỉnh Hải Dương",1]' \
    "a unit's word read in small letters is mended to the list's capital, for review"
is "$(addr 'thôn hoàng Xá, xã Cẩm Vũ, huyện Cẩm Giàng, tỉnh Hải Dương' |
    jq -c '.[1] | length')" '0' \
    "a village's name (no unit of the list) is not judged by its case"

# a purpose's term whose head OCR misread ("dài", "3 dải" for "Lâu dài";
# "bến ngày 15/10/2063" for "Đến ngày"): the form's words, for review; a
# term with other words after its date is not mended
terms() { cat > t.txt <<P
GIẤY CHỨNG NHẬN QUYỀN SỬ DỤNG ĐẤT
II. Thửa đất, nhà ở và tài sản khác gắn liền với đất
a) Thửa đất số: 538; b) Tờ bản đồ số: 8;
e) Mục đích sử dụng: Đất ở tại nông thôn (ONT): 200 m²; Đất trồng cây lâu năm (CLN): 350 m²;
g) Thời hạn sử dụng: ONT: $1; CLN: $2;
P
	cert t.txt '[[.certificate.parcel.purposes[].term], [.review[] |
	    select(.field | test("term")) | .reason]]'; }
is "$(terms 'Lâu dài' 'Đến ngày 15/10/2063')" \
    '[["Lâu dài","Đến ngày 15/10/2063"],[]]' "terms read as printed"
is "$(terms 'dài' 'bến ngày 15/10/2063')" \
    '[["Lâu dài","Đến ngày 15/10/2063"],["a term of use misread at its head, mended to the form'"'"'s words","a term of use misread at its head, mended to the form'"'"'s words"]]' \
    "terms whose heads were misread: the form's words, for review"
is "$(terms 'Iâu dải' 'Đến ngày 15/10/2063' | jq -c '.[0]')" \
    '["Lâu dài","Đến ngày 15/10/2063"]' "'Iâu dải' (a capital I for L): 'Lâu dài'"
is "$(terms 'Lâu dài' 'bến ngày 15/10/2063 Nguồn' | jq -c '.[0][1]')" \
    '"bến ngày 15/10/2063 Nguồn"' "a term with a word after its date is not mended"
is "$(terms 'Lâu dài' 'bến ngày 31/02/2063' | jq -c '.[0][1]')" \
    '"bến ngày 31/02/2063"' "nor one whose date no calendar has"

# a name's words OCR misread in ways the names' shapes tell: an Ê Đê or
# Jrai woman's "H'" with the name after it in a small letter, a Mông
# man's middle name "A" read with a tone mark ("À"); mended, for review
name() { cat > n.txt <<P
GIẤY CHỨNG NHẬN QUYỀN SỬ DỤNG ĐẤT
I. Người sử dụng đất
$1; Năm sinh: 1970
P
	cert n.txt '[.certificate.owners[0].name, [.review[] |
	    select(.field == "certificate.owners[0].name") | .reason]]'; }
is "$(name "Bà: Ksor H'Nguyên" | jq -c '[.[0], (.[1] | index("marks no printed value holds"))]')" \
    "[\"Ksor H'Nguyên\",null]" "a name read as printed: its apostrophe after H is no stray mark"
is "$(name "Bà: Ksor H'nguyên")" "[\"Ksor H'Nguyên\",[\"low OCR confidence\"]]" \
    "H' and a small letter: the capital, for review"
is "$(name 'Ông: Giàng À Sử')" '["Giàng A Sử",["low OCR confidence"]]' \
    "a middle word 'À' alone is the middle name 'A', for review"
is "$(name 'Ông: Giàng A Sử')" '["Giàng A Sử",[]]' "'A' read as printed"
# a figure 6 read as é or á in a certificate's number (as ó was): the 6
# put back, the field for review
cat > six.txt <<'P'
GIẤY CHỨNG NHẬN QUYỀN SỬ DỤNG ĐẤT
II. Thửa đất, nhà ở và tài sản khác gắn liền với đất
1. Thửa đất:
a) Thửa đất số: 868; b) Tờ bản đồ số: é7;
c) Địa chỉ: khu phố 2, phường Long Hoa, thị xã Hòa Thành, tỉnh Tây Ninh
d) Diện tích: 1.43é,4 m²;
P
is "$(cert six.txt '[.certificate.parcel.sheet, .certificate.parcel.area, ([.review[].field] | index("certificate.parcel.area") != null)]')" \
    '["67",1436.4,true]' "a 6 read as é in a sheet's number and an area is put back, the area for review"
cat > six2.txt <<'P'
GIẤY CHỨNG NHẬN QUYỀN SỬ DỤNG ĐẤT
II. Thửa đất, nhà ở và tài sản khác gắn liền với đất
1. Thửa đất:
a) Thửa đất số: 1á2; b) Tờ bản đồ số: 21;
d) Diện tích: 494,2 m²;
P
is "$(cert six2.txt '.certificate.parcel.number')" '"162"' "a 6 read as á in a parcel's number is put back"
# an ID's label whose last word "số" OCR read glued to the ID's first
# figures ("CCCD số01 1055485453"): the ID is those figures and the rest
cat > glued.txt <<'P'
GIẤY CHỨNG NHẬN
QUYỀN SỬ DỤNG ĐẤT
I. Người sử dụng đất, chủ sở hữu nhà ở và tài sản khác gắn liền với đất
Ông: Lầu A Dế, Năm sinh: 1955, CCCD số01 1055485453
và vợ: Bà: Hạng Thị Pà, Năm sinh: 1956, CCCD số 011156333264
Địa chỉ thường trú: bản Hới, xã Quài Cang, huyện Tuần Giáo, tỉnh Điện Biên
P
is "$(cert glued.txt '[.certificate.owners[] | .id_number]')" '["011055485453","011156333264"]' \
    "an ID's figures glued to its label's 'số' are the ID's"
done_testing
