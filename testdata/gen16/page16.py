"""page16: A4 sheets at 300 dpi drawn with Pillow, and the text they print.

A Doc holds its sheets (RGB images), the lines each one prints (the truth's
page_text: the items of one row joined by four spaces) and every cell's
whole text (a wrapped cell prints over several lines).  It draws lines,
rows of items, justified paragraphs with a bold lead, ruled tables (a grid,
or booktabs rules: thick top and bottom, a thin rule under the header and
short rules under a merged header cell) with headers of two rows and merged
cells, rows that go on over a page break, and boxed cards two by two."""
from PIL import Image, ImageDraw, ImageFont

FACES = {
    "Inter": {"r": "/usr/share/fonts/opentype/inter/Inter-Regular.otf",
              "b": "/usr/share/fonts/opentype/inter/Inter-Bold.otf",
              "i": "/usr/share/fonts/opentype/inter/Inter-Italic.otf",
              "bi": "/usr/share/fonts/opentype/inter/Inter-BoldItalic.otf"},
    "Vollkorn": {"r": "/usr/share/fonts/truetype/vollkorn/Vollkorn-Regular.ttf",
                 "b": "/usr/share/fonts/truetype/vollkorn/Vollkorn-Bold.ttf",
                 "i": "/usr/share/fonts/truetype/vollkorn/Vollkorn-Italic.ttf",
                 "bi": "/usr/share/fonts/truetype/vollkorn/Vollkorn-BoldItalic.ttf"},
}
HAND = "/usr/share/fonts/opentype/urw-base35/Z003-MediumItalic.otf"
SEP = "    "
LINING = ["lnum"]  # lining figures (Vollkorn draws old-style ones by default)
INK = (20, 20, 22)
_fonts = {}


def font(path, size):
    key = (path, size)
    if key not in _fonts:
        _fonts[key] = ImageFont.truetype(path, size)
    return _fonts[key]


