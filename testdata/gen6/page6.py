"""Page layout for gen6: a flow of blocks (header pairs, centred titles,
paragraphs, tables, the closing) laid out on A4 pages at 300 dpi and drawn
as ImageMagick MVG.  Every drawn string is recorded with its place, so the
truth's page_text is what the page shows."""
import os
import subprocess

from ttf6 import Font

DPI = 300
W, H = 2480, 3508
FONTS = "/usr/share/fonts/truetype"
FACES = {
    "serif": ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf",
              "dejavu/DejaVuSerif-Italic.ttf", "dejavu/DejaVuSerif-BoldItalic.ttf"),
    "serifc": ("dejavu/DejaVuSerifCondensed.ttf", "dejavu/DejaVuSerifCondensed-Bold.ttf",
               "dejavu/DejaVuSerifCondensed-Italic.ttf",
               "dejavu/DejaVuSerifCondensed-BoldItalic.ttf"),
    "free": ("freefont/FreeSerif.ttf", "freefont/FreeSerifBold.ttf",
             "freefont/FreeSerifItalic.ttf", "freefont/FreeSerifBoldItalic.ttf"),
    "sans": ("freefont/FreeSans.ttf", "freefont/FreeSansBold.ttf",
             "freefont/FreeSansOblique.ttf", "freefont/FreeSansBoldOblique.ttf"),
    "mono": ("freefont/FreeMono.ttf", "freefont/FreeMonoBold.ttf",
             "freefont/FreeMonoOblique.ttf", "freefont/FreeMonoBoldOblique.ttf"),
}
_cache = {}


def font(face, style):
    """The Font of face ('serif', ...) in style 0 plain, 1 bold, 2 italic,
    3 bold italic."""
    path = os.path.join(FONTS, FACES[face][style])
    if path not in _cache:
        _cache[path] = Font(path)
    return _cache[path]


def esc(s):
    return s.replace("\\", "\\\\").replace("'", "\\'")


