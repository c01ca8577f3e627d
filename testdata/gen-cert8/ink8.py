"""gen-cert8's drawing: a sheet laid out as MVG, drawn by ImageMagick, then
given the look of a scan (grey 100 dpi, colour JPEG, shrunk, a spread, a
photo at an angle) and written to TIFF or to a PDF of JPEGs.

A Sheet keeps every string it prints (texts) so that --check can test a
truth against the page without drawing it."""
import math, os, subprocess

FONT = "/usr/share/fonts/truetype/noto/"
FONTS = {"serif": FONT + "NotoSerif-Regular.ttf", "serif-b": FONT + "NotoSerif-Bold.ttf",
         "serif-i": FONT + "NotoSerif-Italic.ttf", "sans": FONT + "NotoSansDisplay-Regular.ttf",
         "sans-b": FONT + "NotoSansDisplay-Bold.ttf", "hand": FONT + "NotoSansDisplay-Italic.ttf"}
DPI = 200
RED = "#c8102e"
BLUE = "#1f3c9e"
ENV = dict(os.environ, MAGICK_THREAD_LIMIT="1", OMP_NUM_THREADS="1")


def q(s):
    return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'"


def wrap(s, width):
    out, cur = [], ""
    for w in s.split(" "):
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    return out + ([cur] if cur else [])


