"""ink10: a laid-out leaf (Leaf) drawn by ImageMagick, given a scan's look,
and written as a PDF of JPEGs or a multi-page TIFF, byte for byte again."""
import os, subprocess

FONTS = {
    "serif": "/usr/share/fonts/truetype/charis/CharisSIL-Regular.ttf",
    "serif-b": "/usr/share/fonts/truetype/charis/CharisSIL-Bold.ttf",
    "serif-i": "/usr/share/fonts/truetype/charis/CharisSIL-Italic.ttf",
    "serif-bi": "/usr/share/fonts/truetype/charis/CharisSIL-BoldItalic.ttf",
    "sans": "/usr/share/fonts/truetype/andika/Andika-Regular.ttf",
    "sans-b": "/usr/share/fonts/truetype/andika/Andika-Bold.ttf",
    "hand": "/usr/share/fonts/truetype/andika/Andika-Italic.ttf",
}
ENV = dict(os.environ, MAGICK_THREAD_LIMIT="1", OMP_NUM_THREADS="1")
MM = 25.4


class Leaf:
    """One printed page: strings and strokes placed in millimetres on paper
    of a colour, with a guilloche pattern or none."""

    def __init__(self, w=210, h=297, paper="#ffffff", guilloche=None):
        self.w, self.h, self.paper, self.guilloche = w, h, paper, guilloche
        self.items = []

    def text(self, x, y, s, size=12, font="serif", ink="#161616", anchor="start"):
        self.items.append(("t", x, y, s, size, font, ink, anchor))

    def line(self, x1, y1, x2, y2, width=0.3, ink="#202020"):
        self.items.append(("l", x1, y1, x2, y2, width, ink))

    def box(self, x1, y1, x2, y2, width=0.3, ink="#202020"):
        for a in ((x1, y1, x2, y1), (x2, y1, x2, y2), (x2, y2, x1, y2), (x1, y2, x1, y1)):
            self.line(*a, width=width, ink=ink)

    def ring(self, x, y, r, width=0.8, ink="#c8202a", opacity=0.75, fill=False):
        self.items.append(("o", x, y, r, width, ink, opacity, fill))

    def curve(self, pts, width=0.5, ink="#1c3aa0", opacity=0.9):
        self.items.append(("p", pts, width, ink, opacity))

    def strings(self):
        """The page's printed strings, in the order drawn."""
        return [it[3] for it in self.items if it[0] == "t"]


def _q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def mvg(leaf, dpi):
    k = dpi / MM
    W, H = int(leaf.w * k), int(leaf.h * k)
    out = ["viewbox 0 0 %d %d" % (W, H)]  # a global stroke-linecap loses circles
    if leaf.guilloche:
        out += _guilloche(leaf, k)
    for it in leaf.items:
        if it[0] == "t":
            _, x, y, s, size, font, ink, anchor = it
            out += ["push graphic-context", "stroke none", "fill " + ink,
                    "font '%s'" % FONTS[font], "font-size %.1f" % (size * dpi / 72.0),
                    "text-anchor " + anchor, "text %.1f,%.1f %s" % (x * k, y * k, _q(s)),
                    "pop graphic-context"]
        elif it[0] == "l":
            _, x1, y1, x2, y2, wd, ink = it
            out += ["push graphic-context", "fill none", "stroke " + ink,
                    "stroke-width %.2f" % max(1.0, wd * k),
                    "line %.1f,%.1f %.1f,%.1f" % (x1 * k, y1 * k, x2 * k, y2 * k),
                    "pop graphic-context"]
        elif it[0] == "o":
            _, x, y, r, wd, ink, op, fill = it
            out += ["push graphic-context", "stroke " + ink, "stroke-opacity %.2f" % op,
                    "stroke-width %.2f" % (wd * k),
                    ("fill %s\nfill-opacity %.2f" % (ink, op)) if fill else "fill none",
                    "circle %.1f,%.1f %.1f,%.1f" % (x * k, y * k, (x + r) * k, y * k),
                    "pop graphic-context"]
        elif it[0] == "p":
            _, pts, wd, ink, op = it
            out += ["push graphic-context", "fill none", "stroke " + ink,
                    "stroke-opacity %.2f" % op, "stroke-width %.2f" % (wd * k),
                    "polyline " + " ".join("%.1f,%.1f" % (a * k, b * k) for a, b in pts),
                    "pop graphic-context"]
    return W, H, "\n".join(out) + "\n"


