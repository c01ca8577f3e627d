"""parts9: the parts every family-9 decision is made of (header blocks,
title, legal basis, articles, signature, seal) and the truth it records."""
import datetime
from PIL import Image, ImageChops, ImageDraw
from page9 import Style, Doc
from words9 import lower_type, bare, date_vn

MOTTO = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")
RED, BLUE = (205, 35, 45), (35, 60, 170)


class Decision:
    """A decision being drawn: its document (pages), style and truth."""

    def __init__(self, r, ident, kind, font, size, unit, date, number,
                 colour=False, margins=None):
        self.r, self.id, self.kind = r, ident, kind
        self.body = Style(font, size)
        self.doc = Doc(self.body, colour=colour, margins=margins)
        self.unit, self.date, self.number = unit, date, number
        self.owners, self.parcels, self.house = [], [], None
        self.title = ""
        self.hand = []          # (page, x, y, text): written by hand later
        self.sign_at = None     # (page, x, y): where the signer's name is

    # -- truth ---------------------------------------------------------
    def owner(self, name, gender, year=None, bdate=None, idn=None, idt=None,
              addr=None, code=None, spouse=None, household=False, org=False):
        o = {"name": name, "gender": None if org else gender,
             "birth_year": year, "birth_date": bdate, "id_number": idn,
             "id_type": idt, "address": addr,
             "commune_code": code or self.unit.code, "spouse": spouse,
             "household": household and not org}
        if org:
            o["organisation"] = True
        self.owners.append(o)
        return len(self.owners) - 1

    def couple(self, a, b):
        self.owners[a]["spouse"], self.owners[b]["spouse"] = b, a

    def parcel(self, sheet, number, area, use, holder, to=None, term=None,
               origin=None, addr=None, code=None):
        self.parcels.append({
            "sheet": str(sheet), "number": str(number), "area": float(area),
            "land_use": use, "land_use_to": to, "term": term, "origin": origin,
            "address": addr, "commune_code": code or self.unit.code,
            "holder": holder})

    def truth(self, era, degradation, dpi, compression, layout, issuer, family):
        ids = [o["id_number"] if o["id_number"] and len(o["id_number"]) == 12
               else None for o in self.owners]
        return {
            "id": self.id, "kind": self.kind, "era": era,
            "degradation": degradation, "pages": len(self.doc.pages),
            "dpi": dpi, "compression": compression, "font": self.body.family,
            "family": family, "layout": layout,
            "decision": {"number": self.number, "date": self.date.isoformat(),
                         "issuer": issuer, "kind": self.kind,
                         "title": self.title},
            "owners": self.owners, "parcels": self.parcels, "house": self.house,
            "page_text": ["\n".join(p.lines) for p in self.doc.pages],
            "citizen_ids": ids}

    # -- drawing -------------------------------------------------------
    def header(self, issuer_lines, style, left_w=0.42, shift=0, place=None,
               hand_number=False, hand_date=False):
        """The two header blocks.  style: 'nd30' (number under the issuer,
        date under the motto), 'row' (number and date on one row at the
        margins, below both blocks), 'title' (number under QUYẾT ĐỊNH)."""
        d, p = self.doc, self.doc.p
        hs = self.body.but(size=self.body.size - 0.5)
        hb = hs.but(bold=True)
        x0 = p.left - shift
        lw = int((p.textw + shift) * left_w)
        rx = x0 + lw + 30
        rw = p.left + p.textw + 40 - rx
        left = [(t, hb if i else (hb if len(issuer_lines) == 1 else hs), "center")
                for i, t in enumerate(issuer_lines)]
        right = [(MOTTO[0], hb, "center"), (MOTTO[1], hb, "center")]
        y0 = d.columns([(x0, lw, left), (rx, rw, right)])
        lw_t = max(hb.width(t) for t in issuer_lines[-1:]) * 0.5
        yi = y0 + hs.lh * (len(issuer_lines) - 1) + hb.lh + 8
        p.line(x0 + lw / 2 - lw_t / 2, yi, x0 + lw / 2 + lw_t / 2, yi)
        mw = hb.width(MOTTO[1])
        yrule = y0 + hs.lh + hb.lh + 4
        p.line(rx + rw / 2 - mw / 2, yrule, rx + rw / 2 + mw / 2, yrule)
        d.gap(40)
        place = place or bare(self.unit.district or self.unit.commune)
        num = "Số: " + self.number
        date = "%s, %s" % (place, date_vn(self.date, pad=self.r.random() < 0.5))
        it = self.body.but(italic=True)
        if hand_number:
            n, rest = self.number.split("/", 1)
            num = "Số: " + "." * 9 + "/" + rest
            self.hand.append((p, x0 + (lw - hs.width(num)) / 2 + hs.width("Số: ") + 8,
                              p.y - 30, n))
        if hand_date:
            typed = "%s, ngày ....... tháng ....... năm %d" % (place, self.date.year)
            self._hand_date(p, rx + (rw - it.width(typed)) / 2, p.y, typed, it, place)
        if style == "nd30":
            d.columns([(x0, lw, [(num, hs, "center")]),
                       (rx, rw, [(date if not hand_date else typed, it, "center")])])
        elif style == "row":
            d.gap(20)
            d.columns([(p.left, p.textw / 2, [(num, hs, "left")]),
                       (p.left + p.textw / 2, p.textw / 2,
                        [(date if not hand_date else typed, it, "right")])])
        else:
            d.columns([(rx, rw, [(date if not hand_date else typed, it, "center")])])
        if hand_date or hand_number:
            self._fix_hand_lines(p, num, date, typed if hand_date else None)
        d.gap(50)
        return num

    def _hand_date(self, p, x, y, typed, st, place):
        pre = "%s, ngày " % place
        x1 = x + st.width(pre) + 10
        self.hand.append((p, x1, y - 30, str(self.date.day)))
        pre2 = pre + "....... tháng "
        self.hand.append((p, x + st.width(pre2) + 10, y - 30, str(self.date.month)))

    def _fix_hand_lines(self, p, num, date, typed):
        """page_text gives the hand-written number and date as read."""
        n = self.number
        for i, ln in enumerate(p.lines):
            if "." * 9 + "/" in ln:
                ln = ln.replace("Số: " + "." * 9 + "/" + n.split("/", 1)[1], "Số: " + n)
            if typed and typed in ln:
                ln = ln.replace(typed, date)
            p.lines[i] = ln

    def title_block(self, subject, number_line=None, rule=True):
        d = self.doc
        t = self.body.but(size=self.body.size + 1, bold=True)
        d.para("QUYẾT ĐỊNH", t, align="center", indent=0)
        if number_line:
            d.para(number_line, self.body, align="center", indent=0)
        d.para(subject, self.body.but(bold=True), align="center", indent=0,
               left=200, right=200)
        self.title = subject
        if rule:
            p = d.p
            p.line(p.left + p.textw / 2 - 180, p.y + 10, p.left + p.textw / 2 + 180, p.y + 10)
        d.gap(45)

    def basis(self, authority, items, italic=True, decide="QUYẾT ĐỊNH:"):
        d = self.doc
        d.para(authority, self.body.but(bold=True), align="center", indent=0)
        d.gap(20)
        st = self.body.but(italic=italic)
        for it in items:
            d.para(it, st)
        d.gap(20)
        d.para(decide, self.body.but(bold=True), align="center", indent=0)
        d.gap(20)

    def article(self, label, text, gap=6):
        """An article whose label (e.g. 'Điều 2.') is bold."""
        self.doc.para(label + " " + text, bold_words=len(label.split(" ")))
        self.doc.gap(gap)

    def signature(self, role, name, recipients, seal_text=None):
        d = self.doc
        small = self.body.but(size=self.body.size - 2)
        hb = self.body.but(bold=True)
        p = d.p
        need = (max(len(recipients) + 1, len(role)) * hb.lh + 330)
        d.room(need)
        p = d.p
        d.gap(30)
        lw = p.textw * 0.45
        rx = p.left + lw
        left = [("Nơi nhận:", small.but(bold=True, italic=True), "left")] + \
            [(t, small.but(size=small.size - 1), "left") for t in recipients]
        right = [(t, hb, "center") for t in role]
        y0 = d.columns([(p.left - 60, lw, left), (rx, p.textw - lw, right)])
        yname = y0 + len(role) * hb.lh + 260
        yname = max(yname, p.y + 20)
        nw = hb.width(name)
        p.text(rx + (p.textw - lw - nw) / 2, yname, name, hb)
        p.lines.append(name)
        p.y = yname + hb.lh
        self.sign_at = (p, rx + (p.textw - lw) / 2, yname)
        self.seal_text = seal_text

    # -- ink ---------------------------------------------------------
    def ink(self, hand_font):
        """Seal, signature and hand-written figures on a colour document
        (written in the ink colours over the print, like real ink)."""
        if self.sign_at and self.doc.colour and self.seal_text:
            p, cx, y = self.sign_at
            seal(p, cx - 150, y - 170, 205, self.seal_text, self.body)
            signature(p, self.r, cx - 230, y - 200, 460, 150)
        for p, x, y, text in self.hand:
            handwrite(p, self.r, x, y, text, hand_font)


