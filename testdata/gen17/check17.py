"""check17: every value of a truth is printed on the sheets drawn for it
(in page_text or in a whole string the sheets printed: a cell, a
paragraph).  gen17 stops on a value no sheet prints."""
import re
from folk17 import area_vn, hectare, USE_NAMES


def _in(v, text):
    return re.search(r"(?<![\w])%s(?![\w])" % re.escape(v), text) is not None


def faults(truth, sheets):
    text = "\n".join(ln for sh in sheets for ln in sh.lines + sh.strings)
    low = text.lower()
    bad = []
    dec = truth["decision"]
    if dec["number"] not in text:
        bad.append("decision.number")
    y, m, d = (int(x) for x in dec["date"].split("-"))
    if not re.search(r"ngày 0?%d tháng 0?%d năm %d" % (d, m, y), text):
        bad.append("decision.date")
    for i, o in enumerate(truth["owners"]):
        for k in ("name", "id_number", "address"):
            if o.get(k) and not _in(o[k], text):
                bad.append("owners[%d].%s" % (i, k))
        if o.get("birth_year") and not _in(str(o["birth_year"]), text):
            bad.append("owners[%d].birth_year" % i)
        if o.get("birth_date"):
            yy, mm, dd = o["birth_date"].split("-")
            if "%s/%s/%s" % (dd, mm, yy) not in text:
                bad.append("owners[%d].birth_date" % i)
    for i, p in enumerate(truth["parcels"]):
        for k in ("sheet", "number"):
            if not _in(p[k], text):
                bad.append("parcels[%d].%s" % (i, k))
        if not (area_vn(p["area"]) in text or hectare(p["area"]) in text):
            bad.append("parcels[%d].area" % i)
        for k in ("land_use", "land_use_to"):
            c = p.get(k)
            if c and not (_in(c, text) or USE_NAMES[c].lower() in low):
                bad.append("parcels[%d].%s" % (i, k))
        for k in ("term", "origin", "address"):
            if p.get(k) and p[k] not in text:
                bad.append("parcels[%d].%s" % (i, k))
    h = truth.get("house")
    if h:
        for k in ("building_area", "floor_area"):
            if area_vn(h[k]) not in text:
                bad.append("house." + k)
        for k in ("structure", "floors", "year_built"):
            if not _in(str(h[k]), text):
                bad.append("house." + k)
    return bad
