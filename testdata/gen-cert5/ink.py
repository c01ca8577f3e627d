"""Drawing for gen-cert5: a page is a list of MVG primitives at 200 dpi,
rendered by ImageMagick through an mvg: file, then given its scan look.

Everything random here takes the caller's random.Random, so a file is
reproduced from its own seed."""
import math, os, subprocess

DPI = 200
FONTS = "/usr/share/fonts/truetype/dejavu/DejaVu%s.ttf"
# body roman, bold, italic; titles; typed register entries; hand entries
BODY, BODY_B, BODY_I = (FONTS % ("Serif" + s) for s in ("", "-Bold", "-Italic"))
HEAD, HAND = FONTS % "Sans-Bold", FONTS % "Sans-Oblique"
TYPED = "/usr/share/fonts/truetype/croscore/Cousine-Regular.ttf"
RED = "#c8102e"
BLUE = "#1f3fa0"
INK = "#1a1a1a"

PAPERS = {  # paper, guilloche line colour
    "pink": ("#f9e4e6", "#eab2bb"),
    "yellow": ("#fbf3cf", "#e3cf86"),
    "greengrey": ("#e9eee6", "#b9c7b5"),
    "white": ("#fdfdfb", None),
}


def q(s):
    return s.replace("\\", "\\\\").replace("'", "\\'")


