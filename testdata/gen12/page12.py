"""gen12's pages: A4 at 300 dpi drawn with Pillow.  A Doc is a list of
pages and a cursor; it writes lines and paragraphs (words may be bold or
italic inside a paragraph), two blocks side by side, footnotes, and tables
whose header may span two rows, with bands that span the table, drawn with
a grid, double rules or rounded corners, continued over pages under a row
of column numbers.  Every printed line is kept for the truth's page_text."""
from PIL import Image, ImageDraw, ImageFont

W, H = 2480, 3508
FONTS = {
    "Charis SIL": "/usr/share/fonts/truetype/charis/CharisSIL-%s.ttf",
    "Andika": "/usr/share/fonts/truetype/andika/Andika-%s.ttf",
}
STYLE = {"r": "Regular", "b": "Bold", "i": "Italic", "bi": "BoldItalic"}
SEP = "    "
_cache = {}


def font(face, style, size):
    k = (face, style, size)
    if k not in _cache:
        _cache[k] = ImageFont.truetype(FONTS[face] % STYLE[style], size)
    return _cache[k]


def words(text, style="r"):
    """A run of words in one style."""
    return [(w, style) for w in text.split()]


class Doc:
    def __init__(self, face, size=46, left=290, right=210, top=230, bottom=260,
                 number_pages=False):
        self.face, self.size = face, size
        self.left, self.right, self.top, self.bottom = left, right, top, bottom
        self.number_pages = number_pages
        self.pages, self.texts = [], []
        self.notes = []
        self.new_page()

    # -- pages ---------------------------------------------------------
    def new_page(self):
        self.img = Image.new("L", (W, H), 255)
        self.draw = ImageDraw.Draw(self.img)
        self.pages.append(self.img)
        self.texts.append([])
        self.y = self.top
        if self.number_pages and len(self.pages) > 1:
            n = str(len(self.pages))
            self.put(n, W // 2, self.y, "r", self.size - 4, "center")
            self.texts[-1].append(n)
            self.y += 90

    def room(self, h):
        """Start a new page unless h pixels are left above the footer."""
        if self.y + h > H - self.bottom - 60 * len(self.notes):
            self.flush_notes()
            self.new_page()

    def f(self, style="r", size=None):
        return font(self.face, style, size or self.size)

    def width(self, s, style="r", size=None):
        return self.draw.textlength(s, font=self.f(style, size))

    def put(self, s, x, y, style="r", size=None, anchor="left"):
        w = self.width(s, style, size)
        x = {"left": x, "center": x - w / 2, "right": x - w}[anchor]
        self.draw.text((x, y), s, font=self.f(style, size), fill=0)
        return w

    # -- text ----------------------------------------------------------
    def line(self, s, style="r", size=None, align="left", x=None, gap=1.45,
             record=True):
        size = size or self.size
        self.room(size * gap)
        if x is None:
            x = {"left": self.left, "center": (self.left + W - self.right) // 2,
                 "right": W - self.right}[align]
        self.put(s, x, self.y, style, size, align)
        if record:
            self.texts[-1].append(s)
        self.y += int(size * gap)

    def skip(self, k=0.6):
        self.y += int(self.size * k)

    def para(self, runs, indent=90, hang=0, gap=1.45, justify=True, x0=None,
             x1=None):
        """Words (text, style) wrapped between x0 and x1; the first line
        indented by indent, the others by hang."""
        if isinstance(runs, str):
            runs = words(runs)
        x0 = self.left if x0 is None else x0
        x1 = W - self.right if x1 is None else x1
        sp = self.width(" ")
        lines, cur, curw = [], [], 0
        for w, st in runs:
            ww = self.width(w, st)
            lim = x1 - x0 - (indent if not lines else hang)
            if cur and curw + sp + ww > lim:
                lines.append(cur)
                cur, curw = [], 0
            cur.append((w, st, ww))
            curw += (sp if len(cur) > 1 else 0) + ww
        if cur:
            lines.append(cur)
        for k, ln in enumerate(lines):
            self.room(self.size * gap)
            x = x0 + (indent if k == 0 else hang)
            extra = 0
            if justify and k < len(lines) - 1 and len(ln) > 1:
                used = sum(t[2] for t in ln) + sp * (len(ln) - 1)
                extra = (x1 - x - used) / (len(ln) - 1)
            for w, st, ww in ln:
                self.put(w, x, self.y, st)
                x += ww + sp + extra
            self.texts[-1].append(" ".join(t[0] for t in ln))
            self.y += int(self.size * gap)

    def blocks(self, left, right, lx, rx, gap=1.35):
        """Two blocks side by side, each a list of (text, style, size,
        underline) centred on lx and rx; each row printed as one line of
        the text, left then right."""
        for k in range(max(len(left), len(right))):
            parts = []
            h = 0
            for blk, cx in ((left, lx), (right, rx)):
                if k >= len(blk) or blk[k] is None:
                    continue
                s, st, sz, ul = blk[k]
                w = self.put(s, cx, self.y, st, sz, "center")
                if ul:
                    uw = w * ul
                    yy = self.y + int(sz * 1.22)
                    self.draw.line((cx - uw / 2, yy, cx + uw / 2, yy), fill=0, width=3)
                parts.append(s)
                h = max(h, sz)
            if parts:
                self.texts[-1].append(SEP.join(parts))
            self.y += int(h * gap)

    def note(self, mark, text):
        """A footnote for this page: printed at its foot."""
        self.notes.append((mark, text))

    def flush_notes(self):
        if not self.notes:
            return
        y = H - self.bottom - 60 * len(self.notes) - 30
        self.draw.line((self.left, y, self.left + 600, y), fill=0, width=3)
        y += 20
        for mark, text in self.notes:
            s = mark + " " + text
            self.put(s, self.left, y, "i", self.size - 10)
            self.texts[-1].append(s)
            y += 60
        self.notes = []

    def finish(self):
        self.flush_notes()
        return self.pages, ["\n".join(t) for t in self.texts]

    # -- marks ---------------------------------------------------------
    def emblem(self, cx, cy, r):
        """A round emblem: two rings, a five-pointed star and rays."""
        import math
        d = self.draw
        d.ellipse((cx - r, cy - r, cx + r, cy + r), outline=0, width=5)
        d.ellipse((cx - r * .78, cy - r * .78, cx + r * .78, cy + r * .78), outline=0, width=3)
        pts = []
        for k in range(10):
            a = -math.pi / 2 + k * math.pi / 5
            rr = r * (.5 if k % 2 == 0 else .2)
            pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
        d.polygon(pts, fill=0)
        for k in range(16):
            a = k * math.pi / 8
            d.line((cx + r * .55 * math.cos(a), cy + r * .55 * math.sin(a),
                    cx + r * .72 * math.cos(a), cy + r * .72 * math.sin(a)), fill=0, width=3)


class Table:
    """A table: widths of its columns (pixels), its header as cells
    (row, col, rowspan, colspan, text), its body as rows of cell texts or
    ("band", text) rows that span the table; rules "grid", "double" or
    "round"; numbered: a row of column numbers (1), (2)... under the header,
    the only header repeated on the pages it runs over."""

    def __init__(self, widths, head, rules="grid", numbered=False, size=None,
                 align=None, band_style="bi"):
        self.widths, self.head, self.rules = widths, head, rules
        self.numbered, self.size = numbered, size
        self.align = align or ["center"] * len(widths)
        self.band_style = band_style
        self.rows = []

    def row(self, cells, style=None):
        self.rows.append(("row", cells, style))

    def band(self, text):
        self.rows.append(("band", text, None))


def _wrap(doc, s, w, style, size):
    out, cur = [], ""
    for word in s.split():
        t = (cur + " " + word).strip()
        if cur and doc.width(t, style, size) > w - 24:
            out.append(cur)
            cur = word
        else:
            cur = t
    out.append(cur)
    return out


def draw_table(doc, t, x0=None):
    """Draw table t at the cursor; rows that do not fit go on to the next
    page under the column-number row (or with no header)."""
    size = t.size or doc.size - 6
    lh = int(size * 1.3)
    x0 = doc.left if x0 is None else x0
    xs = [x0]
    for w in t.widths:
        xs.append(xs[-1] + w)
    d = lambda: doc.draw  # noqa: E731 (the page changes under us)
    nh = 1 + max(c[0] + c[2] - 1 for c in t.head)
    # header cells
    heights = [0] * nh
    wrapped = []
    for r, c, rs, cs, text in t.head:
        ls = _wrap(doc, text, xs[c + cs] - xs[c], "b", size)
        wrapped.append(ls)
        if rs == 1:
            heights[r] = max(heights[r], len(ls) * lh + 24)
    for (r, c, rs, cs, text), ls in zip(t.head, wrapped):
        need = len(ls) * lh + 24
        have = sum(heights[r:r + rs])
        if need > have:
            heights[r + rs - 1] += need - have
    top_page = [None]

    def frame_top(y):
        if t.rules == "double":
            d().line((xs[0] - 8, y - 8, xs[-1] + 8, y - 8), fill=0, width=3)
        top_page[0] = (y, len(doc.pages))

    def close(y):
        ytop, _ = top_page[0]
        doc.table_end = (len(doc.pages) - 1, y, xs[0], xs[-1])
        if t.rules == "round":
            d().rounded_rectangle((xs[0], ytop, xs[-1], y), radius=38, outline=0, width=4)
        elif t.rules == "double":
            d().rectangle((xs[0] - 8, ytop - 8, xs[-1] + 8, y + 8), outline=0, width=3)
            d().rectangle((xs[0], ytop, xs[-1], y), outline=0, width=3)
        else:
            d().rectangle((xs[0], ytop, xs[-1], y), outline=0, width=3)

    def vlines(y0, y1, cols=None):
        for k in range(1, len(xs) - 1):
            if cols is None or k in cols:
                d().line((xs[k], y0, xs[k], y1), fill=0, width=3)

    def numbers_row():
        h = lh + 16
        y = doc.y
        for k in range(len(t.widths)):
            doc.put("(%d)" % (k + 1), (xs[k] + xs[k + 1]) / 2, y + 8, "i", size - 4, "center")
        doc.texts[-1].append(SEP.join("(%d)" % (k + 1) for k in range(len(t.widths))))
        vlines(y, y + h)
        d().line((xs[0], y + h, xs[-1], y + h), fill=0, width=3)
        doc.y += h

    # draw the header
    doc.room(sum(heights) + 3 * lh)
    frame_top(doc.y)
    y0 = doc.y
    ys = [y0]
    for h in heights:
        ys.append(ys[-1] + h)
    for r in range(nh):
        doc.texts[-1].append(SEP.join(text.replace("\n", " ") for rr, c, rs, cs, text
                                      in t.head if rr == r))
    for (r, c, rs, cs, text), ls in zip(t.head, wrapped):
        ya, yb = ys[r], ys[r + rs]
        yy = (ya + yb) / 2 - len(ls) * lh / 2 + 4
        for s in ls:
            doc.put(s, (xs[c] + xs[c + cs]) / 2, yy, "b", size, "center")
            yy += lh
        if c > 0:
            d().line((xs[c], ya, xs[c], yb), fill=0, width=3)
        if r + rs < nh:
            d().line((xs[c], yb, xs[c + cs], yb), fill=0, width=3)
    d().line((xs[0], ys[-1], xs[-1], ys[-1]), fill=0, width=3)
    if t.rules == "double":
        d().line((xs[0], ys[-1] + 8, xs[-1], ys[-1] + 8), fill=0, width=3)
    doc.y = ys[-1] + (8 if t.rules == "double" else 0)
    if t.numbered:
        numbers_row()
    # the body
    for kind, cells, style in t.rows:
        if kind == "band":
            h = lh + 24
        else:
            cw = [_wrap(doc, s, xs[k + 1] - xs[k], style or "r", size)
                  for k, s in enumerate(cells)]
            h = max(len(c) for c in cw) * lh + 24
        if doc.y + h > H - doc.bottom:
            close(doc.y)
            doc.flush_notes()
            doc.new_page()
            frame_top(doc.y)
            if t.numbered:
                d().line((xs[0], doc.y, xs[-1], doc.y), fill=0, width=3)
                numbers_row()
        y = doc.y
        if kind == "band":
            doc.put(cells, xs[0] + 30, y + 12, t.band_style, size)
            doc.texts[-1].append(cells)
        else:
            for k, ls in enumerate(cw):
                yy = y + 12
                for s in ls:
                    a = t.align[k]
                    x = {"left": xs[k] + 14, "center": (xs[k] + xs[k + 1]) / 2,
                         "right": xs[k + 1] - 14}[a]
                    doc.put(s, x, yy, style or "r", size, a)
                    yy += lh
            doc.texts[-1].append(SEP.join(" ".join(c) for c in cw).rstrip())
            vlines(y, y + h)
        doc.y = y + h
        d().line((xs[0], doc.y, xs[-1], doc.y), fill=0, width=3)
    close(doc.y)
    doc.y += int(doc.size * 0.8)
