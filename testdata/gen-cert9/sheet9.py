"""sheet9: a page as positioned strings and strokes, in millimetres, drawn
through an ImageMagick MVG file, then made to look scanned or photographed;
and the TIFF and PDF writers.  Text widths are estimated (no font metrics)."""
import math, os, subprocess, tempfile, zlib

FONTS = {
    "reg": "/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf",
    "bold": "/usr/share/fonts/truetype/crosextra/Carlito-Bold.ttf",
    "ital": "/usr/share/fonts/truetype/crosextra/Carlito-Italic.ttf",
    "sans": "/usr/share/fonts/truetype/open-sans/OpenSans-Regular.ttf",
    "sansb": "/usr/share/fonts/truetype/open-sans/OpenSans-Bold.ttf",
    "cond": "/usr/share/fonts/truetype/open-sans/OpenSans-CondLight.ttf",
    "condb": "/usr/share/fonts/truetype/open-sans/OpenSans-CondBold.ttf",
    "hand": "/usr/share/fonts/truetype/open-sans/OpenSans-CondLightItalic.ttf",
    "digits": "/usr/share/fonts/opentype/urw-base35/Z003-MediumItalic.otf",
}
# average advance of a character, in ems, per font (estimated, generous)
WIDTH = {"reg": 0.50, "bold": 0.53, "ital": 0.49, "sans": 0.58, "sansb": 0.62,
         "cond": 0.45, "condb": 0.48, "hand": 0.45, "digits": 0.50}
PT = 0.3528  # mm per point


