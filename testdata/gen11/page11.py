"""page11: typesetting family 11's pages at 300 dpi with Pillow (lines,
wrapped and justified paragraphs, blocks side by side, tables ruled as a grid
with merged cells, with vertical rules only or with a rule under the header
only), keeping the text each page prints, line by line, cells joined by four
spaces."""
from PIL import Image, ImageDraw, ImageFont

DPI = 300
FONTS = {
    "Carlito": {"R": "/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf",
                "B": "/usr/share/fonts/truetype/crosextra/Carlito-Bold.ttf",
                "I": "/usr/share/fonts/truetype/crosextra/Carlito-Italic.ttf",
                "BI": "/usr/share/fonts/truetype/crosextra/Carlito-BoldItalic.ttf"},
    "Noto Sans Display": {
        s: "/usr/share/fonts/truetype/noto/NotoSansDisplay-%s.ttf" % f for s, f in
        (("R", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "BoldItalic"))},
    "Noto Mono": {s: "/usr/share/fonts/truetype/noto/NotoMono-Regular.ttf"
                  for s in ("R", "B", "I", "BI")},
}
SEP = "    "


def mm(x):
    """Millimetres to pixels at 300 dpi."""
    return round(x * DPI / 25.4)


class Sheet:
    """A document being set: its pages (bilevel-looking grey images), the
    text each prints, and a cursor.  Margins follow the administrative form:
    30 mm left, 15-20 mm right, 20 mm top and bottom."""

    def __init__(self, font, pt=13, landscape=False):
        self.family, self.pt, self.landscape = font, pt, landscape
        self.w, self.h = (mm(297), mm(210)) if landscape else (mm(210), mm(297))
        self.left, self.right = mm(30), self.w - mm(18)
        self.top, self.bottom = mm(20), self.h - mm(20)
        self.pages, self.text, self._fonts = [], [], {}
        self.hand, self.sign = [], None
        self.new_page()

    # -- fonts and the page
    def font(self, style="R", pt=None):
        key = (style, pt or self.pt)
        if key not in self._fonts:
            self._fonts[key] = ImageFont.truetype(FONTS[self.family][style],
                                                  round((pt or self.pt) * DPI / 72))
        return self._fonts[key]

    def new_page(self, landscape=None):
        """Start a page; landscape turns this page and those after it."""
        if landscape is not None and landscape != self.landscape:
            self.landscape = landscape
            self.w, self.h = self.h, self.w
            self.right, self.bottom = self.w - mm(18), self.h - mm(20)
        self.pages.append(Image.new("L", (self.w, self.h), 255))
        self.text.append([])
        self.draw = ImageDraw.Draw(self.pages[-1])
        self.y = self.top

    def leading(self, pt=None):
        return round((pt or self.pt) * DPI / 72 * 1.38)

    def room(self, h):
        """Start a new page unless h pixels fit above the bottom margin."""
        if self.y + h > self.bottom:
            self.new_page()

    def gap(self, lines=0.5):
        self.y += round(self.leading() * lines)

    def say(self, line):
        """Record a printed line of the current page."""
        self.text[-1].append(line)

    def under(self, s, y, style="R", pt=None):
        """Where a rule under s, set at y, goes: below its lowest ink."""
        return self.draw.textbbox((0, y), s, font=self.font(style, pt))[3] + mm(1)

    def width(self, s, style="R", pt=None):
        return self.draw.textlength(s, font=self.font(style, pt))

    # -- lines and paragraphs
    def put(self, s, x0, x1, y, style="R", pt=None, align="L", fill=0):
        """Draw s between x0 and x1 at y, aligned L, C or R."""
        w = self.width(s, style, pt)
        x = {"L": x0, "C": (x0 + x1 - w) / 2, "R": x1 - w}[align]
        self.draw.text((x, y), s, font=self.font(style, pt), fill=fill)
        return w

    def line(self, s, style="R", pt=None, align="L", x0=None, x1=None, rule=None):
        """One line, recorded; rule=(fraction) underlines its middle part."""
        self.room(self.leading(pt))
        x0, x1 = x0 or self.left, x1 or self.right
        w = self.put(s, x0, x1, self.y, style, pt, align)
        if rule:
            mid = (x0 + x1) / 2
            if align == "L":
                mid = x0 + w / 2
            half = w * rule / 2
            yy = self.under(s, self.y, style, pt)
            self.draw.line((mid - half, yy, mid + half, yy), fill=0, width=3)
        self.say(s)
        self.y += self.leading(pt)

    def wrap(self, words, width, style="R", pt=None, first=0):
        """Greedy line breaking: lists of words, the first line shorter by first."""
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

    def para(self, s, indent=mm(10), style="R", lead=None, justify=True, x0=None):
        """A paragraph: first line indented, justified, wrapped; lead is a
        bold opening ("Điều 1.") set in the same line."""
        x0 = x0 or self.left
        width = self.right - x0
        words = ((lead + " ") if lead else "") + s
        lines = self.wrap(words.split(), width, style, first=indent)
        nlead = len(lead.split()) if lead else 0
        for i, ws in enumerate(lines):
            self.room(self.leading())
            x = x0 + (indent if i == 0 else 0)
            span = self.right - x
            gaps = len(ws) - 1
            natural = sum(self.width(w, style) for w in ws)
            sp = self.width(" ", style)
            if justify and gaps and i < len(lines) - 1:
                sp = (span - natural) / gaps
            for j, w in enumerate(ws):
                st = "B" if (i == 0 and j < nlead) else style
                self.draw.text((x, self.y), w, font=self.font(st), fill=0)
                x += self.width(w, st) + sp
            self.say(" ".join(ws))
            self.y += self.leading()

    def blocks(self, left, right, split=0.42, pt=None):
        """Two blocks side by side, the left split of the text width: each a
        list of (text, style, rule); rows recorded joined by four spaces."""
        mid = self.left - mm(12) + round((self.right - self.left + mm(12)) * split)
        lx0, rx0 = self.left - mm(12), mid
        for i in range(max(len(left), len(right))):
            row = []
            for side, x0, x1 in ((left, lx0, mid), (right, rx0, self.right + mm(5))):
                if i < len(side) and side[i]:
                    s, st, rule = (tuple(side[i]) + (None, None))[:3]
                    w = self.put(s, x0, x1, self.y, st or "R", pt, "C")
                    if rule:
                        yy = self.under(s, self.y, st or "R", pt)
                        c = (x0 + x1) / 2
                        self.draw.line((c - w * rule / 2, yy, c + w * rule / 2, yy),
                                       fill=0, width=3)
                    row.append(s)
            if row:
                self.say(SEP.join(row))
            self.y += self.leading(pt)


