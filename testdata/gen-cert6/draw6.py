"""draw6: a page as Magick Vector Graphics at 300 dpi, and the text it prints.

A Page gathers MVG drawing commands (text, rules, guilloche, seals, hand
writing, a QR-like code, a plan) and, beside them, every string it prints,
so gen-cert6 --check can ask whether a truth field is on the page."""
import math
import random

DPI = 300
FONTS = {
    "reg": "/usr/share/fonts/truetype/gentiumplus/GentiumBookPlus-Regular.ttf",
    "bold": "/usr/share/fonts/truetype/gentiumplus/GentiumBookPlus-Bold.ttf",
    "ital": "/usr/share/fonts/truetype/gentiumplus/GentiumBookPlus-Italic.ttf",
    "bital": "/usr/share/fonts/truetype/gentiumplus/GentiumBookPlus-BoldItalic.ttf",
    "head": "/usr/share/fonts/truetype/gentiumplus/GentiumPlus-Bold.ttf",
    "mono": "/usr/share/fonts/truetype/noto/NotoSansMono-Regular.ttf",
    "hand": "/usr/share/fonts/truetype/gentiumplus/GentiumPlus-Italic.ttf",
}
WIDTH = {"mono": 0.60, "bold": 0.53, "head": 0.55, "bital": 0.50}
RED, INK, BLUE = "#c8201e", "#161616", "#1d3a9c"


def mm(v):
    return int(round(v * DPI / 25.4))


def px(pt):
    return pt * DPI / 72.0


def esc(s):
    return s.replace("\\", "\\\\").replace('"', '\\"')


