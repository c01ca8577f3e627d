"""page18: an A4 sheet at 300 dpi (Pillow, grey) that remembers what it
prints.  Lines, two blocks side by side of their own widths, justified
paragraphs, and tables: a grid, a thick header band over thin inner rules,
or horizontal rules only; cells wrap, a cell may span rows (one holder
over the rows of their parcels) or columns (a header over two), and a
table that does not fit goes on on the next sheet, its header repeated or
not.  Each sheet keeps its text, lines in reading order with the cells of
one row (or the blocks of one band) joined by four spaces, and the whole
strings it printed, which check18 searches for every truth value."""
from PIL import Image, ImageDraw, ImageFont

W, H = 2480, 3508
LIB = "/usr/share/fonts/opentype/linux-libertine/"
JB = "/usr/share/fonts/truetype/jetbrains-mono/"
FACES = {
    "Linux Libertine O": {"r": LIB + "LinLibertine_R.otf", "b": LIB + "LinLibertine_RB.otf",
                          "i": LIB + "LinLibertine_RI.otf"},
    "Linux Biolinum O": {"r": LIB + "LinBiolinum_R.otf", "b": LIB + "LinBiolinum_RB.otf",
                         "i": LIB + "LinBiolinum_RI.otf"},
    "JetBrains Mono": {"r": JB + "JetBrainsMono-Regular.ttf", "b": JB + "JetBrainsMono-Bold.ttf",
                       "i": JB + "JetBrainsMono-Italic.ttf"},
}
_cache = {}


def font(face, style, pt):
    """The face's style ('r', 'b', 'i') at pt points, at 300 dpi."""
    key = (face, style, pt)
    if key not in _cache:
        _cache[key] = ImageFont.truetype(FACES[face][style], int(round(pt * 300 / 72)),
                                         layout_engine=ImageFont.Layout.RAQM)
    return _cache[key]


