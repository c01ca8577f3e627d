"""parts13: the parts every decision of family 13 shares (the header, the
title, the grounds, the signature) and the truth it prints."""
from units13 import date_long, date_slash

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
FREE = "Độc lập - Tự do - Hạnh phúc"


class Truth:
    """What a decision prints, in the fields bench/accuracy scores."""

    def __init__(self, number, date, issuer, kind, title):
        self.decision = {"number": number, "date": date, "issuer": issuer,
                         "kind": kind, "title": title}
        self.owners, self.parcels, self.house = [], [], None

    def owner(self, name, sex, code, **kw):
        """Add an owner (every field the truth carries; None if not printed)."""
        o = {"name": name, "gender": sex, "birth_year": None, "birth_date": None,
             "id_number": None, "id_type": None, "address": None,
             "commune_code": code, "spouse": None, "household": False}
        o.update(kw)
        self.owners.append(o)
        return len(self.owners) - 1

    def parcel(self, holder, sheet, number, area, use, code, **kw):
        p = {"sheet": str(sheet), "number": str(number), "area": float(area),
             "land_use": use, "land_use_to": None, "term": None, "origin": None,
             "address": None, "commune_code": code, "holder": holder}
        p.update(kw)
        self.parcels.append(p)


def header(doc, left, number, place, date, slash=False, drop=0, rule_left=True):
    """The two header blocks (left: the committee's lines, bold from the
    second when a parent body stands above; right: the motto, dropped by
    drop pixels), then the number and the place and date."""
    w = doc.x1 - doc.x0
    lx, rx = doc.x0 + w * 0.2, doc.x0 + w * 0.67
    s = doc.size
    lb = []
    for i, (t, st) in enumerate(left):
        last = i == len(left) - 1
        lb.append((t, st, s - 0.5, 200 if (last and rule_left) else 0))
    rb = [(MOTTO, "b", s - 0.5, 0), (FREE, "b", s, -1)]
    doc.pair(lb, rb, lx, rx, drop)
    doc.gap(20)
    when = date_slash(date) if slash else date_long(date)
    f = doc.font("r")
    doc.put("Số: " + number, lx, f, "ms")
    doc.put("%s, %s" % (place, when), rx, doc.font("i"), "ms")
    doc.record("Số: %s%s%s, %s" % (number, "    ", place, when))
    doc.y += doc.step(f) + 24


def title(doc, lines, size=None):
    """QUYẾT ĐỊNH and its subject lines, centred and bold."""
    s = size or doc.size + 1
    doc.line("QUYẾT ĐỊNH", "c", "b", s + 1)
    for i, t in enumerate(lines):
        doc.line(t, "c", "b", s - 1, underline=(260 if i == len(lines) - 1 else 0))
    doc.gap(24)


def grounds(doc, body, items, proposal, closing="QUYẾT ĐỊNH:"):
    """The committee's name, the Căn cứ paragraphs and the proposal."""
    doc.line(body, "c", "b")
    doc.gap(14)
    for it in items:
        doc.para(it, style="i", after=2)
    if proposal:
        doc.para(proposal, style="i", after=2)
    doc.gap(16)
    doc.line(closing, "c", "b", doc.size + 1)
    doc.gap(16)


def sign(doc, lines, signer, to):
    """Nơi nhận at the left (small), the signature block at the right:
    lines (TM./KT./title), room for the signature and the seal, the name."""
    w = doc.x1 - doc.x0
    doc.room(doc.step(doc.font()) * (len(lines) + 2) + 330)
    y0 = doc.y
    small = doc.size - 2.5
    left = [("Nơi nhận:", "bi", small - 0.5, 0)] + [(t, "r", small, 0) for t in to]
    right = [(t, "b", doc.size, 0) for t in lines]
    rx = doc.x0 + w * 0.7
    # Nơi nhận is left-aligned, so draw it line by line
    yl = y0
    for t, st, sz, _ in left:
        f = doc.font(st, sz)
        doc.y = yl
        doc.put(t, doc.x0, f)
        yl += doc.step(f)
    yr = y0
    for t, st, sz, _ in right:
        f = doc.font(st, sz)
        doc.y = yr
        doc.put(t, rx, f, "ms")
        yr += doc.step(f)
    rows = [t for t, _, _, _ in left]
    for i in range(max(len(rows), len(lines))):
        parts = [x for x in (rows[i] if i < len(rows) else "",
                             lines[i] if i < len(lines) else "") if x]
        doc.record("    ".join(parts))
    yr += 330
    doc.y = yr
    doc.put(signer, rx, doc.font("b"), "ms")
    doc.record(signer)
    doc.y = max(yl, yr + doc.step(doc.font()))
    doc.mark = ("sign", len(doc.pages) - 1, yr - 200, int(rx))
