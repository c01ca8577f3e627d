"""Drawing and scanning for gen-cert7: pages as lists of marks, drawn by
ImageMagick from an MVG file, then given a scan's look (colour JPEG, grey
or bilevel TIFF, a shrunk copy, an open spread, a phone photo) and packed
into a PDF whose bytes depend on nothing but the marks."""
import math, os, subprocess

FONTS = {
    "body": "/usr/share/fonts/opentype/ebgaramond/EBGaramond12-Regular.otf",
    "bold": "/usr/share/fonts/truetype/roboto/unhinted/RobotoCondensed-Bold.ttf",
    "ital": "/usr/share/fonts/opentype/ebgaramond/EBGaramond12-Italic.otf",
    "sans": "/usr/share/fonts/truetype/roboto/unhinted/RobotoCondensed-Regular.ttf",
    "sansb": "/usr/share/fonts/truetype/roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "hand": "/usr/share/fonts/truetype/roboto/unhinted/RobotoCondensed-LightItalic.ttf",
    "roman": "/usr/share/fonts/truetype/roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
}
# a rough advance per point of size, to wrap lines before they run off
WIDTH = {"body": 0.47, "bold": 0.5, "ital": 0.44, "sans": 0.47, "sansb": 0.5, "hand": 0.45, "roman": 0.5}

BASE_DPI = 200
A4 = (1654, 2339)
CERT = (1496, 2087)   # a certificate leaf, 19 x 26.5 cm


