#!/bin/sh
# extract-text: options, page texts, records.
. "$(dirname "$0")/lib.sh"
# The rules' own doubts, each on its field: confidences as read (no
# calibration) and review items not merged.  Calibration and merging are
# tested in tests/unit/test-extract.c and measured by bench/accuracy.
cp -r "$TOP/schemas" raw && : >raw/calibration.tsv &&
    printf 'merge_column\t0\n' >>raw/extract.tsv
export LANDREC_SCHEMAS=$PWD/raw

run extract-text --help
is "$rc" 0 "--help exits 0"
like "$out" '^usage: extract-text' "--help prints the usage on stdout"

run extract-text --bogus
is "$rc" 2 "a wrong option exits 2"
like "$err" '^usage: ' "a wrong option prints the usage on stderr"

run extract-text
is "$rc" 2 "no page text is a usage error"

run extract-text -q "$TD/extract/cho-thue.txt"
is "$rc" 0 "a page text is read"
is "$(jqv -r '.decision.number')" "1661/QĐ-UBND" "decision number"
is "$(jqv -r '.parcels[0].area')" "5319.5" "area"
is "$(jqv -r '.owners[0].id_number')" "046681686" "ID number"
is "$(jqv -r '.fields["parcels[0].area"].page')" "1" "field page"
is "$(jqv '.review | length')" "0" "nothing to review on a clean page"

run extract-text -q --review-below 1.5 "$TD/extract/cho-thue.txt"
is "$rc" 2 "--review-below out of range is a usage error"

sed 's/0/O/g' "$TD/extract/cho-thue.txt" >damaged.txt
run extract-text -q damaged.txt
like "$(jqv -r '.review[].field')" 'owners\[0\]\.id_number' "a repaired ID is flagged"
is "$(jqv -r '.owners[0].id_number')" "046681686" "and repaired"
run extract-text -q --review-below 0.5 damaged.txt
is "$(jqv -r '[.review[] | select(.reason == "low confidence")] | length')" 0 \
    "--review-below lowers the threshold"

sed 's/Cho ông Lù/Cho ông. Lù/' "$TD/extract/cho-thue.txt" >dot.txt
run extract-text -q dot.txt
is "$(jqv -r '.owners[0].name')" "Lù Văn Thoong" "a stray dot after ông is passed over"

sed 's/Co Mận/Co MẬN/' "$TD/extract/cho-thue.txt" >caps.txt
run extract-text -q caps.txt
like "$(jqv -r '.review[].field')" 'parcels\[0\]\.address' \
    "an address with capitals inside a marked word is reviewed"

sed 's/tiền thuê đất hàng năm/tiền thuê đất Hàng năm/' \
    "$TD/extract/cho-thue.txt" >capword.txt
run extract-text -q capword.txt
like "$(jqv -r '.review[].field')" 'parcels\[0\]\.origin' \
    "an origin with a capitalised word amid small words is reviewed"

sed 's/Cho ông Lù Văn Thoong/Cho ông Lù Vẫn Thoong/' \
    "$TD/extract/cho-thue.txt" >middle.txt
run extract-text -q middle.txt
like "$(jqv -r '.review[].field')" 'owners\[0\]\.name' \
    "a common middle name read with other marks is reviewed"
is "$(jqv -r '.owners[0].name')" "Lù Văn Thoong" \
    "and written as the middle name of the sex ông says"
# edited SED-SCRIPT: extract cho-thue.txt edited by the script.
edited() {
	sed "$1" "$TD/extract/cho-thue.txt" >edited.txt
	run extract-text -q edited.txt
}

# A unit's name whose capital OCR lost ("huyện Điện biên, tỉnh ...") does
# not end the address: the next unit follows its comma.
edited 's/huyện Điện Biên, tỉnh Điện Biên thuê/huyện Điện biên, tỉnh Điện Biên thuê/'
like "$(jqv -r '.owners[0].address')" ', tỉnh Điện Biên$' \
    "an address runs on past a name whose capital OCR lost"
edited 's/Cho ông Lù Văn Thoong/Cho bà Lù Vẫn Thoong/'
is "$(jqv -r '.owners[0].name')" "Lù Vẫn Thoong" \
    "but kept as read when it is no middle name of the sex bà says"

# An origin a letter or two off a wording of origins.tsv is written in it.
edited 's/trả tiền thuê đất hàng năm/trả tỉen thuê đất hàng nam/'
is "$(jqv -r '.parcels[0].origin')" \
    "Nhà nước cho thuê đất trả tiền thuê đất hàng năm" \
    "an origin a few letters off a listed wording is mended"
like "$(jqv -r '.review[] | .field + " " + .reason')" \
    'parcels\[0\]\.origin origin mended' "and reviewed"
edited 's/trả tiền thuê đất hàng năm/&  theo hợp đồng/'
is "$(jqv -r '.parcels[0].origin')" \
    "Nhà nước cho thuê đất trả tiền thuê đất hàng năm theo hợp đồng" \
    "an origin worded otherwise is kept as read"

sed 's/046681686/946681686/' "$TD/extract/cho-thue.txt" >badprov.txt
run extract-text -q badprov.txt
is "$(jqv -r '.owners[0].id_number')" 046681686 \
    "a 9-digit ID's prefix no province has is mended from the issuing province"
is "$(jqv -r '.review[] | select(.field == "owners[0].id_number") | .reason')" \
    "ID prefix mended from the province that issued it" "and reviewed"
sed 's/046681686/946681686/; s/Công an tỉnh Điện Biên/Công an tỉnh Thanh Hóa/' \
    "$TD/extract/cho-thue.txt" >badprov2.txt
run extract-text -q badprov2.txt
is "$(jqv -r '.owners[0].id_number')" 946681686 \
    "issued in a province the prefix list lacks: kept as read"
is "$(jqv -r '.review[] | select(.field == "owners[0].id_number") | .reason')" \
    "no province issues 9-digit IDs with this prefix" \
    "a 9-digit ID no province issues is reviewed"
sed 's/CMND số 046681686/CMND số 46681686/' "$TD/extract/cho-thue.txt" >short.txt
run extract-text -q short.txt
is "$(jqv -r '.owners[0].id_number')" 046681686 \
    "an 8-digit ID lacking the issuing province's leading 0 gets it back"
sed 's/CMND số 046681686/CMND số 56681686/' "$TD/extract/cho-thue.txt" >short2.txt
run extract-text -q short2.txt
is "$(jqv -r '[.owners[0].id_number, .owners[0].id_type] | @json')" \
    '[null,null]' "an 8-digit ID that cannot be mended is no ID"
like "$(jqv -r '.review[].field')" 'owners\[0\]\.id_number' "and is reviewed"
sed 's/CMND số 046681686/Chứmg mính nhăn đân 046681686/' \
    "$TD/extract/cho-thue.txt" >nolabel.txt
run extract-text -q nolabel.txt
is "$(jqv -r '.owners[0].id_number')" 046681686 \
    "an ID whose label OCR damaged is still read in the owner's clause"
is "$(jqv -r '.review[] | select(.field == "owners[0].id_number") | .reason')" \
    "ID number without its label" "and reviewed"
sed 's/046681686/996681686/' "$TD/extract/cho-thue.txt" >badprov3.txt
run extract-text -q badprov3.txt
is "$(jqv -r '.owners[0].id_number')" 996681686 \
    "a prefix two digits off the issuing province's is kept as read"

# Damage that leaves a plausible but wrong value is reviewed.
edited 's/Cho ông Lù Văn Thoong,/Cho ông Lù Văn,/'
like "$(jqv -r '.review[] | .field + " " + .reason')" \
    'owners\[0\]\.name no given name' "a name ending in its middle name is reviewed"
edited 's/sinh năm 1977,/sinh ngày: 2#\/0G\/19##,/'
is "$(jqv -r '[.review[] | select(.field | test("owners\\[0\\]\\.birth_(year|date)")) | .field] | sort | join(" ")')" \
    "owners[0].birth_date owners[0].birth_year" \
    "an unreadable birth date reviews the date as well as the year"
edited 's/trả tiền thuê đất hàng năm\./trả tiền thuê đất hàng năm cho cả 2./'
like "$(jqv -r '.review[] | .field + " " + .reason')" \
    'parcels\[0\]\.origin the origin ends in a mark' \
    "an origin that ends in a lone mark is reviewed"
edited 's/bản Co Mận, xã Mường Phăng, huyện Điện Biên;/bản Co Mận; xã Mường Phăng, huyện Điện Biên;/'
is "$(jqv -r '.parcels[0].address')" \
    "bản Co Mận, xã Mường Phăng, huyện Điện Biên" \
    "a ';' read for the comma before a unit does not end the address"
# A comma OCR set against the next word ("Mận,xã") gets its space back.
edited 's/bản Co Mận, xã Mường Phăng, huyện Điện Biên;/bản Co Mận,xã Mường Phăng,huyện Điện Biên;/'
is "$(jqv -r '.parcels[0].address')" \
    "bản Co Mận, xã Mường Phăng, huyện Điện Biên" \
    "a comma set against the next word in an address gets its space"
# Nor does a '.' before a unit's type word in small letters, which no
# sentence starts with ("xã Mường Phăng. huyện Điện Biên"): a comma, and
# the address reviewed.
edited 's/^Mường Phăng, huyện Điện Biên, tỉnh Điện Biên thuê/Mường Phăng. huyện Điện Biên, tỉnh Điện Biên thuê/'
is "$(jqv -r '.owners[0].address')" \
    "bản Co Mận, xã Mường Phăng, huyện Điện Biên, tỉnh Điện Biên" \
    "a '.' read for the comma before a unit does not end the address"
like "$(jqv -r '.review[] | .field + " " + .reason')" \
    '^owners\[0\]\.address a dot read for the comma before a unit' "and reviewed"
# Nor does a speck read as a dot that opens the next line after a comma,
# before a unit's type word ("xã Mường Phăng," then ". huyện Điện Biên").
edited 's/^Mường Phăng, huyện Điện Biên, tỉnh Điện Biên thuê/Mường Phăng,\n. huyện Điện Biên, tỉnh Điện Biên thuê/'
is "$(jqv -r '.owners[0].address')" \
    "bản Co Mận, xã Mường Phăng, huyện Điện Biên, tỉnh Điện Biên" \
    "a dot opening the line after a comma does not end the address"
{ tail -n 2 "$TD/extract/cho-thue.txt"; head -n 22 "$TD/extract/cho-thue.txt"; } \
    >footfirst.txt
run extract-text -q footfirst.txt
is "$(jqv -r '.decision.number + " " + .decision.date')" \
    "1661/QĐ-UBND 2016-01-16" \
    "the recipients read before the header do not hide it"

edited 's/Cho ông Lù Văn Thoong,/Cho ông Trân Văn Thoong,/'
is "$(jqv -r '.owners[0].name')" "Trần Văn Thoong" \
    "a surname read with other marks is the one surname spelt so ('Trân')"
like "$(jqv -r '.review[] | .field + " " + .reason')" \
    'owners\[0\]\.name surname repaired' "and reviewed"
edited 's/Cho ông Lù Văn Thoong,/Cho ông Lư Văn Thoong,/'
is "$(jqv -r '.owners[0].name')" "Lư Văn Thoong" \
    "but kept as read when two are ('Lư': Lù, Lự)"

# Found on a second held-out set (gen-decisions --seed 11).
edited 's/Điều 1\. Cho ông/Điều *1. Cho ông/'
is "$(jqv -r '.owners[0].name + " " + .parcels[0].number')" \
    "Lù Văn Thoong 792" "a speck read as '*' before an article's number is passed over"
edited 's/tỉnh Điện Biên thuê đất như sau:/tỉnh Điện Biên; cùng vợ là bà Lù.\nThị Mai (sinh năm 1980) thuê đất như sau:/'
is "$(jqv -r '[.owners[] | .name + " " + .gender] | join(", ")')" \
    "Lù Văn Thoong M, Lù Thị Mai F" \
    "a stray dot before a middle name does not cut the name"
edited 's/tỉnh Điện Biên thuê đất như sau:/tỉnh Điện Biên; cùng vợ là bà Lù Văn Thoong (sinh năm 1980) thuê đất như sau:/'
is "$(jqv -r '[.owners[] | .name + " " + .gender] | join(", ")')" \
    "Lù Văn Thoong M, Lù Văn Thoong F" "ông and bà of one name are two people"
edited 's/Về việc cho thuê đất/Về việc phê duyệt giá đất khi Nhà nước cho thuê đất/'
is "$(jqv -r '.decision.kind')" "other" \
    "a subject that starts with another act is of no kind it names further on"
edited 's/tỉnh Điện Biên thuê đất như sau:/tỉnh Điện Biên; và vợ là bà Lò Thị Mai thuê đất như sau:/'
like "$(jqv -r '.review[] | .field + " " + .reason')" \
    'owners\[1\]\.birth_year not found' \
    "an owner without the birth year the other owners have is reviewed"
edited 's/- Nguồn gốc sử dụng: Nhà nước/- Nguồn gốc sử dụng; Nhà nước/'
is "$(jqv -r '.parcels[0].origin')" \
    "Nhà nước cho thuê đất trả tiền thuê đất hàng năm" \
    "an origin after ';' for ':' is read"

edited 's/trả tiền thuê đất hàng năm\./trả tiền thuê đất./'
like "$(jqv -r '.review[] | .field + " " + .reason')" \
    'parcels\[0\]\.origin the origin is the start of a listed wording' \
    "an origin that stops short of a listed wording is reviewed"

edited 's/sinh năm 1977,/sảnh năm, 1977,/'
is "$(jqv -r '.owners[0].birth_year')" 1977 \
    "a birth year whose label OCR damaged is read after the owner's name"
like "$(jqv -r '.review[] | .field + " " + .reason')" \
    'owners\[0\]\.birth_year birth year without its label' "and reviewed"

edited 's/tỉnh Điện Biên thuê đất như sau:/tỉnh Điện Biên; cùng vợ là bà Lò Thị. _Mai (sinh năm 1980) thuê đất như sau:/'
is "$(jqv -r '.owners[1].name')" "Lò Thị Mai" \
    "specks after a middle name do not cut the name"
like "$(jqv -r '.review[] | .field + " " + .reason')" \
    'owners\[1\]\.name marks inside the name passed over' "and it is reviewed"

# A field the kind prints for each parcel in prose, missing, is reviewed.
grep -v 'Thời hạn' "$TD/extract/cho-thue.txt" >noterm.txt
run extract-text -q noterm.txt
like "$(jqv -r '.review[] | .field + " " + .reason')" \
    'parcels\[0\]\.term not found' "a lease's parcel without a term is reviewed"
