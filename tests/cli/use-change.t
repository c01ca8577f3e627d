#!/bin/sh
# extract-text: a change of use stated over the parcels it is of ("...
# được chuyển mục đích sử dụng đất sang đất ở tại đô thị (ODT), thời hạn
# sử dụng: Lâu dài, cụ thể như sau:"): its use and term hold for them, the
# rows of a table under it as well as parcels in prose.
. "$(dirname "$0")/lib.sh"

run extract-text -q "$TD/extract/use-change-over-table.txt"
is "$rc" 0 "a change of use over a table is read"
is "$(jqv -c '[.parcels[] | [.number, .land_use, .land_use_to, .term]]')" \
    '[["118","CLN","ODT","Lâu dài"],["97","LUC","ODT","Lâu dài"],["208","HNK","ODT","Lâu dài"]]' \
    "the use changed to and the term stated over a table hold for every row"

# The same statement over parcels in prose.
sed '/^STT |/,/^3 |/d; s/^đất sang đất ở tại đô thị (ODT), thời hạn sử dụng: Lâu dài, cụ thể như sau:/&\
- Thửa đất số 118, tờ bản đồ số 22, diện tích 150,0 m², đất trồng cây lâu năm (CLN);\
- Thửa đất số 97, tờ bản đồ số 22, diện tích 2.040,5 m², đất chuyên trồng lúa nước (LUC)./' \
    "$TD/extract/use-change-over-table.txt" >prose.txt
run extract-text -q prose.txt
is "$(jqv -c '[.parcels[] | [.number, .land_use, .land_use_to, .term]]')" \
    '[["118","CLN","ODT","Lâu dài"],["97","LUC","ODT","Lâu dài"]]' \
    "and for parcels in prose"

done_testing