class Sheet:
    """One page.  x0, x1: the text margins; y: where the next line goes."""

    def __init__(self, face, pt=13, left=280, right=200, top=220):
        self.img = Image.new("L", (W, H), 255)
        self.d = ImageDraw.Draw(self.img)
        self.face, self.pt = face, pt
        self.x0, self.x1, self.y = left, W - right, top
        self.bottom = H - 230
        self.lines, self.printed = [], []
        self.sign = None      # where the signer's name is: (x, y)

    def f(self, style="r", pt=None):
        return font(self.face, style, pt or self.pt)

    def lh(self, pt=None):
        return int((pt or self.pt) * 300 / 72 * 1.38)

    def width(self, s, style="r", pt=None):
        return self.d.textlength(s, font=self.f(style, pt))

    def put(self, x, y, s, style="r", pt=None, fill=0):
        self.d.text((x, y), s, font=self.f(style, pt), fill=fill)

    def gap(self, n=0.5):
        self.y += int(self.lh() * n)

    def line(self, s, align="left", style="r", pt=None, x0=None, x1=None, indent=0,
             record=True):
        """One line within [x0, x1]."""
        x0 = self.x0 if x0 is None else x0
        x1 = self.x1 if x1 is None else x1
        w = self.width(s, style, pt)
        x = {"left": x0 + indent, "center": (x0 + x1 - w) / 2, "right": x1 - w}[align]
        self.put(x, self.y, s, style, pt)
        if record:
            self.lines.append(s)
            self.printed.append(s)
        self.y += self.lh(pt)
        return x, w

    def blocks(self, left, right, lbox, rbox, style="b", pt=None):
        """Two blocks side by side, each a list of (text, style) centred in
        its own box (x0, x1); a row's two lines are one line of text."""
        y0 = self.y
        n = max(len(left), len(right))
        for i in range(n):
            parts = []
            for col, box in ((left, lbox), (right, rbox)):
                if i < len(col) and col[i][0]:
                    s, st = col[i]
                    w = self.width(s, st, pt)
                    self.put((box[0] + box[1] - w) / 2, y0 + i * self.lh(pt), s, st, pt)
                    parts.append(s)
                    self.printed.append(s)
            if parts:
                self.lines.append("    ".join(parts))
        self.y = y0 + n * self.lh(pt)
        return y0

    def underline(self, x0, x1, y, w=3):
        self.d.line((x0, y, x1, y), fill=0, width=w)

    def wrap(self, text, width, style="r", pt=None, first=0):
        """text's words in lines no wider than width (the first less first)."""
        out, cur = [], ""
        for word in text.split():
            t = (cur + " " + word).strip()
            if self.width(t, style, pt) <= width - (first if not out else 0) or not cur:
                cur = t
            else:
                out.append(cur)
                cur = word
        if cur:
            out.append(cur)
        return out

    def para(self, text, first=118, style="r", lead=None, hang=0, justify=True, pt=None):
        """A justified paragraph, its first line indented by first; lead,
        if given, is set in bold before the text."""
        full = (lead + " " + text) if lead else text
        self.printed.append(full)
        lines = self.wrap(full, self.x1 - self.x0 - hang, style, pt, first - hang)
        for i, ln in enumerate(lines):
            x = self.x0 + (first if i == 0 else hang)
            words = ln.split()
            last = i == len(lines) - 1
            if self.y > self.bottom:
                raise SystemExit("gen18: paragraph runs off the page: " + ln)
            self._words(x, words, lead if i == 0 else None, style, pt,
                        None if (last or not justify) else self.x1)
            self.lines.append(ln)
            self.y += self.lh(pt)

    def _words(self, x, words, lead, style, pt, right):
        nl = len(lead.split()) if lead else 0
        styles = ["b" if k < nl else style for k in range(len(words))]
        ws = [self.width(w, s, pt) for w, s in zip(words, styles)]
        space = self.width(" ", style, pt)
        if right and len(words) > 1:
            space = (right - x - sum(ws)) / (len(words) - 1)
        for w, s, wd in zip(words, styles, ws):
            self.put(x, self.y, w, s, pt)
            x += wd + space

    def table(self, cols, head, rows, rules="grid", pt=None, head_style="b", band=False):
        """Draw head (a list of header rows, each a list of cells) and rows
        from self.y down; a cell is a string, or a dict {"t": text, "rs":
        rows spanned, "cs": columns spanned}, or None where a span covers
        it.  cols are the column widths in pixels.  Returns the rows that
        did not fit."""
        pt = pt or self.pt - 1.5
        xs = [self.x0]
        for c in cols:
            xs.append(xs[-1] + c)
        top = self.y
        hy = self._rows(xs, head, head_style, pt, rules, header=True, band=band) if head \
            else top
        if rules == "band":
            self.d.rectangle((xs[0], top, xs[-1], top + 7), fill=0)
            self.d.rectangle((xs[0], hy - 7, xs[-1], hy), fill=0)
        elif rules == "vertical":
            self.d.line((xs[0], hy, xs[-1], hy), fill=0, width=3)
        left = self._fit(xs, rows, pt)
        self._rows(xs, rows[:len(rows) - len(left)], "r", pt, rules)
        if rules == "band":
            self.d.rectangle((xs[0] - 2, top, xs[-1] + 2, self.y), outline=0, width=6)
        if rules == "vertical":
            for x in xs[1:-1]:
                self.d.line((x, top, x, self.y), fill=0, width=3)
            self.d.rectangle((xs[0], top, xs[-1], self.y), outline=0, width=4)
        self.y += self.lh(pt) // 2
        return left

    def _cell(self, c):
        if c is None:
            return None
        return c if isinstance(c, dict) else {"t": c}

    def _heights(self, xs, rows, pt, style="r"):
        out = []
        for row in rows:
            n, k = 1, 0
            for c in row:
                c = self._cell(c)
                if c is not None:
                    cs = c.get("cs", 1)
                    if c.get("rs", 1) == 1:
                        n = max(n, len(self.wrap(c["t"], xs[k + cs] - xs[k] - 28, style, pt)))
                    k += cs
                else:
                    k += 1
            out.append(n * self.lh(pt) + 24)
        return out

    def _fit(self, xs, rows, pt):
        """The rows after the last that fits above the bottom margin (a
        spanned group is never cut)."""
        hs = self._heights(xs, rows, pt)
        y, i = self.y, 0
        while i < len(rows):
            span = max([self._cell(c).get("rs", 1) for c in rows[i] if c is not None] + [1])
            need = sum(hs[i:i + span])
            if y + need > self.bottom:
                break
            y += need
            i += span
        return rows[i:]

    def _rows(self, xs, rows, style, pt, rules, header=False, band=False):
        hs = self._heights(xs, rows, pt, style)
        ys = [self.y]
        for h in hs:
            ys.append(ys[-1] + h)
        if header and band:
            self.d.rectangle((xs[0], ys[0], xs[-1], ys[-1]), fill=215)
        for r, row in enumerate(rows):
            texts, k = [], 0
            for c in row:
                c = self._cell(c)
                if c is None:
                    k += 1
                    continue
                cs, rs = c.get("cs", 1), c.get("rs", 1)
                x0, x1, y0, y1 = xs[k], xs[k + cs], ys[r], ys[min(r + rs, len(rows))]
                ls = self.wrap(c["t"], x1 - x0 - 28, style, pt) if c["t"] else []
                self.printed.append(c["t"])
                ty = y0 + 12 if not (header or rs > 1) else \
                    (y0 + y1 - len(ls) * self.lh(pt)) / 2
                for j, ln in enumerate(ls):
                    w = self.width(ln, style, pt)
                    x = x0 + 14 if c.get("al", "l" if (not header and
                                                       any(ch.isalpha() for ch in c["t"]) and
                                                       len(c["t"]) > 6) else "c") == "l" \
                        else (x0 + x1 - w) / 2
                    self.put(x, ty + j * self.lh(pt), ln, style, pt)
                texts.append(ls)
                if rules == "grid" or (rules == "band" and not header):
                    self.d.rectangle((x0, y0, x1, y1), outline=0, width=2 if rules == "band" else 3)
                elif rules == "band" and header:
                    self.d.rectangle((x0, y0, x1, y1), outline=0, width=5)
                k += cs
            n = max([len(t) for t in texts] + [0])
            for j in range(n):
                self.lines.append("    ".join(t[j] for t in texts if len(t) > j))
        self.y = ys[-1]
        return ys[-1]
