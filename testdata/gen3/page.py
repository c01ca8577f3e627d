"""The page model of gen3: text runs and rules placed on A4 pages in a flow,
tables with merged header cells, wrapped cells and vertically merged holder
cells, drawn through ImageMagick's MVG coder.  Widths come from the font
files (testdata/gen2/ttfmetrics.py reads them; only that measuring helper is
shared with family 2, no template or wording)."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__))), "gen2"))
from ttfmetrics import Font  # noqa: E402

FD = "/usr/share/fonts/truetype/"
# (regular, bold, italic) for each face; all carry the Vietnamese letters.
FACES = {
    "DejaVu Sans Condensed": ("dejavu/DejaVuSansCondensed.ttf",
                              "dejavu/DejaVuSansCondensed-Bold.ttf",
                              "dejavu/DejaVuSansCondensed-Oblique.ttf"),
    "FreeSerif": ("freefont/FreeSerif.ttf", "freefont/FreeSerifBold.ttf",
                  "freefont/FreeSerifItalic.ttf"),
    "DejaVu Serif": ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf",
                     "dejavu/DejaVuSerif-Italic.ttf"),
    "FreeSans": ("freefont/FreeSans.ttf", "freefont/FreeSansBold.ttf",
                 "freefont/FreeSansOblique.ttf"),
}
W, H = 2480, 3508
_fonts = {}


def metrics(path):
    if path not in _fonts:
        _fonts[path] = Font(FD + path)
    return _fonts[path]


class Flow:
    """Pages filled top to bottom.  Units are pixels at 300 dpi."""

    def __init__(self, face, pt, spacing, margins):
        self.face = FACES[face]
        self.px = pt * 300 / 72.0
        self.lead = self.px * spacing
        self.left, self.top, self.right, self.bottom = margins
        self.pages = []
        self.new_page()

    def new_page(self):
        self.pages.append({"ops": [], "lines": []})
        self.y = self.top

    @property
    def textw(self):
        return W - self.left - self.right

    def path(self, st):
        return self.face["rbi".index(st)]

    def width(self, s, st="r", px=None):
        return metrics(self.path(st)).width(s, px or self.px)

    def text(self, x, y, s, st="r", px=None):
        px = px or self.px
        q = s.replace("\\", "\\\\").replace('"', '\\"')
        self.pages[-1]["ops"].append(
            f'font "{FD + self.path(st)}"\nfont-size {px:.1f}\n'
            f'text {x:.0f},{y:.0f} "{q}"')
        self.pages[-1]["lines"].append((round(y), x, s))

    def rule(self, x1, y1, x2, y2, w=3):
        self.pages[-1]["ops"].append(
            f"stroke black\nstroke-width {w}\nline {x1:.0f},{y1:.0f}"
            f" {x2:.0f},{y2:.0f}\nstroke none")

    def raw(self, op):
        self.pages[-1]["ops"].append(op)

    def room(self, h):
        if self.y + h > H - self.bottom:
            self.new_page()

    def wrap(self, s, w, st="r", px=None, first=0):
        out, cur, lim = [], "", w - first
        for word in s.split():
            t = cur + " " + word if cur else word
            if not cur or self.width(t, st, px) <= lim:
                cur = t
            else:
                out.append(cur)
                cur, lim = word, w
        return out + ([cur] if cur else [])

    def para(self, s, st="r", indent=None, align="left", x=None, w=None,
             px=None, after=0.2):
        x = self.left if x is None else x
        w = self.textw if w is None else w
        px = px or self.px
        lead = self.lead * px / self.px
        ind = self.px * 1.2 if indent is None else indent
        for i, ln in enumerate(self.wrap(s, w, st, px, ind)):
            self.room(lead)
            self.y += lead
            lw = self.width(ln, st, px)
            if align == "center":
                self.text(x + (w - lw) / 2, self.y, ln, st, px)
            elif align == "right":
                self.text(x + w - lw, self.y, ln, st, px)
            else:
                self.text(x + (ind if i == 0 else 0), self.y, ln, st, px)
        self.y += lead * after

    def centred(self, s, x, w, y, st="b", px=None):
        lw = self.width(s, st, px)
        self.text(x + (w - lw) / 2, y, s, st, px)
        return x + (w - lw) / 2, lw

    def skip(self, k=1.0):
        self.y += self.lead * k


class Table:
    """cols: list of (label, sublabel or None, width share, align).  Columns
    that share a label and carry sublabels are merged under one header cell.
    rows: lists of cell texts; a cell None continues the cell above (merged
    vertically, as a holder's name over two of their parcels)."""

    def __init__(self, flow, cols, ruled, px=None, pad=16):
        self.f, self.cols, self.ruled = flow, cols, ruled
        self.px = px or flow.px * 0.9
        self.lead = flow.lead * self.px / flow.px
        self.pad = pad
        x0, tw = flow.left - 30, flow.textw + 60
        tot = sum(c[2] for c in cols)
        self.xs = [x0]
        for c in cols:
            self.xs.append(self.xs[-1] + tw * c[2] / tot)

    def cellw(self, i, j=None):
        j = i + 1 if j is None else j
        return self.xs[j] - self.xs[i] - 2 * self.pad

    def lines_of(self, s, i, st, j=None):
        return self.f.wrap(s, self.cellw(i, j), st, self.px) if s else []

    def put(self, lines, i, j, top, st, align):
        f = self.f
        for k, ln in enumerate(lines):
            y = top + self.lead * (k + 1)
            lw = f.width(ln, st, self.px)
            if align == "c":
                x = (self.xs[i] + self.xs[j] - lw) / 2
            elif align == "r":
                x = self.xs[j] - self.pad - lw
            else:
                x = self.xs[i] + self.pad
            f.text(x, y, ln, st, self.px)

    def header(self):
        f, cols = self.f, self.cols
        two = any(c[1] for c in cols)
        top = f.y + self.lead * 0.3
        # Spans of the top header row: (label, first col, last col + 1, sub).
        spans, i = [], 0
        while i < len(cols):
            j = i + 1
            while cols[i][1] and j < len(cols) and cols[j][0] == cols[i][0]:
                j += 1
            spans.append((cols[i][0], i, j, bool(cols[i][1])))
            i = j
        h1 = max(len(self.lines_of(s[0], s[1], "b", s[2])) for s in spans
                 if s[3] or not two) if two else 0
        h1 = h1 * self.lead + self.lead * 0.5 if two else 0
        subs = [len(self.lines_of(c[1], i, "b")) for i, c in enumerate(cols)
                if c[1]]
        h2 = (max(subs) * self.lead + self.lead * 0.5) if subs else 0
        full = [len(self.lines_of(s[0], s[1], "b", s[2])) for s in spans
                if not s[3]]
        h = max(h1 + h2, max(full or [0]) * self.lead + self.lead * 0.5)
        f.room(h + 3 * self.lead)
        top = f.y + self.lead * 0.3
        for lab, i, j, sub in spans:
            ls = self.lines_of(lab, i, "b", j)
            if sub:
                self.put(ls, i, j, top, "b", "c")
                for k in range(i, j):
                    self.put(self.lines_of(cols[k][1], k, "b"), k, k + 1,
                             top + h1, "b", "c")
                if self.ruled:
                    f.rule(self.xs[i], top + h1, self.xs[j], top + h1)
                    for k in range(i + 1, j):
                        f.rule(self.xs[k], top + h1, self.xs[k], top + h)
            else:
                off = (h - len(ls) * self.lead - self.lead * 0.5) / 2
                self.put(ls, i, j, top + off, "b", "c")
        if self.ruled:
            f.rule(self.xs[0], top, self.xs[-1], top)
            for lab, i, j, sub in spans:
                f.rule(self.xs[i], top, self.xs[i], top + h)
            f.rule(self.xs[-1], top, self.xs[-1], top + h)
            f.rule(self.xs[0], top + h, self.xs[-1], top + h)
        else:
            f.rule(self.xs[0], top + h, self.xs[-1], top + h, 2)
        f.y = top + h

    def row(self, cells, st="r", span=1, repeat=True):
        """One body row; span > 1 merges its first span cells (a totals
        row).  Goes to the next page (header repeated when repeat) when it
        does not fit."""
        f = self.f
        cells = [cells[0]] + [""] * (span - 1) + list(cells[1:]) \
            if span > 1 else list(cells)
        groups = [(0, span)] + [(k, k + 1) for k in range(span, len(cells))]
        ls = [self.lines_of(cells[i] or "", i, st, j) for i, j in groups]
        h = max(1, max(len(x) for x in ls)) * self.lead + self.lead * 0.5
        if f.y + h > H - f.bottom:
            f.new_page()
            if repeat:
                self.header()
            elif self.ruled:
                f.rule(self.xs[0], f.y, self.xs[-1], f.y)
        top = f.y
        for (i, j), x in zip(groups, ls):
            self.put(x, i, j, top, st, "l" if span > 1 and i == 0
                     else self.cols[i][3])
        if self.ruled:
            for i, j in groups:
                f.rule(self.xs[i], top, self.xs[i], top + h)
            f.rule(self.xs[-1], top, self.xs[-1], top + h)
            f.rule(self.xs[0], top + h, self.xs[-1], top + h)
        f.y = top + h
        return top

    def erase_above(self, top, cols):
        """Whiten the rule above the cells cols of the row at top: they
        continue the cell above."""
        if not self.ruled:
            return
        for i in cols:
            self.f.raw(f"stroke none\nfill white\nrectangle"
                       f" {self.xs[i] + 3:.0f},{top - 4:.0f}"
                       f" {self.xs[i + 1] - 3:.0f},{top + 4:.0f}\nfill black")


def render(page, out_png):
    """page's ops drawn on white A4 into out_png (8-bit grey)."""
    import subprocess, tempfile
    with tempfile.NamedTemporaryFile("w", suffix=".mvg", delete=False,
                                     encoding="utf-8") as m:
        m.write(f"viewbox 0 0 {W} {H}\nfill white\nrectangle 0,0 {W},{H}\n"
                "fill black\nstroke none\n")
        m.write("\n".join(page["ops"]) + "\n")
    try:
        subprocess.run(["convert", "mvg:" + m.name,
                        "-colorspace", "Gray", "-depth", "8", out_png],
                       check=True)
    finally:
        os.unlink(m.name)
