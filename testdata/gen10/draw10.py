"""Pages for gen10: A4 at 300 dpi drawn with Pillow, and the text each page
prints (one string per printed line; blocks side by side joined by four
spaces).  Lines, wrapped paragraphs, header blocks of unequal widths, tables
ruled in several ways (a full grid, horizontal rules only, shaded rows and no
rules), and the marks the scan stage inks later (seal, signature, figures
written by hand)."""
from PIL import Image, ImageDraw, ImageFont

DPI = 300
A4 = (2480, 3508)
FONTS = {
    "Noto Serif": "/usr/share/fonts/truetype/noto/NotoSerif-%s.ttf",
    "Noto Sans": "/usr/share/fonts/truetype/noto/NotoSans-%s.ttf",
    "Noto Serif Display": "/usr/share/fonts/truetype/noto/NotoSerifDisplay-%s.ttf",
}
STYLE = {(False, False): "Regular", (True, False): "Bold",
         (False, True): "Italic", (True, True): "BoldItalic"}
GAP = "    "


def mm(v):
    return int(round(v * DPI / 25.4))


def pt(v):
    return int(round(v * DPI / 72.0))


class Doc:
    """A document being drawn: its pages (grey images), their printed text,
    a cursor, and the marks to ink at scan time."""

    def __init__(self, family, size=13, left=30, right=18, top=18, bottom=20,
                 landscape=False):
        self.family, self.size = family, size
        self.w, self.h = (A4[1], A4[0]) if landscape else A4
        self.left, self.right = mm(left), self.w - mm(right)
        self.top, self.bottom = mm(top), self.h - mm(bottom)
        self.pages, self.texts, self.marks = [], [], []
        self._cache = {}
        self.new_page()

    # -- fonts and pages
    def font(self, size=None, bold=False, italic=False):
        key = (size or self.size, bold, italic)
        if key not in self._cache:
            self._cache[key] = ImageFont.truetype(
                FONTS[self.family] % STYLE[(bold, italic)], pt(key[0]))
        return self._cache[key]

    def new_page(self):
        self.img = Image.new("L", (self.w, self.h), 255)
        self.draw = ImageDraw.Draw(self.img)
        self.pages.append(self.img)
        self.texts.append([])
        self.y = self.top

    def lh(self, size=None):
        return int(pt(size or self.size) * 1.32)

    def room(self, need):
        if self.y + need > self.bottom:
            self.new_page()

    def width(self, s, f):
        return self.draw.textlength(s, font=f)

    def space(self, v):
        self.y += mm(v)

    def emit(self, s):
        self.texts[-1].append(s)

    # -- text
    def put(self, s, x0, x1, y, align="left", f=None):
        """Draw s on one line between x0 and x1 at y; returns its x range."""
        f = f or self.font()
        w = self.width(s, f)
        x = {"left": x0, "center": (x0 + x1 - w) / 2, "right": x1 - w}[align]
        self.draw.text((x, y), s, font=f, fill=0)
        return x, x + w

    def line(self, s, align="center", size=None, bold=False, italic=False,
             underline=False, indent=0):
        """One line of text across the text width."""
        size = size or self.size
        self.room(self.lh(size))
        f = self.font(size, bold, italic)
        x0, x1 = self.put(s, self.left + mm(indent), self.right, self.y, align, f)
        if underline:
            uy = self.y + pt(size) * 1.25
            self.draw.line([(x0 + (x1 - x0) * 0.25, uy), (x1 - (x1 - x0) * 0.25, uy)],
                           fill=0, width=3)
        self.emit(s)
        self.y += self.lh(size)

    def wrap(self, words, width, f, first=0):
        lines, cur = [], []
        for w in words:
            trial = " ".join(cur + [w])
            lim = width - (first if not lines else 0)
            if cur and self.width(trial, f) > lim:
                lines.append(cur)
                cur = [w]
            else:
                cur.append(w)
        if cur:
            lines.append(cur)
        return lines

    def para(self, s, indent=10, hang=0, size=None, lead=None, justify=True,
             italic=False, after=1.2):
        """A paragraph: first line indented by indent mm (the rest by hang mm),
        wrapped and justified; lead, a bold prefix ("Điều 1."), starts it."""
        size = size or self.size
        f, fb = self.font(size, False, italic), self.font(size, True, italic)
        words = s.split()
        lead_w = (self.width(lead + " ", fb) if lead else 0)
        x0 = self.left + mm(hang)
        width = self.right - x0
        lines = self.wrap(words, width, f, first=mm(indent - hang) + lead_w)
        for i, ws in enumerate(lines):
            self.room(self.lh(size))
            x = x0 + (mm(indent - hang) if i == 0 else 0)
            text = " ".join(ws)
            if i == 0 and lead:
                self.draw.text((x, self.y), lead, font=fb, fill=0)
                x += lead_w
                text = lead + " " + text
            avail = self.right - x
            natural = self.width(" ".join(ws), f)
            if justify and i < len(lines) - 1 and len(ws) > 1 \
                    and natural > avail * 0.8:
                sp = (avail - sum(self.width(w, f) for w in ws)) / (len(ws) - 1)
                for w in ws:
                    self.draw.text((x, self.y), w, font=f, fill=0)
                    x += self.width(w, f) + sp
            else:
                self.draw.text((x, self.y), " ".join(ws), font=f, fill=0)
            self.emit(text)
            self.y += self.lh(size)
        self.y += mm(after)

    def sides(self, left, right, split=0.42, size=None, lx=None, rx=None):
        """Two blocks side by side: left and right are lists of (text, bold,
        italic, align); split is the share of the width the left one takes.
        The printed text pairs their lines."""
        size = size or self.size
        lx = lx if lx is not None else self.left - mm(12)
        rx = rx if rx is not None else self.right + mm(6)
        mid = lx + (rx - lx) * split
        y0 = self.y
        spans = {}
        for side, items, a, b in (("l", left, lx, mid), ("r", right, mid, rx)):
            y = y0
            for i, it in enumerate(items):
                if it is None:
                    y += self.lh(size)
                    continue
                s, bold, italic, align = it[:4]
                sz = it[4] if len(it) > 4 else size
                f = self.font(sz, bold, italic)
                xa, xb = self.put(s, a, b, y, align, f)
                spans[(side, i)] = (xa, xb, y + pt(sz) * 1.28)
                y += self.lh(sz)
        for i in range(max(len(left), len(right))):
            l = left[i][0] if i < len(left) and left[i] else ""
            r = right[i][0] if i < len(right) and right[i] else ""
            self.emit((l + GAP + r) if l and r else (l or r))
        self.y = y0 + max(len(left), len(right)) * self.lh(size)
        return spans

    def rule_under(self, span, frac=0.5):
        """A short rule under a line drawn by sides (span from its result)."""
        xa, xb, y = span
        w = (xb - xa) * frac
        c = (xa + xb) / 2
        self.draw.line([(c - w / 2, y + 14), (c + w / 2, y + 14)], fill=0, width=3)

    def mark(self, kind, box, text=None):
        """Remember a mark to ink at scan time on this page (box in pixels)."""
        self.marks.append({"kind": kind, "page": len(self.pages) - 1,
                           "box": [int(v) for v in box], "text": text})

    def dotted(self, x0, x1, y):
        for x in range(int(x0), int(x1), 14):
            self.draw.point([(x, y), (x + 1, y), (x, y + 1), (x + 1, y + 1)], fill=0)


