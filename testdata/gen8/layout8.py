"""Family 8's page drawing: TrueType advance widths read from the font file,
lines, wrapped paragraphs and ruled tables with merged header cells, drawn
as ImageMagick MVG at 300 dpi; every page keeps the text it prints."""
import functools, struct

FONTS = "/usr/share/fonts/truetype/"
FACES = {
    "Gentium Plus": ("gentiumplus/GentiumPlus-Regular.ttf",
                     "gentiumplus/GentiumPlus-Bold.ttf",
                     "gentiumplus/GentiumPlus-Italic.ttf"),
    "Gentium Book Plus": ("gentiumplus/GentiumBookPlus-Regular.ttf",
                          "gentiumplus/GentiumBookPlus-Bold.ttf",
                          "gentiumplus/GentiumBookPlus-Italic.ttf"),
    "Noto Sans Mono": ("noto/NotoSansMono-Regular.ttf",
                       "noto/NotoSansMono-Bold.ttf",
                       "noto/NotoSansMono-Regular.ttf"),
}


class Metrics:
    """Advance widths of one TrueType font, in em units."""

    def __init__(self, path):
        b = open(path, "rb").read()
        n = struct.unpack(">H", b[4:6])[0]
        t = {}
        for i in range(n):
            tag, _, off, ln = struct.unpack(">4sIII", b[12 + 16 * i:28 + 16 * i])
            t[tag.decode()] = off
        self.upem = struct.unpack(">H", b[t["head"] + 18:t["head"] + 20])[0]
        nh = struct.unpack(">H", b[t["hhea"] + 34:t["hhea"] + 36])[0]
        hm = t["hmtx"]
        self.adv = [struct.unpack(">H", b[hm + 4 * i:hm + 4 * i + 2])[0] for i in range(nh)]
        self.cmap = self._cmap(b, t["cmap"])
        self.seen = {}

    @staticmethod
    def _cmap(b, c):
        n = struct.unpack(">H", b[c + 2:c + 4])[0]
        for i in range(n):
            pid, eid, off = struct.unpack(">HHI", b[c + 4 + 8 * i:c + 12 + 8 * i])
            s = c + off
            if pid == 3 and eid == 1 and struct.unpack(">H", b[s:s + 2])[0] == 4:
                return Metrics._format4(b, s)
        raise ValueError("no Unicode BMP cmap")

    @staticmethod
    def _format4(b, s):
        """A lookup from a code point to its glyph, by the segments of a
        format-4 subtable, asked one character at a time."""
        seg = struct.unpack(">H", b[s + 6:s + 8])[0] // 2
        words = lambda o: struct.unpack(">%dH" % seg, b[o:o + 2 * seg])
        ends, starts = words(s + 14), words(s + 16 + 2 * seg)
        deltas, base = words(s + 16 + 4 * seg), s + 16 + 6 * seg
        ranges = words(base)

        def glyph(cp):
            k = next((i for i, e in enumerate(ends) if e >= cp), None)
            if k is None or starts[k] > cp:
                return 0
            if not ranges[k]:
                return (cp + deltas[k]) % 65536
            at = base + 2 * k + ranges[k] + 2 * (cp - starts[k])
            raw = struct.unpack(">H", b[at:at + 2])[0]
            return (raw + deltas[k]) % 65536 if raw else 0
        return glyph

    def width(self, text, px):
        w = 0
        for ch in text:
            if ch not in self.seen:
                self.seen[ch] = self.cmap(ord(ch))
            w += self.adv[min(self.seen[ch], len(self.adv) - 1)]
        return w * px / self.upem


@functools.lru_cache(maxsize=None)
def metrics(path):
    """The Metrics of a font file, read once."""
    return Metrics(path)


def esc(s):
    """A string as an MVG text operand between single quotes."""
    return s.replace("\\", "\\\\").replace("'", "\\'")


