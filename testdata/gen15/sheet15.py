"""sheet15: a printed sheet for family 15, drawn with Pillow at 300 dpi.

A Sheet is one page (portrait or landscape A4) with a pen that moves down
it: single lines, wrapped paragraphs, blocks set side by side, boxed
"cards" of label/value lines, tables with solid, dashed or dotted rules and
full-width sub-heading rows, and ink marks (hand-filled figures, a
signature, a seal).  Every line it prints is kept, in reading order, in
.text (cells and blocks on one visual line joined by four spaces), which is
what the truth's page_text holds."""
import math
from PIL import Image, ImageChops, ImageDraw, ImageFont

DPI = 300
MM = DPI / 25.4
GAP = "    "

FACES = {
    "Lato": {"r": "/usr/share/fonts/truetype/lato/Lato-Regular.ttf",
             "b": "/usr/share/fonts/truetype/lato/Lato-Bold.ttf",
             "i": "/usr/share/fonts/truetype/lato/Lato-Italic.ttf",
             "bi": "/usr/share/fonts/truetype/lato/Lato-BoldItalic.ttf"},
    "Quicksand": {"r": "/usr/share/fonts/truetype/quicksand/Quicksand-Regular.ttf",
                  "b": "/usr/share/fonts/truetype/quicksand/Quicksand-Bold.ttf",
                  "i": "/usr/share/fonts/truetype/quicksand/Quicksand-Medium.ttf",
                  "bi": "/usr/share/fonts/truetype/quicksand/Quicksand-Bold.ttf"},
}
HAND = "/usr/share/texmf/fonts/opentype/public/tex-gyre/texgyrechorus-mediumitalic.otf"
INK = (20, 20, 24)
BLUE = (28, 52, 170)
RED = (205, 30, 38)
_cache = {}


def font(path, pt):
    key = (path, pt)
    if key not in _cache:
        _cache[key] = ImageFont.truetype(path, int(round(pt * DPI / 72)))
    return _cache[key]


