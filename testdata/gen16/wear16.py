"""wear16: the scan looks of family 16 and the files they are written to.

Each look takes the drawn sheets (RGB, 300 dpi), the marks (where the seal
and the signature go) and a random.Random, and returns the file's bytes,
its extension, resolution, compression and the MANIFEST's degradation.
All grain comes from the Random (never from Pillow's own noise), PDFs from
img2pdf's internal engine with no date, so a file repeats byte for byte."""
import io, math, struct
import img2pdf
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

from page16 import FACES

RED = (200, 35, 45)
BLUE = (35, 55, 165)


# -- ink over the print --------------------------------------------------------

def seal(page, cx, cy, rng, r=235, unit="ỦY BAN NHÂN DÂN"):
    """A round red seal multiplied over the page at cx, cy."""
    layer = Image.new("RGB", page.size, (255, 255, 255))
    d = ImageDraw.Draw(layer)
    col = tuple(min(255, c + rng.randrange(0, 30)) for c in RED)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=col, width=12)
    d.ellipse([cx - r + 28, cy - r + 28, cx + r - 28, cy + r - 28], outline=col, width=5)
    d.ellipse([cx - r * 0.42, cy - r * 0.42, cx + r * 0.42, cy + r * 0.42], outline=col, width=5)
    star = []
    for k in range(10):
        a = -math.pi / 2 + k * math.pi / 5
        rr = r * 0.3 if k % 2 == 0 else r * 0.12
        star.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    d.polygon(star, fill=col)
    f = ImageFont.truetype(FACES["Inter"]["b"], 38)
    text = unit.upper()
    span = math.pi * 1.5
    for k, ch in enumerate(text):
        a = -math.pi * 1.25 + span * (k + 0.5) / len(text)
        x, y = cx + (r - 62) * math.cos(a), cy + (r - 62) * math.sin(a)
        g = Image.new("L", (60, 60), 0)
        ImageDraw.Draw(g).text((30, 30), ch, font=f, fill=255, anchor="mm")
        g = g.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC)
        layer.paste(Image.new("RGB", (60, 60), col), (int(x - 30), int(y - 30)), g)
    return ImageChops.multiply(page, layer)


def signature(page, x, y, rng, colour=BLUE, w=420):
    """A pen signature: a few looping strokes around x, y."""
    layer = Image.new("RGB", page.size, (255, 255, 255))
    d = ImageDraw.Draw(layer)
    pts = []
    x0 = x - w / 2
    for k in range(60):
        t = k / 59
        pts.append((x0 + w * t + 40 * math.sin(t * 19 + rng.random()),
                    y + 55 * math.sin(t * 11 + rng.random() * 0.4) - 50 * t))
    d.line(pts, fill=colour, width=6, joint="curve")
    d.line([(x0 - 20, y + 70), (x0 + w * 0.9, y + 40)], fill=colour, width=5)
    return ImageChops.multiply(page, layer)


def inks(pages, marks, rng, colour=True):
    """Seals and signatures on every sheet that has them."""
    out = []
    for p, ms in zip(pages, marks):
        for m in ms:
            if m[0] == "seal" and colour:
                p = seal(p, m[1], m[2], rng)
            elif m[0] == "sign":
                p = signature(p, m[1], m[2], rng, BLUE if colour else (60, 60, 70))
        out.append(p)
    return out


# -- grounds and damage --------------------------------------------------------

def tint(page, colour):
    return ImageChops.multiply(page, Image.new("RGB", page.size, colour))


def guilloche(page, rng, colour=(236, 170, 190)):
    """A security pattern of crossing waves multiplied under the print."""
    layer = Image.new("RGB", page.size, (253, 238, 242))
    d = ImageDraw.Draw(layer)
    W, H = page.size
    for k in range(0, H + 200, 46):
        ph = rng.random() * 6.28
        pts = [(x, k + 34 * math.sin(x / 95.0 + ph)) for x in range(0, W + 40, 40)]
        d.line(pts, fill=colour, width=2)
        pts = [(x, k + 20 + 34 * math.sin(x / 95.0 + ph + 3.14)) for x in range(0, W + 40, 40)]
        d.line(pts, fill=colour, width=2)
    return ImageChops.multiply(page, layer)


def grain(size, rng, density, lo, hi):
    """An L image, white but for dots (one to three pixels across, shade
    lo..hi) covering about density of it."""
    w, h = size
    g = Image.new("L", size, 255)
    d = ImageDraw.Draw(g)
    for _ in range(int(w * h * density / 4)):
        x, y, r = rng.randrange(w), rng.randrange(h), rng.choice((0.5, 1, 1.5))
        d.ellipse([x - r, y - r, x + r, y + r], fill=rng.randrange(lo, hi + 1))
    return g