def multiply(page, layer):
    page.img = ImageChops.multiply(page.img, layer)
    page.d = ImageDraw.Draw(page.img)


def seal(page, cx, cy, rad, text, st):
    """A red round seal: two rings, the committee's name around, a star."""
    layer = Image.new("RGB", page.img.size, (255, 255, 255))
    dr = ImageDraw.Draw(layer)
    dr.ellipse((cx - rad, cy - rad, cx + rad, cy + rad), outline=RED, width=9)
    ri = rad - 52
    dr.ellipse((cx - ri, cy - ri, cx + ri, cy + ri), outline=RED, width=4)
    import math
    pts = []
    for i in range(10):
        a = -math.pi / 2 + i * math.pi / 5
        rr = 48 if i % 2 == 0 else 19
        pts.append((cx + rr * math.cos(a), cy - 30 + rr * math.sin(a)))
    dr.polygon(pts, fill=RED)
    f = st.but(size=8.5, bold=True)
    n = len(text)
    for i, ch in enumerate(text):
        a = math.pi + (i + 0.5) * 2 * math.pi / (n + 4)
        gi = Image.new("L", (60, 60), 0)
        ImageDraw.Draw(gi).text((15, 5), ch, font=f.font, fill=255)
        gi = gi.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC)
        rm = rad - 28
        x, y = cx + rm * math.cos(a) - 30, cy + rm * math.sin(a) - 30
        layer.paste(RED, (int(x), int(y)), gi)
    multiply(page, layer)