class Page:
    """One page at 300 dpi: MVG drawing commands and the printed lines."""

    def __init__(self, face, px, landscape=False, margins=(354, 200, 260, 200)):
        self.face = face
        self.px = px
        self.w, self.h = (3508, 2480) if landscape else (2480, 3508)
        self.left, self.right, self.top, self.bottom = margins
        self.y = self.top
        self.mvg = []
        self.lines = []
        self.ink = "black"

    def font(self, style):
        return FONTS + FACES[self.face][{"r": 0, "b": 1, "i": 2}[style]]

    def width(self, text, style="r", px=None):
        return metrics(self.font(style)).width(text, px or self.px)

    def draw(self, x, y, text, style="r", px=None, colour=None):
        self.mvg.append("fill '%s' font '%s' font-size %d text %d,%d '%s'" % (
            colour or self.ink, self.font(style), px or self.px, x, y, esc(text)))

    def rule(self, x0, y0, x1, y1, colour="black", width=3):
        self.mvg.append("stroke '%s' stroke-width %d line %d,%d %d,%d stroke none"
                        % (colour, width, x0, y0, x1, y1))

    def room(self):
        return self.h - self.bottom - self.y

    def lead(self, px=None):
        return int((px or self.px) * 1.38)

    def put(self, text, align="l", style="r", px=None, x0=None, x1=None):
        """One line between x0 and x1 (the margins), aligned l, c or r."""
        x0 = self.left if x0 is None else x0
        x1 = self.w - self.right if x1 is None else x1
        w = self.width(text, style, px)
        x = {"l": x0, "c": (x0 + x1 - w) / 2, "r": x1 - w}[align]
        self.y += self.lead(px)
        self.draw(x, self.y, text, style, px)
        return w, x

    def wrap(self, text, width, style="r", px=None, indent=0):
        """Greedy word wrap: the lines of text, each within width (the
        first within width - indent)."""
        lines = [[]]
        for word in text.split(" "):
            lim = width - (indent if len(lines) == 1 else 0)
            if lines[-1] and self.width(" ".join(lines[-1] + [word]), style, px) > lim:
                lines.append([word])
            else:
                lines[-1].append(word)
        return [s for s in (" ".join(ln) for ln in lines) if s]

    def para(self, text, style="r", indent=118, px=None, record=True):
        """A justified-left paragraph with a first-line indent; returns the
        lines printed."""
        width = self.w - self.left - self.right
        lines = self.wrap(text, width, style, px, indent)
        for i, ln in enumerate(lines):
            self.y += self.lead(px)
            self.draw(self.left + (indent if i == 0 else 0), self.y, ln, style, px)
        if record:
            self.lines.extend(lines)
        return lines

    def fits(self, n_lines, px=None):
        return self.room() >= n_lines * self.lead(px)


def table_heights(page, cols, rows, px):
    """The height of each row: its tallest cell's wrapped lines."""
    out = []
    for r in rows:
        n = 1
        for (w, _), cell in zip(cols, r):
            n = max(n, len(page.wrap(cell, w - 24, "r", px)) if cell else 1)
        out.append(n * int(px * 1.25) + 22)
    return out


def draw_cells(page, cols, row, y, h, px, style="r", grid="black", gw=3, ruled=True):
    """One row of cells at y, each cell's text wrapped in its width."""
    x = page.left
    for (w, align), cell in zip(cols, row):
        lines = page.wrap(cell, w - 24, style, px) if cell else []
        ty = y + 8
        for ln in lines:
            ty += int(px * 1.25)
            tw = page.width(ln, style, px)
            tx = {"l": x + 12, "c": x + (w - tw) / 2, "r": x + w - 12 - tw}[align]
            page.draw(tx, ty, ln, style, px)
        if ruled:
            page.rule(x, y, x, y + h, grid, gw)
        x += w
    if ruled:
        page.rule(x, y, x, y + h, grid, gw)
        page.rule(page.left, y + h, x, y + h, grid, gw)