sed 's/; Năm hoàn thành xây dựng: 2018//' "$TD/extract/cap-gcn-house.txt" \
    >noyear.txt
run extract-text -q noyear.txt
like "$(jqv -r '.review[] | .field + " " + .reason')" \
    'house\.year_built not found' "a house without its year built is reviewed"
sed 's/địa chỉ thường trú: bản/địa chỉ thường trú; bản/' \
    "$TD/extract/cho-thue.txt" >noaddr.txt
run extract-text -q noaddr.txt
like "$(jqv -r '.review[] | .field + " " + .reason')" \
    'owners\[0\]\.address not found' \
    "an owner whose address label gives none is reviewed"
run extract-text -q "$TD/extract/thu-hoi-table.txt"
is "$(jqv -r '.review[] | .field + " " + .reason' | grep -c 'term not found')" \
    0 "table rows of a recovery are not asked for a term"

jq -nc --rawfile p "$TD/extract/giao-dat-couple.txt" \
    '{id: "a", page_text: [$p]}' >recs.jsonl
echo 'not json' >>recs.jsonl
run extract-text -r -q recs.jsonl
is "$rc" 1 "a malformed record sets the exit status"
is "$(printf '%s\n' "$out" | head -1 | jq -r '.id + " " + .owners[1].name')" \
    "a Lò Thị Ính" "records keep their keys and gain the fields"

# OCR words: confidences come from the words; low ones are reviewed.
jq -Rnc --arg c 60 '[inputs] | {id: "w", ocr: {pages: [{n: 1, width: 1000,
    height: 1000, lines: [to_entries[] | {bbox: [0, .key * 20, 900, 20],
    words: [.value | splits(" +") | select(. != "") |
    [., (if test("^[0-9.,]+$") then ($c | tonumber) else 95 end),
    0, 0, 10, 10]]}]}]}}' "$TD/extract/cho-thue.txt" >words.jsonl
run extract-text -r -q words.jsonl
is "$rc" 0 "records with OCR words are read"
is "$(jqv -r '.parcels[0].area')" "5319.5" "the area is read from the words"
is "$(jqv -r '.fields["owners[0].birth_year"].conf')" "0.6" \
    "a value's confidence is its words' confidence"
like "$(jqv -r '.review[] | .field + " " + .reason')" \
    '^owners\[0\]\.birth_year low confidence' "and under 0.9 it is reviewed"
is "$(jqv -r '.fields["parcels[0].area"].conf')" "0.97" \
    "the area in words raises the area's confidence"

run extract-text -q --units "$DATA/admin-units.csv" \
    "$TD/extract/cho-thue.txt"
is "$(jqv -c '[.owners[0].commune_code, .parcels[0].commune_code]')" \
    '["03325","03325"]' "--units: addresses get commune codes"
sed 's/xã Mường Phăng, huyện Điện Biên;/xã Mường Phăng, tỉnh Điện;/' \
    "$TD/extract/cho-thue.txt" >cut.txt
run extract-text -q --units "$DATA/admin-units.csv" cut.txt
like "$(jqv -r '.review[] | .field + " " + .reason')" \
    'parcels\[0\]\.address address cut short' \
    "an address whose province name is cut short is reviewed"
run extract-text -q --units "$DATA/admin-units.csv" \
    "$TD/extract/cho-thue.txt"
is "$(jqv '.review | length')" 0 "a whole district name is not"

# The table's holders and parcels take the commune Điều 1 names, also when
# OCR misread the article's number as a letter and a digit ("Điều I1.").
sed 's/^Điều 1\./Điều I1./' "$TD/extract/thu-hoi-table.txt" >article.txt
run extract-text -q --units "$DATA/admin-units.csv" article.txt
is "$(jqv -c '[.owners[].commune_code, .parcels[0].commune_code] | unique')" \
    '["03197"]' "a misread article number still names the table's commune"

# A table's address that names only a commune several provinces have
# ("thôn Phú Lợi, xã An Phú") is the commune of that name Điều 1 places
# the land in ("xã An Phú, tỉnh Yên Bái"); one Điều 1 does not name is
# still ambiguous and reviewed.
run extract-text -q --units "$DATA/admin-units.csv" \
    "$TD/extract/table-commune.txt"
is "$(jqv -c '[.owners[].commune_code]')" '["04369","04369"]' \
    "an ambiguous commune in a table is the one Điều 1 names"
is "$(jqv '.review | length')" 0 "and is not reviewed"
sed 's/khu phố Tân Thành, xã An Phú/khu phố Tân Thành, xã An Bình/' \
    "$TD/extract/table-commune.txt" >other-commune.txt
run extract-text -q --units "$DATA/admin-units.csv" other-commune.txt
is "$(jqv -c '[.owners[].commune_code]')" '["04369",null]' \
    "another commune's name is not settled by it"

# With no province to tell communes of one name apart, the issuer's unit
# does ("ỦY BAN NHÂN DÂN HUYỆN LỤC YÊN": its xã An Phú), in Điều 1's place
# phrase and in the table's addresses; another district's issuer does not.
issued() {
	sed "$1" "$TD/extract/table-commune.txt" >issued.txt
	run extract-text -q --units "$DATA/admin-units.csv" issued.txt
	jqv -c '[.owners[].commune_code, .parcels[].commune_code] | unique'
}
is "$(issued 's/tại xã An Phú, tỉnh Yên Bái/tại xã An Phú/')" '["04369"]' \
    "Điều 1's commune is the one in the issuer's district"
is "$(issued 's/ đang sử dụng tại xã An Phú, tỉnh Yên Bái//')" '["04369"]' \
    "so are the table's addresses when Điều 1 names none"
is "$(issued 's/ đang sử dụng tại xã An Phú, tỉnh Yên Bái//; s/LỤC YÊN/VĂN YÊN/g')" \
    '[null]' "an issuer's district without that commune settles nothing"

# Unit names damaged by OCR are mended to the official ones when close
# and the only ones so close, and reviewed; others are left as read.
addr() {
	sed "s/bản Co Mận, xã Mường Phăng, huyện Điện Biên;/$1;/" \
	    "$TD/extract/cho-thue.txt" >addr.txt
	run extract-text -q --units \
	    "$DATA/admin-units.csv" addr.txt
}
addr 'bản Pú Nhi, xã Mường ĐÐun, huyện Tủa Chùa'
is "$(jqv -r '.parcels[0].address + " " + .parcels[0].commune_code')" \
    "bản Pú Nhi, xã Mường Đun, huyện Tủa Chùa 03247" \
    "a commune name a letter off, in its district, is mended"
like "$(jqv -r '.review[] | .field + " " + .reason')" \
    'parcels\[0\]\.address unit names mended' "and reviewed"
addr 'bản Pú Nhi, xã Mường Ðun, huyện Tủa Chùa'
is "$(jqv -r '.parcels[0].address')" "bản Pú Nhi, xã Mường Đun, huyện Tủa Chùa" \
    "the look-alike Ð OCR reads for Đ is written Đ"
addr 'bản Hắt Tre, xã Huổi, Só, huyện Tủa Chùa'
is "$(jqv -r '.parcels[0].address + " " + .parcels[0].commune_code')" \
    "bản Hắt Tre, xã Huổi Só, huyện Tủa Chùa 03220" \
    "a comma OCR put inside a commune's name is taken out"
addr 'bản Hắt Tre, xã Huổi, Pá, huyện Tủa Chùa'
is "$(jqv -r '.parcels[0].address')" \
    "bản Hắt Tre, xã Huổi, Pá, huyện Tủa Chùa" \
    "but not when the two words are no commune's name"
addr 'bản Pá Chả, xã'
like "$(jqv -r '.review[] | .field + " " + .reason')" \
    'parcels\[0\]\.address ends in a unit word' \
    "an address that ends in a unit word is reviewed"
addr 'bản Pá Chả, xã Mường, huyện Tủa Chùa'
like "$(jqv -r '.review[] | .field + " " + .reason')" \
    'parcels\[0\]\.address names a commune no list has' \
    "an address naming a commune no list has is reviewed"
addr 'bản Pá Chả, xã Nà Khoa, huyện Nậm Đồ, tỉnh Điện Biên'
is "$(jqv -r '.parcels[0].address')" \
    "bản Pá Chả, xã Nà Khoa, huyện Nậm Pồ, tỉnh Điện Biên" \
    "a short district name a letter off the commune's is mended"
addr 'bản Pá Chả, xã Không Có, huyện Nậm Đồ, tỉnh Điện Biên'
is "$(jqv -r '.parcels[0].address')" \
    "bản Pá Chả, xã Không Có, huyện Nậm Đồ, tỉnh Điện Biên" \
    "but not when no commune tells which district it is"
like "$(jqv -r '.review[] | .field + " " + .reason')" \
    'parcels\[0\]\.address a district or province name in no' \
    "and then it is reviewed"
addr 'bản Pá Chả, xã Nà Khoa, huyện Nậm Tồn, tỉnh Điện Biên'
is "$(jqv -r '.parcels[0].address')" \
    "bản Pá Chả, xã Nà Khoa, huyện Nậm Tồn, tỉnh Điện Biên" \
    "a name two letters off is left as read"
addr 'tổ dân phế 15, phường Him Lam, thành phế Điện Biên Phủ'
is "$(jqv -r '.parcels[0].address')" \
    "tổ dân phố 15, phường Him Lam, thành phố Điện Biên Phủ" \
    "type words a letter off are mended"
addr 'tổ dân phế số 9, phường Him Lam, thành phố Điện Biên Phủ'
is "$(jqv -r '.parcels[0].address')" \
    "tổ dân phố số 9, phường Him Lam, thành phố Điện Biên Phủ" \
    "also before 'số' and a number"
addr 'tổ dân phế số nhà, phường Him Lam, thành phố Điện Biên Phủ'
is "$(jqv -r '.parcels[0].address')" \
    "tổ dân phế số nhà, phường Him Lam, thành phố Điện Biên Phủ" \
    "but not before 'số' and a word"
addr 'bản Co Mận, xã Mường Phăng, tỉnh Điện: Biên đối với'
is "$(jqv -r '.parcels[0].address')" \
    "bản Co Mận, xã Mường Phăng, tỉnh Điện Biên" \
    "a stray colon inside a name neither ends the address nor stays"

sed 's/địa chỉ thường trú: bản Co Mận/địa chỉ thường trú. bản Co Mận/' \
    "$TD/extract/cho-thue.txt" >dot.txt
run extract-text -q dot.txt
like "$(jqv -r '.owners[0].address')" '^bản Co Mận, xã' \
    "a stray dot after the address label does not lose the address"

# Damage between a label and its value that a general rule reads through,
# each value reviewed; the clean forms are not.
edited 's/Diện tích: 5.319,5/Diện tích; .5.319,5/'
is "$(jqv -r '.parcels[0].area')" "5319.5" \
    "an area after stray punctuation ('; .5.319,5') is read"
like "$(jqv -r '.review[] | .field + " " + .reason')" \
    'parcels\[0\]\.area stray punctuation by the number' "and reviewed"
edited 's/Thời hạn sử dụng: 50 năm/Thời hạn sử dụng: 50 năn/'
is "$(jqv -r '.parcels[0].term')" "50 năm" "a term '50 năn' is read '50 năm'"
like "$(jqv -r '.review[] | .field + " " + .reason')" \
    'parcels\[0\]\.term a word of the term misread' "and reviewed"
edited 's/Thời hạn sử dụng: 50 năm/Thời hạn sử dụng: tâu dài/'
is "$(jqv -r '.parcels[0].term')" "Lâu dài" "a term 'tâu dài' is read 'Lâu dài'"
edited 's/Thời hạn sử dụng: 50 năm/Thời hạn sử dụng: 50 ngày/'
is "$(jqv -r '.parcels[0].term')" "null" "but '50 ngày' is no term"
edited 's/ngày 16 tháng 01 năm 2016/ngày l6 tháng Ol năm 2016/'
is "$(jqv -r '.decision.date')" "2016-01-16" \
    "a day and month read as letters ('l6', 'Ol') are read"
like "$(jqv -r '.review[].field')" '^decision\.date$' "and reviewed"
# A decision's year past any a decision can bear ("năm 2095", a 2 read for
# a 0): read as written, and reviewed.
edited 's/ngày 16 tháng 01 năm 2016/ngày 16 tháng 01 năm 2096/'
is "$(jqv -r '.decision.date')" "2096-01-16" "a decision's date in a year to come is read"
like "$(jqv -r '.review[] | .field + " " + .reason')" \
    '^decision\.date a year later than any decision' "and reviewed"
edited 's|1661/QĐ-UBND|1661/QĐÐ-UBND|'
is "$(jqv -r '.decision.number')" "1661/QĐ-UBND" \
    "a decision number with its Đ read twice is read"
like "$(jqv -r '.review[].field')" '^decision\.number$' "and reviewed"
run extract-text -q "$TD/extract/cho-thue.txt"
is "$(jqv '.review | length')" "0" "the clean forms are not reviewed"

# Serif fonts' "11" that OCR sets apart, in dates.
sed -e 's|sinh ngày 03/04/1972|sinh ngày 03/1 1/1972|' \
    -e 's|đến ngày 12/08/2069|đến ngày 12/08/2 069|' \
    "$TD/extract/giao-dat-couple.txt" >split.txt
run extract-text -q split.txt
is "$(jqv -r '.owners[1].birth_date')" "1972-11-03" \
    "a date with two digits set apart is read"
like "$(jqv -r '.review[].field')" 'owners\[1\]\.birth_date' "and reviewed"
is "$(jqv -r '.parcels[1].term_end')" "2069-08-12" "so is a term's end date"
sed -e 's|sinh ngày 03/04/1972|sinh ngày 03/04 1972|' \
    "$TD/extract/giao-dat-couple.txt" >split2.txt
run extract-text -q split2.txt
is "$(jqv -r '.owners[1].birth_date')" "null" \
    "but not a day and month glued to a year"

# m² whose raised 2 OCR lost or read as a letter, before the parcel's place.
for unit in "m" "mê" "mể" "m?"; do
	sed "s|diện tích 230,5 m2;|diện tích 230,5 $unit, tại bản Co Mận, xã Mường Phăng, huyện Điện Biên;|" \
	    "$TD/extract/giao-dat-couple.txt" >unit.txt
	run extract-text -q unit.txt
	is "$(jqv -r '[.parcels[0].area, .parcels[0].address] | @tsv')" \
	    "230.5	bản Co Mận, xã Mường Phăng, huyện Điện Biên" \
	    "'$unit' after an area is m² misread; the address after it is read"