class Table:
    """A table: columns (header, width share, align), rows (cells, kind:
    "row", "sub" (a holder's further parcel), "total"), and a style:
    rules "grid" | "h" | "none", shade (alternate rows grey), head_again
    (draw the header again on a new page)."""

    def __init__(self, cols, rules="grid", shade=False, head_again=True,
                 size=11, bold_head=True):
        self.cols, self.rules, self.shade = cols, rules, shade
        self.head_again, self.size, self.bold_head = head_again, size, bold_head
        self.rows = []

    def add(self, cells, kind="row"):
        self.rows.append((cells, kind))


def cell_lines(doc, s, width, f):
    out = []
    for part in str(s).split("\n"):
        out += [" ".join(ws) for ws in doc.wrap(part.split(), width, f)] or [""]
    return out


def draw_table(doc, t, x0=None, x1=None):
    """Draw t at the cursor, across the text width (or x0..x1), breaking
    onto new pages; the printed text has one line per row, its cells
    joined by four spaces."""
    x0 = doc.left - mm(4) if x0 is None else x0
    x1 = doc.right + mm(2) if x1 is None else x1
    total = sum(c[1] for c in t.cols)
    xs = [x0]
    for c in t.cols:
        xs.append(xs[-1] + (x1 - x0) * c[1] / total)
    pad, lh = mm(1.4), doc.lh(t.size) * 0.92
    fh = doc.font(t.size, t.bold_head)
    fr, fb = doc.font(t.size), doc.font(t.size, True)

    def layout(cells, f):
        return [cell_lines(doc, c, xs[i + 1] - xs[i] - 2 * pad, f)
                for i, c in enumerate(cells)]

    def draw_row(cells, f, kind, shade, head=False):
        ls = layout(cells, f)
        h = int(max(len(l) for l in ls) * lh + 2 * pad)
        if doc.y + h > doc.bottom:
            return None
        y = doc.y
        if shade:
            # A halftone grey: light fill with a dot screen, as printers shade.
            doc.draw.rectangle([x0, y, x1, y + h], fill=225)
            for sy in range(int(y) + 2, int(y + h) - 1, 7):
                for sx in range(int(x0) + (sy // 7) % 2 * 3, int(x1), 7):
                    doc.draw.rectangle([sx, sy, sx + 1, sy + 1], fill=90)
        for i, l in enumerate(ls):
            align = "center" if head else t.cols[i][2]
            for k, s in enumerate(l):
                doc.put(s, xs[i] + pad, xs[i + 1] - pad, y + pad + k * lh, align, f)
        if t.rules == "grid":
            doc.draw.rectangle([x0, y, x1, y + h], outline=0, width=2)
            for x in xs[1:-1]:
                doc.draw.line([(x, y), (x, y + h)], fill=0, width=2)
        elif t.rules == "h" and (kind != "sub" or head):
            doc.draw.line([(x0, y), (x1, y)], fill=0, width=2)
        doc.emit(GAP.join(c.replace("\n", " ") for c in cells if c))
        doc.y = y + h
        return h

    def header():
        if draw_row([c[0] for c in t.cols], fh, "row", False, head=True) is None:
            doc.new_page()
            draw_row([c[0] for c in t.cols], fh, "row", False, head=True)

    header()
    band = 0
    for cells, kind in t.rows:
        band += kind != "sub"
        f = fb if kind == "total" else fr
        shade = t.shade and band % 2 == 0
        if draw_row(cells, f, kind, shade) is None:
            if t.rules == "h":
                doc.draw.line([(x0, doc.y), (x1, doc.y)], fill=0, width=2)
            doc.new_page()
            if t.head_again:
                header()
            draw_row(cells, f, kind, shade)
    if t.rules == "h":
        doc.draw.line([(x0, doc.y), (x1, doc.y)], fill=0, width=3)
    doc.y += mm(2)
