#!/bin/sh
# A certificate's house or apartment (#18) by its labels' wording
# variants, on small text fixtures (tests/words-of-text): the pink form's
# apartment prints its building's floors as "số tầng của nhà chung cư:".
. "${LANDREC_TOP:-.}/tests/cli/lib.sh"

cat > apt.txt <<'P'
GIẤY CHỨNG NHẬN QUYỀN SỬ DỤNG ĐẤT, QUYỀN SỞ HỮU NHÀ Ở
II. Thửa đất, nhà ở và tài sản khác gắn liền với đất
2. Nhà ở:
a) Loại nhà ở: Căn hộ chung cư;
c) Căn hộ số: 2306; tầng: 23;
đ) Kết cấu: Bê tông cốt thép; số tầng của nhà chung cư: 40;
P
is "$("$TOP/tests/words-of-text" K apt.txt | ocr-extract -q |
    jq -c '.certificate.house | [.type, .structure, .floors]')" \
    '["Căn hộ chung cư","Bê tông cốt thép",40]' \
    "'số tầng của nhà chung cư:' gives the building's floors, after the structure on its line"
done_testing