class Sheet:
    """A page being laid out: a cursor going down, MVG items, printed texts."""

    def __init__(self, rng, kind, w_mm=210, h_mm=297, bg="white", font="serif", margin=150):
        self.rng, self.kind, self.font = rng, kind, font
        self.W, self.H = int(w_mm / 25.4 * DPI), int(h_mm / 25.4 * DPI)
        self.bg, self.items, self.texts, self.over = bg, [], [], []
        self.x0, self.x1, self.y = margin, self.W - margin, margin + 20

    # -- primitives
    def text(self, x, y, s, size=30, font=None, colour="black", anchor="start", rot=0.0):
        self.texts.append(s)
        g = ["push graphic-context", "font " + q(FONTS[font or self.font]),
             "font-size %d" % size, "fill " + q(colour), "stroke none",
             "text-anchor " + anchor, "translate %d,%d" % (x, y)]
        if rot:
            g.append("rotate %.2f" % rot)
        g += ["text 0,0 " + q(s), "pop graphic-context"]
        self.items.append("\n".join(g))

    def line(self, x1, y1, x2, y2, w=2, colour="black"):
        self.items.append("push graphic-context\nstroke %s\nstroke-width %d\nfill none\n"
                          "line %d,%d %d,%d\npop graphic-context" % (q(colour), w, x1, y1, x2, y2))

    def skip(self, dy):
        self.y += dy

    # -- layout
    def put(self, s, size=30, font=None, align="left", colour="black", indent=0, gap=1.5):
        """Print s wrapped within the margins and move the cursor below it."""
        width = self.x1 - self.x0 - indent
        per = 0.53 if (font or self.font).startswith("serif") else 0.5
        for i, ln in enumerate(wrap(s, int(width / (per * size)))):
            self.y += int(size * gap)
            if align == "center":
                self.text((self.x0 + self.x1) // 2, self.y, ln, size, font, colour, "middle")
            else:
                self.text(self.x0 + indent + (0 if i == 0 else 30), self.y, ln, size, font, colour)

    def hand(self, x, y, s, size=34, colour=BLUE):
        """Words written by hand: blue, each word a little turned and lifted."""
        for w in s.split(" "):
            self.text(x, y + self.rng.randint(-4, 4), w, size, "hand", colour,
                      rot=self.rng.uniform(-4, 3))
            x += int(len(w) * size * 0.52) + int(size * 0.45)
        self.texts.append(s)

    def grid(self, widths, rows, size=26, head=1, font=None, pad=12, hand=()):
        """A ruled table: widths are fractions of the text width; cells wrap;
        the cells (row, column) in hand are written by hand.  Returns the
        columns' x and the rows' (top, bottom)."""
        span = self.x1 - self.x0
        xs = [self.x0]
        for f in widths:
            xs.append(xs[-1] + int(f * span))
        top = self.y + 10
        y = top
        bands = []
        self.line(xs[0], y, xs[-1], y)
        for r, row in enumerate(rows):
            cells = [wrap(c, max(4, int((xs[i + 1] - xs[i] - 2 * pad) /
                                        ((0.62 if (r, i) in hand else 0.53) * size))))
                     for i, c in enumerate(row)]
            n = max(len(c) for c in cells) or 1
            if any((r, i) in hand for i in range(len(row))):
                n += 1
            for i, c in enumerate(cells):
                f = "serif-b" if r < head else font
                for k, ln in enumerate(c):
                    if (r, i) in hand:
                        self.hand(xs[i] + pad, y + int(size * 1.45 * (k + 1)), ln, size + 4)
                    else:
                        self.text(xs[i] + pad, y + int(size * 1.35 * (k + 1)), ln, size, f)
            bands.append((y, y + int(size * 1.35 * n) + pad))
            y += int(size * 1.35 * n) + pad
            self.line(xs[0], y, xs[-1], y)
        for x in xs:
            self.line(x, top, x, y)
        self.y = y
        self.texts.append(" | ".join(" ".join(r) for r in rows))
        return xs, bands

    # -- marks over the print
    def seal(self, cx, cy, r, ring, colour=RED):
        """A round seal: two rings, the body's name round the edge, a star."""
        g = ["push graphic-context", "fill none", "stroke " + q(colour), "stroke-opacity 0.8",
             "stroke-width 6", "circle %d,%d %d,%d" % (cx, cy, cx + r, cy),
             "stroke-width 3", "circle %d,%d %d,%d" % (cx, cy, cx + int(r * 0.72), cy),
             "pop graphic-context"]
        pts = []
        for k in range(10):
            a = math.pi / 2 + k * math.pi / 5
            rr = r * (0.28 if k % 2 == 0 else 0.12)
            pts.append("%d,%d" % (cx + rr * math.cos(a), cy - rr * math.sin(a)))
        g += ["push graphic-context", "fill " + q(colour), "fill-opacity 0.8", "stroke none",
              "polygon " + " ".join(pts), "pop graphic-context"]
        n = len(ring)
        for i, ch in enumerate(ring):
            a = -math.pi * 0.95 + 1.9 * math.pi * i / max(n, 1)
            x, y = cx + r * 0.86 * math.sin(a), cy - r * 0.86 * math.cos(a)
            g += ["push graphic-context", "font " + q(FONTS["sans-b"]), "font-size %d" % int(r * 0.16),
                  "fill " + q(colour), "fill-opacity 0.8", "text-anchor middle",
                  "translate %d,%d" % (x, y), "rotate %.1f" % math.degrees(a),
                  "text 0,%d %s" % (int(r * 0.06), q(ch)), "pop graphic-context"]
        self.over.append("\n".join(g))

    def signature(self, x, y, w=260, colour=BLUE):
        rng = self.rng
        pts = ["M %d,%d" % (x, y)]
        for k in range(6):
            pts.append("C %d,%d %d,%d %d,%d" % (
                x + w * (k + 0.3) / 6, y - rng.randint(20, 70), x + w * (k + 0.6) / 6,
                y + rng.randint(10, 50), x + w * (k + 1) / 6, y + rng.randint(-20, 20)))
        self.over.append("push graphic-context\nfill none\nstroke %s\nstroke-width 4\n"
                         "path '%s'\npop graphic-context" % (q(colour), " ".join(pts)))

    def qr(self, x, y, cell=14, n=29):
        """A QR-like square: three finder squares and a seeded module pattern."""
        g = ["push graphic-context", "fill black", "stroke none"]
        fin = [(0, 0), (n - 7, 0), (0, n - 7)]
        for i in range(n):
            for j in range(n):
                inf = [(i - a, j - b) for a, b in fin if 0 <= i - a < 7 and 0 <= j - b < 7]
                if inf:
                    u, v = inf[0]
                    on = u in (0, 6) or v in (0, 6) or (2 <= u <= 4 and 2 <= v <= 4)
                else:
                    on = self.rng.random() < 0.5
                if on:
                    g.append("rectangle %d,%d %d,%d" % (x + i * cell, y + j * cell,
                                                        x + (i + 1) * cell - 1, y + (j + 1) * cell - 1))
        g.append("pop graphic-context")
        self.items.append("\n".join(g))

    def plan(self, x, y, w, h, edges, parcel, neighbours):
        """A parcel sketch: a skewed quadrilateral, its edge lengths, its
        number in the middle, and the neighbouring parcels' numbers."""
        rng = self.rng
        p = [(x + rng.randint(0, 60), y + rng.randint(0, 50)),
             (x + w - rng.randint(0, 60), y + rng.randint(0, 70)),
             (x + w - rng.randint(0, 40), y + h - rng.randint(0, 50)),
             (x + rng.randint(0, 50), y + h - rng.randint(0, 60))]
        self.items.append("push graphic-context\nfill none\nstroke black\nstroke-width 4\n"
                          "polygon %s\npop graphic-context" % " ".join("%d,%d" % t for t in p))
        for k, e in enumerate(edges):
            a, b = p[k], p[(k + 1) % 4]
            mx, my = (a[0] + b[0]) // 2, (a[1] + b[1]) // 2
            dx = {0: 0, 1: 20, 2: 0, 3: -20}[k]
            dy = {0: -15, 1: 0, 2: 40, 3: 0}[k]
            self.text(mx + dx, my + dy, e, 26, "sans", anchor="middle" if k % 2 == 0 else
                      ("start" if k == 1 else "end"))
        self.text(x + w // 2, y + h // 2, parcel, 34, "sans-b", anchor="middle")
        for (px, py), nb in zip([(x + w // 2, y - 60), (x + w + 120, y + h // 2),
                                 (x + w // 2, y + h + 90), (x - 120, y + h // 2)], neighbours):
            self.text(px, py, nb, 26, "sans", colour="#444444", anchor="middle")

    def guilloche(self, colour, n=46):
        """A security background: crossing sine waves over the sheet."""
        rng = self.rng
        g = ["push graphic-context", "fill none", "stroke " + q(colour), "stroke-width 2"]
        for k in range(n):
            y0 = self.H * k / n
            a, f, ph = rng.uniform(20, 60), rng.uniform(2, 5), rng.uniform(0, 6.3)
            pts = ["%d,%d" % (x, y0 + a * math.sin(f * x / self.W * 6.28 + ph))
                   for x in range(0, self.W + 40, 40)]
            g.append("polyline " + " ".join(pts))
        g.append("pop graphic-context")
        self.items.insert(0, "\n".join(g))

    def mvg(self):
        bgc = {"white": "#fdfdfb", "pink": "#fbe3e6", "yellow": "#f8efc4", "cream": "#f6f1e4",
               "blue": "#e6eef6"}[self.bg]
        head = "viewbox 0 0 %d %d\npush graphic-context\nfill '%s'\nrectangle 0,0 %d,%d\n" \
               "pop graphic-context" % (self.W, self.H, bgc, self.W, self.H)
        return "\n".join([head] + self.items + self.over) + "\n"


def sh(args):
    subprocess.run(args, check=True, env=ENV, stdout=subprocess.DEVNULL)


def draw(sheet, out, tmp):
    mvg = out + ".mvg"
    with open(mvg, "w", encoding="utf-8") as f:
        f.write(sheet.mvg())
    sh(["convert", "mvg:" + mvg, "-strip", out])
    os.remove(mvg)


def look(pngs, scan, out, seed, tmp):
    """Give drawn pages (PNG at 200 dpi) the look of a scan; return
    [(jpeg or png path, dpi, grey)] for the PDF, or write a TIFF at out."""
    s = ["-seed", str(seed)]
    res = []
    for i, p in enumerate(pngs):
        o = os.path.join(tmp, "%s-%d.jpg" % (scan.split("-")[0], i))
        if scan == "colour-150":
            sh(["convert", p] + s + ["-rotate", "0.6", "-resize", "75%", "-attenuate", "0.3",
                                      "+noise", "Gaussian", "-quality", "66", "-strip", o])
            res.append((o, 150, False))
        elif scan == "colour-200":
            sh(["convert", p] + s + ["-rotate", "-0.4", "-attenuate", "0.2", "+noise", "Gaussian",
                                      "-quality", "62", "-strip", o])
            res.append((o, 200, False))
        elif scan == "shrunk-120":
            sh(["convert", p] + s + ["-resize", "60%", "-attenuate", "0.3", "+noise", "Gaussian",
                                      "-quality", "60", "-strip", o])
            res.append((o, 120, False))
        elif scan == "grey-100":
            sh(["convert", p] + s + ["-colorspace", "Gray", "-rotate", "-0.8", "-resize", "50%",
                                      "-attenuate", "0.5", "+noise", "Gaussian", "-level", "8%,92%",
                                      "-quality", "70", "-strip", o])
            res.append((o, 100, True))
        else:
            raise ValueError(scan)
    return res


def spread(left, right, width, seed, tmp, name):
    """Two facing pages side by side, the fold's shadow between, at 94 dpi."""
    o = os.path.join(tmp, name + ".jpg")
    sh(["convert", left, right, "+append", "-seed", str(seed), "-fill", "#00000030",
        "-draw", "rectangle %d,0 %d,4000" % (width - 25, width + 25),
        "-resize", "47%", "-attenuate", "0.4", "+noise", "Gaussian", "-quality", "70", "-strip", o])
    return (o, 94, False)


def photo(page, neighbour, seed, tmp, name):
    """A phone photo: the page at an angle on a dark table, the edge of the
    facing page showing at the left, light falling off to one corner, a
    grey cast."""
    o = os.path.join(tmp, name + ".jpg")
    base = os.path.join(tmp, name + "-flat.png")
    sh(["convert", "-size", "1800x2350", "xc:#3b3128", neighbour, "-geometry", "-1250+140",
        "-composite", page, "-geometry", "+262+108", "-composite", "-strip", base])
    sh(["convert", base, "-virtual-pixel", "edge", "-distort", "Perspective",
        "0,0 70,95  1800,0 1745,22  1800,2350 1792,2334  0,2350 8,2236",
        "(", "-size", "1800x2350", "radial-gradient:#ffffff-#77716c", ")",
        "-compose", "multiply", "-composite", "-modulate", "100,60",
        "-seed", str(seed), "-attenuate", "0.5", "+noise", "Gaussian",
        "-resize", "1500x", "-quality", "66", "-strip", o])
    os.remove(base)
    return (o, 0, False)


def jpeg_size(path):
    with open(path, "rb") as f:
        d = f.read()
    i = 2
    while i < len(d):
        m, ln = d[i + 1], int.from_bytes(d[i + 2:i + 4], "big")
        if m in (0xC0, 0xC1, 0xC2):
            return int.from_bytes(d[i + 7:i + 9], "big"), int.from_bytes(d[i + 5:i + 7], "big"), d[i + 9]
        i += 2 + ln
    raise ValueError("no SOF in " + path)


def write_pdf(pages, out):
    """A PDF of JPEG pages, embedded as they are (no date, no /ID), each
    page sized from its dpi (a photo, dpi 0, is given 150)."""
    objs = []
    kids = []
    for path, dpi, _ in pages:
        w, h, comps = jpeg_size(path)
        with open(path, "rb") as f:
            data = f.read()
        dpi = dpi or 150
        pw, ph = w * 72.0 / dpi, h * 72.0 / dpi
        n = len(objs) + 3
        cs = "/DeviceGray" if comps == 1 else "/DeviceRGB"
        objs.append(b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace %s "
                    b"/BitsPerComponent 8 /Filter /DCTDecode /Length %d >>\nstream\n"
                    % (w, h, cs.encode(), len(data)) + data + b"\nendstream")
        cont = b"q %.2f 0 0 %.2f 0 0 cm /I Do Q" % (pw, ph)
        objs.append(b"<< /Length %d >>\nstream\n" % len(cont) + cont + b"\nendstream")
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] "
                    b"/Resources << /XObject << /I %d 0 R >> >> /Contents %d 0 R >>"
                    % (pw, ph, n, n + 1))
        kids.append(n + 2)
    allo = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids),
                                                          len(kids))] + objs
    buf = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(allo):
        offs.append(len(buf))
        buf += b"%d 0 obj\n" % (i + 1) + o + b"\nendobj\n"
    x = len(buf)
    buf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(allo) + 1)
    for o in offs:
        buf += b"%010d 00000 n \n" % o
    buf += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(allo) + 1, x)
    with open(out, "wb") as f:
        f.write(buf)


def write_tiff(pages, out):
    """A multi-page TIFF of grey JPEG-compressed pages, with their dpi."""
    args = ["convert"]
    for path, dpi, _ in pages:
        args += ["(", path, "-units", "PixelsPerInch", "-density", str(dpi), ")"]
    sh(args + ["-compress", "JPEG", "-quality", "70", "-strip",
               "-define", "tiff:software=", out])