done
like "$(jqv -r '.review[].field')" 'parcels\[0\]\.area' "and the area reviewed"
sed "s|diện tích 230,5 m2;|diện tích 230,5 mà tại bản Co Mận;|" \
    "$TD/extract/giao-dat-couple.txt" >unit2.txt
run extract-text -q unit2.txt
is "$(jqv -r '.parcels[0].address')" "null" "but not a word such as 'mà'"

# "Ngô Ngọc" is a letter off the label "nguồn gốc": a name is no label.
sed 's/Cho ông Lù Văn Thoong,/Cho ông Ngô Ngọc Thoong,/' \
    "$TD/extract/cho-thue.txt" >ngoc.txt
run extract-text -q ngoc.txt
is "$(jqv -r '.owners[0].name')" "Ngô Ngọc Thoong" \
    "a surname and middle name a letter off a label are a name"
is "$(jqv -r '.parcels[0].origin')" \
    "Nhà nước cho thuê đất trả tiền thuê đất hàng năm" "and the origin stays"
edited 's/- Nguồn gốc sử dụng:/- Ngồn gốc sử dụng:/'
is "$(jqv -r '.parcels[0].origin')" \
    "Nhà nước cho thuê đất trả tiền thuê đất hàng năm" \
    "a label a letter off is still a label"

# An owner's address label specks broke: the address is missing, reviewed.
edited 's/địa chỉ thường trú: bản Co Mận/địa: chỉ thường: trú: bản Co Mận/'
is "$(jqv -r '.owners[0].address')" "null" "an address behind a broken label is missed"
like "$(jqv -r '.review[] | .field + " " + .reason')" \
    'owners\[0\]\.address not found' "and reviewed as not found"

# A page OCR could not read: nothing tells the kind, nothing is trusted.
printf '%s\n' 'll,  .: ;; i' '. ,, ~ i' >unread.txt
run extract-text -q unread.txt
is "$(jqv -r '.decision.kind')" "other" "a page with no subject line is of kind other"
is "$(jqv -r '[.review[] | .field + " " + .reason] | join("; ")')" \
    "decision header: none found at the top of the first page (issuer, number, date); decision.kind no subject line read; owners no owner found; parcels no parcel found" \
    "and its header (once), kind, owners and parcels are reviewed"
sed -e 's/^Về việc cho thuê đất$/Về việc phê duyệt phương án/' -e '/^Điều 1/,$d' \
    "$TD/extract/cho-thue.txt" >other.txt
run extract-text -q other.txt
is "$(jqv -r '[.decision.kind, ([.review[].field] | index("owners"))] | @tsv')" \
    "other	" "a decision read to be of kind other wants no owner"

# A subject line OCR damaged leaves the kind "other" for want of a phrase:
# a decision so read with no owner is reviewed for it.
sed -e 's/^Về việc cho thuê đất$/Về việc 9Hg 7hu/' \
    -e 's/Điều 1. Cho ông Lù Văn Thoong/Điều 1. Ch0 6ng Lù Văn Thoong/' \
    -e 's/thuê đất như sau/tđ như sau/' "$TD/extract/cho-thue.txt" >nokind.txt
run extract-text -q nokind.txt
is "$(jqv -r '.decision.kind')" "other" "a kind no phrase tells is other"
like "$(jqv -r '.review[] | .field + " " + .reason')" 'owners no owner found' \
    "and its missing owner is reviewed"

# A spouse announced whose name OCR broke is not dropped unseen.
sed 's/là bà Lò Thị Ính/là ðà lò thị ính/' "$TD/extract/giao-dat-couple.txt" \
    >spouse.txt
run extract-text -q spouse.txt
like "$(jqv -r '.review[] | .field + " " + .reason')" \
    'owners a spouse named but not read' "a spouse named but not read is reviewed"
run extract-text -q "$TD/extract/giao-dat-couple.txt"
is "$(jqv -r '[.review[] | select(.field == "owners")] | length')" 0 \
    "not when the spouse is read"

# Typographic quotes around a clause are split off words as ASCII ones are.
printf '%s\n' 'QUYẾT ĐỊNH:' \
    '“Điều 1. Công nhận quyền sử dụng đất cho bà Cà Thị Lan, sinh năm 1972; địa chỉ thường trú: bản Na, xã Mường Đăng”.' \
    >quotes.txt
run extract-text -q quotes.txt
is "$(jqv -r '[.decision.kind, .owners[0].name, .owners[0].address] | @tsv')" \
    "cong-nhan	Cà Thị Lan	bản Na, xã Mường Đăng" \
    "an article opened with “ is read, its address ends before ”"

# A decision number whose QĐ lost its Q.
edited 's|1661/QĐ-UBND|1661/Đ-UBND|'
is "$(jqv -r '.decision.number')" "1661/QĐ-UBND" \
    "a decision number with only the Đ of QĐ is read"
like "$(jqv -r '.review[].field')" '^decision\.number$' "and reviewed"

# --names: a table row's owner with no title and no Văn/Thị/A gets the sex
# of a given name only one list holds, reviewed; otherwise none.
sed -e 's/Giàng A Páo/Ngô Hoàng Hải/' -e 's/Vàng Thị Dua/Lê Bình Minh/' \
    "$TD/extract/thu-hoi-table.txt" >given.txt
run extract-text -q --names "$DATA/names" given.txt
is "$(jqv -r '.owners[0].gender')" "M" \
    "--names: the sex of a given name only one list holds"
like "$(jqv -r '.review[] | .field + " " + .reason')" \
    'owners\[0\]\.gender gender from the given name' "and reviewed"
is "$(jqv -r '.owners[1].gender')" "null" \
    "but none for a given name both lists hold (Bình Minh)"
run extract-text -q --names '' given.txt
is "$(jqv -r '.owners[0].gender')" "null" "no sex from names with --names ''"
run extract-text -q given.txt
is "$(jqv -r '.owners[0].gender')" "M" "the shipped names/ by default"
run extract-text -q --names /nonexistent given.txt
is "$rc" 3 "a missing names folder stops the run: exit 3"
like "$err" "given-male.txt': cannot open" "and says which file"

run extract-text -q -s /nonexistent "$TD/extract/cho-thue.txt"
is "$rc" 3 "a missing schemas directory stops the run: exit 3"
like "$err" "cannot open" "and says which file"

# Statements are not parcels: a change of use or a total area states the
# uses and area of the parcels that follow it, or of the one before it.
cmd_page() {
	cat <<EOF
ỦY BAN NHÂN DÂN
HUYỆN MƯỜNG ẢNG
Số: 88/QĐ-UBND
Mường Ảng, ngày 3 tháng 4 năm 2022
QUYẾT ĐỊNH:
Điều 1. Cho phép hộ ông Lò Văn Thắng, sinh năm 1975, thường trú tại bản Co Mận, xã Mường Phăng, huyện Mường Ảng, tỉnh Điện Biên được $1, cụ thể:
- Thửa đất số 12, tờ bản đồ số 3, diện tích $2;
- Thửa đất số 13, tờ bản đồ số 3, diện tích 234,5 m².
Tổng diện tích chuyển mục đích: $3.
Điều 2. Hộ ông Lò Văn Thắng có trách nhiệm nộp tiền sử dụng đất.
EOF
}
parcels='.parcels[] | [.number, .sheet, .area, .land_use, .land_use_to] | @tsv'
cmd_page "chuyển mục đích sử dụng 1.234,5 m² đất từ đất chuyên trồng lúa nước sang đất ở tại nông thôn" \
    "1.000 m²" "0,12345 ha" >cmd1.txt
run extract-text -q cmd1.txt
is "$(jqv -r "$parcels")" "12	3	1000	LUC	ONT
13	3	234.5	LUC	ONT" "a change of use is not a parcel and gives the uses of those after it"
is "$(jqv -r '[.review[].field | select(test("land_use|^parcels$"))] | length')" 0 \
    "nothing of it to review when the areas add up"
cmd_page "chuyển mục đích sử dụng đất với diện tích 1.234,5 m² từ đất trồng cây lâu năm (CLN) sang đất ở tại nông thôn (ONT)" \
    "0,1 ha" "0,2 ha" >cmd2.txt
run extract-text -q cmd2.txt
is "$(jqv -r "$parcels")" "12	3	1000	CLN	ONT
13	3	234.5	CLN	ONT" "worded otherwise, with an area in hectares"
is "$(jqv -r '[.review[] | select(.field == "parcels") | .reason] | join(",")')" \
    "the parcels' areas do not add up to the total stated" \
    "a total the areas do not add up to is reviewed once"
cat >cmd3.txt <<EOF
ỦY BAN NHÂN DÂN
HUYỆN MƯỜNG ẢNG
Số: 89/QĐ-UBND
Mường Ảng, ngày 3 tháng 4 năm 2022
Điều 1. Cho phép ông Lò Văn Thắng, sinh năm 1975, thường trú tại bản Co Mận, xã Mường Phăng chuyển mục đích sử dụng 3.362,7 m² đất từ đất trồng cây lâu năm (CLN) sang đất ở tại nông thôn (ONT) tại thửa đất số 57, tờ bản đồ số 2.
Điều 2. Ông Lò Văn Thắng có trách nhiệm nộp tiền sử dụng đất.
EOF
run extract-text -q cmd3.txt
is "$(jqv -r "$parcels")" "57	2	3362.7	CLN	ONT" \
    "a change of use in one sentence with its parcel gives it its area"

# Header blocks side by side (columns set apart by spaces): the issuer is
# the left block's, the motto joins nothing.
cat >cols.txt <<EOF
ỦY BAN NHÂN DÂN                     CỘNG HÒA XÃ HỘI CHỦ NGHĨA
HUYỆN MƯỜNG ẢNG                             VIỆT NAM
Số: 245/QĐ-UBND                   Độc lập - Tự do - Hạnh phúc
                         Mường Ảng, ngày 12 tháng 8 năm 2019
QUYẾT ĐỊNH
Điều 1. Giao cho ông Lò Văn Thắng, sinh năm 1975, thửa đất số 125, tờ bản đồ số 14.
EOF
run extract-text -q cols.txt
is "$(jqv -r '.decision | [.issuer, .number, .date] | @tsv')" \
    "Ủy ban nhân dân huyện Mường Ảng	245/QĐ-UBND	2019-08-12" \
    "header blocks side by side: issuer, number and date from their blocks"

# A block that cannot be read is reviewed once, saying which and why, not
# field by field.
tail -n +5 cmd3.txt >nohead.txt
run extract-text -q nohead.txt
is "$(jqv -r '.review[] | select(.field | startswith("decision")) |
    select(.field != "decision.kind") | "\(.field): \(.reason)"')" \
    "decision: header: none found at the top of the first page (issuer, number, date)" \
    "no header: one review item says so"
{ sed -n 1,2p cmd3.txt; tail -n +5 cmd3.txt; } >badhead.txt
run extract-text -q badhead.txt
is "$(jqv -r '.review[] | select(.field | startswith("decision")) |
    select(.field != "decision.kind") | "\(.field): \(.reason)"')" \
    "decision: header: its number and date could not be read" \
    "a header without number and date: one review item says so"

# Xã Quảng Lâm of July 2025 is in Điện Biên (11) and in Cao Bằng (04):
# without the archive's province no commune is guessed, and the review
# names both; --province settles it.
two='several communes fit: 01304 Xã Quảng Lâm, Tỉnh Cao Bằng; 03164 Xã Quảng Lâm, Tỉnh Điện Biên'
run extract-text -q "$TD/extract/quang-lam.txt"
is "$(jqv -c '[.owners[].commune_code, .parcels[].commune_code]')" \
    '[null,null]' "a commune name two provinces share: no code guessed"
is "$(jqv -r '.review[] | "\(.field): \(.reason)"')" \
    "owners[0].commune_code: $two
parcels[0].commune_code: $two
parcels[0].origin: not found" "the review names both communes, once a field"
run extract-text -q --province 11 "$TD/extract/quang-lam.txt"
is "$(jqv -c '[.owners[].commune_code, .parcels[].commune_code]')" \
    '["03164","03164"]' "--province 11: Quảng Lâm of Điện Biên"
is "$(jqv -r '[.review[].field] | join(" ")')" "parcels[0].origin" \
    "and nothing about the commune to review"
run extract-text -q --province 04 "$TD/extract/quang-lam.txt"
is "$(jqv -r '.owners[0].commune_code')" "01304" \
    "--province 04: Quảng Lâm of Cao Bằng"
run extract-text -q --province 4 "$TD/extract/quang-lam.txt"
is "$rc" 2 "a province code not of two digits is a usage error"
like "$err" "^extract-text: --province: not a two-digit province code: '4'" \
    "and says so"

# "2. Thửa đất:" then "2.1. Thửa đất số: 88; ...": the item's number "2.1."
# opening the next line is not the parcel number of the heading's label.
run extract-text -q "$TD/extract/outline.txt"
is "$(jqv -c '[.parcels[] | [.sheet, .number, .area, .land_use]]')" \
    '[["9","88",310.4,"ONT"],["9","90",1020,"CLN"]]' \
    "numbered sub-items: two parcels, no parcel '2' from the outline number"

# "- Ông: Nguyễn Bá Phước; năm sinh: 1953;": a word right after a surname
# is a middle name, never the title "bà" ("Bá" folds to it): one owner.
run extract-text -q "$TD/extract/middle-name.txt"
is "$(jqv -c '[.owners[] | [.name, .gender, .birth_year]]')" \
    '[["Nguyễn Bá Phước","M",1953]]' \
    "a labelled list in prose: the whole name, not cut at 'Bá'"
is "$(jqv -r '.parcels[0].holder')" 0 "and the parcel is his"

# Header cells named by the right the decision gives ("Người thuê đất"), a
# change of use written before and after, and a term column: each mapped
# by its label, in any order; areas "5.302,8" are 5302.8.
run extract-text -q "$TD/extract/lease-table.txt"
is "$(jqv -c '[.owners[] | [.name, .birth_year]]')" \
    '[["Lò Văn Thanh",1966],["Quàng Thị Hoa",1972],["Cà Văn Dũng",1980]]' \
    "a lease table: the lessees are the owners"
is "$(jqv -c '[.parcels[] | [.sheet, .number, .area, .land_use, .holder]]')" \
    '[["14","203",5302.8,"NTS",0],["14","210",1046.5,"NTS",1],["15","31",812,"SKC",2]]' \
    "and each row's parcel is its lessee's"
is "$(jqv '.review | length')" 0 "nothing to review"
run extract-text -q "$TD/extract/use-change-table.txt"
is "$(jqv -c '[.parcels[] | [.number, .area, .land_use, .land_use_to, .term]]')" \
    '[["118",150,"CLN","ODT","Lâu dài"],["97",2040.5,"LUC","ODT","Lâu dài"]]' \
    "a change-of-use table: before, after and the term column"

