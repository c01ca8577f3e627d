"""gen-cert3's drawing: a page as ImageMagick MVG in points, then rendered,
aged and scanned (bilevel, grey, colour, 94-dpi spreads, phone photos).

Written for family 3 of the certificates only; it shares nothing with the
other generators.  Text widths are estimated from the font size (no font
metrics), and every wrap leaves room for the estimate's error.
"""
import math, os, subprocess

W, H = 538, 751            # one certificate page, 190 x 265 mm, in points
FONTS = {
    "serif": "/usr/share/fonts/truetype/dejavu/DejaVuSerifCondensed.ttf",
    "serif-b": "/usr/share/fonts/truetype/dejavu/DejaVuSerifCondensed-Bold.ttf",
    "serif-i": "/usr/share/fonts/truetype/dejavu/DejaVuSerifCondensed-Italic.ttf",
    "free": "/usr/share/fonts/truetype/freefont/FreeSerif.ttf",
    "free-b": "/usr/share/fonts/truetype/freefont/FreeSerifBold.ttf",
    "free-i": "/usr/share/fonts/truetype/freefont/FreeSerifItalic.ttf",
    "sans": "/usr/share/fonts/truetype/freefont/FreeSans.ttf",
    "sans-b": "/usr/share/fonts/truetype/freefont/FreeSansBold.ttf",
    "mono": "/usr/share/fonts/truetype/freefont/FreeMono.ttf",
    "mono-b": "/usr/share/fonts/truetype/freefont/FreeMonoBold.ttf",
    "hand": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Oblique.ttf",
}
# estimated advance per character, in em, by font
ADV = {"serif": 0.52, "free": 0.46, "sans": 0.5, "mono": 0.60, "hand": 0.52}
BLUE, RED, INK = "#1f3c9c", "#c8242b", "#161616"


def esc(s):
    return s.replace("\\", "\\\\").replace("'", "\\'")