class Doc:
    """A document being laid out: pages of MVG and the text drawn on each."""

    def __init__(self, face, pt, rng, margins=(354, 236, 200, 236)):
        self.face, self.pt, self.rng = face, pt, rng
        self.left, self.right, self.top, self.bottom = margins
        self.pages, self.items = [], []
        self.new_page()

    # -- pages and primitives
    def new_page(self):
        self.pages.append([])
        self.items.append([])
        self.y = self.top

    @property
    def px(self):
        return self.pt * DPI / 72.0

    def lead(self, pt=None):
        return (pt or self.pt) * DPI / 72.0 * self.spacing

    spacing = 1.32

    def ensure(self, h):
        if self.y + h > H - self.bottom:
            self.new_page()

    def mvg(self, s):
        self.pages[-1].append(s)

    def text(self, x, y, s, style=0, pt=None, align="l", colour="black"):
        """Draws s with its baseline at y; align l (x is the left), c (x is
        the centre) or r (x is the right).  Returns the drawn width."""
        pt = pt or self.pt
        px = pt * DPI / 72.0
        f = font(self.face, style)
        w = f.width(s, px)
        x0 = x - w / 2 if align == "c" else x - w if align == "r" else x
        self.mvg("fill %s font '%s' font-size %.1f text %.1f,%.1f '%s'"
                 % (colour, f.path, px, x0, y, esc(s)))
        self.items[-1].append((y, x0, s))
        return w

    def rule(self, x1, y1, x2, y2, w=3):
        self.mvg("stroke black stroke-width %d line %.1f,%.1f %.1f,%.1f stroke none"
                 % (w, x1, y1, x2, y2))

    def shade(self, x, y, w, h, grey="#c8c8c8"):
        self.mvg("fill '%s' rectangle %.1f,%.1f %.1f,%.1f" % (grey, x, y, x + w, y + h))

    def width(self, s, style=0, pt=None):
        return font(self.face, style).width(s, (pt or self.pt) * DPI / 72.0)

    def wrap(self, s, width, style=0, pt=None, indent=0):
        """s broken into lines no wider than width (the first indent less)."""
        lines, cur = [], ""
        for word in s.split():
            cand = (cur + " " + word) if cur else word
            room = width - (indent if not lines else 0)
            if cur and self.width(cand, style, pt) > room:
                lines.append(cur)
                cur = word
            else:
                cur = cand
        if cur:
            lines.append(cur)
        return lines or [""]

    # -- blocks
    @property
    def tw(self):
        return W - self.left - self.right

    def para(self, s, style=0, pt=None, indent=None, gap=0.25, hang=0):
        """A paragraph, left-aligned, its first line indented."""
        indent = self.px * 1.4 if indent is None else indent
        lead = self.lead(pt)
        for i, ln in enumerate(self.wrap(s, self.tw - hang, style, pt, indent - hang)):
            self.ensure(lead)
            self.y += lead
            x = self.left + (indent if i == 0 else hang)
            self.text(x, self.y, ln, style, pt)
        self.y += lead * gap

    def centre(self, s, style=1, pt=None, width=None, gap=0.1):
        for ln in self.wrap(s, width or self.tw * 0.86, style, pt):
            self.ensure(self.lead(pt))
            self.y += self.lead(pt)
            self.text(self.left + self.tw / 2, self.y, ln, style, pt, "c")
        self.y += self.lead(pt) * gap

    def underline(self, frac=0.22, at=None):
        cx = self.left + self.tw / 2 if at is None else at
        self.rule(cx - self.tw * frac / 2, self.y + self.px * 0.3,
                  cx + self.tw * frac / 2, self.y + self.px * 0.3, 3)
        self.y += self.px * 0.5

    def skip(self, lines):
        self.y += self.lead() * lines

    def columns(self, left, right, split, align=("c", "c"), lrules=(), rrules=()):
        """Two blocks side by side: left in [margin, split), right in
        [split, right margin); each a list of (text, style, pt).  Rules
        under the lines whose indices are in lrules / rrules."""
        xl = (self.left, self.left + (split - self.left) / 2, split - 40)
        xr = (split + 20, split + (W - self.right - split) / 2, W - self.right)
        top = self.y
        ends = []
        for block, xs, al, rules in ((left, xl, align[0], lrules),
                                     (right, xr, align[1], rrules)):
            y = top
            x = xs[0] if al == "l" else xs[1] if al == "c" else xs[2]
            for i, (s, st, pt) in enumerate(block):
                y += self.lead(pt)
                w = self.text(x, y, s, st, pt, al)
                if i in rules:
                    c = x + w / 2 if al == "l" else x if al == "c" else x - w / 2
                    rw = min(w, self.tw * 0.2) * 0.75
                    self.rule(c - rw / 2, y + self.px * 0.35, c + rw / 2,
                              y + self.px * 0.35, 3)
                    y += self.px * 0.3
            ends.append(y)
        self.y = max(ends)

    def table(self, cols, rows, style, pt=None, head_rows=1, repeat=False,
              bold_rows=()):
        """A table.  cols: (header text, width share, align); header text
        may hold "\\n".  rows: lists of cells; a cell None continues the
        cell above it (a merged cell, its text centred on the span).
        style: grid (every rule), hrules (rules above and below the header
        and at the end), shaded (a grey header, no rules), bare (no rules,
        no shading).  Rows of bold_rows are drawn bold (subtotals)."""
        pt = pt or self.pt - 1.5
        lead = self.lead(pt) * 0.92
        pad = 14
        tot = sum(c[1] for c in cols)
        xs = [self.left]
        for c in cols:
            xs.append(xs[-1] + self.tw * c[1] / tot)
        hdr = [[ln for part in c[0].split("\n")
                for ln in self.wrap(part, xs[i + 1] - xs[i] - 2 * pad, 1, pt)]
               for i, c in enumerate(cols)]
        hh = max(len(h) for h in hdr) * lead + 2 * pad
        wrapped = [[self.wrap(c, xs[i + 1] - xs[i] - 2 * pad,
                              1 if r in bold_rows else 0, pt) if c is not None else None
                    for i, c in enumerate(row)] for r, row in enumerate(rows)]
        heights = [max(len(c) for c in row if c is not None) * lead + pad for row in wrapped]

        def head():
            y0 = self.y
            if style == "shaded":
                self.shade(xs[0], y0, xs[-1] - xs[0], hh)
            n = max(len(h) for h in hdr)
            for i, h in enumerate(hdr):
                y = y0 + pad + (n - len(h)) * lead / 2
                for ln in h:
                    y += lead
                    self.text((xs[i] + xs[i + 1]) / 2, y - lead * 0.22, ln, 1, pt, "c")
            if style in ("grid", "hrules"):
                self.rule(xs[0], y0, xs[-1], y0)
                self.rule(xs[0], y0 + hh, xs[-1], y0 + hh)
            if style == "grid":
                for x in xs:
                    self.rule(x, y0, x, y0 + hh)
            self.y = y0 + hh

        self.ensure(hh + heights[0] + lead)
        head()
        r = 0
        while r < len(rows):
            # a merged group stays on one page
            g = r + 1
            while g < len(rows) and any(c is None for c in rows[g]):
                g += 1
            need = sum(heights[r:g])
            if self.y + need > H - self.bottom:
                if style in ("grid", "hrules"):
                    self.rule(xs[0], self.y, xs[-1], self.y)
                self.new_page()
                if repeat:
                    head()
                elif style == "grid":
                    self.rule(xs[0], self.y, xs[-1], self.y)
            self._group(xs, cols, wrapped[r:g], heights[r:g], lead, pad, pt, style,
                        [k - r for k in bold_rows if r <= k < g])
            r = g
        if style in ("grid", "hrules"):
            self.rule(xs[0], self.y, xs[-1], self.y)
        self.y += self.lead() * 0.4

    def _group(self, xs, cols, rows, heights, lead, pad, pt, style, bold):
        y0 = self.y
        for i in range(len(cols)):
            k = 0
            while k < len(rows):
                span = 1
                while k + span < len(rows) and rows[k + span][i] is None:
                    span += 1
                top = y0 + sum(heights[:k])
                h = sum(heights[k:k + span])
                lines = rows[k][i]
                y = top + pad / 2 + (h - pad - len(lines) * lead) / 2 if span > 1 \
                    else top + pad / 2
                al = cols[i][2]
                x = xs[i] + pad if al == "l" else xs[i + 1] - pad if al == "r" \
                    else (xs[i] + xs[i + 1]) / 2
                for ln in lines:
                    y += lead
                    self.text(x, y - lead * 0.22, ln, 1 if k in bold else 0, pt, al)
                if style == "grid":
                    self.rule(xs[0] if i == 0 else xs[i], top + h, xs[i + 1], top + h)
                k += span
        if style == "grid":
            for x in xs:
                self.rule(x, y0, x, y0 + sum(heights))
        self.y = y0 + sum(heights)

    # -- ink
    def seal(self, cx, cy, r, words, colour="#d2232a"):
        """A round red seal: two rings, a star, words around the edge."""
        self.mvg("stroke '%s' stroke-width 9 fill none circle %d,%d %d,%d" % (colour, cx, cy, cx + r, cy))
        self.mvg("stroke '%s' stroke-width 5 fill none circle %d,%d %d,%d"
                 % (colour, cx, cy, cx + int(r * 0.68), cy))
        self.mvg("stroke none")
        pts = []
        import math
        for k in range(10):
            a = math.pi / 2 + k * math.pi / 5
            rr = r * 0.26 if k % 2 == 0 else r * 0.11
            pts.append("%.1f,%.1f" % (cx + rr * math.cos(a), cy - rr * math.sin(a)))
        self.mvg("fill '%s' polygon %s" % (colour, " ".join(pts)))
        f = font("sans", 1)
        n = len(words)
        for k, ch in enumerate(words):
            a = -150 + 300.0 * k / max(n - 1, 1)
            self.mvg("push graphic-context translate %d,%d rotate %.1f fill '%s' font '%s'"
                     " font-size %d text %d,%d '%s' pop graphic-context"
                     % (cx, cy, a, colour, f.path, int(r * 0.2), -int(r * 0.06),
                        -int(r * 0.72), esc(ch)))

    def signature(self, x, y, w, colour="#1f3fa8"):
        r = self.rng
        pts = ["M %d,%d" % (x, y)]
        for k in range(5):
            pts.append("C %d,%d %d,%d %d,%d" % (
                x + w * (k + 0.3) / 5, y - r.randint(40, 120),
                x + w * (k + 0.6) / 5, y + r.randint(20, 90),
                x + w * (k + 1) / 5, y - r.randint(-30, 40)))
        self.mvg("stroke '%s' stroke-width 6 fill none path '%s' stroke none"
                 % (colour, " ".join(pts)))

    # -- output
    def render(self, k, out, colour=False):
        """Page k drawn at 300 dpi into out (PNG, grey or colour)."""
        mvg = out + ".mvg"
        with open(mvg, "w", encoding="utf-8") as f:
            f.write("viewbox 0 0 %d %d\nfill white rectangle 0,0 %d,%d\n" % (W, H, W, H))
            f.write("\n".join(self.pages[k]) + "\n")
        args = ["convert", "-density", "72", "-size", "%dx%d" % (W, H), "mvg:" + mvg]
        args += ["-background", "white", "-alpha", "remove", "-alpha", "off"]
        if not colour:
            args += ["-colorspace", "Gray"]
        subprocess.run(args + [out], check=True)
        os.unlink(mvg)

    def page_text(self):
        """One string per page: lines top to bottom; text at one height in
        several places joined with four spaces."""
        out = []
        for items in self.items:
            rows = []
            for y, x, s in sorted(items):
                if rows and abs(rows[-1][0] - y) < 12:
                    rows[-1][1].append((x, s))
                else:
                    rows.append([y, [(x, s)]])
            out.append("\n".join("    ".join(s for _, s in sorted(r[1])) for r in rows))
        return out