class Sheet:
    """One page: size in mm, paper colour, and drawing items in order."""

    def __init__(self, w=210, h=297, paper="#ffffff", tint=None):
        self.w, self.h, self.paper, self.tint = w, h, paper, tint
        self.items = []   # (op, args)
        self.words = []   # the strings printed, in order (for --check)

    def text(self, x, y, s, size=11, font="reg", color="#111111", align="left"):
        self.items.append(("text", (x, y, s, size, font, color, align)))
        self.words.append(s)
        return y

    def width(self, s, size, font="reg"):
        return len(s) * WIDTH[font] * size * PT

    def para(self, x, y, w, s, size=11, font="reg", color="#111111", lead=1.38, indent=0):
        """Wrap s into lines no wider than w mm from (x, y); returns the next y."""
        line, first = "", True
        for word in s.split():
            trial = (line + " " + word).strip()
            avail = w - (indent if first else 0)
            if line and self.width(trial, size, font) > avail:
                self.items.append(("text", (x + (indent if first else 0), y, line, size, font,
                                            color, "left")))
                y += size * PT * lead
                line, first = word, False
            else:
                line = trial
        if line:
            self.items.append(("text", (x + (indent if first else 0), y, line, size, font, color,
                                        "left")))
            y += size * PT * lead
        self.words.append(s)
        return y

    def line(self, x1, y1, x2, y2, width=0.25, color="#222222"):
        self.items.append(("line", (x1, y1, x2, y2, width, color)))

    def rect(self, x, y, w, h, width=0.3, color="#222222", fill="none", opacity=1.0):
        self.items.append(("rect", (x, y, w, h, width, color, fill, opacity)))

    def ellipse(self, cx, cy, rx, ry, width=0.6, color="#c0392b", fill="none", opacity=1.0):
        self.items.append(("ellipse", (cx, cy, rx, ry, width, color, fill, opacity)))

    def poly(self, pts, width=0.2, color="#999999", opacity=1.0):
        self.items.append(("poly", (pts, width, color, opacity)))

    def seal(self, cx, cy, r=17, color="#d2232a"):
        """A round red seal: two rings, a star and a ring of dots for its words."""
        self.ellipse(cx, cy, r, r, 0.9, color, opacity=0.75)
        self.ellipse(cx, cy, r * 0.72, r * 0.72, 0.5, color, opacity=0.75)
        pts = []
        for i in range(11):
            a = -math.pi / 2 + i * 4 * math.pi / 5
            pts.append((cx + r * 0.3 * math.cos(a), cy + r * 0.3 * math.sin(a)))
        self.items.append(("star", (pts, color)))
        for i in range(36):
            a = i * 2 * math.pi / 36
            rr = r * 0.86
            self.ellipse(cx + rr * math.cos(a), cy + rr * math.sin(a), 0.9, 1.1, 0.1, color,
                         fill=color, opacity=0.6)

    def stamp(self, x, y, s, size=13, color="#c0392b"):
        """A rectangular red stamp with one line of capitals."""
        w = self.width(s, size, "sansb") + 6
        self.rect(x, y - size * PT - 2.5, w, size * PT + 5, 0.8, color, opacity=0.85)
        self.items.append(("text", (x + 3, y, s, size, "sansb", color, "left")))
        self.words.append(s)

    def signature(self, x, y, color="#1f3a93"):
        pts = [(x + i * 1.6, y + 3 * math.sin(i * 1.3) - i * 0.25) for i in range(22)]
        self.poly(pts, 0.45, color)

    def guilloche(self, color, rows=60, amp=2.2, step=4.6):
        for j in range(rows):
            y0 = 6 + j * step
            xs = range(0, int(self.w) + 2, 2)
            self.poly([(x, y0 + amp * math.sin(x / 7.0 + j * 0.7)) for x in xs], 0.18, color, 0.9)
            self.poly([(x, y0 + amp * math.cos(x / 5.0 - j * 0.5)) for x in xs], 0.14, color, 0.8)

    def text_all(self):
        return "\n".join(self.words)

    def mvg(self, dpi):
        """The sheet as an MVG drawing at dpi (one statement a line)."""
        k = dpi / 25.4
        out = ["viewbox 0 0 %d %d" % (round(self.w * k), round(self.h * k))]

        def pts(ps):
            return " ".join("%.1f,%.1f" % (x * k, y * k) for x, y in ps)

        def ctx(*lines):
            out.extend(("push graphic-context",) + lines + ("pop graphic-context",))

        for op, a in self.items:
            if op == "text":
                x, y, s, size, font, color, align = a
                s = s.replace("\\", "\\\\").replace('"', '\\"')
                anchor = {"left": "start", "center": "middle", "right": "end"}[align]
                ctx('font "%s"' % FONTS[font], "font-size %.2f" % (size / 72.0 * dpi),
                    'fill "%s"' % color, "stroke none", "text-anchor %s" % anchor,
                    'text %.1f,%.1f "%s"' % (x * k, y * k, s))
            elif op == "line":
                x1, y1, x2, y2, w, c = a
                ctx('stroke "%s"' % c, "stroke-width %.2f" % max(w * k, 0.6), "fill none",
                    "line %.1f,%.1f %.1f,%.1f" % (x1 * k, y1 * k, x2 * k, y2 * k))
            elif op in ("rect", "ellipse"):
                x, y, w, h, sw, c, fill, o = a
                shape = ("rectangle %.1f,%.1f %.1f,%.1f" % (x * k, y * k, (x + w) * k, (y + h) * k)
                         if op == "rect" else
                         "ellipse %.1f,%.1f %.1f,%.1f 0,360" % (x * k, y * k, w * k, h * k))
                stroke = sw > 0 and c != "none"
                ctx(*(['stroke "%s"' % c, "stroke-opacity %.2f" % o] if stroke else ["stroke none"])
                    + ["stroke-width %.2f" % max(sw * k, 0.6)]
                    + (["fill none"] if fill == "none" else
                       ['fill "%s"' % fill, "fill-opacity %.2f" % o]) + [shape])
            elif op == "poly":
                ps, sw, c, o = a
                ctx('stroke "%s"' % c, "stroke-width %.2f" % max(sw * k, 0.5),
                    "stroke-opacity %.2f" % o, "fill none", "polyline " + pts(ps))
            elif op == "star":
                ps, c = a
                ctx("stroke none", 'fill "%s"' % c, "fill-opacity 0.7", "polygon " + pts(ps[:10]))
        return "\n".join(out) + "\n"


