"""gen5's page engine: flows headers, paragraphs, tables and signature
blocks onto A4 pages at 300 dpi as ImageMagick MVG, and keeps each page's
printed text for the truth.  Text widths are estimated from each font's mean
letter width, measured once with ImageMagick."""
import subprocess

FONTDIR = "/usr/share/fonts/truetype/"
FONTS = {
    # name: (regular, bold, italic, mono)
    "FreeSerif": ("freefont/FreeSerif", "freefont/FreeSerifBold",
                  "freefont/FreeSerifItalic", False),
    "DejaVuSerifCondensed": ("dejavu/DejaVuSerifCondensed",
                             "dejavu/DejaVuSerifCondensed-Bold",
                             "dejavu/DejaVuSerifCondensed-Italic", False),
    "DejaVuSansCondensed": ("dejavu/DejaVuSansCondensed",
                            "dejavu/DejaVuSansCondensed-Bold",
                            "dejavu/DejaVuSansCondensed-Oblique", False),
    "FreeMono": ("freefont/FreeMono", "freefont/FreeMonoBold",
                 "freefont/FreeMonoOblique", True),
    "FreeSans": ("freefont/FreeSans", "freefont/FreeSansBold",
                 "freefont/FreeSansOblique", False),
}
SAMPLE = ("Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013; Điều 1. Giao cho hộ "
          "ông Nguyễn Văn Hải, thửa đất số 214, tờ bản đồ số 9, diện tích")
_em = {}

W, H = 2480, 3508          # A4 at 300 dpi
DPI = 300


def font_path(name, weight="r"):
    f = FONTS[name]
    return FONTDIR + {"r": f[0], "b": f[1], "i": f[2]}[weight] + ".ttf"


def em_width(name, weight="r"):
    """Mean advance of a letter of font name, in ems."""
    key = (name, weight)
    if key not in _em:
        out = subprocess.run(["convert", "-font", font_path(name, weight),
                              "-pointsize", "40", "label:" + SAMPLE,
                              "-format", "%w", "info:"],
                             capture_output=True, text=True, check=True)
        _em[key] = int(out.stdout) / 40.0 / len(SAMPLE)
    return _em[key]


def esc(s):
    return s.replace("\\", "\\\\").replace('"', '\\"')


class Style:
    def __init__(self, font, pt, leading, typewriter=False, margins=None):
        self.font, self.pt, self.leading = font, pt, leading
        self.px = pt * DPI / 72.0
        self.typewriter = typewriter
        self.left, self.right, self.top, self.bottom = margins or (354, 236, 260, 260)

    def width(self, s, weight="r", px=None):
        return len(s) * em_width(self.font, weight) * (px or self.px)


