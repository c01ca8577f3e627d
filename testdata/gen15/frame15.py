"""frame15: the parts every family-15 decision shares, in this family's
own arrangements: the heading (two blocks, or three with the emblem in the
middle; a Sở under its province; a number and date typed with blanks and
filled in by hand; the place on one line and the date under it), the
grounds, the closing articles, the recipients and the signature, with the
ink (seal, signature) placed where the signer's name is."""
import math
from sheet15 import Sheet, GAP, MM, INK

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]


class Doc:
    """A decision being set: its sheets and its truth."""

    def __init__(self, rng, face, pt=12.5, landscape=False):
        self.rng, self.face, self.pt, self.landscape = rng, face, pt, landscape
        self.sheets = [Sheet(face, pt, landscape)]
        self.owners, self.parcels, self.house = [], [], None
        self.marks = {"rows": [], "names": [], "sign": None}

    @property
    def s(self):
        return self.sheets[-1]

    def new_sheet(self, landscape=None):
        self.sheets.append(Sheet(self.face, self.pt,
                                 self.landscape if landscape is None else landscape))
        return self.s

    def need(self, h):
        """A new sheet when h pixels no longer fit on this one."""
        if self.s.y + h > self.s.bottom:
            self.new_sheet()

    def para(self, text, **kw):
        s = self.s
        words = ((kw.get("lead") or "") + " " + text).split()
        n = len(s.wrap(words, s.x1 - s.x0 - int(kw.get("hang", 0) * MM), kw.get("style", "r"),
                       kw.get("pt"), first=int(kw.get("indent", 12) * MM)))
        self.need(min(n, 3) * s.lh(kw.get("pt")))
        if self.s.y + n * s.lh(kw.get("pt")) > self.s.bottom:
            # split the paragraph's words where the page ends
            room = (self.s.bottom - self.s.y) // s.lh(kw.get("pt"))
            lines = s.wrap(words, s.x1 - s.x0, kw.get("style", "r"), kw.get("pt"),
                           first=int(kw.get("indent", 12) * MM))
            head = sum(len(x) for x in lines[:room])
            lead = kw.pop("lead", None)
            nl = len(lead.split()) if lead else 0
            first = " ".join(words[nl:head])
            self.s.para(first, lead=lead, **kw)
            self.new_sheet()
            kw["indent"] = 0
            self.s.para(" ".join(words[head:]), **kw)
            return
        self.s.para(text, **kw)

    def card(self, title, pairs, **kw):
        s = self.s
        lw = kw.get("lw", 48)
        n = 1 + sum(len(s.wrap(v.split(), s.x1 - s.x0 - int(lw * MM) - 40, "r", kw.get("pt")))
                    for _, v in pairs)
        self.need(n * s.lh(kw.get("pt")) + int(8 * MM))
        y0 = self.s.y
        self.s.card(title, pairs, **kw)
        self.marks["rows"].append((len(self.sheets) - 1, y0, self.s.y))

    def table(self, widths, head, rows, **kw):
        """A table that goes on over the next sheet, its header repeated."""
        while True:
            spans, rows = self.s.table(widths, head, rows, **kw)
            k = len(self.sheets) - 1
            self.marks["rows"] += [(k, a, b) for a, b in spans ]
            if not rows:
                return
            self.new_sheet()

    # -- heading
    def heading(self, left, number, place, date, style="two", hand=None,
                split_date=False):
        """left: the issuer's lines (the last one ruled under); style "two"
        (issuer | motto) or "three" (issuer | emblem | motto); hand: (number
        figures, day, month) written in ink on blanks of the typed line;
        split_date: the place on its own line, the date under it."""
        s = self.s
        w = s.x1 - s.x0
        if style == "three":
            spans = [(s.x0, s.x0 + w * 0.36), (s.x0 + w * 0.36, s.x0 + w * 0.5),
                     (s.x0 + w * 0.5, s.x1)]
        else:
            spans = [(s.x0 - 60, s.x0 + w * 0.42), (s.x0 + w * 0.42, s.x1 + 40)]
        litems = [(t, "b" if i else "r", i == len(left) - 1) for i, t in enumerate(left)]
        ritems = [(MOTTO[0], "b", False), (MOTTO[1], "b", True)]
        top = s.y
        pt = self.pt - 0.5
        if style == "three":
            s.blocks([(spans[0][0], spans[0][1], litems),
                      (spans[2][0], spans[2][1], ritems)], pt=pt)
            self.emblem((spans[1][0] + spans[1][1]) / 2, top + 120, 105)
        else:
            s.blocks([(spans[0][0], spans[0][1], litems),
                      (spans[1][0], spans[1][1], ritems)], pt=pt)
        s.skip(3)
        lx0, lx1 = spans[0]
        rx0, rx1 = spans[-1]
        if hand:
            fig, day, mon = hand
            num = number.split("/", 1)
            typed_no = "Số:            /" + num[1]
            typed_dt = "%s, ngày        tháng        năm %s" % (place, date[0])
            y = s.y
            box = s.line(typed_no, "c", "r", pt, lx0, lx1, record=False)
            s.y = y
            dbox = s.line(typed_dt, "c", "i", pt, rx0, rx1, record=False)
            s.text.append("Số: %s/%s%s%s, ngày %s tháng %s năm %s"
                          % (fig, num[1], GAP, place, day, mon, date[0]))
            nx = box[0] + s.width("Số: ", "r", pt) + 14
            b = s.base(y, "r", pt) - 4
            s.hand(nx, b, fig, 17)
            pre = s.width(place + ", ngày ", "i", pt)
            mid = s.width(place + ", ngày        tháng ", "i", pt)
            s.hand(dbox[0] + pre + 8, b, day, 17)
            s.hand(dbox[0] + mid + 10, b, mon, 17)
        elif split_date:
            y = s.y
            s.line("Số: " + number, "c", "r", pt, lx0, lx1, record=False)
            s.y = y
            s.line(place + ",", "c", "i", pt, rx0, rx1, record=False)
            s.line(date[1], "c", "i", pt, rx0, rx1, record=False)
            s.text.append("Số: " + number + GAP + place + ",")
            s.text.append(date[1])
        else:
            y = s.y
            s.line("Số: " + number, "c", "r", pt, lx0, lx1, record=False)
            s.y = y
            s.line(place + ", " + date[1], "c", "i", pt, rx0, rx1, record=False)
            s.text.append("Số: " + number + GAP + place + ", " + date[1])
        s.skip(6)

    def emblem(self, cx, cy, r):
        """The national emblem, drawn plainly: rings, rays and a star."""
        d = self.s.d
        d.ellipse((cx - r, cy - r, cx + r, cy + r), outline=INK, width=5)
        d.ellipse((cx - r * 0.72, cy - r * 0.72, cx + r * 0.72, cy + r * 0.72),
                  outline=INK, width=3)
        for k in range(24):
            a = 2 * math.pi * k / 24
            d.line((cx + r * 0.74 * math.cos(a), cy + r * 0.74 * math.sin(a),
                    cx + r * 0.95 * math.cos(a), cy + r * 0.95 * math.sin(a)),
                   fill=INK, width=3)
        star = [(cx + (r * 0.5 if k % 2 == 0 else r * 0.2) * math.cos(math.pi * (k / 5 - 0.5)),
                 cy + (r * 0.5 if k % 2 == 0 else r * 0.2) * math.sin(math.pi * (k / 5 - 0.5)))
                for k in range(10)]
        d.polygon(star, fill=INK)

    def title(self, issuer_caps, lines):
        """QUYẾT ĐỊNH, the subject's lines, the issuer in capitals."""
        s = self.s
        s.line("QUYẾT ĐỊNH", "c", "b", self.pt + 1.5)
        for t in lines:
            s.line(t, "c", "b")
        s.skip(2)
        s.line(issuer_caps, "c", "b")
        s.skip(2)

    def grounds(self, items, close="QUYẾT ĐỊNH:"):
        for g in items:
            self.para(g, indent=10, style="i")
        self.s.skip(1)
        self.s.line(close, "c", "b")
        self.s.skip(1)

    def article(self, n, text, lead_style="Điều %d."):
        self.para(text, indent=10, lead=lead_style % n)

    # -- close
    def closing(self, recipients, role, signer, ring, sub="TM. ỦY BAN NHÂN DÂN",
                left_width=0.5):
        """Nơi nhận on the left, the signature block on the right; the seal
        and signature's place is kept in marks["sign"]."""
        self.need(max(self.s.lh(self.pt - 1) * (len(recipients) + 1),
                      self.s.lh() * 3 + int(20 * MM)) + int(6 * MM))
        s = self.s
        s.skip(4)
        top = s.y
        w = s.x1 - s.x0
        rx0 = s.x0 + w * left_width
        rec = [("Nơi nhận:", "bi")] + [("- " + r, "r") for r in recipients]
        sig = [(sub, "b"), (role, "b")] if sub else [(role, "b")]
        pt = self.pt - 1
        y = top
        for t, st in rec:
            s.put(s.x0, y, t, st, pt if st == "r" else self.pt - 0.5)
            y += s.lh(pt)
        y2 = top
        for t, st in sig:
            wd = s.width(t, st)
            s.put((rx0 + s.x1 - wd) / 2, y2, t, st)
            y2 += s.lh()
        name_y = y2 + int(20 * MM)
        wd = s.width(signer, "b")
        s.put((rx0 + s.x1 - wd) / 2, name_y, signer, "b")
        rows = [GAP.join(p) for p in _zip_lines(
            [t for t, _ in rec], [t for t, _ in sig])]
        s.text.extend(rows)
        s.text.append(signer)
        s.y = max(y, name_y + s.lh()) + int(3 * MM)
        self.marks["sign"] = (len(self.sheets) - 1, (rx0 + s.x1) / 2, name_y, ring)


def _zip_lines(a, b):
    out = []
    for i in range(max(len(a), len(b))):
        out.append([x for x in ((a[i] if i < len(a) else None),
                                (b[i] if i < len(b) else None)) if x])
    return out