class Page:
    """A page of marks.  Every text mark is kept in .texts, in order, so the
    checker can see what the page prints without drawing it."""

    def __init__(self, size=A4, paper="white", tint=None, rng=None):
        self.w, self.h = size
        self.paper, self.tint, self.rng = paper, tint, rng
        self.marks, self.texts = [], []
        self.body = "body"   # the font running text is set in

    def text(self, x, y, s, size=30, font="body", fill="#1a1a1a", anchor="start"):
        font = self.body if font == "body" else font
        self.marks.append(("text", x, y, s, size, font, fill, anchor))
        self.texts.append(s)
        return y

    def centre(self, y, s, size=30, font="body", fill="#1a1a1a", x=None):
        return self.text(self.w // 2 if x is None else x, y, s, size, font, fill, "middle")

    def para(self, x, y, width, s, size=30, font="body", fill="#1a1a1a", lead=1.45, indent=0):
        """Wrap s at spaces into width pixels from (x, y); return the next line's y."""
        per = WIDTH[self.body if font == "body" else font] * size
        line, first = "", True
        for word in s.split(" "):
            room = (width - (indent if first else 0)) / per
            if line and len(line) + 1 + len(word) > room:
                self.text(x + (indent if first else 0), y, line, size, font, fill)
                y += int(size * lead)
                line, first = word, False
            else:
                line = (line + " " + word) if line else word
        if line:
            self.text(x + (indent if first else 0), y, line, size, font, fill)
            y += int(size * lead)
        return y

    def hand(self, x, y, s, size=34, fill="#1f3a9e"):
        """Handwriting: word by word, each a little turned and lifted."""
        r = self.rng
        self.texts.append(s)
        for word in s.split(" "):
            self.marks.append(("hand", x, y + r.randint(-3, 3), word, size, r.uniform(-4, 3), fill))
            x += int((len(word) + 1.2) * WIDTH["hand"] * size * r.uniform(1.0, 1.12))
        return y

    def line(self, x1, y1, x2, y2, width=2, colour="#222"):
        self.marks.append(("line", x1, y1, x2, y2, width, colour))

    def rect(self, x1, y1, x2, y2, width=2, colour="#222"):
        self.marks.append(("rect", x1, y1, x2, y2, width, colour))

    def poly(self, pts, width=3, colour="#222"):
        self.marks.append(("poly", pts, width, colour))

    def grid(self, x, y, cols, rows, row_h, size=26, font="body", head=None):
        """A ruled table: cols are widths, rows lists of cell strings (wrapped)."""
        lines = [head] + rows if head else rows
        y0 = y
        for i, row in enumerate(lines):
            f = "bold" if head and i == 0 else font
            hmax = row_h
            cx = x
            for wcol, cell in zip(cols, row):
                yy = self.para(cx + 8, y + size + 6, wcol - 16, cell, size, f) if cell else y
                hmax = max(hmax, yy - y + 6)
                cx += wcol
            self.line(x, y, x + sum(cols), y)
            y += hmax
        self.line(x, y, x + sum(cols), y)
        cx = x
        for wcol in [0] + cols:
            cx += wcol
            self.line(cx, y0, cx, y)
        return y

    def seal(self, cx, cy, r, ring, colour="#d42a2a"):
        self.marks.append(("seal", cx, cy, r, ring, colour, self.rng.uniform(0, 360)))

    def sign(self, x, y, colour="#1d2f8f"):
        r = self.rng
        pts = [(x + i * 22 + r.randint(-8, 8), y + r.randint(-40, 30)) for i in range(9)]
        self.marks.append(("sign", pts, colour))

    def qr(self, x, y, size):
        n = 25
        cell = size // n
        bits = [[self.rng.random() < 0.5 for _ in range(n)] for _ in range(n)]
        for fx, fy in ((0, 0), (n - 7, 0), (0, n - 7)):
            for i in range(7):
                for j in range(7):
                    ring = max(abs(i - 3), abs(j - 3))
                    bits[fy + i][fx + j] = ring != 2
        self.marks.append(("qr", x, y, cell, bits))


def esc(s):
    return s.replace("\\", "\\\\").replace("'", "\\'")


def guilloche(page, tint):
    """Sine bands and a rosette in a faint ink: the security background."""
    out = ["push graphic-context", "fill none", "stroke '%s'" % tint, "stroke-width 1.6"]
    w, h = page.w, page.h
    for k in range(0, h, 46):
        pts = " ".join("%d,%d" % (x, k + 18 * math.sin(x / 37.0 + k / 90.0))
                       for x in range(0, w + 20, 20))
        out.append("polyline " + pts)
    cx, cy = w // 2, int(h * 0.45)
    for k in range(36):
        a = k * math.pi / 18
        pts = " ".join("%d,%d" % (cx + (260 + 60 * math.sin(6 * t / 20.0)) * math.cos(a + t / 60.0),
                                  cy + (260 + 60 * math.sin(6 * t / 20.0)) * math.sin(a + t / 60.0))
                       for t in range(0, 126, 3))
        out.append("polyline " + pts)
    out.append("pop graphic-context")
    return out


def mvg(page):
    out = ["viewbox 0 0 %d %d" % (page.w, page.h)]
    if page.tint:
        out += guilloche(page, page.tint)
    for m in page.marks:
        k = m[0]
        if k == "text":
            _, x, y, s, size, font, fill, anchor = m
            out += ["push graphic-context", "font '%s'" % FONTS[font], "font-size %d" % size,
                    "fill '%s'" % fill, "stroke none", "text-anchor %s" % anchor,
                    "text %d,%d '%s'" % (x, y, esc(s)), "pop graphic-context"]
        elif k == "hand":
            _, x, y, s, size, ang, fill = m
            out += ["push graphic-context", "font '%s'" % FONTS["hand"], "font-size %d" % size,
                    "fill '%s'" % fill, "stroke none", "translate %d,%d" % (x, y),
                    "rotate %.1f" % ang, "text 0,0 '%s'" % esc(s), "pop graphic-context"]
        elif k in ("line", "rect"):
            _, x1, y1, x2, y2, wd, col = m
            shape = "line" if k == "line" else "rectangle"
            out += ["push graphic-context", "stroke '%s'" % col, "stroke-width %d" % wd,
                    "fill none", "%s %d,%d %d,%d" % (shape, x1, y1, x2, y2), "pop graphic-context"]
        elif k == "poly":
            _, pts, wd, col = m
            out += ["push graphic-context", "stroke '%s'" % col, "stroke-width %d" % wd, "fill none",
                    "polygon " + " ".join("%d,%d" % p for p in pts), "pop graphic-context"]
        elif k == "seal":
            _, cx, cy, r, ring, col, rot = m
            out += ["push graphic-context", "stroke '%s'" % col, "fill none", "stroke-opacity 0.78",
                    "stroke-width 7", "circle %d,%d %d,%d" % (cx, cy, cx + r, cy),
                    "stroke-width 3", "circle %d,%d %d,%d" % (cx, cy, cx + int(r * 0.66), cy),
                    "fill '%s'" % col, "fill-opacity 0.75", "stroke none"]
            star = []
            for i in range(10):
                rr = r * (0.3 if i % 2 == 0 else 0.12)
                a = -math.pi / 2 + i * math.pi / 5
                star.append("%d,%d" % (cx + rr * math.cos(a), cy + rr * math.sin(a)))
            out.append("polygon " + " ".join(star))
            out += ["font '%s'" % FONTS["sansb"], "font-size %d" % int(r * 0.2)]
            n = len(ring)
            for i, ch in enumerate(ring):
                a = rot + i * 330.0 / n
                x = cx + r * 0.82 * math.cos(math.radians(a - 90))
                y = cy + r * 0.82 * math.sin(math.radians(a - 90))
                out += ["push graphic-context", "translate %d,%d" % (x, y), "rotate %.1f" % a,
                        "text-anchor middle", "text 0,0 '%s'" % esc(ch), "pop graphic-context"]
            out.append("pop graphic-context")
        elif k == "sign":
            _, pts, col = m
            path = "M %d,%d " % pts[0] + " ".join("Q %d,%d %d,%d" % (pts[i] + pts[i + 1])
                                                  for i in range(1, len(pts) - 1, 2))
            out += ["push graphic-context", "stroke '%s'" % col, "stroke-width 4", "fill none",
                    "path '%s'" % path, "pop graphic-context"]
        elif k == "qr":
            _, x, y, cell, bits = m
            out += ["push graphic-context", "fill black", "stroke none"]
            for i, row in enumerate(bits):
                for j, b in enumerate(row):
                    if b:
                        out.append("rectangle %d,%d %d,%d" % (x + j * cell, y + i * cell,
                                                              x + (j + 1) * cell - 1, y + (i + 1) * cell - 1))
            out.append("pop graphic-context")
    return "\n".join(out) + "\n"


def im(*args):
    subprocess.run(["convert"] + [str(a) for a in args], check=True)


def draw(page, png):
    """Draw a page at 200 dpi into png (RGB)."""
    with open(png + ".mvg", "w", encoding="utf-8") as f:
        f.write(mvg(page))
    im("-background", page.paper, "mvg:" + png + ".mvg", "-depth", "8", "-strip",
       "-define", "png:exclude-chunks=date,time", png)


def fold(png, out, seed):
    """An old leaf: a fold across the middle, a worn edge, a little noise."""
    im(png, "-seed", seed, "-fill", "rgba(255,255,255,0.35)", "-draw", "rectangle 0,1040 3000,1046",
       "-fill", "rgba(80,60,40,0.18)", "-draw", "rectangle 0,1047 3000,1052",
       "-attenuate", "0.25", "+noise", "Gaussian", "-strip", out)


def to_jpeg(png, out, dpi, seed, quality=72, grey=False):
    scale = 100.0 * dpi / BASE_DPI
    args = [png, "-seed", seed, "-resize", "%.3f%%" % scale, "-attenuate", "0.2", "+noise", "Gaussian"]
    args += ["-colorspace", "Gray"] if grey else ["-type", "TrueColor"]
    im(*(args + ["-strip", "-density", dpi, "-units", "PixelsPerInch", "-quality", quality,
                 "-sampling-factor", "2x2", "jpg:" + out]))


def spread(left, right, out, dpi, seed):
    """Two leaves side by side, opened flat, with the fold's shadow."""
    tmp = out + ".png"
    im(left, right, "+append", "-fill", "rgba(60,40,30,0.22)", "-draw",
       "rectangle %d,0 %d,3000" % (CERT[0] - 14, CERT[0] + 14), "-strip", tmp)
    to_jpeg(tmp, out, dpi, seed, quality=78)
    os.remove(tmp)


def phone(png, out, seed, rng):
    """A phone photo: perspective, light falling off, a grey cast, dark table."""
    w, h = CERT
    d = [rng.randint(40, 120) for _ in range(8)]
    persp = "0,0 %d,%d  %d,0 %d,%d  %d,%d %d,%d  0,%d %d,%d" % (
        d[0], d[1], w, w - d[2], d[3], w, h, w - d[4], h - d[5], h, d[6], h - d[7])
    im(png, "-seed", seed, "-bordercolor", "#3b342c", "-border", "60",
       "-virtual-pixel", "background", "-background", "#3b342c", "-distort", "Perspective", persp,
       "(", "-size", "%dx%d" % (w + 120, h + 120), "radial-gradient:white-#8a8478", ")",
       "-compose", "Multiply", "-composite", "-modulate", "96,62", "-blur", "0x0.9",
       "-resize", "1300x", "-attenuate", "0.4", "+noise", "Gaussian", "-strip",
       "-quality", "74", "jpg:" + out)


def tiff(pngs, out, how):
    """A multi-page TIFF: grey JPEG or bilevel G4 at 200 dpi."""
    args = []
    for p in pngs:
        args += [p]
    if how == "g4":
        args += ["-colorspace", "Gray", "-threshold", "58%", "-type", "bilevel", "-compress", "Group4"]
    else:
        args += ["-colorspace", "Gray", "-compress", "JPEG", "-quality", "70"]
    im(*(args + ["-density", BASE_DPI, "-units", "PixelsPerInch", "-strip",
                 "-define", "tiff:rows-per-strip=64", "tiff:" + out]))


def jpeg_size(data):
    i = 2
    while i < len(data):
        marker, ln = data[i + 1], int.from_bytes(data[i + 2:i + 4], "big")
        if marker in (0xC0, 0xC1, 0xC2):
            h = int.from_bytes(data[i + 5:i + 7], "big")
            w = int.from_bytes(data[i + 7:i + 9], "big")
            return w, h, data[i + 9]
        i += 2 + ln
    raise ValueError("no SOF in JPEG")


def write_pdf(jpegs, out):
    """A PDF of JPEG pages, each embedded as it is, sized by its dpi; no
    dates, no /ID, so the same pages give the same bytes."""
    objs = []
    kids = []
    for path, dpi in jpegs:
        with open(path, "rb") as f:
            data = f.read()
        w, h, comps = jpeg_size(data)
        cs = "/DeviceGray" if comps == 1 else "/DeviceRGB"
        img = len(objs) + 3
        objs.append(b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace %s "
                    b"/BitsPerComponent 8 /Filter /DCTDecode /Length %d >>\nstream\n" %
                    (w, h, cs.encode(), len(data)) + data + b"\nendstream")
        pw, ph = w * 72.0 / dpi, h * 72.0 / dpi
        content = b"q %.2f 0 0 %.2f 0 0 cm /Im0 Do Q" % (pw, ph)
        objs.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] /Contents %d 0 R "
                    b"/Resources << /XObject << /Im0 %d 0 R >> >> >>" % (pw, ph, img + 1, img))
        kids.append(img + 2)
    allobj = [b"<< /Type /Catalog /Pages 2 0 R >>",
              b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids),
                                                            len(kids))] + objs
    buf = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(allobj):
        offs.append(len(buf))
        buf += b"%d 0 obj\n" % (i + 1) + o + b"\nendobj\n"
    xref = len(buf)
    buf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(allobj) + 1)
    for o in offs:
        buf += b"%010d 00000 n \n" % o
    buf += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(allobj) + 1, xref)
    with open(out, "wb") as f:
        f.write(bytes(buf))