def _guilloche(leaf, k):
    """Interlaced waves over the leaf, in the pattern's colour."""
    import math
    ink = leaf.guilloche
    out = ["push graphic-context", "fill none", "stroke " + ink, "stroke-width %.2f" % (0.12 * k)]
    for row in range(0, int(leaf.h), 10):
        for phase in (0.0, 1.9):
            pts = []
            for i in range(0, int(leaf.w) + 4, 2):
                y = row + 2.6 * math.sin(i / 6.0 + phase + row / 11.0)
                pts.append("%.1f,%.1f" % (i * k, y * k))
            out.append("polyline " + " ".join(pts))
    out.append("pop graphic-context")
    return out


def draw(leaf, dpi, path, tmp):
    """Draw leaf at dpi into the PNG path."""
    W, H, text = mvg(leaf, dpi)
    m = os.path.join(tmp, "leaf.mvg")
    with open(m, "w", encoding="utf-8") as f:
        f.write(text)
    im(["-size", "%dx%d" % (W, H), "xc:" + leaf.paper, "(", "-background", "none",
        "mvg:" + m, ")", "-composite", "-depth", "8", path])


def im(args):
    subprocess.run(["convert", "-limit", "thread", "1"] + args, check=True, env=ENV)


def size_of(path):
    out = subprocess.run(["identify", "-format", "%w %h", path], check=True,
                         capture_output=True, text=True, env=ENV).stdout.split()
    return int(out[0]), int(out[1])


# ---- looks: each turns a drawn PNG into the scanned image ----