class Page:
    """One page: size in pixels at 200 dpi, its paper and what is drawn."""

    def __init__(self, w=1654, h=2339, paper="white"):
        self.w, self.h, self.paper = w, h, paper
        self.ops = []
        self.text = []  # the strings printed, for the checker

    def put(self, x, y, s, font=BODY, size=30, fill=INK, anchor="start"):
        self._ctx("font '%s'" % font, "font-size %g" % size, "fill '%s'" % fill,
                  "text-anchor " + anchor, "text %d,%d '%s'" % (x, y, q(s)))
        self.text.append(s)

    def wrap(self, x, y, s, width, size=30, font=BODY, lead=1.45, fill=INK, indent=0, cw=0.56):
        """Wraps s to width pixels (cw: a letter's width in em); returns the
        y under the last line."""
        per = max(10, int(width / (size * cw)))
        words, line, lines = s.split(" "), "", []
        for w in words:
            cap = per - (indent // int(size * cw) if not lines else 0)
            if line and len(line) + 1 + len(w) > cap:
                lines.append(line)
                line = w
            else:
                line = (line + " " + w).strip()
        lines.append(line)
        for i, ln in enumerate(lines):
            self.put(x + (0 if i else indent), y, ln, font, size, fill)
            y += int(size * lead)
        self.text.append(s)
        return y

    def _ctx(self, *lines):
        """One primitive in its own graphic context."""
        self.ops.append("\n".join(("push graphic-context",) + lines + ("pop graphic-context",)))

    def line(self, x1, y1, x2, y2, colour=INK, width=2):
        self._ctx("stroke '%s'" % colour, "stroke-width %g" % width,
                  "line %d,%d %d,%d" % (x1, y1, x2, y2))

    def rect(self, x1, y1, x2, y2, colour=INK, width=2, fill="none"):
        self._ctx("stroke '%s'" % colour, "stroke-width %g" % width, "fill '%s'" % fill,
                  "rectangle %d,%d %d,%d" % (x1, y1, x2, y2))

    def poly(self, pts, colour, width=1.0, opacity=1.0):
        self._ctx("stroke '%s'" % colour, "stroke-opacity %g" % opacity,
                  "stroke-width %g" % width, "fill none", "stroke-linejoin round",
                  "polyline " + " ".join("%.1f,%.1f" % p for p in pts))

    def fillbox(self, x1, y1, x2, y2, colour):
        self._ctx("fill '%s'" % colour, "stroke none", "rectangle %d,%d %d,%d" % (x1, y1, x2, y2))

    def glyph(self, x, y, ch, font, size, fill, angle, opacity=1.0):
        self._ctx("font '%s'" % font, "font-size %g" % size, "fill '%s'" % fill,
                  "fill-opacity %g" % opacity, "translate %.1f,%.1f" % (x, y),
                  "rotate %.1f" % angle, "text 0,0 '%s'" % q(ch))

    def mvg(self):
        head = "viewbox 0 0 %d %d\n" % (self.w, self.h)
        paper, _ = PAPERS[self.paper]
        head += "push graphic-context\nfill '%s'\nrectangle 0,0 %d,%d\npop graphic-context\n" % (
            paper, self.w, self.h)
        return head + "\n".join(self.ops) + "\n"


def guilloche(pg, rnd, margin=40):
    """A security pattern of the page's own: bands of interlaced sine waves
    and a rosette in the middle, in the paper's line colour."""
    colour = PAPERS[pg.paper][1]
    if not colour:
        return
    f1, f2 = rnd.uniform(0.010, 0.016), rnd.uniform(0.031, 0.045)
    for band in range(margin, pg.h - margin, 150):
        for k in range(5):
            ph = k * 1.25 + rnd.uniform(0, 0.2)
            pts = [(x, band + 34 * math.sin(x * f1 + ph) + 12 * math.sin(x * f2 - ph))
                   for x in range(margin, pg.w - margin + 1, 8)]
            pg.poly(pts, colour, 1.1, 0.85)
    cx, cy, r0 = pg.w / 2, pg.h / 2, min(pg.w, pg.h) * 0.26
    m = rnd.choice([11, 13, 17])
    for k in range(14):
        pts = []
        for i in range(0, 721):
            t = i * math.pi / 360
            r = r0 * (0.55 + 0.33 * math.sin(m * t + k * 0.45) * math.cos(3 * t))
            pts.append((cx + r * math.cos(t), cy + r * math.sin(t)))
        pg.poly(pts, colour, 1.0, 0.7)
    pg.rect(margin - 14, margin - 14, pg.w - margin + 14, pg.h - margin + 14, colour, 5)
    pg.rect(margin - 2, margin - 2, pg.w - margin + 2, pg.h - margin + 2, colour, 2)


def seal(pg, rnd, cx, cy, ring, centre="", r=118, colour=RED):
    """A round red seal: two rings, the body's name around, a star and the
    unit's name in the middle; translucent like stamp ink over print."""
    op = rnd.uniform(0.55, 0.75)
    for rr, wd in ((r, 7), (r - 14, 3)):
        pts = [(cx + rr * math.cos(i * math.pi / 90), cy + rr * math.sin(i * math.pi / 90))
               for i in range(181)]
        pg.poly(pts, colour, wd, op)
    n = len(ring)
    span = 300.0
    for i, ch in enumerate(ring):
        a = math.radians(-90 - span / 2 + span * (i + 0.5) / n)
        x, y = cx + (r - 40) * math.cos(a), cy + (r - 40) * math.sin(a)
        pg.glyph(x, y, ch, HEAD, 19, colour, math.degrees(a) + 90, op)
    star = []
    for i in range(11):
        a = math.radians(-90 + i * 36)
        rr = 26 if i % 2 == 0 else 11
        star.append((cx + rr * math.cos(a), cy - 22 + rr * math.sin(a)))
    pg.poly(star, colour, 4, op)
    if centre:
        pg.glyph(cx - len(centre) * 6.5, cy + 30, centre, HEAD, 20, colour, 0, op)


def name_stamp(pg, x, y, name, colour=RED):
    """A red rectangular name stamp."""
    w = int(len(name) * 19 + 40)
    pg.rect(x, y - 40, x + w, y + 14, colour, 3)
    pg.glyph(x + 20, y, name, HEAD, 30, colour, 0, 0.8)


def signature(pg, rnd, x, y, colour=BLUE):
    """A blue pen signature: a looped stroke with a flourish."""
    pts, px, py = [], x, y
    for i in range(60):
        px += rnd.uniform(2, 7)
        py = y + 28 * math.sin(i * 0.7 + rnd.uniform(-0.3, 0.3)) - i * 0.6
        pts.append((px, py))
    pts += [(px + 30, y - 50), (x + 10, y + 18), (px + 60, y + 6)]
    pg.poly(pts, colour, 3.2, 0.9)


def hand(pg, rnd, x, y, s, size=34, colour=BLUE):
    """Handwritten-looking text: each letter on its own, leaning and wandering."""
    for ch in s:
        if ch != " ":
            pg.glyph(x, y + rnd.uniform(-3, 3), ch, HAND, size * rnd.uniform(0.93, 1.08),
                     colour, rnd.uniform(-9, 4), 0.95)
        x += size * (0.58 if ch not in "il1.,/" else 0.34) * rnd.uniform(0.95, 1.1)
    pg.text.append(s)
    return x


def qr(pg, rnd, x, y, cell=9, n=29):
    """A QR-looking block: three finder squares and seeded modules."""
    for i in range(n):
        for j in range(n):
            fx = min(i, n - 1 - i) if (i < 7 or i >= n - 7) else 99
            fy = min(j, n - 1 - j) if (j < 7 or j >= n - 7) else 99
            finder = (i < 7 and j < 7) or (i < 7 and j >= n - 7) or (i >= n - 7 and j < 7)
            if finder:
                d = max(abs(i - (3 if i < 7 else n - 4)), abs(j - (3 if j < 7 else n - 4)))
                on = d != 2
            else:
                on = rnd.random() < 0.5
            del fx, fy
            if on:
                pg.fillbox(x + i * cell, y + j * cell, x + (i + 1) * cell - 1,
                           y + (j + 1) * cell - 1, INK)


def emblem(pg, cx, cy, r=70):
    """The national emblem, drawn plainly: a red disc, a star, a ring of rice."""
    pts = [(cx + r * math.cos(i * math.pi / 60), cy + r * math.sin(i * math.pi / 60))
           for i in range(121)]
    pg.poly(pts, "#d4a017", 10)
    pg.poly([(cx + (r - 14) * math.cos(i * math.pi / 60), cy + (r - 14) * math.sin(i * math.pi / 60))
             for i in range(121)], RED, 16)
    star = []
    for i in range(11):
        a = math.radians(-90 + i * 36)
        rr = 30 if i % 2 == 0 else 12
        star.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    pg.poly(star, "#f2c200", 6)


def render(pg, out_png, workdir):
    """Draws the page into an RGB PNG at 200 dpi."""
    mvg = os.path.join(workdir, os.path.basename(out_png) + ".mvg")
    with open(mvg, "w", encoding="utf-8") as f:
        f.write(pg.mvg())
    subprocess.run(["convert", "-size", "%dx%d" % (pg.w, pg.h), "mvg:" + mvg,
                    "-density", str(DPI), "-units", "PixelsPerInch", "-type", "TrueColor",
                    "-define", "png:exclude-chunks=date,time", out_png], check=True)
    os.remove(mvg)