class Page:
    """One page's drawing, in points from its top left."""

    def __init__(self, face="serif", paper="white", guilloche=None):
        self.ops, self.face, self.paper, self.guilloche = [], face, paper, guilloche
        self.y = 40

    def font(self, style):
        base = self.face if style in ("", "r") else self.face + "-" + style
        if style == "hand":
            base = "hand"
        return FONTS.get(base, FONTS[self.face])

    def width(self, s, pt, style=""):
        f = "hand" if style == "hand" else self.face
        return len(s) * pt * ADV.get(f, 0.5) * (1.06 if style == "b" else 1.0)

    def text(self, x, y, s, pt=11, style="", colour=INK, anchor="start", rot=0.0):
        self.ops.append("push graphic-context\nfill '%s'\nfont '%s'\nfont-size %.2f\n"
                        "text-anchor %s\ntranslate %.2f,%.2f\nrotate %.2f\n"
                        "text 0,0 '%s'\npop graphic-context"
                        % (colour, self.font(style), pt, anchor, x, y, rot, esc(s)))

    def centre(self, s, pt=11, style="b", x0=0, x1=W, colour=INK):
        self.y += pt * 1.35
        self.text((x0 + x1) / 2, self.y, s, pt, style, colour, "middle")

    def wrap(self, s, w, pt, style=""):
        """s cut into lines no wider than w (greedy, by words)."""
        out = [[]]
        for word in s.split():
            if out[-1] and self.width(" ".join(out[-1] + [word]), pt, style) > w:
                out.append([])
            out[-1].append(word)
        return [" ".join(x) for x in out if x]

    def para(self, s, pt=11, style="", x0=48, x1=W - 40, indent=0, colour=INK, lead=1.38):
        """Writes s wrapped between x0 and x1; a wrapped line starts at x0 + indent."""
        first = True
        for ln in self.wrap(s, x1 - x0 - (0 if first else indent), pt, style):
            self.y += pt * lead
            self.text(x0 + (0 if first else indent), self.y, ln, pt, style, colour)
            first = False

    def label(self, lab, val, pt=11, x0=48, x1=W - 40, vstyle="", vcolour=INK):
        """A printed label and its value on the same line, wrapped under the label."""
        lw = self.width(lab + " ", pt, "b")
        rest = self.wrap(val, x1 - x0 - lw, pt, vstyle)
        self.y += pt * 1.38
        self.text(x0, self.y, lab, pt, "b")
        self.text(x0 + lw, self.y, rest[0] if rest else "", pt, vstyle, vcolour)
        more = " ".join(rest[1:])
        if more:
            self.para(more, pt, vstyle, x0 + 14, x1, colour=vcolour)

    def line(self, x0, y0, x1, y1, colour=INK, w=0.8):
        self.ops.append("push graphic-context\nstroke '%s'\nstroke-width %.2f\nfill none\n"
                        "line %.2f,%.2f %.2f,%.2f\npop graphic-context" % (colour, w, x0, y0, x1, y1))

    def rect(self, x0, y0, x1, y1, colour=INK, w=0.8, fill="none"):
        self.ops.append("push graphic-context\nstroke '%s'\nstroke-width %.2f\nfill %s\n"
                        "rectangle %.2f,%.2f %.2f,%.2f\npop graphic-context"
                        % (colour, w, fill, x0, y0, x1, y1))

    def table(self, head, rows, widths, pt=10, x0=48, ruled=True, styles=None, colours=None):
        """A table with a header row; every cell wraps in its column.
        styles/colours give a style and a colour per column for the body."""
        xs = [x0]
        for w in widths:
            xs.append(xs[-1] + w)
        top = self.y + 4
        y = top
        for ri, r in enumerate([head] + rows):
            cells = [self.wrap(str(c), widths[i] - 6, pt, "b" if ri == 0 else "")
                     for i, c in enumerate(r)]
            n = max(1, max(len(c) for c in cells))
            h = n * pt * 1.3 + 6
            for i, c in enumerate(cells):
                st = "b" if ri == 0 else (styles[i] if styles else "")
                col = INK if ri == 0 or not colours else colours[i]
                for k, ln in enumerate(c):
                    self.text(xs[i] + 3, y + 3 + (k + 1) * pt * 1.3 - pt * 0.28, ln, pt, st, col)
            if ruled:
                self.line(x0, y, xs[-1], y)
            y += h
        if ruled:
            self.line(x0, y, xs[-1], y)
            for x in xs:
                self.line(x, top, x, y)
        self.y = y + 2

    def stamp(self, cx, cy, r, words, colour=RED):
        """A round seal: two rings, a star and the issuer's name in its ring."""
        self.ops.append("push graphic-context\nfill-opacity 0\nstroke '%s'\nstroke-opacity 0.75\n"
                        "stroke-width 2.2\ncircle %.1f,%.1f %.1f,%.1f\nstroke-width 1\n"
                        "circle %.1f,%.1f %.1f,%.1f\npop graphic-context"
                        % (colour, cx, cy, cx + r, cy, cx, cy, cx + r * 0.66, cy))
        pts = []
        for k in range(10):
            a = -math.pi / 2 + k * math.pi / 5
            rr = r * (0.3 if k % 2 == 0 else 0.12)
            pts.append("%.1f,%.1f" % (cx + rr * math.cos(a), cy + rr * math.sin(a)))
        self.ops.append("push graphic-context\nfill '%s'\nfill-opacity 0.75\nstroke none\n"
                        "polygon %s\npop graphic-context" % (colour, " ".join(pts)))
        n = len(words)
        for i, ch in enumerate(words):
            a = math.pi + (i + 0.5) * math.pi * 1.6 / n - math.pi * 0.3
            x, y = cx + r * 0.83 * math.cos(a), cy + r * 0.83 * math.sin(a)
            self.ops.append("push graphic-context\nfill '%s'\nfill-opacity 0.75\nfont '%s'\n"
                            "font-size %.1f\ntext-anchor middle\ntranslate %.1f,%.1f\n"
                            "rotate %.1f\ntext 0,0 '%s'\npop graphic-context"
                            % (colour, FONTS["sans-b"], r * 0.2, x, y,
                               math.degrees(a) + 90, esc(ch)))

    def sketch(self, rnd, x0, y0, x1, y1, number, area):
        """The parcel plan: a polygon, its edges' lengths, neighbours' numbers."""
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        k = rnd.randint(4, 6)
        pts = []
        for i in range(k):
            a = 2 * math.pi * i / k + rnd.uniform(-0.25, 0.25)
            rr = min(x1 - x0, y1 - y0) * rnd.uniform(0.28, 0.42)
            pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
        self.ops.append("push graphic-context\nstroke '%s'\nstroke-width 1.2\nfill none\n"
                        "polygon %s\npop graphic-context"
                        % (INK, " ".join("%.1f,%.1f" % p for p in pts)))
        for i in range(k):
            (ax, ay), (bx, by) = pts[i], pts[(i + 1) % k]
            d = math.hypot(bx - ax, by - ay) * rnd.uniform(0.18, 0.3)
            self.text((ax + bx) / 2 + 4, (ay + by) / 2 - 3, "%.2f" % d, 7, "", INK)
            self.text(cx + (ax + bx - 2 * cx) * 1.35 / 2, cy + (ay + by - 2 * cy) * 1.35 / 2,
                      str(rnd.randint(10, 400)), 7, "", "#555555", "middle")
        self.text(cx, cy - 2, "(%s)" % number, 9, "b", INK, "middle")
        self.text(cx, cy + 10, area, 8, "", INK, "middle")

    def mvg(self, dpi):
        s = dpi / 72.0
        return "viewbox 0 0 %d %d\naffine %.5f 0 0 %.5f 0 0\n%s\n" % (
            round(W * s), round(H * s), s, s, "\n".join(self.ops))


def run(args):
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL)


def render(page, dpi, path, guilloche_seed=None):
    """Draws page at dpi into a colour PNG."""
    mvg = path + ".mvg"
    with open(mvg, "w", encoding="utf-8") as f:
        f.write(page.mvg(dpi))
    w, h = round(W * dpi / 72.0), round(H * dpi / 72.0)
    bg = ["xc:" + page.paper]
    if page.guilloche and guilloche_seed is not None:
        # a faint pink or green security print: seeded plasma, lightened
        bg = ["-seed", str(guilloche_seed), "plasma:%s-white" % page.guilloche,
              "-blur", "0x1", "-fill", "white", "-colorize", "78%"]
    run(["convert", "-size", "%dx%d" % (w, h)] + bg +
        ["(", "-background", "none", "mvg:" + mvg, ")", "-composite",
         "-type", "TrueColor", path])
    os.unlink(mvg)