# A table that fails its checks (row 3 missing) is one review item naming
# its page and columns and why, standing for its holders too, not one item
# on the owners and one on the parcels; its fields' confidences drop.
jq -nc --rawfile p "$TD/extract/thu-hoi-gap.txt" \
    '{id: "g", page_text: ($p | split("STT") | [.[0], "STT" + .[1]])}' \
    >gap.jsonl
run extract-text -r -q -s "$TOP/schemas" gap.jsonl
is "$(jqv -r '.review[] | .field + " " + .reason')" \
    'parcels page 2: the table of holders (6 columns): rows missing or misnumbered' \
    "a table with a row missing is one review item, naming page and table"
is "$(jqv -c '[.review[].also]')" '[["owners"]]' \
    "that stands for the holders it lists too"
run extract-text -r -q gap.jsonl
is "$(jqv -c '[.review[] | select(.field | test("^(owners|parcels)$")) |
    .field]')" '["parcels"]' "not one item on owners and one on parcels"
conf() { jqv -r "[.fields[\"owners[3].name\"].conf, .fields[\"parcels[3].area\"].conf] | join(\" \")"; }
doubted=$(conf)
sed 's/^4 |/3 |/; s/^5 |/4 |/' "$TD/extract/thu-hoi-gap.txt" >nogap.txt
run extract-text -q nogap.txt
is "$(jqv '.review | length')" 0 "numbered right, nothing to review"
is "$(printf '%s\n%s\n' "$(conf)" "$doubted" | awk 'NR == 1 { a = $1; b = $2 }
    NR == 2 { print ($1 < a && $2 < b) ? "lower" : "not lower" }')" lower \
    "the table's holders and parcels lose confidence"

# A decision that is not a land record (its subject line says "thành lập
# Hội đồng"): the members it names are no owners, and nothing is reviewed
# for the owners it does not have.
run extract-text -q "$TD/extract/board.txt"
is "$(jqv -c '[.decision.kind, (.owners | length), (.parcels | length)]')" \
    '["other",0,0]' "a board's members are not owners"
is "$(jqv '.review | length')" 0 "and nothing of theirs to review"
sed '5s/.*/Về việc thi hành kỷ luật công chức/;
    10,13d; 9a\
Điều 1. Thi hành kỷ luật bằng hình thức khiển trách đối với bà Vì Thị Hương,\
công chức Địa chính - Xây dựng xã Mường Báng, vì đã có vi phạm trong thực hiện\
nhiệm vụ được giao.' "$TD/extract/board.txt" >discipline.txt
run extract-text -q discipline.txt
is "$(jqv -c '[.decision.kind, (.owners | length), (.parcels | length), (.review | length)]')" \
    '["other",0,0,0]' "an officer disciplined is no owner"

# A decision of no land kind that lists a parcel ("gia hạn thời hạn sử dụng
# đất"): its holder and parcel are kept, and its kind is put to review.
run extract-text -q "$TD/extract/extension.txt"
is "$(jqv -c '[.decision.kind, [.owners[].name], [.parcels[] | [.number, .sheet, .area]]]')" \
    '["other",["Lò Văn Pản"],[["145","12",1250]]]' \
    "an extension of a term keeps its holder and parcel"
is "$(jqv -c '[.review[] | select(.field == "decision.kind") | .reason]')" \
    '["no land kind named, but parcels are listed"]' "and its kind is reviewed"

# A parcel's area and use said in a sentence ("được sử dụng 312,5 m² đất",
# "để sử dụng vào mục đích đất trồng cây lâu năm", a use named in lower
# case), and a term label with a qualifier before its colon ("Thời hạn sử
# dụng đất sau khi chuyển mục đích: Lâu dài").
run extract-text -q "$TD/extract/said-prose.txt"
is "$(jqv -c '[.parcels[] | [.sheet, .number, .area, .land_use, .term]]')" \
    '[["6","77",312.5,"CLN","50 năm"]]' "area and use said in prose"
run extract-text -q "$TD/extract/use-change-prose.txt"
is "$(jqv -c '[.parcels[] | [.area, .land_use, .land_use_to, .term]]')" \
    '[[120,"HNK","ONT","Lâu dài"]]' "the term after a qualified label"

# Areas whose separators OCR lost ("53028", "5.4041") in a column whose
# other areas write one decimal after a comma and thousands dots: read with
# the column's decimals (5302,8 and 5404,1), each put under review.
run extract-text -q "$TD/extract/lease-lost-separators.txt"
is "$(jqv -c '[.parcels[].area]')" '[5302.8,1046.5,5404.1,2118]' \
    "areas read by the column's format"
is "$(jqv -r '[.review[] | select(.reason | test("decimals as the column")) | .field] | join(" ")')" \
    "parcels[0].area parcels[2].area" "both are reviewed"

# A column whose every well-formed area writes one decimal after a comma,
# with no thousands dots ("310,5", "95,0"), writes no whole number: an area
# read with no separator ("17119") lost its comma, and is 1711,9, reviewed;
# with a whole number among them ("95") it is left as read.
sed 's/| 1.250,0 |/| 17119 |/; s/| 95 |/| 95,0 |/' \
    "$TD/extract/thu-hoi-table.txt" >lost-comma.txt
run extract-text -q lost-comma.txt
is "$(jqv -c '[.parcels[].area]')" '[1711.9,310.5,95]' \
    "a lost comma in a column of one decimal, no thousands dots"
like "$(jqv -r '.review[] | .field + " " + .reason')" \
    'parcels\[0\]\.area area separators lost' "and reviewed"
sed 's/| 1.250,0 |/| 17119 |/' "$TD/extract/thu-hoi-table.txt" >whole-too.txt
run extract-text -q whole-too.txt
is "$(jqv -c '[.parcels[].area]')" '[17119,310.5,95]' \
    "not where the column writes a whole number too"

# A sentence that sums up the parcels before they are listed ("thuê
# 1.500,0 m² đất ... để sử dụng vào mục đích ...") opens no parcel.
run extract-text -q "$TD/extract/summed-use.txt"
is "$(jqv -c '[.parcels[] | [.number, .area, .land_use]]')" \
    '[["12",900,"TMD"],["13",600,"TMD"]]' "a use said of all the parcels: none more"

# A row number misread as a small letter ("j" for 1): the row is read, and
# the rows below do not move up.
run extract-text -q "$TD/extract/row-number-misread.txt"
is "$(jqv -c '[.owners[].name]')" \
    '["Lò Văn Pằng","Vàng Thị Dợ","Quàng Văn Sơn"]' "three holders in their rows"
is "$(jqv -c '[.parcels[] | [.number, .holder]]')" \
    '[["646",0],["1193",1],["261",2]]' "each parcel with its holder"

# Articles numbered in Roman numerals ("Điều I:", "Điều II:", OCR's "I_"):
# Điều I is where the body is read, and where the kind is named when the
# subject line was lost.
sed '/^Về việc/d' "$TD/extract/roman-article.txt" >roman.txt
run extract-text -q roman.txt
is "$(jqv -c '[.decision.kind, [.owners[].name], [.parcels[] | [.number, .sheet, .area]]]')" \
    '["cong-nhan",["Rơ Chăm Hlon"],[["212","15",1250]]]' \
    "Điều I names the kind when the subject line is lost"
sed 's/^Điều I:/Điều I_/' roman.txt >roman-low.txt
run extract-text -q roman-low.txt
is "$(jqv -r '.decision.kind')" "cong-nhan" "a stop read low after the numeral"
sed 's/^Điều I:/Điều IL:/' roman.txt >roman-no.txt
run extract-text -q roman-no.txt
is "$(jqv -r '.decision.kind')" "other" "a word that is no numeral is no article"

# "ông" and "bà" right after a unit's type word are part of the place's
# name ("thôn Bà Rén", "thị trấn Bá Hiến"), never a second owner.
run extract-text -q "$TD/extract/title-in-place.txt"
is "$(jqv -c '[.owners[] | [.name, .address]]')" \
    '[["Phan Văn Lực","thôn Bà Rén, xã Quế Xuân 1, huyện Quế Sơn, tỉnh Quảng Nam"]]' \
    "a place named Bà Rén is no owner"
is "$(jqv -c '[.parcels[] | [.number, .holder, .land_use]]')" '[["88",0,"ONT"]]' \
    "and the parcel is its owner's"

# "Hình thức giao đất: Nhà nước giao đất có thu tiền sử dụng đất" is the
# parcel's origin when it is a listed wording; "Sử dụng riêng" is not.
is "$(jqv -r '.parcels[0].origin')" \
    "Nhà nước giao đất có thu tiền sử dụng đất" "the form of allocation is the origin"
sed 's/Hình thức giao đất: Nhà nước giao đất có thu tiền sử dụng đất/Hình thức sử dụng: Sử dụng riêng/' \
    "$TD/extract/title-in-place.txt" >private.txt
run extract-text -q private.txt
is "$(jqv -r '.parcels[0].origin')" "null" "a form that is no origin is not taken"

# A change of use that states its total over a table of parcels ("chuyển
# mục đích sử dụng 271,5 m² đất từ ... sang ..., cụ thể:"), the table with
# no holder column, a term under it: the total is no parcel, the term and
# the one holder hold for every row.
run extract-text -q "$TD/extract/use-change-total.txt"
is "$(jqv -c '[.parcels[] | [.sheet, .number, .area, .land_use_to, .term, .holder]]')" \
    '[["7","412",150,"ONT","Lâu dài",0],["7","415",121.5,"ONT","Lâu dài",0]]' \
    "a stated total over a table is no parcel"
sed 's/^Tổng | | | 271,5/Tổng | | | 272,5/; s/271,5 m²/272,5 m²/' \
    "$TD/extract/use-change-total.txt" >total-off.txt
run extract-text -q total-off.txt
like "$(jqv -r '.review[].reason')" 'do not add up to the total stated' \
    "a total the rows do not add up to is reviewed"

sed '/^2 | 7 | 415/d; s/271,5 m²/150,0 m²/; s/^Tổng | | | 271,5/Tổng | | | 150,0/;
    s/| 150,0 | Đất/| 1500 | Đất/' "$TD/extract/use-change-total.txt" >one-row.txt
run extract-text -q one-row.txt
is "$(jqv -c '[.parcels[] | [.number, .area]]')" '[["412",150]]' \
    "one row whose area lost its separators takes the total stated"

# An organisation given or leased the land ("Cho Công ty Cổ phần ...,
# địa chỉ trụ sở: ... thuê 2,35 ha đất"): an owner with "organisation":
# true, no sex to review; its seat is its address.
run extract-text -q "$TD/extract/organisation.txt"
is "$(jqv -c '[.owners[] | [.name, .organisation, .gender, .household, .address]]')" \
    '[["Công ty Cổ phần Chè Hà Thái",true,null,false,"xóm Đồng Cẩm, xã Hà Thượng, huyện Đại Từ, tỉnh Thái Nguyên"]]' \
    "an organisation is an owner"
is "$(jqv -c '[.parcels[] | [.number, .holder]]')" '[["214",0]]' \
    "its parcel"
is "$(jqv -c '[.review[] | select(.field | startswith("owners")) | .field]')" '[]' \
    "an organisation's sex is not reviewed"
sed 's/Cho Công ty Cổ phần Chè Hà Thái, địa chỉ/Giao Công ty Cổ phần Chè Hà Thái, địa chỉ/' \
    "$TD/extract/organisation.txt" >not-given.txt
run extract-text -q not-given.txt
is "$(jqv '.owners | length')" 0 "a company not given the land is no owner"
sed 's/Cho Công ty Cổ phần Chè Hà Thái,/Cho Công ty cổ phần Thương mại Minh Khang,/' \
    "$TD/extract/organisation.txt" >legal-form.txt
run extract-text -q legal-form.txt
is "$(jqv -c '[.owners[] | [.name, .organisation, .gender]]')" \
    '[["Công ty cổ phần Thương mại Minh Khang",true,null]]' \
    "a company's legal form in small letters, a given name in its name: no sex"
# A commune named alone ("xã Tiên Sơn", three of that name) in a decision of
# "huyện Duy Tiên", which the unit list knows as "Thị xã Duy Tiên" (made a
# town since): the one in the issuer's district, by its name.
sed 's/ĐẠI TỪ/DUY TIÊN/g; s/Đại Từ, ngày/Duy Tiên, ngày/
    s/xã Hà Thượng, huyện Đại Từ, tỉnh Thái Nguyên/xã Tiên Sơn/g
    s/xã Hà Thượng,$/xã Tiên Sơn/; s/^huyện Đại Từ, tỉnh Thái Nguyên thuê/thuê/' \
    "$TD/extract/organisation.txt" >town-since.txt
run extract-text -q town-since.txt
is "$(jqv -c '[.owners[].commune_code, .parcels[].commune_code]')" '["13369","13369"]' \
    "a district named with the type it had before is the issuer's district"
# The area said at once after an organisation's name ("Giao cho Trường
# Tiểu học Hà Thượng 2.583,8 m² đất tại thửa số 214"), with its unit as
# written or as OCR misreads it ("m?"), ends the name and is its parcel's.
for unit in 'm²' 'm?'; do
	sed "s/^Điều 1\. Cho Công ty Cổ phần Chè Hà Thái, địa chỉ trụ sở: xóm Đồng Cẩm, xã Hà Thượng,\$/Điều 1. Giao cho Trường Tiểu học Hà Thượng 2.583,8 $unit đất tại/
	    s/^huyện Đại Từ, tỉnh Thái Nguyên thuê 2,35 ha đất tại thửa số 214/thửa số 214/" \
	    "$TD/extract/organisation.txt" >area-said.txt
	run extract-text -q area-said.txt
	is "$(jqv -c '[.owners[].name, [.parcels[] | [.number, .area, .holder]]]')" \
	    '["Trường Tiểu học Hà Thượng",[["214",2583.8,0]]]' \
	    "an organisation's name ends at the area said after it ($unit)"
done

# The issuer and the motto side by side, read by OCR as one line: the
# issuer is the left block, found by the gap between the blocks (specks
# in the gap passed over), and never runs into the state's name.
run extract-text -q "$TD/extract/header-columns.txt"
is "$(jqv -r '.decision.issuer')" "Ủy ban nhân dân huyện Tam Đảo" \
    "the issuer is the left block of a line across both"
sed '1s/.*/UBND HUYỆN TAM ĐẢO CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/;
    2s/.*/Độc lập - Tự do - Hạnh phúc/' "$TD/extract/header-columns.txt" >state.txt
