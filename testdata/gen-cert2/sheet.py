"""The paper of gen-cert2: one certificate page is a list of marks placed in
millimetres on a 190 x 265 mm leaf (text, rules, a guilloche ground, a plan
sketch, a round seal, a signature), drawn at any resolution through
ImageMagick's MVG coder.  Only the font measuring helper of family 2
(testdata/gen2/ttfmetrics.py) is imported."""
import math, os, subprocess, sys, tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__))), "gen2"))
from ttfmetrics import Font  # noqa: E402

FD = "/usr/share/fonts/truetype/"
FACES = {
    "serif": ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf",
              "dejavu/DejaVuSerif-Italic.ttf"),
    "times": ("freefont/FreeSerif.ttf", "freefont/FreeSerifBold.ttf",
              "freefont/FreeSerifItalic.ttf"),
    "sans": ("dejavu/DejaVuSansCondensed.ttf", "dejavu/DejaVuSansCondensed-Bold.ttf",
             "dejavu/DejaVuSansCondensed-Oblique.ttf"),
}
LEAF_W, LEAF_H = 190.0, 265.0
PT = 25.4 / 72.0            # one point in mm
_fonts = {}


def font(path):
    if path not in _fonts:
        _fonts[path] = Font(FD + path)
    return _fonts[path]


class Leaf:
    """One page of a certificate or a dossier paper, in mm from its top left."""

    def __init__(self, face, ground=None, w=LEAF_W, h=LEAF_H):
        self.face, self.ground, self.w, self.h = FACES[face], ground, w, h
        self.marks = []
        self.y = 14.0

    def width(self, s, st="r", pt=11.0):
        return font(self.face["rbi".index(st)]).width(s, pt * PT)

    def text(self, x, y, s, st="r", pt=11.0, colour="black"):
        self.marks.append(("text", x, y, s, st, pt, colour))

    def centred(self, s, y=None, st="b", pt=12.0, x0=0.0, x1=None, colour="black"):
        x1 = self.w if x1 is None else x1
        y = self.y if y is None else y
        self.text(x0 + (x1 - x0 - self.width(s, st, pt)) / 2, y, s, st, pt, colour)
        self.y = y + pt * PT * 1.55

    def wrap(self, s, w, st="r", pt=11.0):
        out, cur = [], ""
        for word in s.split(" "):
            t = (cur + " " + word).strip()
            if cur and self.width(t, st, pt) > w:
                out.append(cur)
                cur = word
            else:
                cur = t
        return out + [cur] if cur else out

    def para(self, s, x=16.0, st="r", pt=11.0, indent=0.0, right=14.0):
        """Text from x to the right margin, wrapped; lines after the first at
        x + indent.  Moves the pen down."""
        lines = self.wrap(s, self.w - right - x, st, pt)
        for k, ln in enumerate(lines):
            self.text(x + (indent if k else 0), self.y, ln, st, pt)
            self.y += pt * PT * 1.5
        return lines

    def rule(self, x1, y1, x2, y2, wmm=0.3, colour="black"):
        self.marks.append(("line", x1, y1, x2, y2, wmm, colour))

    def box(self, x1, y1, x2, y2, wmm=0.3):
        for a in ((x1, y1, x2, y1), (x2, y1, x2, y2), (x1, y2, x2, y2), (x1, y1, x1, y2)):
            self.rule(*a, wmm=wmm)

    def table(self, xs, rows, pt=9.5, head_st="b"):
        """A ruled table: column edges xs (mm), rows of cells (the first row is
        the header, bold), cells wrapped in their column.  Returns each row's
        top y; moves the pen below the table."""
        lead = pt * PT * 1.45
        tops, y = [], self.y
        for r, cells in enumerate(rows):
            st = head_st if r == 0 else "r"
            wrapped = [self.wrap(c, xs[i + 1] - xs[i] - 2.4, st, pt) for i, c in enumerate(cells)]
            h = max(len(w) for w in wrapped) * lead + 2.6
            for i, w in enumerate(wrapped):
                for k, ln in enumerate(w):
                    x = xs[i] + 1.2 if r else xs[i] + (xs[i + 1] - xs[i] - self.width(ln, st, pt)) / 2
                    self.text(x, y + 1.3 + pt * PT + k * lead, ln, st, pt)
            tops.append(y)
            self.rule(xs[0], y, xs[-1], y)
            y += h
        self.rule(xs[0], y, xs[-1], y)
        for x in xs:
            self.rule(x, tops[0], x, y)
        self.y = y + 5
        return tops + [y]

    def seal(self, cx, cy, r=15.0, words=""):
        self.marks.append(("seal", cx, cy, r, words))

    def signature(self, x, y, rng):
        pts = [(x + i * 4.0, y + rng.uniform(-3, 3)) for i in range(7)]
        self.marks.append(("sign", pts))

    def plan(self, x, y, w, h, rng, number):
        """A parcel sketch: a polygon with its edge lengths and the number."""
        k = rng.randint(4, 6)
        pts = []
        for i in range(k):
            a = 2 * math.pi * i / k + rng.uniform(-0.3, 0.3)
            pts.append((x + w / 2 + math.cos(a) * w * rng.uniform(0.3, 0.45),
                        y + h / 2 + math.sin(a) * h * rng.uniform(0.3, 0.45)))
        for i in range(k):
            (x1, y1), (x2, y2) = pts[i], pts[(i + 1) % k]
            self.rule(x1, y1, x2, y2, 0.45)
            d = math.hypot(x2 - x1, y2 - y1) * rng.uniform(0.4, 0.9)
            self.text((x1 + x2) / 2 + 1, (y1 + y2) / 2 - 1, "%.2f" % d, "r", 7.5)
        self.text(x + w / 2 - 4, y + h / 2 + 2, number, "b", 10)

    # drawing -----------------------------------------------------------

    def mvg(self, dpi, ox=0.0):
        """The leaf's marks as MVG at dpi, shifted ox mm to the right."""
        k = dpi / 25.4
        out = []
        if self.ground:
            out += guilloche(self.ground, ox * k, self.w * k, self.h * k, k)
        for m in self.marks:
            out.append(draw(m, k, ox))
        return out