class Doc:
    """A document being drawn: its sheets, their text, the cells' texts."""

    def __init__(self, face, size=50, landscape=False, margins=(295, 200, 200, 150)):
        self.face, self.size, self.landscape = face, size, landscape
        self.W, self.H = (3508, 2480) if landscape else (2480, 3508)
        self.left, self.right = margins[0], self.W - margins[1]
        self.top, self.bottom = margins[2], self.H - margins[3]
        self.pages, self.texts, self.cells, self.marks = [], [], [], []
        self.split = False  # has a table row gone on over a page break?
        self.new_page()

    # -- sheets --------------------------------------------------------
    def new_page(self):
        self.pages.append(Image.new("RGB", (self.W, self.H), (255, 255, 255)))
        self.texts.append([])
        self.marks.append([])
        self.draw = ImageDraw.Draw(self.pages[-1])
        self.y = self.top

    def need(self, h):
        """Start a new sheet unless h pixels fit above the bottom margin."""
        if self.y + h > self.bottom:
            self.new_page()

    def gap(self, k=0.5):
        self.y += int(self.lh() * k)

    def lh(self, size=None):
        return int((size or self.size) * 1.42)

    def f(self, style="r", size=None):
        return font(FACES[self.face][style], size or self.size)

    def width(self, s, style="r", size=None):
        return self.f(style, size).getlength(s, features=LINING)

    def record(self, s):
        self.texts[-1].append(s)

    # -- lines -----------------------------------------------------------
    def put(self, s, x, y, style="r", size=None, fill=INK):
        self.draw.text((x, y), s, font=self.f(style, size), fill=fill, features=LINING)

    def line(self, s, align="left", style="r", size=None, x=None, rec=True, under=0):
        """One line at the cursor; under > 0 draws a short rule under it."""
        size = size or self.size
        self.need(self.lh(size))
        w = self.width(s, style, size)
        if x is None:
            x = {"left": self.left, "center": (self.left + self.right - w) / 2,
                 "right": self.right - w}[align]
        self.put(s, x, self.y, style, size)
        if under:
            u = min(w, under) if under > 1 else w * under
            ux = x + (w - u) / 2
            self.draw.line([(ux, self.y + size * 1.22), (ux + u, self.y + size * 1.22)],
                           fill=INK, width=3)
        if rec:
            self.record(s)
        self.y += self.lh(size)
        return x

    def row(self, items, size=None, rec=True):
        """Items (text, x, align, style) on one line; align centres or ends
        the text on x.  The page text joins them by four spaces."""
        size = size or self.size
        self.need(self.lh(size))
        for s, x, align, style in items:
            w = self.width(s, style, size)
            x0 = x - w / 2 if align == "center" else x - w if align == "right" else x
            self.put(s, x0, self.y, style, size)
        if rec:
            self.record(SEP.join(s for s, _, _, _ in items if s))
        self.y += self.lh(size)

    def blocks(self, cols, size=None, under=()):
        """Blocks side by side: cols is a list of (centre x, [(text, style)]);
        row i of the page text joins line i of every block.  under holds
        (block, line) pairs to underline."""
        size = size or self.size
        n = max(len(c[1]) for c in cols)
        for i in range(n):
            items = []
            for cx, lines in cols:
                if i < len(lines):
                    items.append((lines[i][0], cx, "center", lines[i][1]))
            y = self.y
            self.row(items, size)
            for b, (cx, lines) in enumerate(cols):
                if (b, i) in under:
                    w = self.width(lines[i][0], lines[i][1], size) * 0.55
                    yy = y + size * 1.3
                    self.draw.line([(cx - w / 2, yy), (cx + w / 2, yy)], fill=INK, width=3)

    # -- paragraphs ------------------------------------------------------
    def words(self, s, style):
        return [(w, style) for w in s.split()]

    def para(self, s, lead=None, indent=90, hang=0, style="r", size=None,
             justify=True, x0=None, x1=None, lead_style="b"):
        """A paragraph wrapped to the measure, its first line indented by
        indent, the others by hang; lead is set in lead_style before s."""
        size = size or self.size
        x0 = self.left if x0 is None else x0
        x1 = self.right if x1 is None else x1
        ws = (self.words(lead, lead_style) if lead else []) + self.words(s, style)
        space = self.width(" ", "r", size)
        lines, cur, first = [], [], True
        for w in ws:
            avail = x1 - x0 - (indent if first else hang)
            trial = sum(self.width(t, st, size) for t, st in cur + [w]) + space * len(cur)
            if cur and trial > avail:
                lines.append((cur, first))
                cur, first = [], False
            cur.append(w)
        lines.append((cur, first))
        for k, (ws_, first) in enumerate(lines):
            self.need(self.lh(size))
            x = x0 + (indent if first else hang)
            total = sum(self.width(t, st, size) for t, st in ws_)
            gaps = len(ws_) - 1
            sp = space
            if justify and k < len(lines) - 1 and gaps:
                sp = (x1 - x - total) / gaps
            for t, st in ws_:
                self.put(t, x, self.y, st, size)
                x += self.width(t, st, size) + sp
            self.record(" ".join(t for t, _ in ws_))
            self.y += self.lh(size)

    # -- tables ----------------------------------------------------------
    def wrap(self, s, width, style="r", size=None):
        """s cut into lines no wider than width (explicit '\\n' kept)."""
        out = []
        for part in str(s).split("\n"):
            cur = ""
            for w in part.split():
                t = (cur + " " + w).strip()
                if cur and self.width(t, style, size) > width:
                    out.append(cur)
                    cur = w
                else:
                    cur = t
            out.append(cur)
        return out

    def table(self, widths, head, rows, aligns=None, rules="grid", size=None,
              pad=14, repeat_head=True, split_rows=False, x0=None, head_style="b"):
        """A table: widths of its columns in pixels; head a list of cells
        (row, col, rowspan, colspan, text); rows a list of lists of cell
        texts.  rules 'grid' or 'booktabs'.  With split_rows a row that does
        not fit goes on over the page break, line by line."""
        size = size or self.size
        x0 = self.left if x0 is None else x0
        xs = [x0]
        for w in widths:
            xs.append(xs[-1] + w)
        aligns = aligns or ["l"] * len(widths)
        lh = self.lh(size)
        self.tab = dict(xs=xs, size=size, pad=pad, rules=rules, head=head,
                        hs=head_style, lh=lh)
        self.need(self.head_height() + lh * 2 + 2 * pad)
        self.draw_head()
        for r in rows:
            self.cells.extend(str(c) for c in r)
            cl = [self.wrap(c, xs[i + 1] - xs[i] - 2 * pad, "r", size)
                  for i, c in enumerate(r)]
            n = max(len(c) for c in cl)
            start = 0
            while start < n:
                room = (self.bottom - self.y - 2 * pad) // lh
                take = min(n - start, room)
                if take < n - start and (not split_rows or take < 1):
                    if start == 0 or take < 1:
                        self.close_table()
                        self.new_page()
                        if repeat_head:
                            self.draw_head()
                        continue
                self.draw_row(cl, aligns, start, start + take)
                start += take
                if start >= n and rules == "grid":
                    self.draw.line([(xs[0], self.y), (xs[-1], self.y)], fill=INK, width=3)
                if start < n:
                    self.split = True
                    self.close_table(partial=True)
                    self.new_page()
                    if repeat_head:
                        self.draw_head()
        self.close_table()
        self.y += lh // 2

    def head_height(self):
        t = self.tab
        nrows = max(c[0] + c[2] for c in t["head"])
        return nrows * (t["lh"] * 2 + 2 * t["pad"])

    def draw_head(self):
        """The header cells; a row's height holds two lines of text."""
        t = self.tab
        xs, lh, pad, size = t["xs"], t["lh"], t["pad"], t["size"]
        rh = lh * 2 + 2 * pad
        nrows = max(c[0] + c[2] for c in t["head"])
        y0 = self.y
        if t["rules"] == "booktabs":
            self.draw.line([(xs[0], y0), (xs[-1], y0)], fill=INK, width=7)
        texts = [[] for _ in range(nrows * 2)]
        for r, c, rs, cs, s in sorted(t["head"]):
            x1, x2 = xs[c], xs[c + cs]
            y1, y2 = y0 + r * rh, y0 + (r + rs) * rh
            ls = self.wrap(s, x2 - x1 - 2 * pad, t["hs"], size)
            ty = (y1 + y2) / 2 - len(ls) * lh / 2
            for k, l in enumerate(ls):
                w = self.width(l, t["hs"], size)
                self.put(l, (x1 + x2 - w) / 2, ty + k * lh + size * 0.1, t["hs"], size)
                texts[r * 2 + k].append((c, l))
            if t["rules"] == "grid":
                self.draw.rectangle([x1, y1, x2, y2], outline=INK, width=3)
            elif cs > 1:
                self.draw.line([(x1 + 12, y2 - 4), (x2 - 12, y2 - 4)], fill=INK, width=3)
        for items in texts:
            if items:
                self.record(SEP.join(l for _, l in sorted(items)))
        self.y = y0 + nrows * rh
        if t["rules"] == "booktabs":
            self.draw.line([(xs[0], self.y), (xs[-1], self.y)], fill=INK, width=3)
        self.tab["top"] = self.y

    def draw_row(self, cl, aligns, a, b):
        """Lines a..b of a row's wrapped cells."""
        t = self.tab
        xs, lh, pad, size = t["xs"], t["lh"], t["pad"], t["size"]
        y1 = self.y
        y2 = y1 + (b - a) * lh + 2 * pad
        for k in range(a, b):
            items = []
            for i, c in enumerate(cl):
                if k < len(c) and c[k]:
                    w = self.width(c[k], "r", size)
                    x = {"l": xs[i] + pad, "c": (xs[i] + xs[i + 1] - w) / 2,
                         "r": xs[i + 1] - pad - w}[aligns[i]]
                    self.put(c[k], x, y1 + pad + (k - a) * lh, "r", size)
                    items.append(c[k])
            self.record(SEP.join(items))
        if t["rules"] == "grid":
            for x in xs:
                self.draw.line([(x, y1), (x, y2)], fill=INK, width=3)
        self.y = y2
        self.last_row = (y1, y2)

    def close_table(self, partial=False):
        """The closing rule (booktabs); a grid's rows close themselves."""
        xs = self.tab["xs"]
        if self.tab["rules"] == "booktabs" and not partial:
            self.draw.line([(xs[0], self.y), (xs[-1], self.y)], fill=INK, width=7)

    # -- cards -------------------------------------------------------------
    def cards(self, cards, gapx=60, pad=26, size=None):
        """Boxed cards two by two: each card a title and label: value lines.
        The page text gives the left card whole, then the right one."""
        size = size or self.size
        lh = self.lh(size)
        w = (self.right - self.left - gapx) / 2
        for i in range(0, len(cards), 2):
            pair = cards[i:i + 2]
            wrapped = []
            for title, lines in pair:
                ls = [(l, "b") for l in self.wrap(title, w - 2 * pad, "b", size)]
                for l in lines:
                    ls += [(x, "r") for x in self.wrap(l, w - 2 * pad, "r", size)]
                    self.cells.append(l)
                self.cells.append(title)
                wrapped.append(ls)
            h = max(len(l) for l in wrapped) * lh + 2 * pad
            self.need(h + lh)
            for k, ls in enumerate(wrapped):
                x = self.left + k * (w + gapx)
                self.draw.rectangle([x, self.y, x + w, self.y + h], outline=INK, width=3)
                self.draw.line([(x, self.y + pad + lh * 1.08), (x + w, self.y + pad + lh * 1.08)],
                               fill=INK, width=2)
                for j, (l, st) in enumerate(ls):
                    self.put(l, x + pad, self.y + pad + j * lh + (8 if j else 0), st, size)
                    self.record(l)
            self.y += h + lh // 2

    # -- ink ---------------------------------------------------------------
    def hand(self, s, x, y, size=70, fill=(25, 45, 150)):
        """Figures written by hand at x, y (in pen ink on every look)."""
        f = font(HAND, size)
        self.draw.text((x, y), s, font=f, fill=fill)

    def mark(self, kind, *args):
        """Remember where a seal or a signature goes on the current sheet."""
        self.marks[-1].append((kind,) + args)
