"""gen12's common parts of a decision: the header (committee and motto,
the number and the date), the title, the grounds, the articles' leads, the
signature beside "Nơi nhận", and the truth."""
from page12 import W, words
from units12 import bare, kind_of


class Issuer:
    """A committee: unit 'Huyện Tam Nông'; above: the higher unit printed
    over it ('TỈNH AN GIANG') or None; place: the town named in the date
    line."""

    def __init__(self, unit, above=None, place=None):
        self.unit, self.above = unit, above
        self.place = place or bare(unit)

    @property
    def name(self):
        return "Ủy ban nhân dân " + kind_of(self.unit) + " " + bare(self.unit)

    @property
    def upper(self):
        return self.unit.upper()


def header(doc, iss, number, date, motto_rule=1.0, italic_lines=False,
           emblem=False):
    """The two header blocks, then the number under the committee and the
    place and date under the motto."""
    s = doc.size
    left = []
    if iss.above:
        left.append((iss.above, "r", s - 4, 0))
    left += [("ỦY BAN NHÂN DÂN", "b" if iss.above else "r", s - 2, 0),
             (iss.upper, "b", s - 2, 0.45)]
    right = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b", s - 4, 0),
             ("Độc lập - Tự do - Hạnh phúc", "b", s - 2, motto_rule)]
    if emblem:
        doc.emblem(W // 2, doc.y + 60, 62)
        doc.y += 150
    lx, rx = 690, 1680
    doc.blocks(left, right, lx, rx)
    doc.skip(0.5)
    st = "i" if italic_lines else "r"
    day = "%s, ngày %d tháng %d năm %d" % (iss.place, date.day, date.month, date.year)
    doc.blocks([("Số: " + number, st, s - 2, 0)], [(day, "i", s - 2, 0)], lx, rx)
    doc.skip(0.8)


def title(doc, subject, authority=None):
    """QUYẾT ĐỊNH, the subject (wrapped, centred), a short rule, and the
    authority line."""
    doc.line("QUYẾT ĐỊNH", "b", doc.size + 6, "center")
    cx = W // 2
    ws, cur, out = subject.split(), "", []
    for w in ws:
        t = (cur + " " + w).strip()
        if cur and doc.width(t, "b") > 1650:
            out.append(cur)
            cur = w
        else:
            cur = t
    out.append(cur)
    for ln in out:
        doc.line(ln, "b", align="center")
    doc.skip(0.2)
    doc.draw.line((cx - 220, doc.y, cx + 220, doc.y), fill=0, width=3)
    doc.skip(0.7)
    if authority:
        doc.line(authority, "b", align="center")
        doc.skip(0.4)


def grounds(doc, lines, propose=None):
    """Each "Căn cứ" in italic, then the proposal it answers."""
    for g in lines:
        doc.para(words(g, "i"))
    if propose:
        doc.para(words(propose, "i"))
    doc.skip(0.3)
    doc.line("QUYẾT ĐỊNH:", "b", align="center")
    doc.skip(0.3)


def article(doc, n, text, lead_style="b"):
    """'Điều n.' in bold, then the text of the article in the same
    paragraph; text is a string or a list of runs."""
    runs = words("Điều %d." % n, lead_style)
    runs += words(text) if isinstance(text, str) else text
    doc.para(runs)


def sign(doc, whom, signer, for_chair=True, copies=None):
    """Nơi nhận (left) beside the signature block (right), row by row."""
    copies = copies or ["- Như Điều 3;", "- Lưu: VT."]
    right = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH" if for_chair else "CHỦ TỊCH",
             "PHÓ CHỦ TỊCH" if for_chair else "", "", "", "", signer]
    if whom == "chair":
        right = ["CHỦ TỊCH", "", "", "", signer]
    left = ["Nơi nhận:"] + copies
    doc.room(doc.size * 1.3 * max(len(left), len(right)))
    s = doc.size
    doc.sign_at = (len(doc.pages) - 1, doc.y)
    for k in range(max(len(left), len(right))):
        parts = []
        if k < len(left):
            st = "bi" if k == 0 else "r"
            doc.put(left[k], doc.left, doc.y + (6 if k else 0), st, s - (6 if k == 0 else 12))
            parts.append(left[k])
        if k < len(right) and right[k]:
            doc.put(right[k], 1750, doc.y, "b", s - 2, "center")
            parts.append(right[k])
        if parts:
            doc.texts[-1].append("    ".join(parts))
        doc.y += int(s * 1.3)


class Truth:
    """The truth of one document: what its pages print."""

    def __init__(self, number, date, issuer, kind, subject):
        self.decision = {"number": number, "date": date.isoformat(),
                         "issuer": issuer, "kind": kind, "title": subject}
        self.owners, self.parcels, self.house = [], [], None

    def owner(self, name, sex, commune, year=None, idn=None, idt=None,
              address=None, household=False, org=False, birth_date=None,
              spouse=None):
        o = {"name": name, "gender": None if org else sex, "birth_year": year,
             "birth_date": birth_date, "id_number": idn, "id_type": idt,
             "address": address, "commune_code": commune, "spouse": spouse,
             "household": household}
        if org:
            o["organisation"] = True
        self.owners.append(o)
        return len(self.owners) - 1

    def parcel(self, holder, sheet, number, area, use, commune, use_to=None,
               term=None, origin=None, address=None):
        self.parcels.append({"sheet": str(sheet), "number": str(number),
                             "area": float(area), "land_use": use,
                             "land_use_to": use_to, "term": term,
                             "origin": origin, "address": address,
                             "commune_code": commune, "holder": holder})
