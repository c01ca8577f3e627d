"""Drawing for gen-cert4: a page is a list of ImageMagick MVG primitives.

Pages are drawn at 200 dpi (a certificate page 1500 x 2080 px, an A4 paper
1654 x 2339 px); scan.py turns the drawn pages into scans.  Text is wrapped
with an estimate of the font's widths (no metrics are read), so a line may
end a little short of the margin, as typed pages do.
"""
import math

FONTS = "/usr/share/fonts/truetype/croscore/"
SERIF = FONTS + "Tinos-Regular.ttf"
SERIF_B = FONTS + "Tinos-Bold.ttf"
SERIF_I = FONTS + "Tinos-Italic.ttf"
SANS_B = FONTS + "Arimo-Bold.ttf"
HAND = "/usr/share/fonts/truetype/dejavu/DejaVuSerifCondensed-Italic.ttf"
RED = "#c8102e"
BLUE = "#1c3f9e"
INK = "#161616"

CERT_W, CERT_H = 1500, 2080
A4_W, A4_H = 1654, 2339


def fill_of(fill, opacity):
    """MVG's fill; an opacity given with fill none would paint black."""
    return ["fill none"] if fill == "none" else ["fill '%s'" % fill,
                                                 "fill-opacity %.2f" % opacity]


def esc(s):
    return s.replace("\\", "\\\\").replace("'", "\\'").replace("%", "%%")


