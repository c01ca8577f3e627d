"""page9: pages of family 9 drawn with Pillow at 300 dpi: wrapped and
justified paragraphs, blocks side by side, and tables whose cells may span
rows and columns (ruled, or aligned by spaces only).  Every line drawn is
also written, as text, to the page's list of lines (the truth's page_text:
cells of one row and blocks side by side are joined by four spaces)."""
from PIL import Image, ImageDraw, ImageFont

DPI = 300
A4 = (2480, 3508)
FONTDIR = "/usr/share/fonts"
# family -> (regular, bold or None: bold drawn with a stroke)
FONTS = {
    "Roboto": ("truetype/roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
               "truetype/roboto/unhinted/RobotoTTF/Roboto-Bold.ttf"),
    "Roboto Condensed": ("truetype/roboto/unhinted/RobotoCondensed-Regular.ttf",
                         "truetype/roboto/unhinted/RobotoCondensed-Bold.ttf"),
    "Open Sans": ("truetype/open-sans/OpenSans-Regular.ttf",
                  "truetype/open-sans/OpenSans-Bold.ttf"),
    "EB Garamond": ("opentype/ebgaramond/EBGaramond12-Regular.otf", None),
}
ITALIC = {
    "Roboto": "truetype/roboto/unhinted/RobotoTTF/Roboto-Italic.ttf",
    "Roboto Condensed": "truetype/roboto/unhinted/RobotoCondensed-Italic.ttf",
    "Open Sans": "truetype/open-sans/OpenSans-Italic.ttf",
    "EB Garamond": "opentype/ebgaramond/EBGaramond12-Italic.otf",
}
SEP = "    "
_cache = {}


def pt(points):
    """Pixels at 300 dpi of a size in points."""
    return int(round(points * DPI / 72.0))


class Style:
    """A font family at a size, bold and/or italic."""

    def __init__(self, family, size, bold=False, italic=False):
        self.family, self.size, self.bold, self.italic = family, size, bold, italic
        reg, bld = FONTS[family]
        path = ITALIC[family] if italic else (bld if bold and bld else reg)
        key = (path, size)
        if key not in _cache:
            _cache[key] = ImageFont.truetype(
                FONTDIR + "/" + path, pt(size),
                layout_engine=ImageFont.Layout.RAQM if path.endswith(".otf")
                else ImageFont.Layout.BASIC)
        self.font = _cache[key]
        # EB Garamond's default figures are old-style: print lining ones,
        # as office documents do.
        self.feat = ["lnum"] if path.endswith(".otf") else None
        self.stroke = 1 if bold and not bld else 0
        self.lh = int(pt(size) * 1.32)

    def but(self, **kw):
        a = dict(family=self.family, size=self.size, bold=self.bold,
                 italic=self.italic)
        a.update(kw)
        return Style(**a)

    def width(self, text):
        return self.font.getlength(text, features=self.feat)


def wrap(text, st, width, first_indent=0):
    """text cut into lines of at most width pixels (the first indented)."""
    lines, cur = [], ""
    for w in text.split(" "):
        t = (cur + " " + w) if cur else w
        lim = width - (first_indent if not lines else 0)
        if cur and st.width(t) > lim:
            lines.append(cur)
            cur = w
        else:
            cur = t
    if cur:
        lines.append(cur)
    return lines


class Page:
    """One page: a grey (or RGB) image, its margins and its text lines."""

    def __init__(self, landscape=False, colour=False, margins=(354, 236, 200, 200)):
        self.w, self.h = (A4[1], A4[0]) if landscape else A4
        self.img = Image.new("RGB" if colour else "L", (self.w, self.h),
                             (255, 255, 255) if colour else 255)
        self.d = ImageDraw.Draw(self.img)
        self.left, self.right, self.top, self.bottom = margins
        self.y = self.top
        self.lines = []
        self.ink = (20, 20, 20) if colour else 20

    def text(self, x, y, s, st, fill=None):
        self.d.text((x, y), s, font=st.font, fill=self.ink if fill is None else fill,
                    stroke_width=st.stroke, features=st.feat,
                    stroke_fill=self.ink if fill is None else fill)

    def line(self, x0, y0, x1, y1, w=3):
        self.d.line((x0, y0, x1, y1), fill=self.ink, width=w)

    def rect(self, x0, y0, x1, y1, w=3, fill=None):
        self.d.rectangle((x0, y0, x1, y1), outline=self.ink if fill is None else fill,
                         width=w)

    @property
    def textw(self):
        return self.w - self.left - self.right