def im(args):
    """ImageMagick on one thread, so that its noise is the same each run."""
    subprocess.run(["convert", "-limit", "thread", "1"] + args, check=True)


def render(sheet, dpi, path, tmp):
    """The sheet drawn on its paper at dpi, as a PNG at path."""
    mvg = os.path.join(tmp, "page.mvg")
    with open(mvg, "w", encoding="utf-8") as f:
        f.write(sheet.mvg(dpi))
    im(["-background", sheet.paper, "mvg:" + mvg, "-depth", "8", "-strip", path])


LOOKS = ("bilevel-150", "grey-200", "stained-200", "colour-150", "colour-200", "photo",
         "a3-fold-150", "blank")


def scan(sheet, look, seed, out_base, tmp, turn=0.0):
    """Render sheet and make it look scanned; returns (file, kind, dpi) where
    kind is 'g4' (a bilevel TIFF page) or 'jpeg', dpi None for a photo."""
    png = os.path.join(tmp, "r.png")
    if look == "bilevel-150":
        render(sheet, 300, png, tmp)
        out = out_base + ".tif"
        im([png, "-colorspace", "gray", "-background", "white", "-rotate", "%.2f" % (turn or 0.4),
            "-gravity", "center",
            "-extent", "%dx%d" % (round(sheet.w / 25.4 * 300), round(sheet.h / 25.4 * 300)),
            "+repage", "-resize", "50%", "-seed", str(seed), "-attenuate", "0.3", "+noise",
            "Gaussian",
            "-threshold", "58%", "-type", "bilevel", "-density", "150", "-units",
            "PixelsPerInch", "-compress", "Group4", "-strip", out])
        return out, "g4", 150
    if look == "blank":
        render(sheet, 150, png, tmp)
        out = out_base + ".jpg"
        im([png, "-seed", str(seed), "-attenuate", "0.4", "+noise", "Gaussian",
            "-colorspace", "gray", "-quality", "80", "-strip", out])
        return out, "jpeg", 150
    if look in ("grey-200", "stained-200"):
        if look == "stained-200":
            stain(sheet, seed)
        render(sheet, 200, png, tmp)
        out = out_base + ".jpg"
        im([png, "-rotate", "%.2f" % (turn or -0.7), "-background", "#f4f1ea", "-flatten",
            "-seed", str(seed), "-attenuate", "0.3", "+noise", "Gaussian", "-blur", "0x0.5",
            "-colorspace", "gray", "-quality", "70", "-strip", out])
        return out, "jpeg", 200
    if look in ("colour-150", "colour-200", "a3-fold-150"):
        dpi = 200 if look == "colour-200" else 150
        if look == "a3-fold-150":
            fold(sheet)
        render(sheet, dpi, png, tmp)
        out = out_base + ".jpg"
        im([png, "-rotate", "%.2f" % (turn or 0.5), "-background", "#fbfaf6", "-flatten",
            "-seed", str(seed), "-attenuate", "0.2", "+noise", "Gaussian", "-blur", "0x0.45",
            "-quality", "70", "-strip", out])
        return out, "jpeg", dpi
    if look == "photo":
        render(sheet, 160, png, tmp)
        w, h = round(sheet.w / 25.4 * 160), round(sheet.h / 25.4 * 160)
        W, H = w + 260, h + 300
        out = out_base + ".jpg"
        # the page on a dark wooden table, its shadow to the lower right,
        # held at an angle; light falling off to one corner
        im(["-size", "%dx%d" % (W, H), "gradient:#6b4a2f-#3e2a1a", "-seed", str(seed),
            "-attenuate", "3", "+noise", "Multiplicative",
            "(", "-size", "%dx%d" % (w, h), "xc:black", "-blur", "0x18", "-alpha", "set",
            "-channel", "A", "-evaluate", "set", "55%", "+channel", ")",
            "-geometry", "+%d+%d" % (150, 175), "-composite",
            "(", png, "-fill", "#c8c0b0", "-colorize", "6%", ")",
            "-geometry", "+%d+%d" % (110, 125), "-composite",
            "-distort", "Perspective",
            "0,0 30,20  %d,0 %d,60  0,%d 0,%d  %d,%d %d,%d"
            % (W, W - 40, H, H - 10, W, H, W - 10, H - 45),
            "(", "-size", "%dx%d" % (W, H), "radial-gradient:#ffffff-#7a7a7a", ")",
            "-compose", "multiply", "-composite", "-quality", "70", "-strip", out])
        return out, "jpeg", None
    raise ValueError(look)