def speckle(page, rng, density=0.004):
    return ImageChops.multiply(page, grain(page.size, rng, density, 0, 60).convert(page.mode))


def punch_holes(page, rng, ys=(0.32, 0.68), shade=(40, 40, 40)):
    d = ImageDraw.Draw(page)
    W, H = page.size
    r = W * 0.0125 * 2.0
    for fy in ys:
        cx, cy = W * 0.045 + rng.randrange(-6, 6), H * fy + rng.randrange(-10, 10)
        d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=shade)
    return page


def rotate(page, deg, fill=(255, 255, 255)):
    return page.rotate(deg, resample=Image.BICUBIC, fillcolor=fill)


def scale(page, dpi):
    if dpi == 300:
        return page
    w, h = page.size
    return page.resize((round(w * dpi / 300), round(h * dpi / 300)), Image.LANCZOS)


def light(size, rng, lo=150, hi=255, tilt=(0.8, 0.3)):
    """Uneven light: a gradient from one corner, dimmer at the far one."""
    g = Image.new("L", (64, 64))
    ax, ay = tilt
    for y in range(64):
        for x in range(64):
            t = (ax * x + ay * y) / (63 * (ax + ay))
            v = hi - (hi - lo) * t ** 1.4
            g.putpixel((x, y), int(v))
    return g.resize(size, Image.BILINEAR)


def solve(a, b):
    """Gaussian elimination for the small perspective system."""
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        for r in range(n):
            if r != c:
                f = m[r][c] / m[c][c]
                m[r] = [x - f * y for x, y in zip(m[r], m[c])]
    return [m[i][n] / m[i][i] for i in range(n)]


def perspective(page, dst, size, fill):
    """The page's corners sent to dst (4 points) on a canvas of size."""
    w, h = page.size
    src = [(0, 0), (w, 0), (w, h), (0, h)]
    a, b = [], []
    for (x, y), (u, v) in zip(dst, src):
        a.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        b.append(u)
        a.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        b.append(v)
    co = solve(a, b)
    bg = Image.new("RGB", size, fill)
    mask = Image.new("L", page.size, 255).transform(size, Image.PERSPECTIVE, co, Image.BILINEAR)
    warped = page.transform(size, Image.PERSPECTIVE, co, Image.BICUBIC)
    bg.paste(warped, (0, 0), mask)
    return bg


def photo(page, rng):
    """A phone photo: the sheet on a dark desk in perspective, uneven light,
    a grey-warm cast, a little blur; about 150 dpi across the page."""
    page = scale(page, 160)
    w, h = page.size
    W, H = int(w * 1.12), int(h * 1.08)
    dst = [(w * 0.07, h * 0.035), (w * 1.05, h * 0.055), (w * 1.08, h * 1.045), (w * 0.04, h * 1.02)]
    out = perspective(page, dst, (W, H), (70, 62, 55))
    lit = light((W, H), rng, 165, 250)
    out = ImageChops.multiply(out, Image.merge("RGB", (lit, lit, lit)))
    out = ImageChops.multiply(out, Image.new("RGB", out.size, (238, 232, 218)))
    return out.filter(ImageFilter.GaussianBlur(0.7))