class Doc:
    """Pages of MVG and printed text; y is the baseline cursor."""

    def __init__(self, style, rng):
        self.st, self.rng = style, rng
        self.pages = []
        self.new_page()

    def new_page(self):
        self.mvg, self.text = [], []
        self.pages.append((self.mvg, self.text))
        self.y = self.st.top + self.st.px

    @property
    def lh(self):
        return self.st.px * self.st.leading

    def room(self, lines=1):
        if self.y + (lines - 1) * self.lh > H - self.st.bottom:
            self.new_page()

    def put(self, x, y, s, weight="r", anchor="start", px=None, fill="black"):
        """Draw s at baseline y; x is its start, middle or end."""
        st, px = self.st, px or self.st.px
        if st.typewriter and anchor == "start" and weight != "b":
            # Typewriter: fixed advance, each letter struck a little apart.
            adv = em_width(st.font, weight) * px
            for i, ch in enumerate(s):
                if ch == " ":
                    continue
                dy = self.rng.uniform(-1.6, 1.6)
                g = self.rng.randint(0, 70)
                self.mvg.append(
                    f'font "{font_path(st.font, weight)}"\nfont-size {px:.1f}\n'
                    f'fill "rgb({g},{g},{g})"\n'
                    f'text {x + i * adv:.1f},{y + dy:.1f} "{esc(ch)}"')
            return
        self.mvg.append(f'font "{font_path(st.font, weight)}"\nfont-size {px:.1f}\n'
                        f'fill "{fill}"\ntext-anchor {anchor}\n'
                        f'text {x:.1f},{y:.1f} "{esc(s)}"\ntext-anchor start')

    def rule(self, x0, y0, x1, y1, w=2.5):
        self.mvg.append(f'stroke black\nstroke-width {w}\nline {x0:.1f},{y0:.1f} '
                        f'{x1:.1f},{y1:.1f}\nstroke none')

    # -- flowing elements ------------------------------------------------
    def wrap(self, s, width, weight="r", px=None):
        words, lines, cur = s.split(), [], ""
        for w in words:
            t = (cur + " " + w).strip()
            if cur and self.st.width(t, weight, px) > width:
                lines.append(cur)
                cur = w
            else:
                cur = t
        if cur:
            lines.append(cur)
        return lines

    def para(self, s, indent=0, first=None, weight="r", gap=0.25):
        """A paragraph: first line indented by first (px), the rest by indent."""
        st = self.st
        first = indent if first is None else first
        width = W - st.left - st.right
        lines, rest = [], s
        # first line width differs; wrap greedily twice
        l1 = self.wrap(rest, width - first, weight)
        if l1:
            lines.append(l1[0])
            rest = s[len(l1[0]):].strip()
            if rest:
                lines += self.wrap(rest, width - indent, weight)
        for i, ln in enumerate(lines):
            self.room()
            self.put(st.left + (first if i == 0 else indent), self.y, ln, weight)
            self.text.append(ln)
            self.y += self.lh
        self.y += gap * self.lh

    def center(self, s, weight="r", px=None, gap=0.1, under=False):
        self.room()
        px = px or self.st.px
        cx = (self.st.left + W - self.st.right) / 2
        self.put(cx, self.y, s, weight, "middle", px)
        if under:
            hw = min(self.st.width(s, weight, px), 900) / 2 * 0.6
            self.rule(cx - hw, self.y + px * 0.3, cx + hw, self.y + px * 0.3, 2)
        self.text.append(s)
        self.y += self.lh * (px / self.st.px) + gap * self.lh

    def skip(self, lines):
        self.y += lines * self.lh

    def columns(self, cols, gap_after=0.6):
        """Blocks side by side: cols is [(centre x, [(text, weight, under)])];
        the printed text joins a row's pieces with four spaces."""
        self.room(max(len(c[1]) for c in cols))
        y0, rows = self.y, max(len(c[1]) for c in cols)
        for cx, lines in cols:
            y = y0
            for (s, weight, under) in lines:
                if s:
                    self.put(cx, y, s, weight, "middle")
                    if under:
                        hw = self.st.width(s, weight) / 2 * 0.55
                        self.rule(cx - hw, y + self.st.px * 0.32, cx + hw,
                                  y + self.st.px * 0.32, 2)
                y += self.lh
        for r in range(rows):
            parts = [c[1][r][0] for c in cols if r < len(c[1]) and c[1][r][0]]
            if parts:
                self.text.append("    ".join(parts))
        self.y = y0 + rows * self.lh + gap_after * self.lh

    def table(self, heads, widths, rows, ruled="full", repeat=True, px=None,
              aligns=None, bold_rows=()):
        """A table: heads is a list of header rows, each a list of
        (text, span); widths fractions of the text width; rows lists of
        cell strings.  ruled: full (every rule), frame (outer frame and
        header rule), none (rules above and below only).  A table longer
        than the page continues on the next, its header repeated when
        repeat.  Cells wrap inside their column."""
        st = self.st
        px = px or st.px * 0.92
        lh = px * 1.22
        x0 = st.left - 20
        tw = W - st.left - st.right + 40
        xs = [x0]
        for f in widths:
            xs.append(xs[-1] + f * tw)
        aligns = aligns or ["l"] * len(widths)
        pad = 10

        def cell_lines(s, ci, span=1, weight="r"):
            wdt = xs[ci + span] - xs[ci] - 2 * pad
            out = []
            for part in s.split("\n"):
                out += self.wrap(part, wdt, weight, px) or [""]
            return out

        def draw_row(cells, weight, spans=None):
            spans = spans or [1] * len(cells)
            ci, layout = 0, []
            for s, sp in zip(cells, spans):
                layout.append((ci, sp, cell_lines(s, ci, sp, weight)))
                ci += sp
            n = max(len(c[2]) for c in layout)
            hgt = n * lh + 2 * pad
            return layout, hgt

        def emit_row(layout, hgt, weight, top, vcenter):
            txt = []
            for ci, sp, lines in layout:
                a, b = xs[ci], xs[ci + sp]
                off = (hgt - 2 * pad - len(lines) * lh) / 2 if vcenter else 0
                for k, ln in enumerate(lines):
                    y = top + pad + off + (k + 0.8) * lh
                    al = aligns[ci] if sp == 1 and weight != "b" else "c"
                    if al == "r":
                        self.put(b - pad, y, ln, weight, "end", px)
                    elif al == "c":
                        self.put((a + b) / 2, y, ln, weight, "middle", px)
                    else:
                        self.put(a + pad, y, ln, weight, "start", px)
            for k in range(max(len(c[2]) for c in layout)):
                parts = [c[2][k] for c in layout if k < len(c[2]) and c[2][k]]
                if parts:
                    txt.append("    ".join(parts))
            self.text.extend(txt)
            if ruled == "full":
                for ci, sp, _ in layout:
                    self.rule(xs[ci], top, xs[ci], top + hgt, 2)
                self.rule(xs[-1], top, xs[-1], top + hgt, 2)
                self.rule(xs[0], top + hgt, xs[-1], top + hgt, 2)
            elif ruled == "frame":
                self.rule(xs[0], top, xs[0], top + hgt, 2)
                self.rule(xs[-1], top, xs[-1], top + hgt, 2)

        def emit_head():
            top = self.y - st.px
            self.rule(xs[0], top, xs[-1], top, 2.5)
            # merged header cells: a cell of span > 1 over sub-cells
            for hr in heads:
                cells = [h[0] for h in hr]
                spans = [h[1] for h in hr]
                layout, hgt = draw_row(cells, "b", spans)
                emit_row(layout, hgt, "b", top, True)
                if ruled != "none" or hr is heads[-1]:
                    self.rule(xs[0], top + hgt, xs[-1], top + hgt, 2)
                top += hgt
            self.y = top + st.px

        emit_head()
        for ri, r in enumerate(rows):
            weight = "b" if ri in bold_rows else "r"
            layout, hgt = draw_row(r, weight)
            top = self.y - st.px
            if top + hgt > H - st.bottom:
                if ruled != "full":
                    self.rule(xs[0], top, xs[-1], top, 2.5)
                self.new_page()
                if repeat:
                    emit_head()
                else:
                    self.rule(xs[0], self.y - st.px, xs[-1], self.y - st.px, 2)
                top = self.y - st.px
            emit_row(layout, hgt, weight, top, False)
            self.y = top + hgt + st.px
        if ruled != "full":
            self.rule(xs[0], self.y - st.px, xs[-1], self.y - st.px, 2.5)
        self.y += 0.5 * self.lh

    def sign(self, left, right, signer):
        """Nơi nhận on the left, the signature block on the right; returns
        the signer's name box (x, y) for the seal."""
        st = self.st
        self.room(7)
        y0 = self.y
        lx = st.left - 10
        small = st.px * 0.82
        cx = st.left + (W - st.left - st.right) * 0.72
        y = y0
        for i, s in enumerate(left):
            self.put(lx, y, s, "b" if i == 0 else "r", "start", small if i else None)
            y += self.lh * (0.85 if i else 1)
        y = y0
        for s in right:
            self.put(cx, y, s, "b", "middle")
            y += self.lh
        sy = y + 3.2 * self.lh
        self.put(cx, sy, signer, "b", "middle")
        rows = []
        for i in range(max(len(left), len(right))):
            parts = [p for p in ((left[i] if i < len(left) else ""),
                                 (right[i] if i < len(right) else "")) if p]
            rows.append("    ".join(parts))
        self.text.extend(rows)
        self.text.append(signer)
        self.y = max(sy, y0 + len(left) * self.lh * 0.85) + self.lh
        return cx, y0 + 1.5 * self.lh, sy


def render(mvg, out):
    """Write one page's MVG to the greyscale PNG out."""
    src = out + ".mvg"
    with open(src, "w", encoding="utf-8") as f:
        f.write(f"viewbox 0 0 {W} {H}\nfill white\nrectangle 0,0 {W},{H}\n")
        f.write("\n".join(mvg) + "\n")
    subprocess.run(["convert", "mvg:" + src, "-colorspace", "Gray", out],
                   check=True)