run extract-text -q state.txt
is "$(jqv -r '.decision.issuer')" "Ủy ban nhân dân huyện Tam Đảo" \
    "the issuer stops where the state's name starts"

# "ỦY BAN NHÂN DÂN" whose unit's line was lost, so that the title
# "QUYẾT ĐỊNH" stands under it: the title names no committee; the one
# that decides, over "Căn cứ", is the issuer.
sed '1s/ *_ *CỘNG HÒA.*//; 2,3d' "$TD/extract/header-columns.txt" >no-unit.txt
run extract-text -q no-unit.txt
is "$(jqv -r '.decision.issuer')" "Ủy ban nhân dân huyện Tam Đảo" \
    "a title under the committee's label is no committee's name"
sed '/^ỦY BAN NHÂN DÂN HUYỆN TAM ĐẢO$/d' no-unit.txt >no-committee.txt
run extract-text -q no-committee.txt
is "$(jqv -r '.decision.issuer')" "null" "and with no committee named, none"

# A value at the end of its line does not run on into the list's next
# item, numbered "3." (nor "I.", "a)").
run extract-text -q "$TD/extract/item-list.txt"
is "$(jqv -c '[.parcels[] | [.number, .address, .area]]')" \
    '[["55","bản Nà Pen, xã Mường Phăng",320.5],["61","bản Co Muông, xã Mường Phăng",410]]' \
    "an address ends before the next item's number"
sed 's/^3\. Diện tích/I. Diện tích/' "$TD/extract/item-list.txt" >item-roman.txt
run extract-text -q item-roman.txt
is "$(jqv -r '.parcels[0].address')" "bản Nà Pen, xã Mường Phăng" "or its Roman numeral"

# Holders listed as numbered paragraphs, each with its parcel's "diện tích
# thu hồi" (or "diện tích đất bị thu hồi"): the area recovered is the
# parcel's area, its words between the label and the figure no bar.
run extract-text -q "$TD/extract/recovery-paragraphs.txt"
is "$(jqv -c '[.parcels[] | [.number, .sheet, .area, .land_use, .holder]]')" \
    '[["208","17",86.4,"LUC",0],["1043","9",1120.5,"HNK",1]]' \
    "an area 'thu hồi' said in a holder's paragraph is its parcel's"
is "$(jqv -c '[.owners[] | [.name, .birth_year, .id_number]]')" \
    '[["Lò Văn Pánh",1961,"011061004127"],["Quàng Thị Xuân",1978,"011178002935"]]' \
    "holders' names in capitals are read in title case"
is "$(jqv '.review | length')" 0 "nothing to review in numbered holders' paragraphs"

# A decision amending a recovery (sửa đổi, bổ sung) cites the article it
# amends ("bổ sung Điều 1 Quyết định số ...") and quotes its new text
# ("“Điều 1. Thu hồi 96,2 m2 đất ... của ông ..., thuộc thửa đất số 47"):
# neither ends its own Điều 1, and the area taken, said before the holder
# with the parcel's number after it, is that parcel's.
run extract-text -q "$TD/extract/amend-recovery.txt"
is "$(jqv -c '[.decision.kind, [.parcels[] | [.number, .sheet, .area, .land_use]], [.owners[] | [.name, .birth_year]]]')" \
    '["thu-hoi",[["47","23",96.2,"ONT"]],[["Lò Văn Chiến",1958]]]' \
    "an amended recovery's quoted article gives its holder and parcel"
sed 's/^“Điều 1\. /“/' "$TD/extract/amend-recovery.txt" >amend-unquoted.txt
run extract-text -q amend-unquoted.txt
is "$(jqv -c '[.parcels[] | .number]')" '["47"]' \
    "an article cited within a sentence heads no article"
# an area taken that sums up the holders listed after it is no parcel's
run extract-text -q "$TD/extract/thu-hoi-ocr.txt"
is "$(jqv -c '[.parcels[] | .area]')" '[298.3,265.5,324.4,1007,494.9]' \
    "'Thu hồi 2.390,1 m2 đất của 6 hộ' gives no parcel of its own"
run extract-text -q "$TD/extract/thu-hoi-table.txt"
is "$(jqv -c '[.parcels[] | .number]')" '["45","46","12"]' \
    "nor does 'Thu hồi 3 thửa đất của 2 hộ'"

# A figure 6 that OCR reads as a marked letter, its stem the acute ("19ó1",
# "8ó,4", "1é43"), is a 6 inside a number, and the value put to review.
sed 's/sinh năm 1961/sinh năm 19ó1/; s/^86,4 m2/8ó,4 m2/; s/số 1043/số 1é43/' \
    "$TD/extract/recovery-paragraphs.txt" >six.txt
run extract-text -q six.txt
is "$(jqv -c '[.owners[0].birth_year, .parcels[0].area, .parcels[1].number, ([.review[].field] | sort)]')" \
    '[1961,86.4,"1643",["owners[0].birth_year","parcels[0].area","parcels[1].number"]]' \
    "a 6 read 'ó', 'é' in a number is read 6 and put to review"

# "tài sản gắn liền với đất" named in passing, ending its clause, is no
# house the decision describes: no house, nothing about one to review.
sed 's/^Điều 2\. /Người sử dụng đất phối hợp trong việc kiểm đếm đất đai, tài sản gắn liền với đất.\nĐiều 2. /' \
    "$TD/extract/recovery-paragraphs.txt" >passing.txt
run extract-text -q passing.txt
is "$(jqv -c '[.house, ([.review[] | select(.field | test("house"))] | length)]')" \
    '[null,0]' "a house named in passing is no house"
# A table whose rows could not be read, and a term said once under it: the
# parcel made of the term alone (no number, sheet or area) is no parcel
# read, and the table is put to review whole, for its holders too.
"$TOP/tests/words-of-text" U "$TD/extract/unread-table.txt" | ocr-extract -q >unread.jsonl
is "$(jq -c '[.review[] | select(.field == "parcels") | [.reason, .also]]' unread.jsonl)" \
    '[["page 1: no parcel found: the rows of its table could not be read",["owners"]]]' \
    "a parcel with no number, sheet or area leaves an unread table for review"

# The committee's label with a speck after it on its line ("ỦY BAN NHÂN
# DÂN.") names the unit on the line under it; a hyphened unit's name keeps
# a capital after its hyphen ("Phan Rang-Tháp Chàm").
sed '1s/.*/ỦY BAN NHÂN DÂN./; 2s/.*/XÃ MƯỜNG PHĂNG ./' \
    "$TD/extract/recovery-paragraphs.txt" >speck-label.txt
run extract-text -q speck-label.txt
is "$(jqv -r '.decision.issuer')" "Ủy ban nhân dân xã Mường Phăng" \
    "a speck after 'ỦY BAN NHÂN DÂN' leaves the unit under it the issuer's"
sed '1s/.*/ỦY BAN NHÂN DÂN/; 2s/.*/THÀNH PHỐ PHAN RANG-THÁP CHÀM/' \
    "$TD/extract/recovery-paragraphs.txt" >hyphen.txt
run extract-text -q hyphen.txt
is "$(jqv -r '.decision.issuer')" "Ủy ban nhân dân thành phố Phan Rang-Tháp Chàm" \
    "a hyphened unit's name in capitals is title-cased on both sides"

# A superior body printed above the committee that acts ("UBND TỈNH VĨNH
# PHÚC" over "ỦY BAN NHÂN DÂN" / "HUYỆN TAM ĐẢO"): the issuer is the lower.
sed '1s/.*/UBND TỈNH VĨNH PHÚC/; 2s/.*/ỦY BAN NHÂN DÂN/;
    3s/.*/HUYỆN TAM ĐẢO/; 3a\
Số: 1174/QĐ-UBND' "$TD/extract/header-columns.txt" >superior.txt
run extract-text -q superior.txt
is "$(jqv -r '.decision.issuer')" "Ủy ban nhân dân huyện Tam Đảo" \
    "of two committees one under the other, the lower issues"
sed '1s/VĨNH PHÚC/PHÚ THỌ/' superior.txt >superior-tho.txt
run extract-text -q superior-tho.txt
is "$(jqv -r '.decision.issuer')" "Ủy ban nhân dân huyện Tam Đảo" \
    "a label read off does not run across lines (THỌ / ỦY BAN: no TM. ỦY BAN)"
sed '1s/.*/UBND TỈNH VĨNH PHÚC    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/;
    2s/.*/ỦY BAN NHÂN DÂN       Độc lập - Tự do - Hạnh phúc/' superior.txt \
    >superior-motto.txt
run extract-text -q superior-motto.txt
is "$(jqv -r '.decision.issuer')" "Ủy ban nhân dân huyện Tam Đảo" \
    "and when the motto runs on the committees' lines"
sed '1s/.*/ỦY BAN NHÂN DÂN/; 2s/.*/ĐẶC KHU VÂN ĐỒN/' \
    "$TD/extract/header-columns.txt" >special.txt
run extract-text -q special.txt
is "$(jqv -r '.decision.issuer')" "Ủy ban nhân dân đặc khu Vân Đồn" \
    "a special zone (đặc khu) is a unit type of the issuer"

# An issuer's unit name OCR damaged is mended to the official one it is
# close to, as an address's is, and reviewed.
sed '2s/HUYỆN TAM ĐẢO/HUYỆN TAM ĐÀO/' "$TD/extract/header-columns.txt" >issuer-off.txt
run extract-text -q --units "$DATA/admin-units.csv" issuer-off.txt
is "$(jqv -r '.decision.issuer')" "Ủy ban nhân dân huyện Tam Đảo" \
    "an issuer's unit name a mark off is mended"
like "$(jqv -r '.review[] | .field + " " + .reason')" \
    'decision\.issuer unit name mended' "and reviewed"

# mapped FILE: extract-text with the units and the 2025 commune map.
mapped() {
	run extract-text -q --units "$DATA/admin-units.csv" \
	    --units-map "$DATA/commune-map.csv" "$1"
}

# A special zone ("đặc khu Vân Đồn"), a commune since July 2025, is found
# in the unit lists as a commune.
mapped "$TD/extract/special-zone.txt"
is "$(jqv -c '[.owners[0].commune_code, .parcels[0].commune_code]')" \
    '["06994","06994"]' "a special zone is a commune"

# A grant said in one sentence: "Cho Công ty ... (mã số doanh nghiệp ...)
# thuê 2.406,8 m² đất tại ...": the company's name ends at its bracket,
# the area follows the verb, the place the area; "tờ bản đồ địa chính số
# 22" is the sheet; "Vị trí khu đất: thuộc thửa đất số 87" names no place.
run extract-text -q "$TD/extract/lease-said.txt"
is "$(jqv -c '[.owners[] | [.name, .organisation]]')" \
    '[["Công ty trách nhiệm hữu hạn Xây dựng Minh Phát",true]]' \
    "an organisation's name ends at its bracket"
is "$(jqv -c '[.parcels[] | [.sheet, .number, .area, .address, .holder]]')" \
    '[["22","87",2406.8,"tổ dân phố 3, phường Nghĩa Chánh",0]]' \
    "one parcel: area after 'thuê', its place, 'tờ bản đồ địa chính số'"

# "Giao 312,4 m² đất ở tại đô thị cho bà A": the area said before its
# holder is hers; "tờ bản đồ địa chính số 9, tại tổ 4, phường Him Lam"
# gives sheet and place; an origin's wording followed by "thông qua đấu
# giá ..." is that origin.
run extract-text -q "$TD/extract/grant-first.txt"
is "$(jqv -c '[.parcels[] | [.sheet, .number, .area, .address, .holder]]')" \
    '[["9","45",312.4,"tổ 4, phường Him Lam",0]]' \
    "an area said before the holder, a place after the sheet"
is "$(jqv -r '.parcels[0].origin')" \
    "Nhà nước giao đất có thu tiền sử dụng đất" \
    "an origin's wording with how it was given after it"

# A lettered list of holders, each "được giao N m² đất ở tại thửa đất số
# ...", then one sentence giving use, term and origin: it holds for every
# parcel of the list.
run extract-text -q "$TD/extract/lettered-list.txt"
is "$(jqv -c '[.parcels[] | [.number, .area, .land_use, .term, .origin, .holder]]')" \
    '[["31",150.2,"ONT","Lâu dài","Nhà nước giao đất có thu tiền sử dụng đất",0],["32",98.6,"ONT","Lâu dài","Nhà nước giao đất có thu tiền sử dụng đất",1]]' \
    "a use, term and origin under a lettered list hold for all its parcels"

# A change of use stated, then its parcel in items: "Diện tích chuyển mục
# đích: 86,4 m²" is that parcel's area, not a second statement that would
# open a parcel with no number (which export-xml rejects).
run extract-text -q "$TD/extract/use-change-items.txt"
is "$(jqv -c '[.parcels[] | [.number, .area, .land_use, .land_use_to, .term]]')" \
    '[["508",86.4,"CLN","ONT","Lâu dài"]]' \
    "'Diện tích chuyển mục đích' is the area of the parcel: one parcel"

# A date whose day and month were left blank ("ngày..,......tháng
# ........năm 2026", the dots read as one word): its year alone tells the
# generation of units, so "xã Na Sang, tỉnh Điện Biên" is the commune of
# July 2025 (03172), not the one of the same name before (03201).
sed 's/^HUYỆN MƯỜNG ẢNG /XÃ NA SANG /;
    s/Mường Ảng, ngày 09 tháng 8 năm 2017/Na Sang, ngày..,......tháng........năm 2026/;
    s/tại xã Ẳng Nưa/tại xã Na Sang, tỉnh Điện Biên/' \
    "$TD/extract/lettered-list.txt" >year-only.txt
mapped year-only.txt
is "$(jqv -c '[.decision.date, [.parcels[].commune_code]]')" \
    '[null,["03172","03172"]]' "a year alone tells the units' generation"
sed 's/tháng........năm 2026/tháng ..... năm 2020/' year-only.txt >year-old.txt
mapped year-old.txt
is "$(jqv -c '[.parcels[].commune_code]')" '["03201","03201"]' \
    "and a year before 2025 the old one"

# A land decision of a commune's committee whose date is lost but for the
# year 2025 ("ngày gen 14 11 năm 2025"): communes decide on land only
# since July 2025, so its units are the new ones (03172); a district's
# decision of that year could be of either generation.
sed 's/ngày\.\.,\.\.\.\.\.\.tháng\.\.\.\.\.\.\.\.năm 2026/ngày gen 14 11 năm 2025/' \
    year-only.txt >commune-issuer.txt
