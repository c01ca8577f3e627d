"""sheet17: an A4 sheet drawn with Pillow at 300 dpi, portrait or landscape,
that remembers the text it prints: page_text's lines (the parts of one row
joined by four spaces) and every whole string (a cell, a paragraph) for
check17.  Tables: ruled grids, whitespace-only columns, grey bands on
alternate rows, sub-rows under one STT; figures written by hand in blue."""
from PIL import Image, ImageDraw, ImageFont

DPI = 300
FACES = {
    "Manrope": "/usr/share/fonts/truetype/manrope/Manrope-%s.ttf",
    "League Spartan": "/usr/share/fonts/opentype/league-spartan/LeagueSpartan-%s.otf",
}
HAND = "/usr/share/fonts/opentype/urw-base35/URWBookman-LightItalic.otf"
_cache = {}


def font(face, pt, weight="Regular"):
    """A face at pt points (at 300 dpi); weight Regular, Light, Medium,
    SemiBold or Bold."""
    key = (face, pt, weight)
    if key not in _cache:
        path = HAND if face == "hand" else FACES[face] % weight
        _cache[key] = ImageFont.truetype(path, int(round(pt * DPI / 72)),
                                         layout_engine=ImageFont.Layout.RAQM)
    return _cache[key]


class Sheet:
    """One page.  x0/x1 are the text margins; y is the pen's line."""

    def __init__(self, face, landscape=False, margins=(280, 150, 230, 170)):
        self.W, self.H = (3508, 2480) if landscape else (2480, 3508)
        self.img = Image.new("RGB", (self.W, self.H), "white")
        self.d = ImageDraw.Draw(self.img)
        left, top, right, bottom = margins
        self.x0, self.x1, self.y, self.bottom = left, self.W - right, top, self.H - bottom
        self.face = face
        self.lines = []      # page_text, line by line
        self.strings = []    # whole strings printed, for check17
        self.marks = {}      # where the seal and the signature go
        self.landscape = landscape

    def f(self, pt, weight="Regular"):
        return font(self.face, pt, weight)

    def width(self, s, f):
        return int(self.d.textlength(s, font=f)) if s else 0

    def lh(self, f):
        return int(f.size * 1.3)

    def room(self, h):
        if self.y + h > self.bottom:
            raise OverflowError("sheet full at %r" % (self.lines[-1:],))

    def put(self, x, y, s, f, fill=(0, 0, 0)):
        self.d.text((x, y), s, font=f, fill=fill)

    def _x(self, s, f, align, a, b):
        w = self.width(s, f)
        return a if align == "left" else b - w if align == "right" else (a + b - w) // 2

    # -- lines ------------------------------------------------------------
    def row(self, parts, gap=0.0):
        """One line of parts (text, font, align, x_from, x_to), logged as one
        page_text line joined by four spaces."""
        fs = [p[1] for p in parts if p[0]]
        h = max(self.lh(f) for f in fs) if fs else 40
        self.room(h)
        for s, f, align, a, b in parts:
            if s:
                self.put(self._x(s, f, align, a, b), self.y, s, f)
                self.strings.append(s)
        self.lines.append("    ".join(p[0] for p in parts if p[0]))
        self.y += h + int(gap * h)

    def line(self, s, f, align="left", a=None, b=None, gap=0.0):
        self.row([(s, f, align, self.x0 if a is None else a, self.x1 if b is None else b)], gap)

    def rule(self, a, b, dy=-8, w=3):
        self.d.line([(a, self.y + dy), (b, self.y + dy)], fill=(0, 0, 0), width=w)

    def skip(self, px):
        self.y += px

    def wrap(self, s, f, width, first_indent=0):
        words, out, cur = s.split(" "), [], ""
        for w in words:
            t = (cur + " " + w) if cur else w
            lim = width - (first_indent if not out else 0)
            if cur and self.width(t, f) > lim:
                out.append(cur)
                cur = w
            else:
                cur = t
        if cur:
            out.append(cur)
        return out

    def para(self, s, f, lead=None, lead_f=None, indent=120, hang=0, justify=True,
             a=None, b=None, gap=0.25):
        """A paragraph: an optional bold lead ("Điều 1.") then s, wrapped
        between a and b, justified but for its last line."""
        a = self.x0 if a is None else a
        b = self.x1 if b is None else b
        text = (lead + " " + s) if lead else s
        self.strings.append(text)
        lines = self.wrap(text, f, b - a - hang, indent - hang)
        for i, ln in enumerate(lines):
            x = a + (indent if i == 0 else hang)
            self.room(self.lh(f))
            words = ln.split(" ")
            natural = sum(self.width(w, lead_f if (i == 0 and lead and j < len(lead.split())) else f)
                          for j, w in enumerate(words))
            space = self.width(" ", f)
            if justify and i < len(lines) - 1 and len(words) > 1:
                space = (b - x - natural) / (len(words) - 1)
            cx = float(x)
            for j, w in enumerate(words):
                wf = lead_f if (i == 0 and lead and lead_f and j < len(lead.split())) else f
                self.put(int(cx), self.y, w, wf)
                cx += self.width(w, wf) + space
            self.lines.append(ln)
            self.y += self.lh(f)
        self.y += int(gap * self.lh(f))

    # -- tables -----------------------------------------------------------
    def table(self, cols, head, rows, f, hf, rules="grid", shade=False,
              pad=14, x=None, total=None, sub_of=None):
        """cols: (width, align) per column; head: rows of header cells (a
        cell None is covered by the one on its left; ("", n) spans n);
        rows: lists of cell strings, wrapped in their cells.  rules:
        "grid" (every rule), "none" (whitespace only).  shade: alternate
        bodies on a grey band.  sub_of[i]: row i is a sub-row of an STT
        group (its first cell left empty and not ruled above)."""
        x = self.x0 if x is None else x
        xs = [x]
        for w, _ in cols:
            xs.append(xs[-1] + w)
        top = self.y
        ink = (0, 0, 0)
        for hrow in head:
            self._trow(hrow, cols, xs, hf, pad, rules, True, (200, 200, 200) if shade else None,
                       head=True)
        hline = self.y
        for i, r in enumerate(rows):
            band = shade and i % 2 == 1
            cont = sub_of[i] if sub_of else 0
            self._trow(r, cols, xs, f, pad, rules, False, (225, 225, 225) if band else None,
                       cont=cont)
        if total:
            self._trow(total, cols, xs, hf, pad, rules, False, None, head=True)
        if rules == "grid":
            self.d.rectangle([xs[0], top, xs[-1], self.y], outline=ink, width=4)
            self.d.line([(xs[0], hline), (xs[-1], hline)], fill=ink, width=4)
        self.y += 24

    def _trow(self, cells, cols, xs, f, pad, rules, bold, band, head=False, cont=0):
        spans, col = [], 0
        for c in cells:
            n = 1
            if isinstance(c, tuple):
                c, n = c
            spans.append((c or "", col, col + n))
            col += n
        wrapped = []
        for c, a, b in spans:
            w = xs[b] - xs[a] - 2 * pad
            wrapped.append(self.wrap(c, f, w) if c else [])
        n = max(1, max(len(w) for w in wrapped))
        h = n * self.lh(f) + pad
        self.room(h + pad)
        y0 = self.y
        if band:
            self.d.rectangle([xs[0], y0, xs[-1], y0 + h + pad // 2], fill=band)
        for (c, a, b), lines in zip(spans, wrapped):
            align = "center" if head else cols[a][1]
            if c:
                self.strings.append(c)
            for k, ln in enumerate(lines):
                tx = self._x(ln, f, align, xs[a] + pad, xs[b] - pad)
                self.put(tx, y0 + pad // 2 + k * self.lh(f), ln, f)
        for k in range(n):
            parts = [lines[k] for lines in wrapped if k < len(lines)]
            self.lines.append("    ".join(parts))
        if rules == "grid":
            ink = (0, 0, 0)
            self.d.line([(xs[cont], y0), (xs[-1], y0)], fill=ink, width=2)
            for _, a, b in spans:
                self.d.line([(xs[a], y0), (xs[a], y0 + h + pad // 2)], fill=ink, width=2)
            self.d.line([(xs[-1], y0), (xs[-1], y0 + h + pad // 2)], fill=ink, width=2)
        self.y = y0 + h + pad // 2

    # -- ink by hand ------------------------------------------------------
    def hand(self, x, y, s, rng, pt=17, ink=(28, 52, 160)):
        """Figures written by hand in blue ink at (x, y): each glyph turned
        and moved a little."""
        f = font("hand", pt)
        cx = x
        for ch in s:
            g = Image.new("L", (f.size * 2, f.size * 2), 0)
            ImageDraw.Draw(g).text((f.size // 2, f.size // 3), ch, font=f, fill=255)
            g = g.rotate(rng.uniform(-9, 9), resample=Image.BICUBIC)
            dy = rng.randint(-6, 6)
            self.img.paste(Image.new("RGB", g.size, ink), (int(cx) - f.size // 2, y + dy - f.size // 3), g)
            cx += self.d.textlength(ch, font=f) * rng.uniform(0.95, 1.12)
        return int(cx)