class Page:
    """A page being drawn: its size, background and MVG lines; y is the
    cursor of the running text."""

    def __init__(self, w, h, bg="white", margin=120):
        self.w, self.h, self.bg = w, h, bg
        self.mvg = []
        self.left, self.right = margin, w - margin
        self.y = margin + 20

    # primitives
    def text(self, x, y, s, size=30, font=SERIF, fill=INK, anchor="start", opacity=1.0):
        self.mvg += ["push graphic-context", "font '%s'" % font, "font-size %d" % size,
                     "fill '%s'" % fill, "fill-opacity %.2f" % opacity, "stroke none",
                     "text-anchor %s" % anchor, "text %d,%d '%s'" % (x, y, esc(s)),
                     "pop graphic-context"]

    def line(self, x1, y1, x2, y2, color=INK, width=2, opacity=1.0):
        self.mvg += ["push graphic-context", "stroke '%s'" % color, "stroke-width %g" % width,
                     "stroke-opacity %.2f" % opacity, "fill none",
                     "line %d,%d %d,%d" % (x1, y1, x2, y2), "pop graphic-context"]

    def rect(self, x1, y1, x2, y2, color=INK, width=2, fill="none", opacity=1.0):
        self.mvg += ["push graphic-context", "stroke '%s'" % color, "stroke-width %g" % width,
                     "stroke-opacity %.2f" % opacity, *fill_of(fill, opacity),
                     "rectangle %d,%d %d,%d" % (x1, y1, x2, y2), "pop graphic-context"]

    def poly(self, pts, color=INK, width=2, fill="none", closed=True, opacity=1.0):
        kind = "polygon" if closed else "polyline"
        self.mvg += ["push graphic-context", "stroke '%s'" % color, "stroke-width %g" % width,
                     "stroke-opacity %.2f" % opacity, *fill_of(fill, opacity),
                     kind + " " + " ".join("%.1f,%.1f" % p for p in pts),
                     "pop graphic-context"]

    def circle(self, cx, cy, r, color=INK, width=2, fill="none", opacity=1.0):
        self.mvg += ["push graphic-context", "stroke '%s'" % color, "stroke-width %g" % width,
                     "stroke-opacity %.2f" % opacity, *fill_of(fill, opacity),
                     "circle %d,%d %d,%d" % (cx, cy, cx + r, cy), "pop graphic-context"]

    # running text
    def say(self, s, size=30, font=SERIF, fill=INK, x=None, step=None):
        self.text(self.left if x is None else x, self.y, s, size, font, fill)
        self.y += step or int(size * 1.45)

    def centre(self, s, size=30, font=SERIF_B, fill=INK, cx=None, step=None):
        self.text(self.w // 2 if cx is None else cx, self.y, s, size, font, fill, "middle")
        self.y += step or int(size * 1.45)

    def para(self, s, size=30, font=SERIF, fill=INK, indent=0, x=None, right=None, first=None):
        """Running text wrapped between x (left margin) and right; the first
        line starts `first` px further in.  Returns the lines drawn."""
        x = self.left if x is None else x
        lines = wrap(s, (right or self.right) - x - indent, size,
                     first=(first or 0))
        for i, ln in enumerate(lines):
            self.text(x + indent + (first or 0 if i == 0 else 0), self.y, ln, size, font, fill)
            self.y += int(size * 1.45)
        return lines


def width(s, size):
    """An estimate of a Times-like line's width in px."""
    w = 0.0
    for c in s:
        if c in "iljtf.,;:!'|() ":
            w += 0.28
        elif c.isupper() or c in "mwMW":
            w += 0.70
        else:
            w += 0.49
    return w * size


def wrap(s, room, size, first=0):
    out, cur = [], ""
    for word in s.split():
        trial = (cur + " " + word).strip()
        if cur and width(trial, size) > room - (first if not out else 0):
            out.append(cur)
            cur = word
        else:
            cur = trial
    if cur:
        out.append(cur)
    return out


def guilloche(page, rng, tint, line, rosette=True):
    """A security background of our own: bands of phase-shifted waves and a
    central rosette of hypotrochoids, in thin lines of the form's tint."""
    w, h = page.w, page.h
    page.rect(0, 0, w, h, color=tint, width=0, fill=tint)
    amp, lam = rng.uniform(18, 30), rng.uniform(140, 220)
    for band in range(0, h + 60, 60):
        for k in range(3):
            ph = k * 2.1 + band * 0.013
            pts = [(x, band + amp * math.sin(2 * math.pi * x / lam + ph))
                   for x in range(-10, w + 20, 14)]
            page.poly(pts, color=line, width=1.2, closed=False, opacity=0.55)
    if rosette:
        cx, cy, R, r, d = w / 2, h * 0.52, 330.0, 63.0, 150.0
        for k in range(6):
            pts = []
            for i in range(0, 721):
                t = math.radians(i) * 3
                a = (R - r) * math.cos(t) + d * math.cos((R - r) / r * t + k)
                b = (R - r) * math.sin(t) - d * math.sin((R - r) / r * t + k)
                pts.append((cx + a * 0.9, cy + b * 0.9))
            page.poly(pts, color=line, width=1.3, closed=False, opacity=0.6)
    page.rect(40, 40, w - 40, h - 40, color=line, width=6, opacity=0.8)
    page.rect(56, 56, w - 56, h - 56, color=line, width=2, opacity=0.8)


def star(cx, cy, r):
    pts = []
    for i in range(10):
        a = math.radians(-90 + 36 * i)
        rr = r if i % 2 == 0 else r * 0.38
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    return pts


def emblem(page, cx, cy, r=70):
    """The national emblem, drawn plainly: a red disc, a gold star, a gold
    ring of rice and a cogwheel's base."""
    page.circle(cx, cy, r, color="#c9a227", width=8, fill="#d22a1e")
    page.poly(star(cx, cy - r * 0.12, r * 0.55), color="#e8c13a", width=1, fill="#f2cd3c")
    page.rect(cx - r * 0.45, cy + r * 0.52, cx + r * 0.45, cy + r * 0.7, color="#c9a227",
              width=2, fill="#e8c13a")


def seal(page, cx, cy, rng, words, r=120, opacity=0.62):
    """A red round seal: two rings, a star, and the office's name around it."""
    page.circle(cx, cy, r, color=RED, width=7, opacity=opacity)
    page.circle(cx, cy, r * 0.62, color=RED, width=4, opacity=opacity)
    page.poly(star(cx, cy, r * 0.4), color=RED, width=1, fill=RED, opacity=opacity)
    s = "  ".join(words) + "  *"
    n = len(s)
    for i, c in enumerate(s):
        a = -180 + 360.0 * i / n
        x = cx + r * 0.81 * math.cos(math.radians(a))
        y = cy + r * 0.81 * math.sin(math.radians(a))
        page.mvg += ["push graphic-context", "translate %.1f,%.1f" % (x, y),
                     "rotate %.1f" % (a + 90), "font '%s'" % SANS_B,
                     "font-size %d" % int(r * 0.2), "fill '%s'" % RED,
                     "fill-opacity %.2f" % opacity, "text-anchor middle",
                     "text 0,%d '%s'" % (int(r * 0.07), esc(c)), "pop graphic-context"]


def name_stamp(page, x, y, lines, opacity=0.7, size=24):
    """A red rectangular name stamp of an office or a signer."""
    wmax = max(width(s, size) for s in lines)
    h = len(lines) * size * 1.35 + 16
    page.rect(x, y, x + wmax + 30, y + h, color=RED, width=4, opacity=opacity)
    for i, s in enumerate(lines):
        page.text(x + 15 + wmax / 2, y + 8 + (i + 0.85) * size * 1.35, s, size, SANS_B, RED,
                  "middle", opacity)


def signature(page, x, y, rng, w=230):
    """A blue pen signature: a loop and a long tail."""
    pts = []
    for i in range(60):
        t = i / 59.0
        pts.append((x + w * t + 25 * math.sin(t * 11 + rng.random()),
                    y - 40 * math.sin(t * 7.5) * (1 - t) + 30 * t + rng.uniform(-3, 3)))
    page.poly(pts, color=BLUE, width=3.5, closed=False, opacity=0.85)
    page.line(x + w * 0.2, y + 42, x + w * 1.05, y + 18, color=BLUE, width=3, opacity=0.8)


def hand(page, x, y, s, rng, size=30, fill=BLUE):
    """Words written by hand: each word its own slant, height and baseline,
    in pen ink.  Returns the x after the last word."""
    for word in s.split():
        sz = size * rng.uniform(0.92, 1.1)
        page.mvg += ["push graphic-context", "translate %d,%d" % (x, y + rng.uniform(-4, 4)),
                     "rotate %.1f" % rng.uniform(-4, 3), "font '%s'" % HAND,
                     "font-size %d" % sz, "fill '%s'" % fill, "fill-opacity 0.9",
                     "text 0,0 '%s'" % esc(word), "pop graphic-context"]
        x += width(word, sz) * 1.12 + sz * 0.5
    return x


def hand_para(page, x, y, s, right, rng, size=30):
    """Handwritten text wrapped at `right`; returns the y under it."""
    for ln in wrap(s, right - x, size * 1.2):
        hand(page, x, y, ln, rng, size)
        y += int(size * 1.55)
    return y