mapped commune-issuer.txt
is "$(jqv -c '[.decision.date, [.parcels[].commune_code]]')" \
    '[null,["03172","03172"]]' "a commune's land decision means the new units"
sed 's/^XÃ NA SANG /HUYỆN MƯỜNG ẢNG /' commune-issuer.txt >district-issuer.txt
mapped district-issuer.txt
is "$(jqv -c '[.parcels[].commune_code]')" '[null,null]' \
    "a district's of 2025 does not"

# A couple named one after the other, "ông A (...), ... và bà B (...), ...
# (vợ chồng), cùng thường trú tại X", or "vợ chồng ông A ... và bà B":
# spouses, both living at X; the first holds the parcels.
sed '13,15d; 12a\
Điều 1. Giao đất cho ông Quàng Văn Ún (sinh năm 1968), CCCD số 011068004512\
và bà Lò Thị Ính (sinh năm 1972), CCCD số 011172000937 (vợ chồng), cùng\
thường trú tại bản Chiềng Đông, xã Chiềng Đông, huyện Tuần Giáo, tỉnh Điện Biên,\
như sau:' "$TD/extract/giao-dat-couple.txt" >couple.txt
run extract-text -q couple.txt
is "$(jqv -c '[[.owners[] | [.name, .spouse, .address]], [.parcels[].holder]]')" \
    '[[["Quàng Văn Ún",1,"bản Chiềng Đông, xã Chiềng Đông, huyện Tuần Giáo, tỉnh Điện Biên"],["Lò Thị Ính",0,"bản Chiềng Đông, xã Chiềng Đông, huyện Tuần Giáo, tỉnh Điện Biên"]],[0,0]]' \
    "'(vợ chồng)' after two owners makes them a couple"
sed 's/Giao đất cho ông Quàng/Giao đất cho vợ chồng ông Quàng/;
    s/ (vợ chồng), cùng/, cùng/' couple.txt >couple-first.txt
run extract-text -q couple-first.txt
is "$(jqv -c '[[.owners[] | [.name, .spouse]], [.parcels[].holder]]')" \
    '[[["Quàng Văn Ún",1],["Lò Thị Ính",0]],[0,0]]' \
    "and 'vợ chồng' before them"

# Specks OCR read on a photocopy: between the words of a label ("hộ» ông":
# a household), and ending a line inside a name that goes on on the next
# ("Lù Quang'" / "Thoong,"): passed over, the name reviewed.
edited 's/Cho ông Lù Văn Thoong,/Cho hộ» ông Lù Văn Thoong,/'
is "$(jqv -c '[.owners[] | [.name, .household]]')" '[["Lù Văn Thoong",true]]' \
    "a speck between the words of a label"
edited "s/Cho ông Lù Văn Thoong,/Cho ông Lù Quang'\nThoong,/"
is "$(jqv -r '.owners[0].name')" "Lù Quang Thoong" \
    "a speck ending a line inside a name"
like "$(jqv -r '.review[].field')" 'owners\[0\]\.name' "and the name reviewed"
edited 's/Cho ông Lù Văn Thoong,/Cho ông Lù Quang -\nThoong,/'
is "$(jqv -r '.owners[0].name')" "Lù Quang Thoong" "or a dash"

# The state's name read as the line under "ỦY BAN NHÂN DÂN" (its column's
# first line between the committee and its unit): the unit is named after.
sed '1s/.*/ỦY BAN NHÂN DÂN\
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/; 2s/.*/HUYỆN TAM ĐẢO\
Độc lập - Tự do - Hạnh phúc/' "$TD/extract/header-columns.txt" >state-line.txt
run extract-text -q state-line.txt
is "$(jqv -r '.decision.issuer')" "Ủy ban nhân dân huyện Tam Đảo" \
    "the state's name between the committee and its unit"
# Specks around the issuer's unit are left out; among its words, also
# left out, and the issuer reviewed.
sed "2s/HUYỆN TAM ĐẢO   /'HUYỆN TAM' ĐẢO, /" "$TD/extract/header-columns.txt" \
    >issuer-specks.txt
run extract-text -q issuer-specks.txt
is "$(jqv -r '.decision.issuer')" "Ủy ban nhân dân huyện Tam Đảo" \
    "specks in the issuer's unit are left out"
like "$(jqv -r '.review[] | .field + " " + .reason')" \
    'decision\.issuer specks among the words' "and reviewed"

# A couple in one name cell of a table ("Ông A và vợ là bà B", their birth
# years "1968 1971" in one cell): two owners, spouses; the row's parcel is
# the first's, and the rows below keep their holders.
sed 's/^3 | Vàng Thị Dua | 1971 |/3 | Ông Sùng A Lử và vợ là bà Vàng Thị Dua | 1968 1971 |/' \
    "$TD/extract/thu-hoi-table.txt" >cell-couple.txt
run extract-text -q cell-couple.txt
is "$(jqv -c '[[.owners[] | [.name, .gender, .birth_year, .spouse]], [.parcels[].holder]]')" \
    '[[["Giàng A Páo","M",1960,null],["Sùng A Lử","M",1968,2],["Vàng Thị Dua","F",1971,1]],[0,0,1]]' \
    "a couple in one name cell"
is "$(jqv '.review | length')" 0 "and nothing left over in its cells"
sed 's/và vợ là bà Vàng/và vợ là Vàng/' cell-couple.txt >cell-wife.txt
run extract-text -q cell-wife.txt
is "$(jqv -c '[.owners[2] | .name, .gender, .spouse]')" '["Vàng Thị Dua","F",1]' \
    "the spouse's sex the other's when no title says it"

# A syllable with two tone marks ("Thấắng": OCR read a mark twice) is no
# Vietnamese syllable: the name is reviewed.
edited 's/Cho ông Lù Văn Thoong,/Cho ông Lù Văn Thấắng,/'
like "$(jqv -r '.review[].field')" 'owners\[0\]\.name' \
    "a syllable with two tone marks is reviewed"

# Holders that are no company: a community ("Cho Cộng đồng dân cư xóm
# Đồng Cẩm", a unit's type word after it), a school; a commune's
# committee only in a table's name cell, never in prose, where "giao cho
# Ủy ban nhân dân xã ..." hands land over to manage.
org() {
	sed "s/Cho Công ty Cổ phần Chè Hà Thái,/Cho $1,/" \
	    "$TD/extract/organisation.txt" >org.txt
	run extract-text -q org.txt
}
org 'Cộng đồng dân cư xóm Đồng Cẩm'
is "$(jqv -c '[.owners[] | [.name, .organisation, .gender]]')" \
    '[["Cộng đồng dân cư xóm Đồng Cẩm",true,null]]' "a community is an owner"
org 'Trường Tiểu học Hà Thượng'
is "$(jqv -c '[.owners[] | [.name, .organisation]]')" \
    '[["Trường Tiểu học Hà Thượng",true]]' "a school is an owner"
org 'Ủy ban nhân dân xã Hà Thượng'
is "$(jqv '.owners | length')" 0 "a commune's committee in prose is none"
sed 's/^3 | Vàng Thị Dua | 1971 |/3 | Ủy ban nhân dân xã Sa Lông | |/' \
    "$TD/extract/thu-hoi-table.txt" >body-cell.txt
run extract-text -q body-cell.txt
is "$(jqv -c '[.owners[1] | .name, .organisation, .gender]')" \
    '["Ủy ban nhân dân xã Sa Lông",true,null]' \
    "but one in a table's name cell is an owner"
sed 's/^3 | Vàng Thị Dua |/3 | Trương Thị Dua |/' \
    "$TD/extract/thu-hoi-table.txt" >truong.txt
run extract-text -q truong.txt
is "$(jqv -c '[.owners[1] | .name, .organisation, .gender]')" \
    '["Trương Thị Dua",null,"F"]' "the surname Trương (trường folded) is no school"

# Two words OCR ran together, a word in small letters and a capitalised
# one ("ôngLù", "bảnCo"): two words, the title and the name apart.
edited 's/Cho ông Lù Văn Thoong,/Cho hộ gia đình ôngLù Văn Thoong,/; s/bản Co Mận/bảnCo Mận/'
is "$(jqv -c '[.owners[] | [.name, .gender, .household, .address]]')" \
    '[["Lù Văn Thoong","M",true,"bản Co Mận, xã Mường Phăng, huyện Điện Biên, tỉnh Điện Biên"]]' \
    "a title run into the name, a place's type into its name"

# An address cut after the first word of a unit's type of two words ("bản
# Co Mận, thị": thị trấn or thị xã) is reviewed; a name's "Thành" is not
# that word.
edited '12s/bản Co Mận, xã$/bản Co Mận, thị;/'
like "$(jqv -r '.review[] | .field + " " + .reason')" \
    'owners\[0\]\.address ends in a unit word' \
    "an address cut after 'thị' is reviewed"

# A speck after the number's last dash ("1661/QĐ-UBND-_") is no part of
# it: left out, the number reviewed.
edited 's|1661/QĐ-UBND|1661/QĐ-UBND-_|'
is "$(jqv -r '.decision.number')" "1661/QĐ-UBND" "a speck after the last dash"
like "$(jqv -r '.review[].field')" 'decision\.number' "and the number reviewed"

# Specks OCR read among an address's words ("bản Co Mận, °* xã ...") are
# left out, the address reviewed; an address ending in the name "Hà Tĩnh"
# (which folds to the type word "tỉnh") has not lost its last name.
edited '12s/bản Co Mận, xã$/bản Co Mận, °* xã/'
is "$(jqv -r '.owners[0].address')" \
    "bản Co Mận, xã Mường Phăng, huyện Điện Biên, tỉnh Điện Biên" \
    "specks among an address's words are left out"
like "$(jqv -r '.review[] | .field + " " + .reason')" \
    'owners\[0\]\.address specks among' "and the address reviewed"
edited '13s/tỉnh Điện Biên thuê/tỉnh Hà Tĩnh thuê/'
is "$(jqv -c '[.review[] | select(.reason | test("ends in a unit word"))]')" \
    '[]' "a name that folds to a type word ends no address in one"

# edited_from FIXTURE SED-SCRIPT: extract testdata/extract/FIXTURE edited
# by the script.
edited_from() {
	sed "$2" "$TD/extract/$1" >edited.txt
	run extract-text -q edited.txt
}
uses='[.parcels[] | [.sheet, .number, .area, .land_use, .land_use_to, .term]]'

# A change of use written as labelled dash lines: the use before and after
# the change ("Mục đích trước khi chuyển: ...", "Mục đích sau khi chuyển:
# ..."), the sheet and the number as two labelled values on one line.
run extract-text -q "$TD/extract/use-change-dashes.txt"
is "$(jqv -c "$uses")" '[["12","508",86.4,"CLN","ONT","Lâu dài"]]' \
    "uses before and after a change, as labelled lines"

# The use before a change said twice, in a sentence ("Chuyển từ đất trồng
# cây lâu năm sang ...") and on a labelled line ("Mục đích trước khi
# chuyển: ..."), is one parcel's, not a second parcel.
edited_from use-change-dashes.txt 's/^- Diện tích chuyển mục đích: 86,4 m²$/- Chuyển từ đất trồng cây lâu năm sang đất ở tại nông thôn;\n&/'
is "$(jqv -c "$uses")" '[["12","508",86.4,"CLN","ONT","Lâu dài"]]' \
    "a use said twice is one parcel's"

# A number with a speck OCR read low after it ("Thửa đất số: 508_ Tờ bản
# đồ số: 12") is read, and reviewed.
edited_from use-change-dashes.txt 's/Thửa đất số: 508$/Thửa đất số: 508_/'
is "$(jqv -c '[.parcels[] | [.sheet, .number]]')" '[["12","508"]]' \
    "a number with a speck after it"
like "$(jqv -r '.review[] | .field + " " + .reason')" \
    'parcels\[0\]\.number stray punctuation' "and reviewed"

# A title OCR ran into the name after it ("ÔngGiàngAPáo", "BàVàng Thị
# Dua"), in a table's cell as in prose, is the owner's title: left out of
# the name, whose sex it gives.
names='[.owners[] | [.name, .gender]]'
edited_from thu-hoi-table.txt 's/^1 | Giàng A Páo/1 | ÔngGiàngAPáo/; s/^3 | Vàng Thị Dua/3 | BàVàng Thị Dua/'
is "$(jqv -c "$names")" '[["Giàng A Páo","M"],["Vàng Thị Dua","F"]]' \
    "a title run into the name is no part of it"
edited_from cho-thue.txt 's/Cho ông Lù Văn Thoong/Cho ÔngLù Văn Thoong/'
is "$(jqv -c "$names")" '[["Lù Văn Thoong","M"]]' "nor in prose"

# A date whose month label OCR read a letter off ("thúng") between two
# numbers is read; so is one whose year a dot glues to its label
# ("năm.2021", "năm. 2021").  A label misread is no doubt of a date whose
# figures were read as printed and make a valid date (review21: that doubt
# flagged 33 right dates and no wrong one on the tuned families).
for d in 'thúng 11 năm 2021' 'tháng 11 năm.2021' 'tháng 11 năm. 2021'; do
	edited_from chuyen-muc-dich.txt "s/tháng 11 năm 2021/$d/"
	is "$(jqv -r '.decision.date')" "2021-11-20" "a date written '$d'"
done
edited_from chuyen-muc-dich.txt 's/tháng 11 năm 2021/thúng 11 năm 2021/'
is "$(jqv -r '[.review[].field | select(. == "decision.date")] | length')" 0 \
    "a date label a letter off, its figures as printed, is not reviewed"

# A land use named right after the area, past its comma, with no label
# ("diện tích 250 m², đất ở tại nông thôn."): the parcel's use.
run extract-text -q "$TD/extract/use-after-area.txt"
is "$(jqv -c '[.parcels[] | [.number, .sheet, .area, .land_use, .holder]]')" \
    '[["114","9",250,"ONT",0],["117","9",310.5,"CLN",1]]' \
    "a use named after the area, with no label"

# An organisation's kind read with a mark OCR misread ("Công ty cổ phân"
# folds as "công ty cổ phần") is written in its listed words, and the name
# reviewed.
edited_from organisation.txt 's/Cho Công ty Cổ phần Chè Hà Thái,/Cho Công ty cổ phân Chè Hà Thái,/'
is "$(jqv -r '.owners[0].name')" "Công ty cổ phần Chè Hà Thái" \
    "an organisation's kind mended to its listed words"
like "$(jqv -r '.review[].field')" '^owners\[0\]\.name$' "and reviewed"

