"""check18: every value of a truth is printed on its sheets (in the whole
strings the sheets drew: a paragraph, a cell, a line), as a reader would
find it; a value that is not stops the run."""
import re

from people18 import USES, area_vn


def _dates(d):
    y, m, dd = map(int, d.split("-"))
    return ["ngày %02d tháng %d năm %d" % (dd, m, y), "ngày %02d/%d/%d" % (dd, m, y)]


def _has(text, v):
    if re.fullmatch(r"\d+", v):
        return re.search(r"(?<!\d)(?<!\d[.,])%s(?!\d|[.,]\d)" % v, text) is not None
    return v in text


def check(did, t):
    """Stop with a message naming did's value that no sheet prints."""
    text = "\n".join(p for s in t["sheets"] for p in s.printed if p)
    text += "\n" + text.lower()
    want = [("decision.number", [t["decision"]["number"]]),
            ("decision.date", _dates(t["decision"]["date"])),
            ("decision.title", [t["decision"]["title"]])]
    for i, o in enumerate(t["owners"]):
        for k in ("name", "id_number", "address"):
            if o[k]:
                want.append(("owners[%d].%s" % (i, k), [o[k]]))
        if o["birth_year"]:
            want.append(("owners[%d].birth_year" % i, [str(o["birth_year"])]))
    for i, p in enumerate(t["parcels"]):
        for k in ("sheet", "number", "term", "origin", "address"):
            if p[k]:
                want.append(("parcels[%d].%s" % (i, k), [p[k]]))
        for k in ("land_use", "land_use_to"):
            if p[k]:
                want.append(("parcels[%d].%s" % (i, k), [p[k], USES[p[k]].lower()]))
        want.append(("parcels[%d].area" % i, [area_vn(p["area"])]))
    h = t["house"] or {}
    for k, v in h.items():
        want.append(("house." + k, [area_vn(v) if isinstance(v, float) else str(v)]))
    for what, forms in want:
        if not any(_has(text, f) for f in forms):
            raise SystemExit("gen18: %s: %s (%s) is not printed" % (did, what, forms[0]))
