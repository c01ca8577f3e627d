"""page14: A4 pages at 300 dpi drawn with Pillow, and the text they print.

A Sheet keeps a cursor down the page and starts a new page when a block
does not fit.  It sets single lines (left, centred, right), paragraphs
justified with a bold lead, dotted tab leaders, two blocks side by side,
and tables: wrapped cells, rotated header cells, a header cell spanning
sub-columns, full grids or horizontal rules only, a footer on every page.
Each page's text is what it prints, a table row's cells joined by four
spaces, one text line per printed line."""
from PIL import Image, ImageDraw, ImageFont

W, H = 2480, 3508
FACES = {
    "TeX Gyre Adventor": ("/usr/share/texmf/fonts/opentype/public/tex-gyre/texgyreadventor-regular.otf",
                          "/usr/share/texmf/fonts/opentype/public/tex-gyre/texgyreadventor-bold.otf",
                          "/usr/share/texmf/fonts/opentype/public/tex-gyre/texgyreadventor-italic.otf"),
    "Open Sans Condensed": ("/usr/share/fonts/truetype/open-sans/OpenSans-CondLight.ttf",
                            "/usr/share/fonts/truetype/open-sans/OpenSans-CondBold.ttf",
                            "/usr/share/fonts/truetype/open-sans/OpenSans-CondLightItalic.ttf"),
}
SEP = "    "


class Sheet:
    def __init__(self, face, size=48, lead=1.34, left=260, right=200, top=200,
                 bottom=260, footer=None):
        self.face, self.size, self.lead = face, size, lead
        self.L, self.R, self.top, self.bottom = left, W - right, top, H - bottom
        self.footer = footer
        self.pages, self.texts = [], []
        self._cache = {}
        self.new_page()

    def font(self, style="r", size=None):
        key = (style, size or self.size)
        if key not in self._cache:
            path = FACES[self.face]["rbi".index(style)]
            self._cache[key] = ImageFont.truetype(path, key[1])
        return self._cache[key]

    def lh(self, size=None):
        return int((size or self.size) * self.lead)

    def new_page(self):
        self.img = Image.new("L", (W, H), 255)
        self.d = ImageDraw.Draw(self.img)
        self.pages.append(self.img)
        self.texts.append([])
        self.y = self.top

    def ensure(self, h):
        if self.y + h > self.bottom:
            self.new_page()

    def space(self, h):
        self.y += h

    def put(self, x, y, s, style="r", size=None):
        self.d.text((x, y), s, font=self.font(style, size), fill=0)

    def width(self, s, style="r", size=None):
        return self.font(style, size).getlength(s)

    def line(self, s, align="l", style="r", size=None, x=None, record=True):
        """One line; align l, c (about x or the text block's middle) or r."""
        self.ensure(self.lh(size))
        w = self.width(s, style, size)
        if align == "c":
            cx = x if x is not None else (self.L + self.R) / 2
            x0 = cx - w / 2
        elif align == "r":
            x0 = (x if x is not None else self.R) - w
        else:
            x0 = x if x is not None else self.L
        self.put(x0, self.y, s, style, size)
        if record:
            self.texts[-1].append(s)
        self.y += self.lh(size)
        return x0, w

    def wrap(self, words, width, size=None):
        """Words (text, style) into lines no wider than width."""
        lines, cur, cw = [], [], 0
        sp = self.width(" ", "r", size)
        for t, st in words:
            w = self.width(t, st, size)
            if cur and cw + sp + w > width:
                lines.append(cur)
                cur, cw = [], 0
            cur.append((t, st, w))
            cw += (sp if len(cur) > 1 else 0) + w
        if cur:
            lines.append(cur)
        return lines

    def para(self, parts, indent=0, first=70, justify=True, size=None, style="r"):
        """A paragraph: parts is a string or [(text, style)]; the first line
        indented by first, every line by indent."""
        if isinstance(parts, str):
            parts = [(parts, style)]
        words = [(t, st) for s, st in parts for t in s.split()]
        x0 = self.L + indent
        width = self.R - x0
        lines = self.wrap_first(words, width, first, size)
        for k, ln in enumerate(lines):
            self.ensure(self.lh(size))
            x = x0 + (first if k == 0 else 0)
            room = self.R - x - sum(w for _, _, w in ln)
            gaps = len(ln) - 1
            sp = self.width(" ", "r", size)
            if justify and k < len(lines) - 1 and gaps:
                sp = room / gaps
            for t, st, w in ln:
                self.put(x, self.y, t, st, size)
                x += w + sp
            self.texts[-1].append(" ".join(t for t, _, _ in ln))
            self.y += self.lh(size)

    def wrap_first(self, words, width, first, size):
        head = self.wrap(words, width - first, size)
        if len(head) <= 1:
            return head
        n = len(head[0])
        return [head[0]] + self.wrap(words[n:], width, size)

    def leader(self, left, right, indent=0, size=None):
        """left, a row of dots, right flush with the margin (a tab leader)."""
        self.ensure(self.lh(size))
        x = self.L + indent
        wl = self.width(left, "r", size)
        wr = self.width(right, "r", size)
        self.put(x, self.y, left, "r", size)
        self.put(self.R - wr, self.y, right, "r", size)
        dot = self.width(".", "r", size)
        n = max(3, int((self.R - wr - x - wl - 30) / dot))
        self.put(x + wl + 12, self.y, "." * n, "r", size)
        self.texts[-1].append(left + " " + "." * n + " " + right)
        self.y += self.lh(size)

    def sides(self, lrows, rrows, lx, rx, size=None, record=True):
        """Two blocks side by side, each row (text, style), centred on lx and
        rx; a printed line joins them with four spaces."""
        for k in range(max(len(lrows), len(rrows))):
            self.ensure(self.lh(size))
            got = []
            for rows, cx in ((lrows, lx), (rrows, rx)):
                if k < len(rows) and rows[k][0]:
                    t, st = rows[k]
                    self.put(cx - self.width(t, st, size) / 2, self.y, t, st, size)
                    got.append(t)
            if record and got:
                self.texts[-1].append(SEP.join(got))
            self.y += self.lh(size)

    def finish(self):
        """The pages and their texts, a footer drawn on each."""
        n = len(self.pages)
        for k, img in enumerate(self.pages):
            if self.footer:
                s = self.footer(k + 1, n)
                d = ImageDraw.Draw(img)
                f = self.font("i", int(self.size * 0.72))
                d.text((self.L, H - 190), s, font=f, fill=0)
                self.texts[k].append(s)
        return self.pages, ["\n".join(t) for t in self.texts]