# A header date whose day label OCR misread or lost ("Điện Biên, ngòy 16
# tháng 01 năm 2016", "Điện Biên, 16 tháng 01 năm 2016") is read from its
# month and year labels; reviewed when the label is lost, not when it is
# only misread (its figures were read as printed).
edited_from cho-thue.txt "s/Biên, ngày 16 tháng/Biên, ngòy 16 tháng/"
is "$(jqv -r '.decision.date')" "2016-01-16" "a date with its day label read 'ngòy 16'"
is "$(jqv -r '[.review[].field | select(. == "decision.date")] | length')" 0 "and not reviewed"
edited_from cho-thue.txt "s/Biên, ngày 16 tháng/Biên, 16 tháng/"
is "$(jqv -r '.decision.date')" "2016-01-16" "a date with its day label read '16'"
like "$(jqv -r '.review[].field')" '^decision\.date$' "and reviewed"

# A table of holders that names no commune, in a decision a ward's
# committee issued (since July 2025 communes decide on land): its owners
# and parcels lie in the issuer's ward.
sed -e 's/^HUYỆN MƯỜNG CHÀ/PHƯỜNG HẢI VÂN/' \
    -e 's/Mường Chà, ngày 5 tháng 3 năm 2003/Hải Vân, ngày 5 tháng 9 năm 2025/' \
    -e 's/NHÂN DÂN HUYỆN MƯỜNG CHÀ/NHÂN DÂN PHƯỜNG HẢI VÂN/' \
    -e 's/ tại xã Sa Lông, huyện Mường Chà, tỉnh Lai Châu,//' \
    "$TD/extract/thu-hoi-table.txt" >ward.txt
run extract-text -q --units "$DATA/admin-units.csv" \
    --units-map "$DATA/commune-map.csv" ward.txt
is "$(jqv -c '[[.owners[].commune_code], [.parcels[].commune_code]]')" \
    '[["20194","20194"],["20194","20194","20194"]]' \
    "a table naming no commune lies in the issuing ward"

# An extension or a correction is of the kind its subject names after the
# extension's or correction's phrase ("gia hạn thời hạn cho thuê đất",
# "đính chính Quyết định số ... về việc giao đất": a decision named within
# the subject line does not end it).
edited_from extension.txt 's/Về việc gia hạn thời hạn sử dụng đất/Về việc gia hạn thời hạn cho thuê đất/'
is "$(jqv -r '.decision.kind')" "cho-thue" "an extension of a lease is a lease"
edited_from extension.txt 's/Về việc gia hạn thời hạn sử dụng đất/Về việc đính chính Quyết định số 12\/QĐ-UBND về việc giao đất/'
is "$(jqv -c '[.decision.kind, .decision.title]')" \
    '["giao-dat","Về việc đính chính Quyết định số 12/QĐ-UBND về việc giao đất"]' \
    "a correction of a grant is a grant, its subject whole"

# A parcel whose commune lies outside the district whose committee issued
# the decision, its address not naming that district, is reviewed; one
# whose address names the issuer's district is not (the lists' districts
# are today's).
sed 's/- Địa chỉ thửa đất: bản Co Mận, xã Mường Phăng, huyện Điện Biên;/- Địa chỉ thửa đất: bản Na Khưa, xã Mường Khong, huyện Tuần Giáo;/' \
    "$TD/extract/cho-thue.txt" >outside.txt
for f in outside.txt "$TD/extract/cho-thue.txt"; do
	run extract-text -q --units "$DATA/admin-units.csv" "$f"
	jqv -c '[.parcels[0].commune_code, [.review[] | select(.field |
	    test("commune")) | .reason]]'
done >outside.out
is "$(cat outside.out)" '["03284",["a commune outside the issuer'"'"'s district"]]
["03325",[]]' "a parcel outside the issuer's district is reviewed"

# A header date whose day and month are unreadable (filled in by hand) and
# whose year is printed: the record's date is whole or null, so it is null,
# and the review item says the year read; with its month typed ("ngày ð...
# tháng 1"), the month and year read.
edited_from cho-thue.txt 's/Biên, ngày 16 tháng 01 năm 2016/Biên, ngày Z“ tháng .. năm 2016/'
is "$(jqv -c '[.decision.date, [.review[] | select(.field == "decision.date") | .reason]]')" \
    '[null,["only its year read (2016): the day and month could not be"]]' \
    "a date with its year alone read is null, reviewed with the year"
edited_from cho-thue.txt 's/Biên, ngày 16 tháng 01 năm 2016/Biên, ngày ð... tháng 1 năm 2016/'
is "$(jqv -c '[.decision.date, [.review[] | select(.field == "decision.date") | .reason]]')" \
    '[null,["only its month and year read (1/2016): the day could not be"]]' \
    "a date with its day alone by hand is null, reviewed with the month and year typed"

# A header date whose day or month was written by hand over the typed
# line's dotted blank ("ngày ...... tháng ...... năm 2024") holds the dots
# among its figures ("1.6" and "2.8", read as 1 and 2; "28..") and is never
# given unflagged: reviewed, its dots named; a typed date is not.
for d in 'ngày 2.8 tháng 6.. năm 2016' 'ngày 28.. tháng 6 năm 2016' \
    'ngày 1.6 tháng 01 năm 2016'; do
	edited_from cho-thue.txt "s/Biên, ngày 16 tháng 01 năm 2016/Biên, $d/"
	is "$(jqv -c '[.review[] | select(.field == "decision.date") | .reason]')" \
	    '["its day or month written over a dotted blank"]' \
	    "a date on a dotted blank ('$d') is reviewed"
done
edited_from cho-thue.txt 's/Biên, ngày 16 tháng 01 năm 2016/Biên, ngày 16 tháng 01 năm 2016./'
is "$(jqv -c '[.decision.date, [.review[] | select(.field == "decision.date")]]')" \
    '["2016-01-16",[]]' "a typed date with a full stop after it is not reviewed"

# A subject line whose "V/v" OCR read as "V/" is the subject, and names the
# kind.
edited_from cho-thue.txt 's/^Về việc cho thuê đất$/V\/ cho thuê đất/'
is "$(jqv -c '[.decision.title, .decision.kind]')" '["V/ cho thuê đất","cho-thue"]' \
    "a subject line opened by 'V/'"

# A decision number whose symbol holds punctuation a symbol never holds is
# reviewed: a separator amid specks between two letters is mended
# ("UBND.,KT": "UBND.KT"), two separators in a row or a quote are left as
# read, a symbol cut by a stray space (".KT" after "UBND") keeps what came
# before it; a plain symbol ("UBND.KT") is not.
for sym in 'UBND.,KT' 'UBND-.KT' "UBND'KT" 'UBND .KT' 'UBND.KT'; do
	sed "s|1661/QĐ-UBND|1661/QĐ-$sym|" "$TD/extract/cho-thue.txt" >sym.txt
	run extract-text -q sym.txt
	jqv -c '[.decision.number, [.review[] | select(.field ==
	    "decision.number") | .reason]]'
