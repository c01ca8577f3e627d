"""pages10: certificate forms and dossier papers laid out as Leaf objects
(strings and strokes in mm).  Each function returns a list of leaves."""
import math

RED, BLUE, INK = "#b8141c", "#1d3c9c", "#181818"
MOTTO = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")


def vn_num(x):
    """1160.5 -> '1.160,5'; 300 -> '300'."""
    whole = int(x)
    frac = round((x - whole) * 10)
    s = "{:,}".format(whole).replace(",", ".")
    return s + ("," + str(frac) if frac else "")


def dmy(iso):
    y, m, d = iso.split("-")
    return "%s/%s/%s" % (d, m, y)


def long_date(iso):
    y, m, d = iso.split("-")
    return "ngày %s tháng %s năm %s" % (d, m, y)


def wrap(s, width):
    out, cur = [], ""
    for w in s.split():
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    if cur:
        out.append(cur)
    return out


class Pen:
    """Writes lines down a leaf from a top margin, wrapping to a width."""

    def __init__(self, leaf, x=22, y=30, width=166, size=12, font="serif", ink=INK):
        self.leaf, self.x, self.y, self.width = leaf, x, y, width
        self.size, self.font, self.ink = size, font, ink

    def step(self, k=1.0):
        self.y += self.size * 0.3528 * 1.45 * k

    def para(self, s, indent=0, size=None, font=None, ink=None):
        size = size or self.size
        chars = int((self.width - indent) / (size * 0.3528 * 0.5))
        for i, ln in enumerate(wrap(s, chars)):
            self.leaf.text(self.x + (indent if i == 0 else indent + 4), self.y, ln, size,
                           font or self.font, ink or self.ink)
            self.step(size / self.size)

    def centre(self, s, size=None, font=None, ink=None):
        size = size or self.size
        self.leaf.text(self.x + self.width / 2, self.y, s, size, font or self.font,
                       ink or self.ink, "middle")
        self.step(size / self.size)


def seal(leaf, x, y, who, r=19):
    """A red round seal with the body's name around it and a star."""
    leaf.ring(x, y, r, 1.0)
    leaf.ring(x, y, r - 3.2, 0.5)
    leaf.ring(x, y, 4.5, 0.6)
    for i, ch in enumerate(who.upper()[:30]):
        a = math.pi * (1.1 + 0.8 * i / 30.0)
        leaf.text(x + (r - 1.8) * math.cos(a) * -1, y + (r - 1.8) * math.sin(a) * -1, ch,
                  5, "sans-b", "#c8202a", "middle")


def signature(leaf, x, y, seed, w=34):
    pts = [(x + w * t / 40.0, y + 4 * math.sin(t * 0.7 + seed % 5) - 2 * math.cos(t * 0.45 + seed % 3))
           for t in range(41)]
    leaf.curve(pts, 0.45)


def sign_block(leaf, x, y, title, role, name, body, seed, stamp=True):
    """Signature block centred on x: title lines, signature, seal, name."""
    for i, ln in enumerate(title):
        leaf.text(x, y + 5.5 * i, ln, 11.5, "serif-b", INK, "middle")
    yy = y + 5.5 * len(title)
    if role:
        leaf.text(x, yy, role, 11.5, "serif-b", INK, "middle")
        yy += 5.5
    signature(leaf, x - 17, yy + 12, seed)
    if stamp:
        seal(leaf, x - 14, yy + 11, body)
    leaf.text(x, yy + 28, name, 12, "serif-b", INK, "middle")


def motto(leaf, x, y, size=12.5):
    leaf.text(x, y, MOTTO[0], size, "serif-b", INK, "middle")
    leaf.text(x, y + 6, MOTTO[1], size, "serif-b", INK, "middle")
    leaf.line(x - 24, y + 7.6, x + 24, y + 7.6, 0.3)


def table(leaf, x, y, widths, rows, size=10.5, head=True, line_h=5.2):
    """A ruled table; a cell is a string (wrapped to its width).  Returns
    the y below it."""
    top = y
    for r, row in enumerate(rows):
        cells = [wrap(c, max(4, int(w / (size * 0.3528 * 0.5)))) for c, w in zip(row, widths)]
        h = max(len(c) for c in cells) * line_h + 2.5
        cx = x
        for c, w in zip(cells, widths):
            for i, ln in enumerate(c):
                font = "serif-b" if (head and r == 0) else "serif"
                leaf.text(cx + 1.5, y + 4.6 + i * line_h, ln, size, font)
            cx += w
        y += h
        leaf.line(x, y, x + sum(widths), y, 0.25)
    leaf.line(x, top, x + sum(widths), top, 0.25)
    cx = x
    for w in [0] + widths:
        cx += w
        leaf.line(cx, top, cx, y, 0.25)
    return y


def plan(leaf, x, y, w, h, numbers, seed):
    """A parcel sketch: the lot with its neighbours, numbered, a north arrow."""
    j = [(seed * 7 + i * 13) % 9 for i in range(8)]
    pts = [(x + 8 + j[0], y + 10 + j[1]), (x + w - 10 - j[2], y + 6 + j[3]),
           (x + w - 6 - j[4], y + h - 12), (x + 12 + j[5], y + h - 8 - j[6])]
    for a, b in zip(pts, pts[1:] + pts[:1]):
        leaf.line(a[0], a[1], b[0], b[1], 0.5)
    for i, (px, py) in enumerate(pts):
        leaf.text(px - 2, py - 1.5, str(i + 1), 8, "sans")
    leaf.text(x + w / 2, y + h / 2, numbers, 10, "sans-b", INK, "middle")
    leaf.line(x + w - 6, y + 2, x + w - 6, y + 12, 0.3)
    leaf.text(x + w - 6, y + 1, "N", 8, "sans-b", INK, "middle")
    leaf.box(x, y, x + w, y + h, 0.2, "#707070")


def owner_lines(o):
    """How an owner is printed on a certificate, line by line."""
    if o.get("org"):
        return [o["name"], o["org"], "Địa chỉ trụ sở: " + o["address"]]
    lead = {"M": "Ông", "F": "Bà"}[o["gender"]]
    if o.get("role") == "child":
        lead = "Con: " + ("ông" if o["gender"] == "M" else "bà")
    first = "%s %s, sinh năm %d" % (lead, o["name"], o["birth_year"])
    if o.get("role") == "wife":
        first = "Và vợ: bà %s, sinh năm %d" % (o["name"], o["birth_year"])
    out = [first]
    label = {"cmnd": "CMND số", "cccd": "CCCD số", "passport": "Hộ chiếu số",
             "dinh-danh": "Số định danh cá nhân:", None: None}[o["id_type"]]
    if label:
        out.append("%s %s%s" % (label, o["id_number"], o.get("id_note", "")))
    if o.get("role") == "child":
        out.append("(người chưa thành niên, do cha mẹ là người đại diện theo pháp luật)")
    if o.get("address"):
        out.append(("Địa chỉ thường trú: " if o["id_type"] != "passport" else "Địa chỉ: ")
                   + o["address"])
    return out


def purpose_text(p):
    return "%s (%s)" % (p["name"], p["land_use"])