class Page:
    """A page w_mm x h_mm; rnd seeds its hand and ink."""

    def __init__(self, rnd, w_mm=210, h_mm=297, paper="white"):
        self.rnd, self.W, self.H, self.paper = rnd, mm(w_mm), mm(h_mm), paper
        self.back, self.ops, self.over, self.texts = [], [], [], []

    def width(self, s, font="reg", pt=12):
        return len(s) * WIDTH.get(font, 0.48) * px(pt)

    def text(self, x, y, s, font="reg", pt=12, fill=INK, anchor="start", keep=True):
        self.ops.append('font "%s" font-size %.1f fill "%s" stroke none text-anchor %s '
                        'text %d,%d "%s"' % (FONTS[font], px(pt), fill, anchor, x, y, esc(s)))
        if keep:
            self.texts.append(s)

    def centre(self, y, s, font="bold", pt=13, fill=INK, x=None):
        self.text(self.W // 2 if x is None else x, y, s, font, pt, fill, "middle")
        return y + int(px(pt) * 1.45)

    def para(self, x, y, w, s, font="reg", pt=12, fill=INK, lead=1.42, indent=0):
        """s wrapped into width w from (x, y); returns the next line's y."""
        words, line, first = s.split(), "", True
        for wd in words:
            cand = (line + " " + wd).strip()
            room = w - (indent if first else 0)
            if line and self.width(cand, font, pt) > room:
                self.text(x + (indent if first else 0), y, line, font, pt, fill)
                y, line, first = y + int(px(pt) * lead), wd, False
            else:
                line = cand
        if line:
            self.text(x + (indent if first else 0), y, line, font, pt, fill)
            y += int(px(pt) * lead)
        return y

    def rule(self, x1, y1, x2, y2, w=2, colour=INK):
        self.ops.append('stroke "%s" stroke-width %d fill none line %d,%d %d,%d'
                        % (colour, w, x1, y1, x2, y2))

    def box(self, x1, y1, x2, y2, w=2, colour=INK):
        self.ops.append('stroke "%s" stroke-width %d fill none rectangle %d,%d %d,%d'
                        % (colour, w, x1, y1, x2, y2))

    def hand(self, x, y, s, pt=13, colour=BLUE, keep=True):
        """s written by hand: letter by letter, each leaning and bobbing."""
        r = self.rnd
        for ch in s:
            if ch != " ":
                self.over.append(
                    'push graphic-context font "%s" font-size %.1f fill "%s" stroke none '
                    'translate %d,%d rotate %.1f skewX -10 text 0,0 "%s" pop graphic-context'
                    % (FONTS["hand"], px(pt) * r.uniform(0.95, 1.12), colour, x,
                       y + r.randint(-3, 3), r.uniform(-7, 5), esc(ch)))
            x += int(px(pt) * (0.45 if ch == " " else r.uniform(0.47, 0.56)))
        if keep:
            self.texts.append(s)
        return x

    def guilloche(self, tint, bands=26, rosette=True):
        """A security background of sine bands and a rosette in tint."""
        r = self.rnd
        out = ['stroke "%s" stroke-width 2 fill none' % tint]
        step = max(12, self.W // 160)
        for b in range(bands):
            y0 = self.H * (b + 0.5) / bands
            amp, per, ph = r.uniform(18, 45), r.uniform(140, 320), r.uniform(0, 6.3)
            for k in range(3):
                pts = ["%d,%d" % (x, y0 + amp * math.sin(x / per + ph + k * 0.9))
                       for x in range(0, self.W + step, step)]
                out.append("polyline " + " ".join(pts))
        if rosette:
            cx, cy, R = self.W // 2, int(self.H * 0.52), min(self.W, self.H) * 0.3
            for k in range(36):
                a0 = k * math.pi / 18
                pts = ["%d,%d" % (cx + R * (0.55 + 0.45 * math.cos(6 * t)) * math.cos(t + a0),
                                  cy + R * (0.55 + 0.45 * math.cos(6 * t)) * math.sin(t + a0))
                       for t in [i * math.pi / 60 for i in range(121)]]
                out.append("polyline " + " ".join(pts))
        self.back.append(" ".join(out))

    def seal(self, cx, cy, ring, middle="", R=None, star=True):
        """A red round seal at (cx, cy): its ring of letters and a star; over the text."""
        r = self.rnd
        R = R or mm(19)
        col = "#d42a2a"
        o = ['push graphic-context fill-opacity 0 stroke "%s" stroke-opacity 0.72 stroke-width 7 '
             'circle %d,%d %d,%d stroke-width 3 circle %d,%d %d,%d' % (col, cx, cy, cx + R, cy, cx, cy,
                                                                       cx + int(R * 0.66), cy)]
        n = len(ring)
        for i, ch in enumerate(ring):
            a = -150 + 300.0 * i / max(n - 1, 1)
            o.append('push graphic-context font "%s" font-size %.1f fill "%s" fill-opacity 0.75 '
                     'stroke-width 1 translate %d,%d rotate %.1f text-anchor middle text 0,%d "%s" '
                     'pop graphic-context' % (FONTS["head"], R * 0.2, col, cx, cy, a,
                                              -int(R * 0.74), esc(ch)))
        if star:
            pts = []
            for k in range(10):
                rr = R * (0.28 if k % 2 == 0 else 0.11)
                a = -math.pi / 2 + k * math.pi / 5 + r.uniform(-0.02, 0.02)
                pts.append("%d,%d" % (cx + rr * math.cos(a), cy - R * 0.12 + rr * math.sin(a)))
            o.append('stroke-width 1 fill "%s" fill-opacity 0.7 polygon %s' % (col, " ".join(pts)))
        if middle:
            o.append('font "%s" font-size %.1f fill "%s" fill-opacity 0.75 stroke-width 1 '
                     'text-anchor middle text %d,%d "%s"' % (FONTS["head"], R * 0.15, col, cx,
                                                             cy + int(R * 0.42), esc(middle)))
        o.append("pop graphic-context")
        self.over.append(" ".join(o))

    def signature(self, x, y, w=None):
        """A blue scribble at (x, y)."""
        r = self.rnd
        w = w or mm(34)
        pts = []
        for i in range(14):
            pts.append("%d,%d" % (x + w * i / 13 + r.randint(-20, 20), y + r.randint(-70, 45)))
        self.over.append('push graphic-context stroke "%s" stroke-width 5 fill none '
                         'stroke-opacity 0.85 path "M %s C %s" pop graphic-context'
                         % (BLUE, pts[0], " ".join(pts[1:13])))

    def qr(self, x, y, size, seed):
        """A QR-like square of modules with its three finder patterns."""
        n, cell = 29, size // 29
        bits = random.Random(seed)
        o = ['push graphic-context stroke none fill "#111"']
        for i in range(n):
            for j in range(n):
                on = bits.random() < 0.45
                for a, b in ((0, 0), (0, n - 7), (n - 7, 0)):
                    if a <= i < a + 7 and b <= j < b + 7:
                        di, dj = i - a, j - b
                        on = di in (0, 6) or dj in (0, 6) or (2 <= di <= 4 and 2 <= dj <= 4)
                if on:
                    o.append("rectangle %d,%d %d,%d" % (x + j * cell, y + i * cell,
                                                        x + (j + 1) * cell - 1, y + (i + 1) * cell - 1))
        o.append("pop graphic-context")
        self.ops.append(" ".join(o))

    def plan(self, x, y, w, h, number, area_txt, neighbours):
        """A parcel sketch in the box (x, y, w, h): its edges with their lengths,
        the parcel's number and area inside, neighbours' numbers outside."""
        r = self.rnd
        cx, cy = x + w // 2, y + h // 2
        n = r.choice([4, 5, 6])
        pts = []
        for k in range(n):
            a = 2 * math.pi * k / n + r.uniform(-0.25, 0.25) + 0.6
            rr = min(w, h) * r.uniform(0.3, 0.42)
            pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
        self.ops.append('stroke "%s" stroke-width 5 fill none polygon %s'
                        % (RED, " ".join("%d,%d" % p for p in pts)))
        for k in range(n):
            (x1, y1), (x2, y2) = pts[k], pts[(k + 1) % n]
            ln = math.hypot(x2 - x1, y2 - y1) / r.uniform(9, 14)
            mx, my = (x1 + x2) / 2, (y1 + y2) / 2
            dx, dy = mx - cx, my - cy
            d = math.hypot(dx, dy) or 1
            self.text(int(mx + dx / d * 45), int(my + dy / d * 45 + 15),
                      ("%.2f" % ln).replace(".", ","), "reg", 8, anchor="middle", keep=False)
            self.text(int(mx + dx / d * 190), int(my + dy / d * 190),
                      "(%s)" % neighbours[k % len(neighbours)], "ital", 8, anchor="middle",
                      keep=False)
        self.text(cx, cy - 20, number, "bold", 11, anchor="middle")
        self.text(cx, cy + 45, area_txt, "reg", 9, anchor="middle")
        ax, ay = x + w - mm(12), y + mm(14)
        self.ops.append('stroke "%s" stroke-width 4 fill "%s" polygon %d,%d %d,%d %d,%d'
                        % (INK, INK, ax, ay - mm(9), ax - mm(2), ay, ax + mm(2), ay))
        self.text(ax, ay - mm(10), "B", "bold", 10, anchor="middle", keep=False)

    def mvg(self):
        head = ["viewbox 0 0 %d %d" % (self.W, self.H), "fill \"%s\" rectangle 0,0 %d,%d"
                % (self.paper, self.W, self.H)]
        return "\n".join(head + self.back + self.ops + self.over) + "\n"