done >sym.out
is "$(cat sym.out)" '["1661/QĐ-UBND.KT",["punctuation a number'"'"'s symbol never holds"]]
["1661/QĐ-UBND-.KT",["punctuation a number'"'"'s symbol never holds"]]
["1661/QĐ-UBND'"'"'KT",["punctuation a number'"'"'s symbol never holds"]]
["1661/QĐ-UBND",["punctuation a number'"'"'s symbol never holds"]]
["1661/QĐ-UBND.KT",[]]' "a number's symbol with stray punctuation is reviewed, mended where certain"

# Labels in a font whose one-storey 'a' OCR reads as 'o' or 'u' ("ngòy 16
# thóng 01 nờm 2016", "Cờn cứ Luột"): the header's date is read from its
# labels so confused (not reviewed: its figures were read as printed); the
# citations' dates are not taken.
edited_from cho-thue.txt 's/Biên, ngày 16 tháng 01 năm 2016/Biên, ngòy 16 thúng 01 nờm 2016/; s/^Căn cứ Luật/Cờn cứ Luột/'
is "$(jqv -r '.decision.date')" "2016-01-16" "a date whose labels' a is read o or u"
is "$(jqv -r '[.review[].field | select(. == "decision.date")] | length')" 0 "and not reviewed"

# A date inside a citation of the legal basis ("(ăn cứ Luật Đất đai ngày
# 29 tháng 11 năm 2013", its "Căn cứ" misread; "Nghị định số ... ngày ...")
# is never the decision's: with the header's date line unread, the date is
# null and reviewed.
edited_from cho-thue.txt 's/Biên, ngày 16 tháng 01 năm 2016/Biên, ~~ ~~~/; s/^Căn cứ /(ăn cứ /; s/^Xét đề nghị/Xét đơn/'
is "$(jqv -r '.decision.date')" "null" "no date taken from a citation of a law"
like "$(jqv -r '.review[].field')" '^decision\.date$' "and the date reviewed"

# A 't' OCR read as a dagger ("Công †y", "thường †rú"; '†' is no letter
# Vietnamese writes) is put back where it stands against a letter, and the
# value it lands in is reviewed.
edited_from organisation.txt 's/Cho Công ty Cổ phần Chè Hà Thái,/Cho Công †y Cổ phần Chè Hà Thái,/'
is "$(jqv -r '.owners[0].name')" "Công ty Cổ phần Chè Hà Thái" "a dagger read for a t"
like "$(jqv -r '.review[].field')" '^owners\[0\]' "and the owner reviewed"

# A representative is no owner: one named after "người đại diện" ("(người
# đại diện: bà X, con gái, ...)") or who acts for the holder ("do ông X,
# chức vụ Giám đốc, làm người đại diện"); the land stays the holder's.
edited_from organisation.txt 's/tỉnh Thái Nguyên thuê 2,35 ha/tỉnh Thái Nguyên, do ông Hà Văn Sơn, chức vụ Giám đốc, làm người đại diện theo pháp luật, thuê 2,35 ha/'
is "$(jqv -c '[[.owners[].name], [.parcels[].holder]]')" \
    '[["Công ty Cổ phần Chè Hà Thái"],[0]]' "a company's representative is no owner"
edited_from cho-thue.txt 's/tỉnh Điện Biên thuê đất như sau:/tỉnh Điện Biên (người đại diện: bà Lò Thị Mai, con gái, theo văn bản ủy quyền ngày 10\/03\/2015) thuê đất như sau:/'
is "$(jqv -c '[[.owners[].name], [.parcels[].holder]]')" \
    '[["Lù Văn Thoong"],[0]]' "a holder's representative is no owner"

# A commune whose a's OCR read as o ("xã Tôn Thói" for "xã Tân Thái", two
# letters off a name of seven) is the one of its district so spelt, the
# address mended and reviewed.
sed 's/xóm Đồng Cẩm, xã Hà Thượng,/xóm Đồng Cẩm, xã Tôn Thói,/' \
    "$TD/extract/organisation.txt" >a-as-o.txt
run extract-text -q --units "$DATA/admin-units.csv" a-as-o.txt
is "$(jqv -c '[.owners[0].address, .owners[0].commune_code]')" \
    '["xóm Đồng Cẩm, xã Tân Thái, huyện Đại Từ, tỉnh Thái Nguyên","05827"]' \
    "a commune whose a's are read as o"
like "$(jqv -r '.review[].field')" '^owners\[0\]\.address$' "and its address reviewed"

# Free text after a label OCR misread ("Kết cốu": its a read as o) is
# reviewed: the text was likely misread so too ("Tường gọch").
edited_from cap-gcn-house.txt 's/Kết cấu: Bê tông cốt thép/Kết cốu: Bê tông cốt thép/'
is "$(jqv -c '[.house.structure, [.review[] | select(.field == "house.structure") | .reason]]')" \
    '["Bê tông cốt thép",["its label misread by OCR, as the text may be"]]' \
    "text after a misread label is reviewed"

# A name that stops at a word OCR read with a figure for a letter ("Lù
# Thoong 5a", "Sa" read so) is reviewed: the name may go on past it.
edited_from cho-thue.txt 's/Cho ông Lù Văn Thoong,/Cho ông Lù Thoong 5a,/'
is "$(jqv -c '[.owners[0].name, [.review[] | select(.field == "owners[0].name") | .reason]]')" \
    '["Lù Thoong",["a word read with figures ends the name"]]' \
    "a name cut at a word with a figure is reviewed"

# "ông A, ... và bà B, ...; cùng thường trú tại X": a man and a woman
# named together, no "vợ" said, are a couple, doubted; the land is the
# first's (the head's), and the address they share is both's.
edited_from giao-dat-couple.txt 's/^Điều 1. Giao đất cho hộ ông Quàng/Điều 1. Giao đất cho ông Quàng/; s/^và vợ (chồng) là bà Lò Thị Ính/và bà Lò Thị Ính/; s/^thường trú tại bản/cùng thường trú tại: bản/'
is "$(jqv -c '[[.owners[] | [.spouse, .address != null]], [.parcels[].holder]]')" \
    '[[[1,true],[0,true]],[0,0]]' "a man and a woman named together are a couple"
like "$(jqv -r '.review[] | select(.field == "owners[1].spouse") | .reason')" \
    'và' "the couple is reviewed"
edited_from giao-dat-couple.txt 's/^Điều 1. Giao đất cho hộ ông Quàng/Điều 1. Giao đất cho ông Quàng/; s/^và vợ (chồng) là bà Lò Thị Ính/và bà Lò Thị Ính/; s/CCCD số 011172000937;/CCCD số 011172000937 (vợ chồng);/'
is "$(jqv -c '[[.owners[].spouse], [.review[] | select(.field == "owners[1].spouse")]]')" \
    '[[1,0],[]]' "a couple said so after the two names is not reviewed"

# A personal ID labelled with the abbreviation "Số ĐDCN" (số định danh
# cá nhân) is of that type.
edited_from giao-dat-couple.txt 's/CCCD số 011068004512/Số ĐDCN: 011068004512/'
is "$(jqv -c '[.owners[0].id_number, .owners[0].id_type]')" \
    '["011068004512","dinh-danh"]' "an ID labelled 'Số ĐDCN'"

# The use before a change said as the use the land has now ("Mục đích
# đang sử dụng: ...").
edited_from use-change-dashes.txt 's/^- Mục đích trước khi chuyển:/- Mục đích đang sử dụng:/'
is "$(jqv -c '[.parcels[] | [.land_use, .land_use_to]]')" '[["CLN","ONT"]]' \
    "the use before a change as the use the land has now"

# The kind is the act the decision does, not one it names of another act:
# an annulment (hủy bỏ) of a recovery, its verb damaged by OCR ("hủụ bỏ",
# "Hủu bỏ"), names "thu hồi đất" only in the decision it cites ("Quyết định
# số ... về việc thu hồi đất"), so it is "other"; an amendment (sửa đổi)
# of a recovery its subject line names is a recovery.
cat >annul.txt <<EOF
ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN MƯỜNG ẢNG Độc lập - Tự do - Hạnh phúc
Số: 77/QĐ-UBND Mường Ảng, ngày 3 tháng 4 năm 2014
QUYẾT ĐỊNH
Về việc hủụ bỏ Quyết định số 12/QĐ-UBND ngày 10/01/2014
ỦY BAN NHÂN DÂN HUYỆN MƯỜNG ẢNG
Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013;
QUYẾT ĐỊNH:
Điều 1. Hủu bỏ Quyết định số 12/QĐ-UBND ngày 10/01/2014 của Ủy ban nhân dân
huyện Mường Ảng về việc thu hồi đất để xây dựng trạm cấp nước.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
EOF
run extract-text -q annul.txt
is "$(jqv -r '.decision.kind')" "other" \
    "an annulment of a recovery is no recovery (the kind of the act it cites)"
sed 's/hủụ bỏ\(.*\)/sửa đổi\1 về việc thu hồi đất/; s/Hủu bỏ/Sửa đổi/' annul.txt >amend.txt
run extract-text -q amend.txt
is "$(jqv -r '.decision.kind')" "thu-hoi" \
    "an amendment of a recovery is a recovery"
# A subject line whose verb OCR damaged ("g1ao đất") names a kind further
# on that is not its act ("... cho các hộ bị thu hồi đất"): the verb that
# opens Điều 1 tells the kind, doubted.
edited_from giao-dat-couple.txt 's/^Về việc giao đất ở cho hộ gia đình, cá nhân$/Về việc g1ao đất ở cho các hộ gia đình, cá nhân bị thu hồi đất/'
is "$(jqv -c '[.decision.kind, [.review[] | select(.field == "decision.kind") | .reason != null]]')" \
    '["giao-dat",[true]]' "the verb of Điều 1 over a kind named late in the subject line"

# A day or month OCR read as glyphs that stand for figures in the slot
# between the date's labels: a 6 whose hook is read as an acute ("tháng ó"),
# a 1 read by its flag as "T" or "†" ("tháng TI", "tháng † 1"); the date is
# read and reviewed as repaired.
for m in 'ó:06' 'TI:11' '† 1:11' 'T1:11'; do
	edited_from cho-thue.txt "s/Biên, ngày 16 tháng 01 năm 2016/Biên, ngày 16 tháng ${m%:*} năm 2016/"
	is "$(jqv -c '[.decision.date, ([.review[] | select(.field == "decision.date")] | length)]')" \
	    "[\"2016-${m#*:}-16\",1]" "a month read as '${m%:*}'"
done

# An old decision number whose symbol is parted from QĐ by dots, with a
# year in figures ("1509/QĐ.UBT.03"), is read as printed; its QĐ read
# twice ("QĐÐ") is mended and reviewed; a year segment ("583/2016/QĐ-UB",
# the date's year).
for num in '1509/QĐ.UBT.03:1509/QĐ.UBT.03:0' '1509/QĐÐ.UBT.03:1509/QĐ.UBT.03:1' \
    '583/2016/QĐ-UB:583/2016/QĐ-UB:0'; do
	n=${num%%:*} want=${num#*:}
	edited_from cho-thue.txt "s|Số: 1661/QĐ-UBND|Số: $n|"
	is "$(jqv -r '[.decision.number, ([.review[] | select(.field == "decision.number")] | length)] | join(":")')" \
	    "$want" "a decision number '$n'"
done

# An address goes on to its last unit: a road named with a province's type
# word and a figure ("Đường tỉnh 923") is no province, so the hamlet and
# commune after it stay; a unit's name whose second word folds as a title
# ("phường Trà Bá": "Bá" as "bà") keeps it at the end of its line.
edited_from cho-thue.txt 's/- Địa chỉ thửa đất: bản Co Mận, xã Mường Phăng, huyện Điện Biên;/- Địa chỉ thửa đất: Khu tái định cư Đường tỉnh 923, bản Co Mận, xã Mường Phăng;/'
is "$(jqv -r '.parcels[0].address')" \
    "Khu tái định cư Đường tỉnh 923, bản Co Mận, xã Mường Phăng" \
    "a provincial road in an address is no province"
edited_from cho-thue.txt 's/- Địa chỉ thửa đất: bản Co Mận, xã Mường Phăng, huyện Điện Biên;/- Địa chỉ thửa đất: tổ 4, phường Trà Bá/'
is "$(jqv -r '.parcels[0].address')" "tổ 4, phường Trà Bá" \
    "a unit's name ending with a word that folds as 'bà'"

# A font whose one-storey a OCR reads as o or, under its circumflex, as ê
# ("đết" for "đất", "sơng" for "sang", "xõ" for "xã"): the uses of a
# change written in words are read through it, and so is the type of an
# owner's commune, which gives the commune's code.
edited_from use-change-prose.txt '10s/từ đất trồng cây hằng năm khác sang đất ở tại nông thôn/từ đết trồng cây hằng năm khác sơng đết ở tại nông thôn/'
is "$(jqv -c '[.parcels[] | [.land_use, .land_use_to]]')" '[["HNK","ONT"]]' \
    "uses in words read through a one-storey a misread"
sed 's/địa chỉ thường trú: bản Co Mận, xã/địa chỉ thường trú: bản Co Mận, xõ/' \
    "$TD/extract/cho-thue.txt" >xo.txt
run extract-text -q --units "$DATA/admin-units.csv" xo.txt
is "$(jqv -r '.owners[0].commune_code')" "03325" \
    "an owner's commune whose type word 'xã' OCR read as 'xõ'"

# A parcel's address said in prose after its number and sheet ("..., tọa
# lạc tại thôn Đồng Bùa, xã Tam Quan, ...").
sed 's/tại thửa số 305 thuộc tờ bản đồ số 21 để sử dụng/tại thửa số 305 thuộc tờ bản đồ số 21, tọa lạc tại thôn Đồng Bùa, xã Tam Quan, huyện Tam Đảo để sử dụng/' \
    "$TD/extract/header-columns.txt" >located.txt
run extract-text -q located.txt
is "$(jqv -c '[.parcels[0].address, .parcels[0].land_use]')" \
    '["thôn Đồng Bùa, xã Tam Quan, huyện Tam Đảo","ONT"]' \
    "a parcel's address after 'tọa lạc tại'"

# A parcel's address said after the brackets that hold its number and
# sheet ("(thửa số 305, tờ bản đồ số 21) tại thôn Đồng Bùa, ...").
v='(thửa số 305, tờ bản đồ số 21) tại thôn Đồng Bùa, xã Tam Quan, huyện Tam Đảo'
sed "s/tại thửa số 305 thuộc tờ bản đồ số 21 để sử dụng/tại $v để sử dụng/" \
    "$TD/extract/header-columns.txt" >placed.txt
run extract-text -q placed.txt
is "$(jqv -c '[.parcels[0].number, .parcels[0].sheet, .parcels[0].address]')" \
    '["305","21","thôn Đồng Bùa, xã Tam Quan, huyện Tam Đảo"]' \
    "a parcel's address after the brackets of its number and sheet"

# "m²" read "mˆ": the mark after a unit is the unit's, not a dotted
# rule's mark split off (tables' "ˆ" before a word is), so the parcel's
# address after it is read.
printf '%s\n' 'ỦY BAN NHÂN DÂN HUYỆN TỦA CHÙA' 'QUYẾT ĐỊNH' \
    'Về việc cho phép chuyển mục đích sử dụng đất' \
    'Điều 1. Cho phép ông Lò Văn Sơn, sinh năm 1970, thường trú tại bản Co Mỏ,' \
    'xã Trung Thu, huyện Tủa Chùa; được chuyển mục đích sử dụng thửa đất số 1268,' \
    'tờ bản đồ số 27, diện tích 236,9 mˆ, tại bản Phai Cát, xã' \
    'Trung Thu, huyện Tủa Chùa, tỉnh Điện Biên.' >unitmark.txt
run extract-text -q unitmark.txt
is "$(jqv -c '[.parcels[] | [.area, .address]]')" \
    '[[236.9,"bản Phai Cát, xã Trung Thu, huyện Tủa Chùa, tỉnh Điện Biên"]]' \
    "'mˆ' is m²: the area, and the address after it"

# Values that fail a check are doubted, however sure their reading: a
# 12-digit ID whose first three figures are no province's code (03 is
# none), and a decision number whose year part is not its date's year.
edited_from giao-dat-couple.txt 's/011068004512/003068004512/'
is "$(jqv -c '[.review[] | select(.field == "owners[0].id_number") | .reason]')" \
    '["no province has the ID'"'"'s first three figures"]' \
    "an ID whose province code no province has is reviewed"
edited_from giao-dat-couple.txt 's/011068004512/031068004512/'
is "$(jqv -c '[.review[] | select(.field == "owners[0].id_number")]')" '[]' \
    "an ID of another province is not"
edited_from giao-dat-couple.txt 's/Số: 245\/QĐ-UBND/Số: 245\/2018\/QĐ-UBND/'
is "$(jqv -c '[.review[] | select(.field | test("^decision")) | [.field, .reason]]')" \
    '[["decision.number","the year in the number is not the date'"'"'s"]]' \
    "a decision number whose year is not the date's is reviewed"
edited_from giao-dat-couple.txt 's/Số: 245\/QĐ-UBND/Số: 245\/2019\/QĐ-UBND/'
is "$(jqv -c '[.review[] | select(.field | test("^decision"))]')" '[]' \
    "one whose year is the date's is not"

# A word whose figures the model of figures read otherwise (its seventh
# item's mark 8, lr_digits_reread()) puts the field it feeds in review:
# the birth year, the decision number, the area; no mark, no review.
# words_record PATH WORD: the page text PATH as a record of OCR words, a
# line 60 pixels down each, WORD marked 8.
words_record() {
	jq -R -s -c --arg m "$2" '{ocr: {pages: [{n: 1, width: 2480,
	    height: 3508, lines: ([split("\n")[] | select(length > 0)]
	    | to_entries | map(.key as $k | {bbox: [100, 100 + 60 * $k,
	    2200, 50], words: ([.value | split(" ")[] | select(length > 0)]
	    | to_entries | map([.value, 95.0, 100 + 110 * .key,
	    100 + 60 * $k, 100, 50] + (if .value == $m then [8] else []
	    end)))}))}]}}' "$1"
}
for m in '1977,:owners[0].birth_year' '1661/QĐ-UBND:decision.number' \
    '5.319,5:parcels[0].area' 'none:'; do
	words_record "$TD/extract/cho-thue.txt" "${m%%:*}" >marked.jsonl
	run extract-text -q -r marked.jsonl
	is "$(jqv -r '[.review[] | select(.reason == "figures read two ways")
	    | .field] | join(" ")')" "${m#*:}" \
	    "figures read two ways in '${m%%:*}': ${m#*::-nothing} reviewed"
done
# Not so a 6 read "ó" ("ngày 1ó"), which the reader puts back and
# doubts as repaired, nor a field of no figures read off words that hold
# some (the kind, from a subject line that cites "12/QĐ-UBND").
sed 's/ngày 16 tháng 01/ngày 1ó tháng 01/' "$TD/extract/cho-thue.txt" >six.txt
words_record six.txt "1ó" >marked.jsonl
run extract-text -q -r marked.jsonl
is "$(jqv -c '[.decision.date, [.review[] | select(.reason == "figures read two ways")]]')" \
    '["2016-01-16",[]]' "a 6 read 'ó' and put back is not doubted again"
sed 's/^Về việc cho thuê đất$/Về việc cho thuê đất theo 12\/QĐ-UBND/' \
    "$TD/extract/cho-thue.txt" >cites.txt
words_record cites.txt "12/QĐ-UBND" >marked.jsonl
run extract-text -q -r marked.jsonl
is "$(jqv -c '[.decision.kind, [.review[] | select(.reason == "figures read two ways") | .field]]')" \
    '["cho-thue",["decision.title"]]' "a kind has no figures to doubt; the title has"

# A month written in words ("ngày 5 tháng Ba năm 2016", "tháng Mười hai",
# "tháng Giêng", "tháng Năm năm") is read, with nothing to review.
for m in '5 tháng Ba:03-05' '16 tháng Mười hai:12-16' '16 tháng Giêng:01-16' \
    '16 tháng Năm:05-16' '16 tháng Mười một:11-16'; do
	edited_from cho-thue.txt "s/Biên, ngày 16 tháng 01 năm 2016/Biên, ngày ${m%:*} năm 2016/"
	is "$(jqv -c '[.decision.date, ([.review[] | select(.field == "decision.date")] | length)]')" \
	    "[\"2016-${m#*:}\",0]" "a month in words: 'ngày ${m%:*} năm 2016'"
done

# A parcel given in an article after Điều 1 ("Điều 2. Giao thêm cho ông A
# thửa đất số 88, ...") is read, and is the same owner's; a later article
# that names a parcel of Điều 1 again gives no new one; one whose parcel
# cannot be read is a review item.
run extract-text -q "$TD/extract/parcel-second-article.txt"
is "$(jqv -c '[.parcels[] | [.number, .sheet, .area, .land_use, .term, .holder]]')" \
    '[["62","9",310.4,"ONT","Lâu dài",0],["88","12",1420,"CLN","50 năm",0]]' \
    "a parcel given in Điều 2 is read"
is "$(jqv -c '[(.owners | length), ([.review[] | select(.field == "parcels")] | length)]')" \
    '[1,0]' "one owner, nothing to review about the parcels"
edited_from parcel-second-article.txt 's/^Điều 3\. Ông Vàng A Chu có trách nhiệm.*/Điều 3. Giao ông Lò Văn Sướng, công chức địa chính xã, bàn giao thửa đất số 62 trên thực địa./'
is "$(jqv -c '[[.parcels[].number], [.owners[].name], ([.review[] | select(.field == "parcels")] | length)]')" \
    '[["62","88"],["Vàng A Chu"],0]' \
    "an article naming a parcel of Điều 1 again gives no new parcel, nor owner"
is "$(jqv -c '[.fields | keys[] | select(startswith("owners[1]"))]')" '[]' \
    "nor the fields of the owner it named"
edited_from parcel-second-article.txt 's/thửa đất số 88, tờ bản đồ số 12, diện tích 1.420,0/thửa đất số ?, tờ bản đồ .., diện tích .../'
is "$(jqv -r '.review[] | select(.field == "parcels") | .reason')" \
    "an article names a parcel that was not read" \
    "an article whose parcel is not read is reviewed"

done_testing