def guilloche(colour, x0, w, h, k):
    """Interlaced sine bands in a light ink over a tinted ground."""
    tint, ink = {"pink": ("#f7dede", "#e9b4bd"), "yellow": ("#f6efc8", "#e4d28c"),
                 "green": ("#e7f1e2", "#bcd7b3")}[colour]
    out = [f"fill {tint}\nstroke none\nrectangle {x0:.0f},0 {x0 + w:.0f},{h:.0f}",
           f"fill none\nstroke {ink}\nstroke-width {max(1, 0.15 * k):.1f}"]
    for band in range(0, int(h), max(6, int(9 * k))):
        for ph in (0.0, math.pi):
            pts = " ".join("%.0f,%.0f" % (x0 + t, band + 2.2 * k * math.sin(t / (6 * k) + ph))
                           for t in range(0, int(w), max(2, int(k))))
            out.append("polyline " + pts)
    out.append("stroke none")
    return out


def draw(m, k, ox):
    kind = m[0]
    if kind == "text":
        _, x, y, s, st, pt, colour = m
        q = s.replace("\\", "\\\\").replace('"', '\\"')
        return (f'fill {colour}\nstroke none\nfont "{FD + FONT_OF[st]}"\n'
                f'font-size {pt * PT * k:.1f}\ntext {(x + ox) * k:.0f},{y * k:.0f} "{q}"')
    if kind == "line":
        _, x1, y1, x2, y2, wmm, colour = m
        return (f"fill none\nstroke {colour}\nstroke-width {max(1.0, wmm * k):.1f}\n"
                f"line {(x1 + ox) * k:.0f},{y1 * k:.0f} {(x2 + ox) * k:.0f},{y2 * k:.0f}\nstroke none")
    if kind == "seal":
        _, cx, cy, r, words = m
        cx, cy, r = (cx + ox) * k, cy * k, r * k
        s = [f"fill none\nstroke-opacity 0.55\nstroke #d0202a\nstroke-width {max(1.5, 0.6 * k):.1f}",
             f"circle {cx:.0f},{cy:.0f} {cx + r:.0f},{cy:.0f}",
             f"circle {cx:.0f},{cy:.0f} {cx + r * 0.72:.0f},{cy:.0f}",
             f"fill #d0202a\nfill-opacity 0.45\nstroke none"]
        star = " ".join("%.0f,%.0f" % (cx + math.cos(a) * rr, cy + math.sin(a) * rr)
                        for i in range(10)
                        for a, rr in [(-math.pi / 2 + i * math.pi / 5, r * (0.3 if i % 2 == 0 else 0.12))])
        s.append("polygon " + star)
        for i, ch in enumerate(words):
            a = math.pi + i * (math.pi * 1.6 / max(1, len(words)))
            s.append(f'font-size {r * 0.2:.1f}\ntext {cx + math.cos(a) * r * 0.86:.0f},'
                     f'{cy + math.sin(a) * r * 0.86:.0f} "{ch}"')
        s.append("fill-opacity 1\nstroke-opacity 1")
        return "\n".join(s)
    if kind == "sign":
        pts = " ".join("%.0f,%.0f" % ((x + ox) * k, y * k) for x, y in m[1])
        return f"fill none\nstroke #1a2a80\nstroke-width {max(1.0, 0.35 * k):.1f}\npolyline {pts}\nstroke none"
    raise ValueError(kind)


FONT_OF = {}


def render(leaves, dpi, out_png):
    """Draw one scan: a leaf alone, or two side by side (an open spread)."""
    k = dpi / 25.4
    w = sum(lf.w for lf in leaves)
    h = max(lf.h for lf in leaves)
    ops = [f"viewbox 0 0 {w * k:.0f} {h * k:.0f}", "fill white",
           f"rectangle 0,0 {w * k:.0f},{h * k:.0f}"]
    ox = 0.0
    for lf in leaves:
        FONT_OF.update({"r": lf.face[0], "b": lf.face[1], "i": lf.face[2]})
        ops += lf.mvg(dpi, ox)
        ox += lf.w
    if len(leaves) > 1:
        ops.append(f"stroke #8a8070\nstroke-width {max(1, 0.5 * k):.0f}\n"
                   f"line {leaves[0].w * k:.0f},0 {leaves[0].w * k:.0f},{h * k:.0f}\nstroke none")
    with tempfile.NamedTemporaryFile("w", suffix=".mvg", delete=False, encoding="utf-8") as m:
        m.write("\n".join(ops) + "\n")
    try:
        subprocess.run(["convert", "-size", "%dx%d" % (w * k, h * k), "mvg:" + m.name,
                        out_png], check=True)
    finally:
        os.unlink(m.name)