class Sheet:
    """One page.  face: a FACES key; pt: the body size in points."""

    def __init__(self, face, pt=12.5, landscape=False, margins=(25, 18, 18, 16)):
        w, h = (3508, 2480) if landscape else (2480, 3508)
        self.img = Image.new("RGB", (w, h), (255, 255, 255))
        self.d = ImageDraw.Draw(self.img)
        self.face, self.pt = FACES[face], pt
        left, right, top, bottom = margins
        self.x0, self.x1 = int(left * MM), int(w - right * MM)
        self.y, self.bottom = int(top * MM), int(h - bottom * MM)
        self.text = []
        self.marks = {}

    # -- fonts and measures
    def f(self, style="r", pt=None):
        return font(self.face[style], pt or self.pt)

    def width(self, s, style="r", pt=None):
        return self.d.textlength(s, font=self.f(style, pt))

    def lh(self, pt=None):
        return int((pt or self.pt) * DPI / 72 * 1.34)

    def skip(self, mm):
        self.y += int(mm * MM)

    # -- lines
    def put(self, x, y, s, style="r", pt=None, fill=INK):
        self.d.text((x, y), s, font=self.f(style, pt), fill=fill)

    def line(self, s, align="l", style="r", pt=None, x0=None, x1=None,
             record=True, under=False):
        """One line, left, centred or right between x0 and x1; under draws a
        short rule below a centred line (as under the motto)."""
        x0 = self.x0 if x0 is None else x0
        x1 = self.x1 if x1 is None else x1
        wd = self.width(s, style, pt)
        x = {"l": x0, "c": (x0 + x1 - wd) / 2, "r": x1 - wd}[align]
        self.put(x, self.y, s, style, pt)
        if under:
            yy = self.y + self.lh(pt) - 8
            self.d.line((x + wd * 0.2, yy, x + wd * 0.8, yy), fill=INK, width=3)
        if record:
            self.text.append(s)
        box = (x, self.y, x + wd, self.y + self.lh(pt))
        self.y += self.lh(pt)
        return box

    def wrap(self, words, width, style="r", pt=None, first=0):
        lines, cur = [], []
        for w in words:
            room = width - (first if not lines else 0)
            if cur and self.width(" ".join(cur + [w]), style, pt) > room:
                lines.append(cur)
                cur = []
            cur.append(w)
        if cur:
            lines.append(cur)
        return lines

    def para(self, s, indent=12, style="r", pt=None, lead=None, justify=True,
             hang=0):
        """A paragraph wrapped to the measure, its first line indented by
        indent mm (a hanging indent hang mm for the next ones), justified;
        lead is a bold run that opens it."""
        words = ((lead + " ") if lead else "").split() + s.split()
        nlead = len(lead.split()) if lead else 0
        ind, hg = int(indent * MM), int(hang * MM)
        width = self.x1 - self.x0 - hg
        lines = self.wrap(words, width, style, pt, first=ind - hg)
        k = 0
        for i, ln in enumerate(lines):
            x = self.x0 + (ind if i == 0 else hg)
            room = self.x1 - x
            styles = ["b" if k + j < nlead else style for j in range(len(ln))]
            ws = [self.width(w, st, pt) for w, st in zip(ln, styles)]
            space = self.width(" ", style, pt)
            if justify and i < len(lines) - 1 and len(ln) > 1:
                space = (room - sum(ws)) / (len(ln) - 1)
            for w, st, wd in zip(ln, styles, ws):
                self.put(x, self.y, w, st, pt)
                x += wd + space
            k += len(ln)
            self.text.append(" ".join(ln))
            self.y += self.lh(pt)
        return len(lines)

    def blocks(self, cols, pt=None, record=True):
        """Blocks side by side: cols is a list of (x0, x1, [(text, style,
        under)]) each centred in its span; the visual lines are recorded
        row by row, joined by four spaces."""
        top = self.y
        rows = {}
        bottom = top
        for x0, x1, items in cols:
            self.y = top
            for i, (s, st, und) in enumerate(items):
                if s:
                    self.line(s, "c", st, pt, x0, x1, record=False, under=und)
                    rows.setdefault(i, []).append(s)
                else:
                    self.y += self.lh(pt)
            bottom = max(bottom, self.y)
        self.y = bottom
        if record:
            for i in sorted(rows):
                self.text.append(GAP.join(rows[i]))

    # -- rules
    def rule(self, x0, y0, x1, y1, kind="solid", w=3):
        if kind == "solid":
            self.d.line((x0, y0, x1, y1), fill=INK, width=w)
            return
        on, off = (22, 12) if kind == "dashed" else (4, 9)
        n = math.hypot(x1 - x0, y1 - y0)
        t = 0.0
        while t < n:
            a, b = t / n, min(t + on, n) / n
            self.d.line((x0 + (x1 - x0) * a, y0 + (y1 - y0) * a,
                         x0 + (x1 - x0) * b, y0 + (y1 - y0) * b), fill=INK, width=w)
            t += on + off

    def card(self, title, pairs, lw=48, pt=None, kind="solid"):
        """A boxed block: a bold title line, then label: value lines (the
        value wrapped beside the label, lw mm in)."""
        pad = int(3 * MM)
        top = self.y
        self.y += pad
        x0 = self.x0 + pad
        self.line(title, "l", "b", pt, x0=x0)
        for lab, val in pairs:
            vx = self.x0 + int(lw * MM)
            lines = self.wrap(val.split(), self.x1 - pad - vx, "r", pt)
            self.put(x0, self.y, lab + ":", "i", pt)
            for i, ln in enumerate(lines):
                self.put(vx, self.y, " ".join(ln), "r", pt)
                self.text.append((lab + ": " if i == 0 else "") + " ".join(ln))
                self.y += self.lh(pt)
        self.y += pad
        x1 = self.x1
        for a in ((self.x0, top, x1, top), (self.x0, self.y, x1, self.y),
                  (self.x0, top, self.x0, self.y), (x1, top, x1, self.y)):
            self.rule(*a, kind=kind, w=3)
        self.y += int(2 * MM)

    def table(self, widths, head, rows, pt=None, kind="solid", align=None,
              vrules=True, hstyle="b"):
        """A ruled table: widths in mm (scaled to the measure), head a list of
        header cells ("\\n" breaks a header line), rows lists of cells or a
        str (a sub-heading row spanning every column).  Returns the y span
        of each body row drawn and the rows that did not fit on the page."""
        pt = pt or self.pt
        total = sum(widths)
        span = self.x1 - self.x0
        xs = [self.x0]
        for wd in widths:
            xs.append(xs[-1] + span * wd / total)
        align = align or ["l"] * len(widths)
        pad = int(1.6 * MM)
        spans = []

        def cell_lines(s, i, st):
            out = []
            for part in str(s).split("\n"):
                out += [" ".join(x) for x in
                        self.wrap(part.split(), xs[i + 1] - xs[i] - 2 * pad, st, pt)] or [""]
            return out

        def draw_row(cells, st, al):
            top = self.y
            if isinstance(cells, str):
                self.put(self.x0 + pad, top + pad, cells, "bi", pt)
                self.text.append(cells)
                h = self.lh(pt) + 2 * pad
            else:
                cl = [cell_lines(c, i, st) for i, c in enumerate(cells)]
                n = max(len(c) for c in cl)
                for k in range(n):
                    parts = []
                    for i, c in enumerate(cl):
                        if k < len(c) and c[k]:
                            wd = self.width(c[k], st, pt)
                            a = al[i]
                            x = {"l": xs[i] + pad, "c": (xs[i] + xs[i + 1] - wd) / 2,
                                 "r": xs[i + 1] - pad - wd}[a]
                            self.put(x, top + pad + k * self.lh(pt), c[k], st, pt)
                            parts.append(c[k])
                    self.text.append(GAP.join(parts))
                h = n * self.lh(pt) + 2 * pad
            self.y = top + h
            self.rule(self.x0, self.y, self.x1, self.y, kind)
            if vrules:
                inner = xs if not isinstance(cells, str) else [xs[0], xs[-1]]
                for x in inner:
                    self.rule(x, top, x, self.y, kind)
            return top, self.y

        def height(cells):
            if isinstance(cells, str):
                return self.lh(pt) + 2 * pad
            return max(len(cell_lines(c, i, "r")) for i, c in enumerate(cells)) \
                * self.lh(pt) + 2 * pad

        self.rule(self.x0, self.y, self.x1, self.y, kind)
        draw_row(head, hstyle, ["c"] * len(widths))
        for k, r in enumerate(rows):
            if self.y + height(r) > self.bottom:
                return spans, rows[k:]
            spans.append(draw_row(r, "r", align))
        self.y += int(2 * MM)
        return spans, []

    # -- ink
    def hand(self, x, base, s, pt=15):
        """Figures written by hand in blue ink from x on the baseline base."""
        self.d.text((x, base), s, font=font(HAND, pt), fill=BLUE, anchor="ls")

    def base(self, y, style="r", pt=None):
        """The baseline of a line set at y."""
        return y + self.f(style, pt).getmetrics()[0]

    def signature(self, cx, cy, rng, width=420):
        """A blue scrawl centred at (cx, cy)."""
        pts = []
        for k in range(46):
            t = k / 45
            pts.append((cx - width / 2 + t * width + rng.uniform(-12, 12),
                        cy + math.sin(t * 11 + rng.uniform(0, 0.6)) * 48 * (1 - t * 0.5)
                        + rng.uniform(-8, 8)))
        self.d.line(pts, fill=BLUE, width=5, joint="curve")
        self.d.line((cx - width * 0.45, cy + 70, cx + width * 0.35, cy + 52), fill=BLUE, width=4)

    def seal(self, cx, cy, ring, r=200):
        """A red round seal: two rings, the issuer's name round the edge,
        a star in the middle; drawn over whatever is there."""
        layer = Image.new("L", self.img.size, 0)
        d = ImageDraw.Draw(layer)
        for rr, w in ((r, 9), (r - 62, 4)):
            d.ellipse((cx - rr, cy - rr, cx + rr, cy + rr), outline=255, width=w)
        f = font(self.face["b"], 6.5)
        n = len(ring)
        for i, ch in enumerate(ring):
            a = math.pi * (0.75 + 1.5 * i / max(n - 1, 1))
            tile = Image.new("L", (60, 60), 0)
            ImageDraw.Draw(tile).text((30, 30), ch, font=f, fill=255, anchor="mm")
            tile = tile.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC)
            px = cx + (r - 33) * math.cos(a)
            py = cy + (r - 33) * math.sin(a)
            layer.paste(255, (int(px - 30), int(py - 30)), tile)
        star = [(cx + (60 if k % 2 == 0 else 24) * math.cos(math.pi * (k / 5 - 0.5)),
                 cy + (60 if k % 2 == 0 else 24) * math.sin(math.pi * (k / 5 - 0.5)))
                for k in range(10)]
        d.polygon(star, fill=255)
        # ink over print: multiply, so the black print stays black under it
        tint = Image.composite(Image.new("RGB", self.img.size, RED),
                               Image.new("RGB", self.img.size, (255, 255, 255)),
                               layer.point(lambda v: v * 85 // 100))
        self.img = ImageChops.multiply(self.img, tint)
        self.d = ImageDraw.Draw(self.img)
