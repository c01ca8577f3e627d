#!/bin/sh
# The red book's ruled parcel table (#18) read by its rules when OCR ran
# the words of its head together or lost their spaces ("Thửasế" for
# "Thửa số", "Tờ bảnđồ"): the head still names the number's and the
# sheet's columns; and the head's "Mục đích sử dụng" is a column's, not
# the label of a list that would take the row's words as the purposes.
# A page of words and rules written here: a title, the table's head and
# one row, five columns between six rules.
. "${LANDREC_TOP:-.}/tests/cli/lib.sh"

# the page with head cells $1 (number) and $2 (sheet), the row's number
# $3 (264)
page() { python3 - "$1" "$2" "${3:-264}" <<'PY'
import json, sys
def line(y, cells):
    words = []
    for x, text in cells:
        for w in text.split():
            words.append([w, 95.0, x, y, 22 * len(w), 40])
            x += 22 * (len(w) + 1)
    return {"bbox": [words[0][2], y, words[-1][2] + words[-1][4] - words[0][2], 40],
            "words": words}
lines = [line(150, [(600, "GIẤY CHỨNG NHẬN QUYỀN SỬ DỤNG ĐẤT")]),
         line(300, [(600, "THỬA ĐẤT ĐƯỢC QUYỀN SỬ DỤNG")]),
         line(430, [(120, sys.argv[1]), (420, sys.argv[2]), (720, "Diện tích"),
                    (1020, "Mục đích sử dụng"), (1720, "Thời hạn")]),
         line(550, [(120, sys.argv[3]), (420, "23"), (720, "2.150,6"),
                    (1020, "Đất cơ sở tôn giáo (TON)"), (1720, "Lâu dài")])]
rules = [[100, y, 2000, 4] for y in (400, 520, 640)] + \
        [[x, 400, 4, 244] for x in (100, 400, 700, 1000, 1700, 2100)]
page = {"n": 1, "width": 2480, "height": 3508, "lines": lines, "rules": rules}
print(json.dumps({"id": "K", "source": "K.tif", "pages": [{"n": 1}],
                  "ocr": {"pages": [page]}}, ensure_ascii=False))
PY
}
parcel() { page "$1" "$2" "$3" | ocr-extract -q |
    jq -c '.certificate.parcel | [.number, .sheet, .purposes]'; }

want='["264","23",[{"land_use":"TON","area":2150.6,"term":"Lâu dài"}]]'
is "$(parcel 'Thửa đất số' 'Tờ bản đồ số')" "$want" \
    "the table read by its cells: number, sheet and the row's purpose"
is "$(parcel 'Thửasế' 'Tờ bảnđồ')" "$want" \
    "its head's words run together or misread ('Thửasế', 'Tờ bảnđồ'): the same"
is "$(parcel 'Thửa' 'Tờ bản đồ')" "$want" "a head of fewer words: the same"
# a number's figure read as a letter in its cell ("16O3"): its figures,
# for review
is "$(page 'Thửa đất số' 'Tờ bản đồ số' 16O3 | ocr-extract -q | jq -c \
    '[.certificate.parcel.number, [.review[] |
    select(.field == "certificate.parcel.number") | .reason]]')" \
    '["1603",["low OCR confidence"]]' \
    "a letter read for a figure in the number's cell: the figure, for review"
done_testing
