#!/bin/sh
# testdata/real2, the second real-look family (issue #17), HELD OUT: written
# in session 16 by testdata/gen-real2 independently of the reader and of
# testdata/gen-real, and scored by bench/real-look.  Checked here without
# OCR: every truth names an existing file of its group that bench/real-look
# can read (a PDF of one JPEG page, or a JPEG photo), its keys are in its
# page's printed lines, the set covers the groups of #17's real pages, and
# the generator writes a page again byte for byte.
. "$(dirname "$0")/lib.sh"
R=$TD/real2
G=$TD/gen-real2/gen-real2

# check: one line per defect of the set (none when well formed).
python3 - "$R" >defects.txt <<'EOF'
import glob, json, os, sys
d = sys.argv[1]
for t in sorted(glob.glob(os.path.join(d, "*.json"))):
    n = os.path.basename(t)[:-5]
    j = json.load(open(t, encoding="utf-8"))
    f = os.path.join(d, j.get("file", ""))
    if not os.path.isfile(f):
        print(n, "names no file")
        continue
    if not j["file"].startswith(j["group"] + "-") or \
            not n.startswith(j["group"] + "-"):
        print(n, "is not of its group", j["group"])
    head = open(f, "rb").read(4)
    want = b"\xff\xd8" if j["group"] == "phone" else b"%PDF"
    if not head.startswith(want):
        print(n, "is not a", "JPEG" if want[0] == 0xff else "PDF")
    if head == b"%PDF" and open(f, "rb").read().count(b"/DCTDecode") != 1:
        print(n, "is not a PDF of one JPEG page")
    if len(j["pages"]) != 1:
        print(n, "has", len(j["pages"]), "pages")
    for p in j["pages"]:
        if len(p["lines"]) < 8 or len(p["keys"]) < 3:
            print(n, "has", len(p["lines"]), "lines and", len(p["keys"]),
                  "keys")
        for k in p["keys"]:
            if not any(k in l for l in p["lines"]):
                print(n, "key not on a printed line:", k)
            if k.isdigit() and len(k) < 9:
                print(n, "a bare number is no key:", k)
EOF
is "$(cat defects.txt)" "" "every truth names its file, a JPEG page of its group, with its keys on its lines (no bare parcel number)"

summary() {
	python3 - "$R" <<'EOF'
import collections, glob, json, os, sys
g, kinds = collections.Counter(), set()
for t in glob.glob(os.path.join(sys.argv[1], "*.json")):
    j = json.load(open(t, encoding="utf-8"))
    g[j["group"]] += 1
    kinds.add(j["kind"].split()[0 if not j["kind"].startswith("photo")
                                 else 1].split("-")[0])
print(" ".join("%s:%d" % (k, min(v, 4)) for k, v in sorted(g.items())))
print(" ".join(sorted(kinds)))
EOF
}
is "$(summary)" "cert200:4 colour300:4 dpi120:4 hand:4 phone:4 spread94:4 stress:4
certificate decision minutes submission" \
    "seven groups of at least four pages: decisions, tờ trình, biên bản and certificates"

kinds=$(cat "$R"/*.json | jq -r .kind | sort -u | xargs)
like "$kinds" "certificate-pink.*certificate-yellow|certificate-2024.*certificate-pink.*certificate-yellow" \
    "certificates of the pink, the 2024 and the old red-book forms"
turned=$(jq -r 'select(.group == "stress") | .kind' "$R"/*.json |
	awk '{ t = $3 < 0 ? -$3 : $3; print (t == 90 || t == 180 || t == 270) ? "turned" : (t >= 3 && t <= 8) ? "skewed" : "other" }' |
	sort -u | xargs)
is "$turned" "skewed turned" "the stress pages are turned a quarter or half, or skewed 3-8 degrees"

# sizes of the page images, as plain tesseract sees them
size() {
	python3 "$TOP/bench/real-look-keys" image "$R/$1" img.jpg
	identify -format '%w %h' img.jpg
}
w=$(size dpi120-01.pdf)
is "$(echo "$w" | awk '{ m = $1 > $2 ? $1 : $2; print (m >= 1350 && m <= 1450) }')" 1 \
    "a shrunk page is about 1,400 px long ($w)"
w=$(size spread94-01.pdf)
is "$(echo "$w" | awk '{ print ($1 > 1.3 * $2 && $1 >= 1300 && $1 <= 1500) }')" 1 \
    "a spread is two certificate pages side by side at ~94 dpi ($w)"
is "$(jq -r 'select(.group == "hand") | .pages[0].keys[1]' "$R"/*.json |
	grep -c '^ngày [0-9]* tháng [0-9]* năm 2024$')" 4 \
    "each hand page's date, its day and month written in pen, is a key"
kb=$(du -sk "$R" | cut -f1)
ok $((kb >= 12288)) "testdata/real2 under 12 MB (${kb} kB)"

mkdir again
run "$G" --only cert200-01 again
ok $rc "gen-real2 --only cert200-01 runs"
[ $rc -eq 0 ] || printf "# %s\n" "$err" | tail -5
cmp -s again/cert200-01.pdf "$R/cert200-01.pdf" &&
	cmp -s again/cert200-01.json "$R/cert200-01.json"
ok $? "it writes the committed page and truth again, byte for byte"
is "$(ls again | xargs)" "cert200-01.json cert200-01.pdf" "and nothing else"
run "$G" --only nosuch-01 again
is "$rc" 2 "an unknown group is a usage error"

# testdata/real2-mild (session 19), phone photos a careful clerk takes,
# where plain tesseract reads 30-60% of the keys: six JPEG photos 1500 to
# 3000 px wide, each key on its page's printed lines, under 3 MB, and the
# generator writes one again byte for byte.
M=$TD/real2-mild
mild=$(for t in "$M"/*.json; do
	f=$M/$(jq -r .file "$t")
	k=$(jq -r '.pages[0] as $p | [$p.keys[] | . as $k |
	    select([$p.lines[] | contains($k)] | any | not)] | length' "$t")
	printf '%s %s %s %s\n' "$(jq -r .group "$t")" \
	    "$(head -c 2 "$f" | od -An -tx1 | tr -d ' ')" \
	    "$(identify -format '%[fx:w>=1500 && w<=3000]' "$f")" "$k"
done | sort | uniq -c | xargs)
is "$mild" "6 phonemild ffd8 1 0" \
    "six phonemild JPEG photos 1500-3000 px wide, their keys on their lines"
kb=$(du -sk "$M" | cut -f1)
ok $((kb >= 3072)) "testdata/real2-mild under 3 MB (${kb} kB)"
run "$G" --only phonemild-04 again
cmp -s again/phonemild-04.jpg "$M/phonemild-04.jpg" &&
	cmp -s again/phonemild-04.json "$M/phonemild-04.json"
ok $? "gen-real2 writes a phonemild photo again, byte for byte"

done_testing
