"""The parts of a gen10 decision: header blocks (number and date placed in
several ways, figures filled in by hand), the title, the legal basis, the
articles, the signature block with "Nơi nhận", and the truth record."""
from draw10 import GAP, mm
from units10 import date_words

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO2 = "Độc lập - Tự do - Hạnh phúc"


def put_hand(doc, s, a, b, y, align, f):
    """Draw s, whose parts in {braces} are written by hand later: a dotted
    line is typed there and the figures are left as marks.  Returns the
    span of the line and the text as printed (braces dropped)."""
    parts, hand = [], False
    for seg in s.replace("}", "{").split("{"):
        parts.append((seg, hand))
        hand = not hand
    widths = [max(doc.width(p, f) * 1.6, 110) if h else doc.width(p, f)
              for p, h in parts]
    w = sum(widths)
    x = {"left": a, "center": (a + b - w) / 2, "right": b - w}[align]
    x0 = x
    for (p, h), pw in zip(parts, widths):
        if h:
            doc.dotted(x + 4, x + pw - 4, y + f.size * 1.05)
            doc.mark("hand", (x + pw * 0.15, y - f.size * 0.25, x + pw, y + f.size * 1.05), p)
        else:
            doc.draw.text((x, y), p, font=f, fill=0)
        x += pw
    return (x0, x, y + f.size * 1.28), s.replace("{", "").replace("}", "")


def sides_hand(doc, left, right, split, size=None):
    """doc.sides, with {hand} parts allowed in any line."""
    plain_l = [None if it is None else (("",) + tuple(it[1:])) if "{" in it[0] else it
               for it in left]
    plain_r = [None if it is None else (("",) + tuple(it[1:])) if "{" in it[0] else it
               for it in right]
    y0 = doc.y
    spans = doc.sides(plain_l, plain_r, split, size)
    lx, rx = doc.left - mm(12), doc.right + mm(6)
    mid = lx + (rx - lx) * split
    texts = doc.texts[-1]
    n = max(len(left), len(right))
    base = len(texts) - n
    for side, items, a, b in (("l", left, lx, mid), ("r", right, mid, rx)):
        for i, it in enumerate(items):
            if it and "{" in it[0]:
                f = doc.font(it[4] if len(it) > 4 else (size or doc.size), it[1], it[2])
                span, shown = put_hand(doc, it[0], a, b, y0 + i * doc.lh(size), it[3], f)
                spans[(side, i)] = span
                l = left[i] if i < len(left) else None
                r = right[i] if i < len(right) else None
                lt = (l[0] if l else "").replace("{", "").replace("}", "")
                rt = (r[0] if r else "").replace("{", "").replace("}", "")
                texts[base + i] = (lt + GAP + rt) if lt and rt else (lt or rt)
    return spans


class Header:
    """What the header prints: the issuer's lines, the number, the place and
    date, and how they are placed ("std": number under the issuer, date
    under the motto; "oneline": both on one row under the blocks; "vv": the
    number and a "V/v" line under the issuer), the left block's share of the
    width, and which figures are written by hand."""

    def __init__(self, issuer_lines, number, place, date, mode="std",
                 split=0.42, hand_number=False, hand_day=False):
        self.issuer_lines, self.number, self.place = issuer_lines, number, place
        self.date, self.mode, self.split = date, mode, split
        self.hand_number, self.hand_day = hand_number, hand_day

    def number_line(self):
        n, rest = self.number.split("/", 1)
        return "Số: {%s}/%s" % (n, rest) if self.hand_number else "Số: %s" % self.number

    def date_line(self):
        if self.hand_day:
            d = self.date
            day = "%02d" % d.day
            mon = "%02d" % d.month if d.month < 3 else str(d.month)
            return "%s, ngày {%s} tháng {%s} năm %d" % (self.place, day, mon, d.year)
        return "%s, %s" % (self.place, date_words(self.date))


def header(doc, h, vv=None):
    """Draw the header blocks of h; vv is the "V/v ..." line of mode "vv"."""
    left = [(s, i > 0 or len(h.issuer_lines) == 1, False, "center")
            for i, s in enumerate(h.issuer_lines)]
    right = [(MOTTO, True, False, "center", doc.size - 1),
             (MOTTO2, True, False, "center")]
    if h.mode == "std":
        left += [None, (h.number_line(), False, False, "center")]
        right += [None, (h.date_line(), False, True, "center")]
    elif h.mode == "vv":
        left += [None, (h.number_line(), False, False, "center")]
        left += [(s, False, False, "center", doc.size - 2) for s in vv]
        right += [None, (h.date_line(), False, True, "right")]
    while len(right) < len(left) and h.mode != "vv":
        right.append(None)
    spans = sides_hand(doc, left, right, h.split)
    doc.rule_under(spans[("l", len(h.issuer_lines) - 1)], 0.45)
    doc.rule_under(spans[("r", 1)], 0.9)
    if h.mode == "oneline":
        doc.space(3)
        y = doc.y
        f, fi = doc.font(), doc.font(italic=True)
        _, a = put_hand(doc, h.number_line(), doc.left - mm(6), doc.right, y, "left", f)
        _, b = put_hand(doc, h.date_line(), doc.left, doc.right, y, "right", fi)
        doc.emit(a + GAP + b)
        doc.y += doc.lh()
    doc.space(5)