class Table:
    """A table: widths in px, aligns ('l', 'c', 'r'), a header of cells, some
    rotated 90 degrees (rot), a group header spanning sub-columns
    (group = (first column, span, text)), rules 'grid' or 'rows'."""

    def __init__(self, sh, widths, aligns, header, rot=(), group=None,
                 rules="grid", size=None, again=False):
        self.sh, self.widths, self.aligns = sh, widths, aligns
        self.header, self.rot, self.group = header, set(rot), group
        self.rules, self.size, self.again = rules, size or sh.size - 4, again
        self.pad = 12
        self.x0 = sh.L + (sh.R - sh.L - sum(widths)) // 2

    def xs(self):
        xs, x = [], self.x0
        for w in self.widths:
            xs.append(x)
            x += w
        return xs + [x]

    def cell_lines(self, s, k, style="r"):
        out = []
        for part in str(s).split("\n"):
            words = [(t, style) for t in part.split()]
            out += [" ".join(t for t, _, _ in ln)
                    for ln in self.sh.wrap(words, self.widths[k] - 2 * self.pad, self.size)] or [""]
        return out

    def draw_header(self):
        sh, xs, size = self.sh, self.xs(), self.size
        lh = sh.lh(size)
        cells = [self.cell_lines(h, k, "b") if k not in self.rot else [h]
                 for k, h in enumerate(self.header)]
        g0, gn, gt = self.group if self.group else (-1, 0, "")
        sub = set(range(g0, g0 + gn))
        rotlen = max([sh.width(self.header[k], "b", size) for k in self.rot] or [0])
        body = max([len(c) * lh for k, c in enumerate(cells) if k not in self.rot and k not in sub] or [lh])
        top = lh + 2 * self.pad if self.group else 0
        subh = max([len(cells[k]) * lh for k in sub] or [0]) + 2 * self.pad
        h = max(body + 2 * self.pad, rotlen + 3 * self.pad, top + subh)
        sh.ensure(h + lh * 2)
        y = sh.y
        d = sh.d
        for k, c in enumerate(cells):
            if k in self.rot:
                t = self.header[k]
                tw = int(sh.width(t, "b", size)) + 4
                im = Image.new("L", (tw, lh), 255)
                ImageDraw.Draw(im).text((2, 0), t, font=sh.font("b", size), fill=0)
                im = im.rotate(90, expand=True)
                px = xs[k] + (self.widths[k] - im.width) // 2
                py = y + h - self.pad - im.height
                sh.img.paste(Image.new("L", im.size, 0), (int(px), int(py)), Image.eval(im, lambda v: 255 - v))
                continue
            yy = y + (top if k in sub else 0)
            hh = subh if k in sub else h
            y1 = yy + (hh - len(c) * lh) // 2
            for ln in c:
                cx = xs[k] + self.widths[k] / 2
                sh.put(cx - sh.width(ln, "b", size) / 2, y1, ln, "b", size)
                y1 += lh
        if self.group:
            cx = (xs[g0] + xs[g0 + gn]) / 2
            sh.put(cx - sh.width(gt, "b", size) / 2, y + self.pad, gt, "b", size)
        # the text: the header's first lines, then the sub-columns
        first = []
        for k, c in enumerate(cells):
            if k == g0:
                first.append(gt)
            if k in sub:
                continue
            first.append(" ".join(c))
        sh.texts[-1].append(SEP.join(first))
        if self.group:
            sh.texts[-1].append(SEP.join(" ".join(cells[k]) for k in sorted(sub)))
        self.rule(y, y + h, header=True)
        sh.y = y + h

    def rule(self, y0, y1, header=False):
        d, xs = self.sh.d, self.xs()
        if self.rules == "grid":
            d.line([(xs[0], y0), (xs[-1], y0)], fill=0, width=3)
            d.line([(xs[0], y1), (xs[-1], y1)], fill=0, width=3)
            g0, gn, _ = self.group if (header and self.group) else (-1, 0, "")
            for k, x in enumerate(xs):
                top = y0
                if header and g0 < k < g0 + gn:
                    top = y0 + self.sh.lh(self.size) + 2 * self.pad
                d.line([(x, top), (x, y1)], fill=0, width=3)
            if header and self.group:
                yy = y0 + self.sh.lh(self.size) + 2 * self.pad
                d.line([(xs[g0], yy), (xs[g0 + gn], yy)], fill=0, width=3)
        else:
            if header:
                d.line([(xs[0], y0), (xs[-1], y0)], fill=0, width=4)
            d.line([(xs[0], y1), (xs[-1], y1)], fill=0, width=4 if header else 2)

    def row(self, cells, style="r"):
        """One row; a new page (and the header again when asked) if it does
        not fit."""
        sh, size = self.sh, self.size
        lh = sh.lh(size)
        lines = [self.cell_lines(c, k, style) for k, c in enumerate(cells)]
        h = max(len(c) for c in lines) * lh + 2 * self.pad
        if sh.y + h > sh.bottom:
            sh.new_page()
            if self.again:
                self.draw_header()
        y, xs = sh.y, self.xs()
        for k, c in enumerate(lines):
            yy = y + self.pad
            for ln in c:
                w = sh.width(ln, style, size)
                a = self.aligns[k]
                x = xs[k] + self.pad if a == "l" else (
                    xs[k + 1] - self.pad - w if a == "r" else xs[k] + (self.widths[k] - w) / 2)
                sh.put(x, yy, ln, style, size)
                yy += lh
        for i in range(max(len(c) for c in lines)):
            sh.texts[-1].append(SEP.join(c[i] for c in lines if i < len(c) and c[i]))
        self.rule(y, y + h)
        sh.y = y + h
