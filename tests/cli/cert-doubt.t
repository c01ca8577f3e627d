#!/bin/sh
# Certificate values in doubt (#18), doubted, not repaired.  A serial
# whose series holds a letter OCR reads for another series letter (C/G,
# D/Đ, O/Q), read in doubt (its own words' confidence under the review
# threshold), is for review, the item naming the letters; read well, it
# is left alone (such series are common); a serial and an
# owner's name are judged by their own words' OCR confidence, not their
# line's mean (a misread figure or tone mark on a line read well, a
# serial beside a barcode's marks).  Small text fixtures
# (tests/words-of-text), a word's confidence set with jq.
. "${LANDREC_TOP:-.}/tests/cli/lib.sh"

# page.txt with its serial line $1; word $3 of line $2 (from 0) read with
# confidence $4 (default: all 95): the value of field $5 (default
# "serial", under "certificate") and its review reasons
serial() {
	{ cat <<'P'
GIẤY CHỨNG NHẬN QUYỀN SỬ DỤNG ĐẤT
I. Người sử dụng đất, chủ sở hữu nhà ở và tài sản khác gắn liền với đất
P
	echo "${OWNER:-Ông: Lò Văn Thắng; Năm sinh: 1970}"; echo "$1"; } > page.txt
	"$TOP/tests/words-of-text" K page.txt |
	    jq -c --argjson l "${2:-0}" --argjson w "${3:-0}" \
	    --argjson c "${4:-95}" \
	    '.ocr.pages[0].lines[$l].words[$w][1] = $c' | ocr-extract -q |
	    jq -c "[.certificate.${5:-serial}, [.review[] |
	    select(.field == \"certificate.${5:-serial}\") | .reason]]"
}

is "$(serial 'AK 689163')" '["AK 689163",[]]' \
    "a serial of letters OCR does not confuse, read well: not for review"
is "$(serial 'CS 219664' 3 0 85)" \
    '["CS 219664",["series letter '"'C'"' may be misread (OCR confuses C G)"]]' \
    "a series holding C (read for G) read in doubt is for review, naming the letters"
is "$(serial 'ĐA 530871' 3 0 85)" \
    '["ĐA 530871",["series letter '"'Đ'"' may be misread (OCR confuses D Đ)"]]' \
    "a series holding Đ (read for D) read in doubt: for review, the letter kept as read"
is "$(serial 'BQ 447021' 3 1 85)" \
    '["BQ 447021",["series letter '"'Q'"' may be misread (OCR confuses O Q)"]]' \
    "the second letter is looked at too, the serial's figures read in doubt"
is "$(serial 'CS 219664')" '["CS 219664",[]]' \
    "a series holding C read well is left alone: the flag would tell nothing"
is "$(serial 'ĐA 530871')" '["ĐA 530871",[]]' "nor one holding Đ"
is "$(serial 'BQ 447021')" '["BQ 447021",[]]' "nor one holding Q"
is "$(serial 'AK 689163' 3 0 85)" '["AK 689163",["low OCR confidence"]]' \
    "a series of letters OCR does not confuse read in doubt: low confidence only"
is "$(serial 'aK 689163')" '["AK 689163",["low OCR confidence"]]' \
    "a series read in mixed case is the serial in capitals, for review"
is "$(OWNER='Ông: Lò Văn Thắng; Năm sinh: 1970
Địa chỉ thường trú: thôn Từ Thiện, xã Phước Dinh' serial 'cO 396440' 0 0 95 \
    'owners[0].address')" '["thôn Từ Thiện, xã Phước Dinh",[]]' \
    "an address does not run on into a serial read in mixed case"
is "$(serial 'ak 689163')" \
    '[null,["certificate: serial, register_number, issuer, date not read"]]' \
    "a series in small letters is no serial"

# the serial's own words: a figure misread in a serial on a line read well
is "$(serial 'Số phát hành: AK 715390' 3 4 80)" \
    '["AK 715390",["low OCR confidence"]]' \
    "a serial's figures read with low confidence are for review, its line's mean high"
is "$(serial 'lIlIl AK 689163' 3 0 20)" '["AK 689163",[]]' \
    "a barcode's marks read poorly beside a serial read well leave it alone"

# an owner's name: a word of it read with low confidence (a tone mark in
# doubt, "Thắng" or "Thẳng") on a line whose mean is high
is "$(serial 'AK 689163' 2 3 70 'owners[0].name')" \
    '["Lò Văn Thắng",["low OCR confidence"]]' \
    "an owner's name with a word read with low confidence is for review"
is "$(serial 'AK 689163' 2 5 70 'owners[0].name')" '["Lò Văn Thắng",[]]' \
    "a word of the line outside the name read poorly leaves the name alone"
couple() { OWNER='Ông Lò Văn Thắng, sinh năm 1970, CMND số: 045123789 và vợ là bà
Lò Thị Mai, sinh năm 1972, CMND số: 045123790' \
    serial 'AK 689163' 3 2 "$1" 'owners[1].name'; }
is "$(couple 70)" '["Lò Thị Mai",["low OCR confidence"]]' \
    "so in a couple's sentence wrapped over two lines: the wife's name's own words"
is "$(couple 95)" '["Lò Thị Mai",[]]' "read well, not for review"

# a birth year set in old-style figures, read as letters ("ro88", "1os8"):
# the one year 1880..2029 its figures can be, for review; two such years
# ("ro7o": 1970 or 1979), none
year() { OWNER="Ông Lò Văn Thắng, sinh năm $1, Chứng minh nhân dân số 045123789" \
    serial 'AK 689163' 0 0 95 'owners[0].birth_year'; }
is "$(year 1os8)" '[1958,["low OCR confidence"]]' \
    "a birth year '1os8' is 1958 (o a 9, s a 5), for review"
is "$(year tợ73)" '[1973,["low OCR confidence"]]' "'tợ73' is 1973"
is "$(year ro7o)" '[null,["a birth year'"'"'s label read, not its year"]]' \
    "'ro7o' may be 1970 or 1979: not read, for review"
is "$(year 1973)" '[1973,[]]' "a year in figures is read as before"
# an issuer whose unit's name the list holds only once its marks are
# taken off ("huyện Ân Thí" for "Ân Thi"): mended to the list's name and
# for review, as an address's unit is; one spelt as listed is left alone
issuer() { cat > iss.txt <<P
GIẤY CHỨNG NHẬN QUYỀN SỬ DỤNG ĐẤT
I. Người sử dụng đất, chủ sở hữu nhà ở và tài sản khác gắn liền với đất
Ông: Lò Văn Thắng; Năm sinh: 1970
Hưng Yên, ngày 7 tháng 10 năm 2016
TM. ỦY BAN NHÂN DÂN
$1
P
	"$TOP/tests/words-of-text" K iss.txt | ocr-extract -q | jq -c '[.certificate.issuer,
	    [.review[] | select(.field == "certificate.issuer") | .reason]]'; }
is "$(issuer 'HUYỆN ÂN THÍ')" \
    '["Ủy ban nhân dân huyện Ân Thi",["its unit'"'"'s name misread (its marks), mended to the unit list'"'"'s name"]]' \
    "an issuer's unit listed only without its marks is mended and for review"
is "$(issuer 'HUYỆN ÂN THI')" '["Ủy ban nhân dân huyện Ân Thi",[]]' \
    "an issuer's unit spelt as listed is left alone"
is "$(issuer 'HUYỆN KIM ĐỘNG')" '["Ủy ban nhân dân huyện Kim Động",[]]' \
    "another unit spelt as listed is left alone"
# an origin read a letter or two off a wording of origins.tsv, and nearer
# to no other ("thu ciền" for "thu tiền"), is written in that wording and
# for review, as a decision's is; one read as listed is left alone
origin() { printf '%s\n' 'GIẤY CHỨNG NHẬN QUYỀN SỬ DỤNG ĐẤT' \
    'II. Thửa đất, nhà ở và tài sản khác gắn liền với đất' \
    "h) Nguồn gốc sử dụng: $1" > org.txt
	"$TOP/tests/words-of-text" K org.txt | ocr-extract -q | jq -c \
	    '[.certificate.parcel.origin, [.review[] |
	    select(.field == "certificate.parcel.origin") | .reason]]'; }
is "$(origin 'Nhà nước giao đất có thu ciền sử dụng đất')" \
    '["Nhà nước giao đất có thu tiền sử dụng đất",["origin mended to a listed wording"]]' \
    "an origin a letter off a listed wording is mended to it, for review"
is "$(origin 'Nhà nước giao đất có thu tiền sử dụng đất')" \
    '["Nhà nước giao đất có thu tiền sử dụng đất",[]]' \
    "an origin read as listed is left alone"
is "$(origin 'Nhận thừa kế đất được Công nhận quyền sử dụng đất như giao đất có thu tiền sử dụng đất')" \
    '["Nhận thừa kế đất được Công nhận quyền sử dụng đất như giao đất có thu tiền sử dụng đất",[]]' \
    "an origin far from every listed wording is left as read"
# words read from red print over black text (a stamp or seal over a line:
# the word's 7th item 6, lr_red_read()) are in doubt, and so is every
# field they feed; red print read alone (2: a red serial, a red title)
# and words by hand (1) are not doubted for it
red() { "$TOP/tests/words-of-text" K page.txt | jq -c --argjson m "$1" \
	    '.ocr.pages[0].lines[3].words |= map(. + [$m])' | ocr-extract -q |
	    jq -c '[.certificate.serial, [.review[] |
	    select(.field == "certificate.serial") | .reason]]'; }
serial 'AK 689163' >/dev/null
is "$(red 6)" '["AK 689163",["low OCR confidence"]]' \
    "a serial read from red print over black text is for review"
is "$(red 2)" '["AK 689163",[]]' "a serial read from red print alone is not"
is "$(red 1)" '["AK 689163",[]]' "nor one written by hand, read well"
done_testing