def title(doc, about, style="Về việc"):
    """QUYẾT ĐỊNH and the subject line(s); about is a list of lines."""
    doc.line("QUYẾT ĐỊNH", size=doc.size + 2, bold=True)
    if style == "V/v":
        about = ["V/v " + about[0]] + about[1:]
    elif style:
        about = [style + " " + about[0]] + about[1:]
    for i, s in enumerate(about):
        doc.line(s, bold=True, underline=(i == len(about) - 1))
    doc.space(4)


def authority(doc, who):
    """'ỦY BAN NHÂN DÂN HUYỆN X' (or 'CHỦ TỊCH ...') above the basis."""
    doc.line(who, bold=True)
    doc.space(2)


def basis(doc, items, italic=True):
    """The 'Căn cứ ...' paragraphs, then 'Xét đề nghị ...'."""
    for s in items:
        doc.para(s, indent=10, italic=italic, after=0.6)
    doc.space(1)


def decides(doc, center=True):
    doc.line("QUYẾT ĐỊNH:", bold=True, align="center" if center else "left",
             indent=0 if center else 10)
    doc.space(1.5)


def sign(doc, titles, name, recipients, gap_lines=5):
    """The signature block at the right and 'Nơi nhận:' at the left; marks
    the seal and the signature over it."""
    doc.space(3)
    need = (len(titles) + gap_lines + 1) * doc.lh()
    doc.room(need)
    left = [("Nơi nhận:", True, True, "left", doc.size - 1)]
    left += [("- " + r, False, False, "left", doc.size - 2) for r in recipients]
    right = [(t, True, False, "center") for t in titles] + [None] * gap_lines
    right += [(name, True, False, "center")]
    lx = doc.left
    y0 = doc.y
    spans = doc.sides(left, right, split=0.5, lx=lx)
    last = spans[("r", len(titles) - 1)]
    namesp = spans[("r", len(right) - 1)]
    cx = (namesp[0] + namesp[1]) / 2
    ty = last[2]
    r = mm(19)
    doc.mark("seal", (cx - mm(18) - r, y0 + doc.lh() * 0.4, cx - mm(18) + r,
                      y0 + doc.lh() * 0.4 + 2 * r))
    doc.mark("sign", (cx - mm(22), ty + mm(4), cx + mm(26), namesp[2] - doc.lh()))
    return spans


class Truth:
    """The fields a decision prints, in bench/accuracy's truth format; every
    owner and parcel lies in the commune unit."""

    def __init__(self, unit):
        self.unit, self.owners, self.parcels, self.house = unit, [], [], None
        self.ids = []

    def owner(self, name, female=None, by=None, bdate=None, idn=None, idt=None,
              addr=None, household=False, org=False):
        o = {"name": name, "gender": None if org else ("F" if female else "M"),
             "birth_year": by, "birth_date": bdate.isoformat() if bdate else None,
             "id_number": idn, "id_type": idt, "address": addr,
             "commune_code": self.unit.code, "spouse": None,
             "household": household}
        if org:
            o["organisation"] = True
        self.owners.append(o)
        self.ids.append(idn if idt in ("cccd", "dinh-danh") else None)
        return len(self.owners) - 1

    def couple(self, a, b):
        self.owners[a]["spouse"], self.owners[b]["spouse"] = b, a

    def parcel(self, sheet, number, area, use, holder, use_to=None, term=None,
               origin=None, addr=None):
        self.parcels.append({"sheet": str(sheet), "number": str(number),
                             "area": round(float(area), 1),
                             "land_use": use, "land_use_to": use_to, "term": term,
                             "origin": origin, "address": addr,
                             "commune_code": self.unit.code, "holder": holder})


def place_of(unit, with_district=True, with_province=False):
    """'phường Thạch Bàn, quận Long Biên' as an address names its commune."""
    s = unit.name
    if unit.district and with_district:
        s += ", " + unit.district
    if with_province:
        s += ", " + unit.province
    return s