class Table:
    """A table: column titles (may wrap), widths in parts of the text width,
    body rows (each a list of cells; a cell is text, or (text, rowspan), or
    None where a merged cell above covers it), a rule style: 'grid' (every
    rule, merged cells unbroken), 'vrules' (vertical rules only), 'head'
    (rules above and under the header and under the last row only)."""

    def __init__(self, titles, widths, rows, style="grid", pt=None, align=None,
                 bold_rows=()):
        self.titles, self.widths, self.rows = titles, widths, rows
        self.style, self.pt, self.bold_rows = style, pt, set(bold_rows)
        self.align = align or ["C"] * len(titles)


def _cell(c):
    if c is None:
        return None, 0
    if isinstance(c, tuple):
        return c
    return c, 1


def _height(sh, cells, xs, pt, style="R"):
    """Lines each cell of a row needs (merged cells counted later)."""
    n = 1
    for i, c in enumerate(cells):
        t, span = _cell(c)
        if t and span == 1:
            n = max(n, len(sh.wrap(t.split(), xs[i + 1] - xs[i] - mm(2.4), style, pt)))
    return n


def _draw_cell(sh, t, x0, x1, y, nlines_room, pt, align, style):
    lines = sh.wrap(t.split(), x1 - x0 - mm(2.4), style, pt)
    lead = sh.leading(pt)
    yy = y + mm(0.8) + (nlines_room - len(lines)) * lead // 2
    for ws in lines:
        sh.put(" ".join(ws), x0 + mm(1.2), x1 - mm(1.2), yy, style, pt, align)
        yy += lead