class Doc:
    """A document: pages drawn in order, with a cursor that moves on to a
    new page when the current one is full."""

    def __init__(self, body, landscape=False, colour=False, margins=None):
        self.body, self.colour = body, colour
        self.margins = margins or (354, 236, 200, 220)
        self.pages = []
        self.new_page(landscape)

    def new_page(self, landscape=False):
        self.p = Page(landscape, self.colour, self.margins)
        self.pages.append(self.p)
        return self.p

    def room(self, h):
        if self.p.y + h > self.p.h - self.p.bottom:
            self.new_page(self.p.w > self.p.h)

    def gap(self, px):
        self.p.y += px

    def para(self, text, st=None, indent=118, justify=True, align="left",
             left=0, right=0, bold_words=0):
        """A paragraph wrapped to the text width (its first bold_words words
        in bold); its lines in page_text."""
        st = st or self.body
        bst = st.but(bold=True)
        width = self.p.textw - left - right
        lines = wrap(text, st, width, indent if align == "left" else 0)
        nb = bold_words
        for i, ln in enumerate(lines):
            self.room(st.lh)
            p = self.p
            ind = indent if i == 0 and align == "left" else 0
            words = ln.split(" ")
            styles = []
            for _ in words:
                styles.append(bst if nb > 0 else st)
                nb -= 1
            tot = sum(s.width(w) for s, w in zip(styles, words))
            space = st.width(" ")
            x = p.left + left + ind
            if align == "center":
                x = p.left + left + (width - tot - space * (len(words) - 1)) / 2
            elif align == "right":
                x = p.left + left + width - tot - space * (len(words) - 1)
            elif justify and i < len(lines) - 1 and len(words) > 1:
                space = (width - ind - tot) / (len(words) - 1)
            for s, w in zip(styles, words):
                p.text(x, p.y, w, s)
                x += s.width(w) + space
            p.lines.append(ln)
            p.y += st.lh
        return lines

    def columns(self, blocks, gap=0):
        """Blocks side by side: each (x, width, [(text, style, align)]); the
        rows of equal index are one page_text line, in left-to-right order."""
        p = self.p
        n = max(len(b[2]) for b in blocks)
        y0 = p.y
        heights = [0] * n
        for i in range(n):
            heights[i] = max(b[2][i][1].lh for b in blocks if i < len(b[2]))
        for x, w, rows in blocks:
            y = y0
            for i, (t, st, al) in enumerate(rows):
                if t:
                    tw = st.width(t)
                    xx = x + (w - tw) / 2 if al == "center" else (
                        x + w - tw if al == "right" else x)
                    p.text(xx, y, t, st)
                y += heights[i]
        for i in range(n):
            parts = [b[2][i][0] for b in blocks if i < len(b[2]) and b[2][i][0]]
            if parts:
                p.lines.append(SEP.join(parts))
        p.y = y0 + sum(heights) + gap
        return y0


class Cell:
    """A table cell: text at grid row r, column c, spanning rs rows and cs
    columns; align left, center or right."""

    def __init__(self, text, r, c, rs=1, cs=1, align="left", st=None):
        self.text, self.r, self.c, self.rs, self.cs = text, r, c, rs, cs
        self.align, self.st = align, st


def band_layout(cells, nrows, xs, st, pad):
    """Row heights of a band of cells and each cell's wrapped lines."""
    need = [0] * nrows
    wrapped = {}
    for ce in cells:
        s = ce.st or st
        w = xs[ce.c + ce.cs] - xs[ce.c] - 2 * pad
        lines = []
        for part in ce.text.split("\n"):
            lines += wrap(part, s, w) if part else [""]
        wrapped[id(ce)] = lines
    for ce in sorted(cells, key=lambda c: c.rs):
        s = ce.st or st
        h = len(wrapped[id(ce)]) * s.lh + 2 * pad
        have = sum(need[ce.r:ce.r + ce.rs])
        if h > have:
            need[ce.r + ce.rs - 1] += h - have
    return need, wrapped


def draw_band(page, cells, nrows, xs, st, pad, ruled, valign="center"):
    """Draws one band (the header, or one holder's rows) at the cursor."""
    need, wrapped = band_layout(cells, nrows, xs, st, pad)
    ys = [page.y]
    for h in need:
        ys.append(ys[-1] + h)
    for ce in cells:
        s = ce.st or st
        x0, x1 = xs[ce.c], xs[ce.c + ce.cs]
        y0, y1 = ys[ce.r], ys[ce.r + ce.rs]
        if ruled:
            page.rect(x0, y0, x1, y1, w=ruled)
        lines = wrapped[id(ce)]
        th = len(lines) * s.lh
        y = y0 + pad if valign == "top" else y0 + (y1 - y0 - th) / 2
        for ln in lines:
            tw = s.width(ln)
            x = x0 + pad if ce.align == "left" else (
                x1 - pad - tw if ce.align == "right" else (x0 + x1 - tw) / 2)
            page.text(x, y + s.lh * 0.1, ln, s)
            y += s.lh
    for r in range(nrows):
        parts = [ce.text.replace("\n", " ") for ce in
                 sorted(cells, key=lambda c: c.c) if ce.r == r and ce.text]
        if parts:
            page.lines.append(SEP.join(parts))
    page.y = ys[-1]
    return sum(need)


def table(doc, widths, header, header_rows, bands, st, pad=14, ruled=3,
          repeat_header=True, hst=None, x0=None, valign="center"):
    """A table: widths (fractions of the text width), a header band and body
    bands ((cells, nrows) each).  A band that does not fit goes to the next
    page, where the header is drawn again when repeat_header."""
    p = doc.p
    tw = p.textw
    left = p.left if x0 is None else x0
    xs = [left]
    for f in widths:
        xs.append(xs[-1] + f * tw)
    xs = [int(round(x)) for x in xs]
    hst = hst or st.but(bold=True)
    draw_band(p, header, header_rows, xs, hst, pad, ruled)
    for cells, nrows in bands:
        need, _ = band_layout(cells, nrows, xs, st, pad)
        if doc.p.y + sum(need) > doc.p.h - doc.p.bottom:
            doc.new_page(doc.p.w > doc.p.h)
            if repeat_header:
                draw_band(doc.p, header, header_rows, xs, hst, pad, ruled)
        draw_band(doc.p, cells, nrows, xs, st, pad, ruled, valign)
    return xs