def signature(page, r, x, y, w, h):
    """A blue hand signature: a few loops and a long stroke."""
    layer = Image.new("RGB", page.img.size, (255, 255, 255))
    dr = ImageDraw.Draw(layer)
    import math
    pts = []
    for i in range(90):
        t = i / 89.0
        px = x + w * t
        py = y + h / 2 + math.sin(t * 14 + r.random() * 0.3) * h * 0.35 * (1 - t * 0.5)
        pts.append((px, py))
    dr.line(pts, fill=BLUE, width=6)
    dr.line((x + w * 0.1, y + h * 0.9, x + w * 1.05, y + h * 0.55), fill=BLUE, width=5)
    multiply(page, layer)


def handwrite(page, r, x, y, text, st):
    """Figures written by hand in blue: each a little turned and lifted."""
    if page.img.mode != "RGB":
        page.img = page.img.convert("RGB")
        page.d = ImageDraw.Draw(page.img)
    layer = Image.new("RGB", page.img.size, (255, 255, 255))
    for ch in text:
        gi = Image.new("L", (110, 130), 0)
        ImageDraw.Draw(gi).text((20, 5), ch, font=st.font, fill=255)
        gi = gi.rotate(r.uniform(-12, 12), resample=Image.BICUBIC)
        layer.paste(BLUE, (int(x), int(y + r.uniform(-8, 8))), gi)
        x += st.width(ch) + r.uniform(2, 10)
    multiply(page, layer)


def when(r, year, lo=1, hi=12):
    m = r.randint(lo, hi)
    return datetime.date(year, m, r.randint(1, 28))


def issuer_name(unit, post):
    """'Ủy ban nhân dân thị xã Mỹ Hào' (a commune's committee after 2025)."""
    return "Ủy ban nhân dân " + lower_type(unit.commune if post else unit.district)