def draw_table(sh, tb, header=True):
    """Set tb at the cursor, breaking between row groups (rows a merged cell
    ties together) and repeating the header on a new page only if header is
    'repeat'.  Records the header line and one line per body row."""
    pt = tb.pt or sh.pt - 1
    lead = sh.leading(pt)
    total = sh.right - sh.left + mm(6)
    x = sh.left - mm(3)
    xs = [x]
    for w in tb.widths:
        x += total * w / sum(tb.widths)
        xs.append(round(x))
    groups, i = [], 0
    while i < len(tb.rows):
        span = max(_cell(c)[1] for c in tb.rows[i])
        groups.append(list(range(i, i + max(span, 1))))
        i += max(span, 1)

    def head():
        hl = _height(sh, tb.titles, xs, pt, "B")
        h = hl * lead + mm(1.6)
        sh.room(h + lead * 2)
        y0 = sh.y
        for i, t in enumerate(tb.titles):
            _draw_cell(sh, t, xs[i], xs[i + 1], y0, hl, pt, "C", "B")
        rules(y0, y0 + h, top=True, bottom=tb.style in ("grid", "head"))
        sh.say(SEP.join(t for t in tb.titles if t))
        sh.y = y0 + h

    def rules(y0, y1, top=False, bottom=True, cols=None):
        d = sh.draw
        if tb.style == "vrules":
            for xx in xs:
                d.line((xx, y0, xx, y1), fill=0, width=3)
            return
        if top:
            d.line((xs[0], y0, xs[-1], y0), fill=0, width=3)
        if bottom:
            d.line((xs[0], y1, xs[-1], y1), fill=0, width=3)
        if tb.style == "grid":
            for xx in (cols if cols is not None else xs):
                d.line((xx, y0, xx, y1), fill=0, width=3)

    if header:
        head()
    for g in groups:
        hs = [_height(sh, tb.rows[r], xs, pt, "B" if r in tb.bold_rows else "R")
              for r in g]
        need = sum(hs) * lead + len(g) * mm(1.6)
        if sh.y + need > sh.bottom:
            sh.new_page()
            if header == "repeat":
                head()
            elif tb.style == "grid":
                sh.draw.line((xs[0], sh.y, xs[-1], sh.y), fill=0, width=3)
        y0 = sh.y
        tops = []
        for r, hl in zip(g, hs):
            tops.append(sh.y)
            sh.y += hl * lead + mm(1.6)
        tops.append(sh.y)
        for k, r in enumerate(g):
            st = "B" if r in tb.bold_rows else "R"
            line = []
            for i, c in enumerate(tb.rows[r]):
                t, span = _cell(c)
                if t is None:
                    continue
                y1 = tops[min(k + span, len(g))]
                room = (y1 - tops[k] - mm(1.6)) // lead
                if t:
                    _draw_cell(sh, t, xs[i], xs[i + 1], tops[k], max(room, 1), pt,
                               tb.align[i], st)
                    line.append(t)
            sh.say(SEP.join(line))
        if tb.style == "grid":
            merged = [i for i, c in enumerate(tb.rows[g[0]]) if _cell(c)[1] > 1]
            for k in range(1, len(g)):
                # inner rules of a group skip the merged cells
                for i in range(len(xs) - 1):
                    if i not in merged:
                        sh.draw.line((xs[i], tops[k], xs[i + 1], tops[k]), fill=0, width=3)
            rules(y0, sh.y, top=False, bottom=True)
        elif tb.style == "vrules":
            rules(y0, sh.y)
    if tb.style == "head":
        sh.draw.line((xs[0], sh.y, xs[-1], sh.y), fill=0, width=3)
    sh.y += mm(2)
