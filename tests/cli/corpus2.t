#!/bin/sh
# corpus2: the second template family (testdata/gen2) is well-formed: every
# truth JSON carries the fields bench/fieldscore.py reads, with the types it
# compares, the MANIFEST lists every scan and truth file and nothing else, and
# the printed numbers of each truth occur in its page text.  No OCR.
. "$(dirname "$0")/lib.sh"
C=$TD/corpus2

[ -f "$C/MANIFEST.tsv" ]
ok $? "corpus2 has a MANIFEST.tsv"

run python3 - "$C" <<'PY'
import csv, json, os, re, sys
c = sys.argv[1]
DEC = ["number", "date", "kind"]
OWN = ["name", "gender", "birth_year", "birth_date", "id_number", "id_type",
       "address", "commune_code"]
PAR = ["sheet", "number", "area", "land_use", "land_use_to", "term", "origin",
       "address", "commune_code", "holder"]
HOUSE = ["building_area", "floor_area", "structure", "floors", "year_built"]
KINDS = {"giao-dat", "cho-thue", "cong-nhan", "cap-gcn", "chuyen-muc-dich",
         "thu-hoi", "other"}
bad = []
def err(*m):
    bad.append(" ".join(map(str, m)))
man = list(csv.DictReader(open(os.path.join(c, "MANIFEST.tsv"), encoding="utf-8"),
                          delimiter="\t"))
ids = [r["id"] for r in man]
files = set(os.listdir(c)) - {"MANIFEST.tsv"}
want = {r["file"] for r in man} | {i + ".json" for i in ids}
if files != want:
    err("files not in MANIFEST:", sorted(files - want), "missing:", sorted(want - files))
if len(set(ids)) != len(ids):
    err("duplicate ids")
for r in man:
    if not re.match(r"^(clean|mild-[a-z0-9-]+|heavy-[a-z0-9-]+)$", r["degradation"]):
        err(r["id"], "degradation not clean/mild-*/heavy-*:", r["degradation"])
    try:
        d = json.load(open(os.path.join(c, r["id"] + ".json"), encoding="utf-8"))
    except (OSError, ValueError) as e:
        err(r["id"], e)
        continue
    if d.get("id") != r["id"] or d.get("family") != 2 or d.get("kind") not in KINDS:
        err(r["id"], "id, family or kind")
    if not str(d.get("layout", "")).startswith(("table-ruled", "table-unruled", "prose", "list")):
        err(r["id"], "layout", d.get("layout"))
    if d.get("degradation") != r["degradation"] or str(d.get("pages")) != r["pages"]:
        err(r["id"], "degradation or pages differ from the MANIFEST")
    if not isinstance(d.get("page_text"), list) or len(d["page_text"]) != d["pages"]:
        err(r["id"], "page_text")
    text = "\n".join(d.get("page_text") or [])
    dec = d.get("decision") or {}
    for k in DEC:
        if not isinstance(dec.get(k), str):
            err(r["id"], "decision." + k)
    if dec.get("kind") != d.get("kind"):
        err(r["id"], "decision.kind")
    if not re.match(r"^\d{4}-\d\d-\d\d$", dec.get("date") or ""):
        err(r["id"], "decision.date")
    if (dec.get("number") or "#") not in text:
        err(r["id"], "decision number not printed")
    owners, parcels = d.get("owners"), d.get("parcels")
    if not isinstance(owners, list) or not isinstance(parcels, list):
        err(r["id"], "owners/parcels")
        continue
    if d["kind"] == "other" and (owners or parcels):
        err(r["id"], "an 'other' decision has owners or parcels")
    if d["kind"] != "other" and not (owners and parcels):
        err(r["id"], "a land decision without owners or parcels")
    for i, o in enumerate(owners):
        for k in OWN:
            if k not in o:
                err(r["id"], "owners[%d] lacks %s" % (i, k))
        if o.get("gender") not in ("M", "F"):
            err(r["id"], "owners[%d].gender" % i)
        if o.get("id_number") and o["id_number"] not in text:
            err(r["id"], "owners[%d].id_number not printed" % i)
        if not re.match(r"^\d{5}$", o.get("commune_code") or ""):
            err(r["id"], "owners[%d].commune_code" % i)
    for i, p in enumerate(parcels):
        for k in PAR:
            if k not in p:
                err(r["id"], "parcels[%d] lacks %s" % (i, k))
        if not isinstance(p.get("area"), float) or not isinstance(p.get("holder"), int) \
                or not 0 <= p["holder"] < len(owners):
            err(r["id"], "parcels[%d] area or holder" % i)
        for k in ("sheet", "number"):
            if not re.search(r"(?<!\d)%s(?!\d)" % re.escape(str(p.get(k))), text):
                err(r["id"], "parcels[%d].%s not printed" % (i, k))
    if d.get("house"):
        for k in HOUSE:
            if k not in d["house"]:
                err(r["id"], "house lacks " + k)
print(len(man), "documents")
for b in bad:
    print(b)
sys.exit(1 if bad else 0)
PY
ok $rc "every corpus2 truth has the fields fieldscore reads; MANIFEST lists every file"
[ $rc -eq 0 ] || printf '# %s\n' "$out" | head -20

# Every kind of decision and every degradation group is present.
kinds=$(cut -f2 "$C/MANIFEST.tsv" | sed 1d | sort -u | wc -l)
is "$kinds" 7 "seven kinds of decision"
groups=$(cut -f4 "$C/MANIFEST.tsv" | sed 1d | sed 's/-.*//' | sort -u | tr '\n' ' ')
is "$groups" "clean heavy mild " "clean, mild and heavy scans"
size=$(du -sk "$C" | cut -f1)
[ "$size" -lt 10240 ]
ok $? "corpus2 under 10 MB (${size} kB)"

done_testing