def photocopy(page, rng, dpi, ground=215, dust=0.002):
    """A grey photocopy: thickened strokes, a grey ground, toner dust,
    dark bands along the long edges."""
    g = page.convert("L").filter(ImageFilter.MinFilter(3))
    g = scale(g, dpi)
    g = g.point(lambda v: int(v * ground / 255))
    g = ImageChops.multiply(g, grain(g.size, rng, dust, 10, 90))
    d = ImageDraw.Draw(g)
    w, h = g.size
    band = int(w * 0.012)
    d.rectangle([0, 0, band, h], fill=70)
    d.rectangle([w - band // 2, 0, w, h], fill=90)
    return g


# -- files ---------------------------------------------------------------------

def tiff(images, dpi, compression, **kw):
    buf = io.BytesIO()
    images[0].save(buf, "TIFF", save_all=True, append_images=images[1:],
                   compression=compression, dpi=(dpi, dpi), **kw)
    return zero_pads(bytearray(buf.getvalue()))


def _tag(data, ifd, tag):
    """The values of a SHORT or LONG tag of the little-endian IFD at ifd."""
    n = struct.unpack_from("<H", data, ifd)[0]
    for k in range(n):
        t, typ, cnt, val = struct.unpack_from("<HHII", data, ifd + 2 + 12 * k)
        if t == tag:
            fmt, size = ("<H", 2) if typ == 3 else ("<I", 4)
            at = ifd + 10 + 12 * k if cnt * size <= 4 else val
            return [struct.unpack_from(fmt, data, at + size * i)[0] for i in range(cnt)]
    return []


def zero_pads(data):
    """libtiff pads the data before a directory to an even offset with a
    byte it does not set: set it to 0, so that a file repeats byte for byte."""
    ifd = struct.unpack_from("<I", data, 4)[0]
    while ifd:
        ends = [o + c for o, c in zip(_tag(data, ifd, 273), _tag(data, ifd, 279))]
        if ends and max(ends) == ifd - 1:
            data[ifd - 1] = 0
        n = struct.unpack_from("<H", data, ifd)[0]
        ifd = struct.unpack_from("<I", data, ifd + 2 + 12 * n)[0]
    return bytes(data)


def bilevel(pages, dpi, cut=150):
    return [scale(p.convert("L"), dpi).point(lambda v: 255 if v > cut else 0).convert("1")
            for p in pages]


def pdf(images, dpi, quality):
    jpgs = []
    for im in images:
        b = io.BytesIO()
        im.save(b, "JPEG", quality=quality, dpi=(dpi, dpi), optimize=False)
        jpgs.append(b.getvalue())
    return img2pdf.convert(jpgs, engine=img2pdf.Engine.internal, nodate=True)


def look(name, pages, marks, rng):
    """(bytes, extension, dpi, compression, degradation) of look name."""
    if name in ("t1", "p1"):
        return tiff(bilevel(pages, 300), 300, "group4"), "tif", 300, "ccitt-g4", "clean"
    if name == "t3":
        return tiff(bilevel(pages, 200, 160), 200, "group4"), "tif", 200, "ccitt-g4", "clean"
    if name == "t2":
        ps = [tint(p, (226, 242, 228)) for p in inks(pages, marks, rng)]
        ps = [scale(p, 200) for p in ps]
        return pdf(ps, 200, 72), "pdf", 200, "pdf-jpeg", "mild-tinted-ground-seal"
    if name == "t5":
        ps = inks(pages, marks, rng)
        return pdf(ps, 300, 55), "pdf", 300, "pdf-jpeg", "mild-colour-seal-signature"
    if name == "t6":
        ps = [scale(rotate(p.convert("L"), -2.3, 255), 200) for p in inks(pages, marks, rng, False)]
        return tiff(ps, 200, "tiff_lzw"), "tif", 200, "lzw", "mild-skew-2deg"
    if name == "p2":
        ps = []
        for p in inks(pages, marks, rng, False):
            g = punch_holes(p.convert("L"), rng, shade=45)
            d = ImageDraw.Draw(g)
            d.line([(0, g.size[1] * 0.5), (g.size[0], g.size[1] * 0.505)], fill=205, width=5)
            ps.append(scale(g, 200))
        return tiff(ps, 200, "jpeg", quality=70), "tif", 200, "jpeg", "mild-punch-holes-fold"
    if name == "p4":
        ps = [scale(guilloche(p, rng), 200) for p in inks(pages, marks, rng)]
        return pdf(ps, 200, 70), "pdf", 200, "pdf-jpeg", "mild-pink-guilloche-seal"
    if name == "p6":
        ps = [scale(p, 150) for p in inks(pages, marks, rng)]
        return pdf(ps, 150, 75), "pdf", 150, "pdf-jpeg", "mild-hand-filled-number-date"
    if name == "t4":
        ps = [photocopy(p, rng, 150, 205, 0.003) for p in inks(pages, marks, rng, False)]
        return tiff(ps, 150, "jpeg", quality=55), "tif", 150, "jpeg", "heavy-dark-photocopy-150dpi"
    if name == "t7":
        ps = [photo(p, rng) for p in inks(pages, marks, rng)]
        return pdf(ps, 160, 70), "pdf", 160, "pdf-jpeg", "heavy-phone-photo"
    if name == "p3":
        ps = []
        for p in inks(pages, marks, rng, False):
            g = rotate(p.convert("L"), 3.6, 255)
            g = speckle(g, rng, 0.003)
            ps.append(g)
        return tiff(bilevel(ps, 200, 150), 200, "group4"), "tif", 200, "ccitt-g4", \
            "heavy-speckle-skew-4deg"
    if name == "p5":
        ps = []
        for p in inks(pages, marks, rng, False):
            g = photocopy(p, rng, 120, 220, 0.002)
            ps.append(punch_holes(g, rng, ys=(0.5,), shade=30))
        return tiff(ps, 120, "jpeg", quality=65), "tif", 120, "jpeg", "heavy-photocopy-120dpi-punch"
    if name == "p7":
        ps = []
        for p in inks(pages, marks, rng, False):
            g = tint(p, (242, 230, 196)).convert("L")
            g = scale(g, 150).filter(ImageFilter.GaussianBlur(0.9))
            g = g.point(lambda v: 70 + v * 150 // 255)
            ps.append(g)
        return tiff(ps, 150, "jpeg", quality=60), "tif", 150, "jpeg", "heavy-blur-low-contrast"
    raise SystemExit("gen16: no look " + name)