def look(kind, src, dst, seed, dpi, src_dpi=300):
    """Give src (drawn at src_dpi) the look `kind` at `dpi`, written to dst
    (PNG)."""
    w, h = size_of(src)
    sc = "%.4f%%" % (100.0 * dpi / src_dpi)
    s = ["-seed", str(seed)]
    if kind == "glare":  # a laminated leaf under a lamp: a bright sheen, a cast
        sw, sh = w // 10, h // 10  # the sheen drawn small and blurred, then enlarged
        im(s + [src, "(", "-size", "%dx%d" % (sw, sh), "xc:black", "-fill", "white",
                "-draw", "ellipse %d,%d %d,%d 0,360" % (sw * 0.62, sh * 0.38, sw * 0.22,
                                                        sh * 0.12),
                "-blur", "0x%d" % (sw // 14), "-resize", "%dx%d!" % (w, h),
                "-evaluate", "multiply", "0.85", ")",
                "-compose", "screen", "-composite", "-modulate", "100,92",
                "-attenuate", "0.08", "+noise", "Gaussian", "-resize", sc,
                "-quality", "88", dst])
    elif kind == "pale":  # a faded print: ink and pattern washed out
        im(s + [src, "+level", "28%,100%", "-modulate", "104,70", "-resize", sc,
                "-attenuate", "0.08", "+noise", "Gaussian", dst])
    elif kind == "creased":  # folded in four: a cross of creases, grey
        cx, cy = w // 2 + 9, h // 2 - 14
        im(s + [src, "-colorspace", "Gray",
                "(", "-size", "%dx%d" % (w, h), "xc:white", "-stroke", "#9a9a9a",
                "-strokewidth", "7", "-draw", "line %d,0 %d,%d" % (cx, cx + 6, h),
                "-draw", "line 0,%d %d,%d" % (cy, w, cy + 5), "-stroke", "#ffffff",
                "-strokewidth", "3", "-draw", "line %d,0 %d,%d" % (cx + 7, cx + 13, h),
                "-draw", "line 0,%d %d,%d" % (cy + 7, w, cy + 12), "-blur", "0x5", ")",
                "-compose", "multiply", "-composite", "-attenuate", "0.1", "+noise",
                "Gaussian", "-resize", sc, dst])
    elif kind == "photo":  # held at an angle under a warm lamp, on a dark desk
        W, H = int(w * 1.16), int(h * 1.1)
        im(s + [src, "-resize", sc, "-bordercolor", "#3b2a1e", "-border",
                "%dx%d" % (w * 0.08, h * 0.05), "-virtual-pixel", "background",
                "-background", "#3b2a1e", "-distort", "Perspective",
                _quad(W, H), "-fill", "#ffb060", "-colorize", "14%",
                "(", "+clone", "-sparse-color", "Barycentric",
                "0,0 #ffffff %d,%d #707070" % (W, H), ")",
                "-compose", "multiply", "-composite", "-blur", "0x0.8",
                "-attenuate", "0.2", "+noise", "Gaussian", "-quality", "84", dst])
    elif kind == "bilevel":  # a sheet-fed scanner's black and white
        im(s + [src, "-colorspace", "Gray", "-resize", sc, "-attenuate", "0.15",
                "+noise", "Gaussian", "-threshold", "58%", "-type", "bilevel", dst])
    elif kind == "grey":
        im(s + [src, "-colorspace", "Gray", "-resize", sc, "-attenuate", "0.1",
                "+noise", "Gaussian", dst])
    else:  # colour
        im(s + [src, "-resize", sc, "-attenuate", "0.08", "+noise", "Gaussian", dst])


def _quad(w, h):
    """Perspective control points: the far edge narrower, turned a little."""
    pts = [(0, 0, w * 0.09, h * 0.05), (w, 0, w * 0.86, h * 0.02),
           (w, h, w * 0.97, h * 0.95), (0, h, w * 0.02, h * 0.99)]
    return " ".join("%d,%d %d,%d" % p for p in pts)


def spread(left, right, dst):
    """Two leaves side by side, as a certificate scanned open."""
    im([left, right, "+append", dst])


# ---- writers ----

def jpeg(src, dst, quality=85, grey=False):
    im([src] + (["-colorspace", "Gray"] if grey else []) +
       ["-strip", "-quality", str(quality), "-sampling-factor", "2x2", dst])


def rotate(src, dst, deg):
    im([src, "-rotate", str(deg), dst])


def write_pdf(pages, path):
    """pages: (jpeg path, dpi, /Rotate degrees).  A PDF of the JPEGs as they
    are, with no dates and no /ID, so it comes out the same each time."""
    objs = []
    kids = []
    for jp, dpi, rot in pages:
        with open(jp, "rb") as f:
            data = f.read()
        w, h = size_of(jp)
        grey = subprocess.run(["identify", "-format", "%[colorspace]", jp], check=True,
                              capture_output=True, text=True, env=ENV).stdout == "Gray"
        cs = "/DeviceGray" if grey else "/DeviceRGB"
        img = len(objs) + 3
        objs.append(b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace %s"
                    b" /BitsPerComponent 8 /Filter /DCTDecode /Length %d >>\nstream\n"
                    % (w, h, cs.encode(), len(data)) + data + b"\nendstream")
        pw, ph = w * 72.0 / dpi, h * 72.0 / dpi
        draw_ = b"q %.2f 0 0 %.2f 0 0 cm /Im0 Do Q" % (pw, ph)
        objs.append(b"<< /Length %d >>\nstream\n" % len(draw_) + draw_ + b"\nendstream")
        kids.append(len(objs) + 3)
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] /Rotate %d"
                    b" /Resources << /XObject << /Im0 %d 0 R >> >> /Contents %d 0 R >>"
                    % (pw, ph, rot, img, img + 1))
    head = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Count %d /Kids [%s] >>" % (
                len(kids), b" ".join(b"%d 0 R" % k for k in kids))]
    allo = head + objs
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for n, o in enumerate(allo, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % n + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(allo) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(allo) + 1, x)
    with open(path, "wb") as f:
        f.write(out)


def write_tiff(pngs, dpi, path, compress="Group4"):
    """A multi-page TIFF of the PNGs at dpi (G4 for bilevel, JPEG for grey)."""
    args = ["-units", "PixelsPerInch", "-density", str(dpi)]
    for p in pngs:
        args += [p]
    args += ["+set", "date:create", "+set", "date:modify", "-define",
             "tiff:rows-per-strip=64", "-compress", compress]
    if compress == "JPEG":
        args += ["-quality", "70"]
    im(args + [path])