def stain(sheet, seed):
    """A coffee ring and a strip of yellowed tape across a corner."""
    cx, cy = 40 + (seed % 7) * 15, 200 + (seed % 5) * 12
    for i, op in enumerate((0.22, 0.12, 0.3)):
        sheet.ellipse(cx, cy, 26 - i * 1.2, 24 - i, 2.2 - i * 0.6, "#8a5a2b", opacity=op)
    sheet.ellipse(cx + 3, cy + 2, 22, 20, 0.1, "#a57a4a", fill="#a57a4a", opacity=0.10)
    sheet.items.append(("poly", ([(sheet.w - 60, 0), (sheet.w, 45)], 18, "#e8dca0", 0.45)))


def fold(sheet):
    """An A3 sheet folded down the middle: a crease and its shade."""
    x = sheet.w / 2
    sheet.rect(x - 4, 0, 4, sheet.h, 0, "none", "#000000", 0.07)
    sheet.line(x, 0, x, sheet.h, 0.35, "#777777")


def write_tiff(pages, path):
    """Bilevel G4 pages into one multi-page TIFF."""
    im([p for p, _, _ in pages] + ["-compress", "Group4", "-strip",
                                   "-define", "tiff:rows-per-strip=64", path])


def write_pdf(pages, path):
    """JPEG pages into an image-only PDF, each JPEG embedded as it is; no
    dates, no /ID, so a file is written the same each time.  A photo (dpi
    None) is put on a page as if at 160 dpi."""
    objs = []

    def add(b):
        objs.append(b)
        return len(objs)

    kids = []
    cat = add(None)
    tree = add(None)
    for p, kind, dpi in pages:
        with open(p, "rb") as f:
            data = f.read()
        w, h = jpeg_size(data)
        grey = data_is_grey(data)
        img = add(b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /%s "
                  b"/BitsPerComponent 8 /Filter /DCTDecode /Length %d >>\nstream\n"
                  % (w, h, b"DeviceGray" if grey else b"DeviceRGB", len(data)) + data
                  + b"\nendstream")
        d = dpi or 160
        pw, ph = w * 72.0 / d, h * 72.0 / d
        cs = b"q %.2f 0 0 %.2f 0 0 cm /Im0 Do Q" % (pw, ph)
        cont = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(zlib.compress(cs, 9))
                   + zlib.compress(cs, 9) + b"\nendstream")
        kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %.2f %.2f] "
                        b"/Resources << /XObject << /Im0 %d 0 R >> >> /Contents %d 0 R >>"
                        % (tree, pw, ph, img, cont)))
    objs[cat - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % tree
    objs[tree - 1] = b"<< /Type /Pages /Count %d /Kids [%s] >>" % (
        len(kids), b" ".join(b"%d 0 R" % k for k in kids))
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1, cat, x)
    with open(path, "wb") as f:
        f.write(out)


def _sof(data):
    i = 2
    while i < len(data):
        if data[i] != 0xFF:
            i += 1
            continue
        m = data[i + 1]
        if m in (0xC0, 0xC1, 0xC2):
            return i
        i += 2 + int.from_bytes(data[i + 2:i + 4], "big")
    raise ValueError("no SOF")


def jpeg_size(data):
    i = _sof(data)
    return int.from_bytes(data[i + 7:i + 9], "big"), int.from_bytes(data[i + 5:i + 7], "big")


def data_is_grey(data):
    return data[_sof(data) + 9] == 1


def tmpdir():
    return tempfile.mkdtemp(prefix="gen-cert9-")
