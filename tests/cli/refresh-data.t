#!/bin/sh
# tools/refresh-data: a new unit list in the dvhcvn form becomes
# admin-units.csv in its columns; a commune map naming a commune the list
# lacks is refused and nothing is written; the shipped files agree.
. "$(dirname "$0")/lib.sh"
R=$TOP/tools/refresh-data

run "$R" check
is "$rc" 0 "the shipped unit list and commune map agree"
like "$out" '^63 provinces, 10047 communes; commune map: 10599 rows$' \
    "and their counts are printed"

mkdir d
cat >units.json <<'JSON'
{"data": [{"level1_id": "11", "name": "Tỉnh Điện Biên", "type": "Tỉnh",
  "level2s": [{"level2_id": "094", "name": "Thành phố Điện Biên Phủ",
    "type": "Thành phố", "level3s": [
      {"level3_id": "03127", "name": "Phường Noong Bua", "type": "Phường"},
      {"level3_id": "03124", "name": "Phường Him Lam", "type": "Phường"}]}]}]}
JSON
run "$R" units units.json d
is "$rc" 0 "units: exit 0"
is "$(cat d/admin-units.csv | tr -d '\r')" "province_code,province_name,district_code,district_name,commune_code,commune_name,commune_type
11,Tỉnh Điện Biên,094,Thành phố Điện Biên Phủ,03127,Phường Noong Bua,Phường
11,Tỉnh Điện Biên,094,Thành phố Điện Biên Phủ,03124,Phường Him Lam,Phường" \
    "units: the columns of admin-units.csv, in the source's order"

printf '%s\r\n' "$(head -1 "$DATA/commune-map.csv" | tr -d '\r')" \
    '11,03124,Phường Him Lam,11,Tỉnh Điện Biên,03124,Phường Him Lam' \
    '11,09999,Xã Nowhere,11,Tỉnh Điện Biên,03124,Phường Him Lam' >map.csv
run "$R" map map.csv d
is "$rc" 1 "map: a commune the list lacks is refused"
like "$err" 'old commune 09999 is not in the unit list' "map: and named"
[ ! -f d/commune-map.csv ]
ok $? "map: nothing written"
sed -i '$d' map.csv
run "$R" map map.csv d
is "$rc:$(wc -l <d/commune-map.csv | tr -d ' ')" "0:2" "map: a good map is installed"
run "$R" frob
is "$rc" 2 "a wrong command is a usage error"

done_testing
