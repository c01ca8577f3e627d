"""lay13: pages of family 13 at 300 dpi drawn with Pillow, and the text they
print (one string per printed line, the parts of a line that stand apart
joined by four spaces, as the other families' truths write it)."""
from PIL import Image, ImageDraw, ImageFont

DPI = 300
A4 = (2480, 3508)
GYRE = "/usr/share/texmf/fonts/opentype/public/tex-gyre/texgyre%s-%s.otf"
STYLE = {"r": "regular", "b": "bold", "i": "italic", "bi": "bolditalic"}
SEP = "    "


def pt(size):
    """Pixels of a size in points at 300 dpi."""
    return int(round(size * DPI / 72.0))


class Fonts:
    """TeX Gyre faces (fonts-texgyre) by name, size in points and style."""

    def __init__(self):
        self.cache = {}

    def get(self, face, size, style="r"):
        key = (face, size, style)
        if key not in self.cache:
            self.cache[key] = ImageFont.truetype(GYRE % (face, STYLE[style]), pt(size))
        return self.cache[key]


FONTS = Fonts()


class Doc:
    """A document being set: its pages, the current one, the cursor y and the
    printed lines of each page."""

    def __init__(self, face, size, margins=(354, 190, 200, 160), landscape=False,
                 page_numbers=False, lead=1.27):
        self.face, self.size, self.m = face, size, margins
        self.landscape, self.numbers, self.lead = landscape, page_numbers, lead
        self.pages, self.texts = [], []
        self.marks = {}
        self.new_page()

    # -- pages -------------------------------------------------------------
    def new_page(self, landscape=None):
        land = self.landscape if landscape is None else landscape
        size = (A4[1], A4[0]) if land else A4
        self.img = Image.new("L", size, 255)
        self.draw = ImageDraw.Draw(self.img)
        self.pages.append(self.img)
        self.texts.append([])
        self.W, self.H = size
        self.y = self.m[1]
        if self.numbers and len(self.pages) > 1:
            n = str(len(self.pages))
            f = self.font(size=self.size - 1)
            self.draw.text((self.W // 2, 120), n, font=f, fill=0, anchor="mt")
            self.texts[-1].append(n)

    @property
    def x0(self):
        return self.m[0]

    @property
    def x1(self):
        return self.W - self.m[2]

    def font(self, style="r", size=None, face=None):
        return FONTS.get(face or self.face, size or self.size, style)

    def step(self, f):
        return int(f.size * self.lead)

    def room(self, px):
        """Start a new page unless px pixels fit above the bottom margin."""
        if self.y + px > self.H - self.m[3]:
            self.new_page()
            return False
        return True

    def record(self, s):
        self.texts[-1].append(s)

    def gap(self, px):
        self.y += px

    # -- lines ---------------------------------------------------------------
    def width(self, s, f):
        return self.draw.textlength(s, font=f)

    def put(self, s, x, f, anchor="ls", fill=0):
        self.draw.text((x, self.y + int(f.size * 0.95)), s, font=f, fill=fill,
                       anchor=anchor)

    def line(self, s, align="l", style="r", size=None, x0=None, x1=None,
             record=True, underline=0):
        """One printed line at the cursor, aligned l, c or r between x0 and x1."""
        f = self.font(style, size)
        self.room(self.step(f))
        a, b = x0 if x0 is not None else self.x0, x1 if x1 is not None else self.x1
        x = {"l": a, "c": (a + b) / 2, "r": b}[align]
        anc = {"l": "ls", "c": "ms", "r": "rs"}[align]
        self.put(s, x, f, anc)
        if underline:
            w = self.width(s, f) if underline < 0 else underline
            cx = {"l": a + w / 2, "c": (a + b) / 2, "r": b - w / 2}[align]
            yy = self.y + int(f.size * 1.4)
            self.draw.line((cx - w / 2, yy, cx + w / 2, yy), fill=0, width=3)
        if record:
            self.record(s)
        self.y += self.step(f)

    def wrap(self, words, f, first, rest, lead_f=None, nlead=0):
        """Words broken into lines no wider than first (then rest) pixels."""
        lines, cur, w = [], [], 0
        space = self.width(" ", f)
        for i, word in enumerate(words):
            ww = self.width(word, lead_f if i < nlead and lead_f else f)
            lim = first if not lines else rest
            if cur and w + space + ww > lim:
                lines.append(cur)
                cur, w = [], 0
            w += (space if cur else 0) + ww
            cur.append(i)
        if cur:
            lines.append(cur)
        return lines

    def para(self, s, indent=90, style="r", lead="", lead_style="b", justify=True,
             size=None, x0=None, x1=None, hang=0, after=8):
        """A paragraph: a bold (or other) lead, then words wrapped and justified,
        the first line indented, the others hung by hang pixels."""
        f = self.font(style, size)
        lf = self.font(lead_style, size)
        lw = lead.split()
        words = lw + s.split()
        a = x0 if x0 is not None else self.x0
        b = x1 if x1 is not None else self.x1
        rows = self.wrap(words, f, b - a - indent, b - a - hang, lf, len(lw))
        for n, row in enumerate(rows):
            self.room(self.step(f))
            left = a + (indent if n == 0 else hang)
            fonts = [lf if i < len(lw) else f for i in row]
            ws = [self.width(words[i], fo) for i, fo in zip(row, fonts)]
            gaps = len(row) - 1
            space = self.width(" ", f)
            if justify and n < len(rows) - 1 and gaps:
                space = (b - left - sum(ws)) / gaps
            x = left
            for i, fo, w in zip(row, fonts, ws):
                self.draw.text((x, self.y + int(f.size * 0.95)), words[i], font=fo,
                               fill=0, anchor="ls")
                x += w + space
            self.record(" ".join(words[i] for i in row))
            self.y += self.step(f)
        self.y += after

    def pair(self, left, right, lx, rx, gap_right=0):
        """Two blocks side by side: left and right are lists of (text, style,
        size, underline); each centred on lx and rx; the right block starts
        gap_right pixels lower.  The printed lines pair up in order."""
        y0 = self.y
        ys = []
        for blk, cx, dy in ((left, lx, 0), (right, rx, gap_right)):
            self.y = y0 + dy
            for text, style, size, ul in blk:
                f = self.font(style, size)
                self.put(text, cx, f, "ms")
                if ul:
                    w = self.width(text, f) if ul < 0 else ul
                    yy = self.y + int(f.size * 1.45)
                    self.draw.line((cx - w / 2, yy, cx + w / 2, yy), fill=0, width=3)
                self.y += self.step(f) + (12 if ul else 0)
            ys.append(self.y)
        for i in range(max(len(left), len(right))):
            parts = [blk[i][0] for blk in (left, right) if i < len(blk) and blk[i][0]]
            if parts:
                self.record(SEP.join(parts))
        self.y = max(ys)

    def finish(self):
        return self.pages, ["\n".join(t) for t in self.texts]


# -- tables -------------------------------------------------------------------
class Col:
    """A table column: its header (lines split on "\\n"), its share of the
    width and how its cells align (l, c, r)."""

    def __init__(self, head, share, align="l"):
        self.head, self.share, self.align = head, share, align


def cell_lines(doc, text, f, w):
    """A cell's text broken into lines that fit w pixels (explicit \\n kept)."""
    out = []
    for part in str(text).split("\n"):
        if not part:
            out.append("")
            continue
        rows = doc.wrap(part.split(), f, w, w)
        words = part.split()
        out += [" ".join(words[i] for i in r) for r in rows]
    return out


class Table:
    """A table set row by row at the cursor.  rule: grid (every rule), none
    (columns by alignment only), zebra (shaded rows, horizontal rules at the
    top, under the header and at the bottom), frame (outer frame and
    horizontal rules, no vertical ones)."""

    def __init__(self, doc, cols, rule="grid", size=None, x0=None, x1=None,
                 pad=18, head_style="b", repeat_head=False, cont=None):
        self.doc, self.cols, self.rule = doc, cols, rule
        self.size = size or doc.size
        self.a = x0 if x0 is not None else doc.x0
        self.b = x1 if x1 is not None else doc.x1
        tot = sum(c.share for c in cols)
        xs, x = [self.a], self.a
        for c in cols:
            x += (self.b - self.a) * c.share / tot
            xs.append(int(x))
        self.xs, self.pad, self.hs = xs, pad, head_style
        self.repeat, self.cont = repeat_head, cont
        self.n = 0
        self.top = None

    def f(self, style="r"):
        return self.doc.font(style, self.size)

    def _row(self, cells, style="r", fill=None, head=False):
        d, f = self.doc, self.f(style)
        step = d.step(f)
        lines = [cell_lines(d, c, f, self.xs[i + 1] - self.xs[i] - 2 * self.pad)
                 for i, c in enumerate(cells)]
        h = max(len(x) for x in lines) * step + 2 * self.pad - 10
        return lines, h, step, f

    def _draw_row(self, lines, h, step, f, fill, valign_top=True):
        d = self.doc
        y0 = d.y
        if fill is not None:
            d.draw.rectangle((self.a, y0, self.b, y0 + h), fill=fill)
        for i, ls in enumerate(lines):
            al = self.cols[i].align
            for k, s in enumerate(ls):
                d.y = y0 + self.pad - 6 + k * step
                a, b = self.xs[i] + self.pad, self.xs[i + 1] - self.pad
                x = {"l": a, "c": (a + b) / 2, "r": b}[al]
                d.put(s, x, f, {"l": "ls", "c": "ms", "r": "rs"}[al])
        for k in range(max(len(x) for x in lines)):
            parts = [ls[k] for ls in lines if k < len(ls) and ls[k]]
            if parts:
                d.record(SEP.join(parts))
        if self.rule == "grid":
            for x in self.xs:
                d.draw.line((x, y0, x, y0 + h), fill=0, width=3)
        d.y = y0 + h

    def hline(self, width=3):
        d = self.doc
        if self.rule != "none" or width > 3:
            d.draw.line((self.a, d.y, self.b, d.y), fill=0, width=width)

    def header(self):
        d = self.doc
        cells = [c.head for c in self.cols]
        lines, h, step, f = self._row(cells, self.hs)
        # header lines are centred
        saved = [c.align for c in self.cols]
        for c in self.cols:
            c.align = "c"
        self.top = d.y
        if self.rule in ("grid", "frame", "zebra"):
            self.hline()
        self._draw_row(lines, h, step, f, 225 if self.rule == "zebra" else None)
        for c, al in zip(self.cols, saved):
            c.align = al
        if self.rule == "none":
            d.draw.line((self.a, d.y, self.b, d.y), fill=255, width=1)
        else:
            self.hline()
        if self.rule == "frame":
            self._sides(self.top)

    def _sides(self, top):
        d = self.doc
        for x in (self.a, self.b):
            d.draw.line((x, top, x, d.y), fill=0, width=3)

    def row(self, cells, style="r", span=False, new_page=False):
        """One row (or, with span, one line across the whole table); with
        new_page, on the next page."""
        d = self.doc
        if span:
            f = self.f(style)
            lines, h, step = [[cells]], d.step(f) + 2 * self.pad - 10, d.step(f)
        else:
            lines, h, step, f = self._row(cells, style)
        if new_page or d.y + h > d.H - d.m[3]:
            self.close()
            d.new_page()
            if self.cont:
                cells = self.cont(cells)
                lines, h, step, f = self._row(cells, style)
            if self.repeat:
                self.header()
            else:
                self.top = d.y
                self.hline()
        top = d.y
        fill = 238 if self.rule == "zebra" and self.n % 2 == 1 else None
        if span:
            y0 = d.y
            d.y = y0 + self.pad - 6
            d.put(cells, self.a + self.pad, f)
            d.record(cells)
            d.y = y0 + h
            if self.rule == "grid":
                for x in (self.a, self.b):
                    d.draw.line((x, y0, x, d.y), fill=0, width=3)
        else:
            self._draw_row(lines, h, step, f, fill)
        self.n += 1
        if self.rule in ("grid", "frame"):
            self.hline()
        if self.rule == "frame":
            self._sides(top)

    def close(self):
        d = self.doc
        if self.rule == "zebra":
            self.hline()
        d.y += 24
