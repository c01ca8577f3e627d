"""check16: every value of a family-16 truth is printed on its sheets.

unprinted(r) looks for each value, as the page prints it (areas "1.234,5",
dates "dd/mm/yyyy", a land use by its code or its name), in the sheets'
text with runs of spaces made one, or in one cell of a table or a card
(a cell may wrap over several lines).  It returns what it could not find."""
import re

from folk16 import USES, vn_area


def flat(s):
    return re.sub(r"\s+", " ", s)


def found(v, text, cells):
    v = flat(str(v))
    return v in text or any(v in flat(c) for c in cells)


def word(v, text, cells):
    pat = r"(?<![\d,.])%s(?![\d])" % re.escape(str(v))
    return re.search(pat, text) is not None or any(re.search(pat, c) for c in cells)


def use(code, text, cells):
    return word(code, text, cells) or found(USES[code], text, cells) or \
        found(USES[code].lower(), text, cells)


def unprinted(r):
    doc = r["doc"]
    text = flat(" ".join(" ".join(t) for t in doc.texts))
    cells = doc.cells
    miss = []

    def need(ok, what):
        if not ok:
            miss.append(what)

    dec = r["decision"]
    need(found(dec["number"], text, cells), "number " + dec["number"])
    need(word(str(int(dec["date"][:4])), text, cells), "year of the date")
    if "Điện Biên" in text:
        miss.append("Điện Biên printed")
    for i, o in enumerate(r["owners"]):
        need(found(o["name"], text, cells), "owner %d name" % i)
        for k in ("id_number", "address", "birth_year"):
            if o.get(k) is not None:
                need(found(o[k], text, cells), "owner %d %s" % (i, k))
        if o.get("birth_date"):
            y, m, d = o["birth_date"].split("-")
            need(found("%s/%s/%s" % (d, m, y), text, cells), "owner %d birth date" % i)
    for i, p in enumerate(r["parcels"]):
        need(word(p["sheet"], text, cells), "parcel %d sheet" % i)
        need(word(p["number"], text, cells), "parcel %d number" % i)
        need(found(vn_area(p["area"]), text, cells), "parcel %d area" % i)
        need(use(p["land_use"], text, cells), "parcel %d use" % i)
        if p["land_use_to"]:
            need(use(p["land_use_to"], text, cells), "parcel %d use to" % i)
        for k in ("term", "origin", "address"):
            if p.get(k):
                need(found(p[k], text, cells), "parcel %d %s" % (i, k))
    h = r.get("house")
    if h:
        need(found(vn_area(h["building_area"]), text, cells), "house building area")
        need(found(vn_area(h["floor_area"]), text, cells), "house floor area")
        need(found(h["structure"], text, cells), "house structure")
        need(word(h["floors"], text, cells), "house floors")
        need(word(h["year_built"], text, cells), "house year")
    return miss
