"""wear17: how family 17's sheets come out of the scanner, and the files.
Every grain comes from the rng given, so a seed repeats byte for byte.
Looks: bilevel G4 (clean or fax-like), grey LZW (clean, a turned appendix
page, a staple's shadow, a skewed page, a dark 120- or 150-dpi copy),
colour JPEG in a PDF (a red seal and a blue signature; yellowed paper with
show-through; handwriting; a blurred low-quality copy; a phone photo)."""
import io, math
from PIL import Image, ImageChops, ImageDraw, ImageFilter
import img2pdf
from sheet17 import font

RED, BLUE = (206, 48, 52), (30, 58, 170)


def noise(size, rng, amp, scale=1):
    """A grey field around 128 +- amp from the rng, drawn at 1/scale and
    enlarged."""
    w, h = max(1, size[0] // scale), max(1, size[1] // scale)
    raw = rng.randbytes(w * h)
    n = Image.frombytes("L", (w, h), raw)
    lut = [max(0, min(255, 128 + (v - 128) * amp // 128)) for v in range(256)]
    n = n.point(lut)
    return n.resize(size, Image.BILINEAR) if scale > 1 else n


def multiply(img, layer):
    return ImageChops.multiply(img, layer)


def seal(img, centre, rng, ring_text, face):
    """A red round seal (two rings, a star, its text round the ring),
    printed over what is under it."""
    r = 235
    lay = Image.new("RGB", img.size, "white")
    d = ImageDraw.Draw(lay)
    cx, cy = centre[0] + rng.randint(-30, 30), centre[1] + rng.randint(-20, 20)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=RED, width=12)
    d.ellipse([cx - r + 70, cy - r + 70, cx + r - 70, cy + r - 70], outline=RED, width=5)
    pts = []
    for k in range(10):
        a = -math.pi / 2 + k * math.pi / 5
        rr = 70 if k % 2 == 0 else 28
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    d.polygon(pts, fill=RED)
    f = font(face, 8.5, "Bold")
    n = len(ring_text)
    for k, ch in enumerate(ring_text):
        a = -math.pi + 2 * math.pi * (k + 0.5) / n
        g = Image.new("L", (80, 80), 0)
        ImageDraw.Draw(g).text((40, 40), ch, font=f, fill=255, anchor="mm")
        g = g.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC)
        x = cx + (r - 38) * math.cos(a) - 40
        y = cy + (r - 38) * math.sin(a) - 40
        lay.paste(Image.new("RGB", g.size, RED), (int(x), int(y)), g)
    lay = lay.rotate(rng.uniform(-20, 20), center=(cx, cy), fillcolor="white")
    faded = Image.blend(Image.new("RGB", img.size, "white"), lay, 0.82)
    return multiply(img, faded)


def signature(img, centre, rng):
    """A blue signature: a few loops and a long stroke."""
    lay = Image.new("RGB", img.size, "white")
    d = ImageDraw.Draw(lay)
    cx, cy = centre
    pts = []
    a1, a2, f1, f2 = rng.uniform(30, 60), rng.uniform(15, 35), rng.uniform(0.04, 0.07), rng.uniform(0.1, 0.16)
    for t in range(0, 420, 3):
        x = cx - 220 + t + 25 * math.sin(t * f2)
        y = cy + a1 * math.sin(t * f1) + a2 * math.cos(t * f2)
        pts.append((x, y))
    d.line(pts, fill=BLUE, width=6, joint="curve")
    d.line([(cx - 240, cy + 60), (cx + 230, cy + 20 + rng.randint(-20, 20))], fill=BLUE, width=5)
    return multiply(img, lay)


def inked(doc, pages, rng, face, ring):
    """The seal over the signer and the signature, on the page that has
    them."""
    out = []
    for sh, img in zip(doc.pages, pages):
        if "seal" in sh.marks:
            img = signature(img, sh.marks["signature"], rng)
            img = seal(img, sh.marks["seal"], rng, ring, face)
        out.append(img)
    return out


def at_dpi(img, dpi):
    if dpi == 300:
        return img
    return img.resize((img.width * dpi // 300, img.height * dpi // 300), Image.LANCZOS)


def grey(img):
    return img.convert("L")


def bilevel(img, cut=150):
    return img.convert("L").point(lambda v: 255 if v > cut else 0).convert("1")


def skew(img, deg):
    return img.rotate(deg, resample=Image.BICUBIC, fillcolor="white" if img.mode == "RGB" else 255)


def yellowed(img, rng):
    """Yellowed paper with the back page's print showing through."""
    back = img.convert("L").transpose(Image.FLIP_LEFT_RIGHT).filter(ImageFilter.GaussianBlur(3))
    back = ImageChops.offset(back, rng.randint(-60, 60), rng.randint(180, 420))
    back = back.point(lambda v: 222 + v * 33 // 255).convert("RGB")
    tint = Image.new("RGB", img.size, (243, 229, 188))
    spots = noise(img.size, rng, 18, 40).convert("RGB")
    spots = spots.point(lambda v: min(255, 255 - 128 + v))
    return multiply(multiply(multiply(img, back), tint), spots)


def staple(img, rng):
    """A staple in the top left corner and its shadow."""
    lay = Image.new("L", img.size, 255)
    d = ImageDraw.Draw(lay)
    x, y = 150 + rng.randint(0, 40), 120 + rng.randint(0, 30)
    d.line([(x + 14, y + 18), (x + 174, y + 138)], fill=150, width=24)
    lay = lay.filter(ImageFilter.GaussianBlur(10))
    d = ImageDraw.Draw(lay)
    d.line([(x, y), (x + 160, y + 120)], fill=60, width=10)
    d.ellipse([x - 9, y - 9, x + 9, y + 9], fill=30)
    d.ellipse([x + 151, y + 111, x + 169, y + 129], fill=30)
    return ImageChops.multiply(img.convert("L"), lay)


def photocopy(img, rng, dpi):
    """A dark photocopy: contrast up, a grey ground, dark edges, toner
    dust; then shrunk to dpi."""
    g = img.convert("L").point(lambda v: 20 + v * 205 // 255)
    w, h = g.size
    edge = Image.new("L", g.size, 255)
    d = ImageDraw.Draw(edge)
    for k in range(60):
        v = 120 + k * 2
        d.rectangle([k * 2, 0, k * 2 + 1, h], fill=v)
        d.rectangle([w - k * 2 - 2, 0, w - k * 2, h], fill=v)
    g = ImageChops.multiply(g, edge)
    dust = Image.new("L", g.size, 255)
    d = ImageDraw.Draw(dust)
    for _ in range(900):
        x, y, r = rng.randrange(w), rng.randrange(h), rng.choice((1, 2, 2, 3))
        d.ellipse([x - r, y - r, x + r, y + r], fill=rng.randint(40, 120))
    g = ImageChops.multiply(g, dust)
    g = ImageChops.multiply(g, noise(g.size, rng, 20, 6).point(lambda v: min(255, 127 + v)))
    return at_dpi(g, dpi).point(lambda v: v // 16 * 17)


def fax(img, rng):
    """A fax-like bilevel page: thick strokes, a ragged threshold, streaks."""
    g = img.convert("L").filter(ImageFilter.MinFilter(3))
    g = at_dpi(g, 200)
    g = ImageChops.add(g, noise(g.size, rng, 60), scale=1.0, offset=-128)
    b = g.point(lambda v: 255 if v > 140 else 0)
    d = ImageDraw.Draw(b)
    for _ in range(7):
        y = rng.randrange(b.height)
        x0 = rng.randrange(b.width // 2)
        d.line([(x0, y), (x0 + rng.randint(200, 1200), y)], fill=0, width=1)
    for _ in range(3):
        y = rng.randrange(b.height)
        d.rectangle([0, y, b.width, y + 1], fill=255)
    return b.convert("1")


def blurred(img, rng):
    return img.filter(ImageFilter.GaussianBlur(1.6))


def _coeffs(src, dst):
    """The 8 coefficients of Pillow's PERSPECTIVE transform that map each
    output point dst[i] to the input point src[i]."""
    m, v = [], []
    for (x, y), (u, w) in zip(dst, src):
        m.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        v.append(u)
        m.append([0, 0, 0, x, y, 1, -w * x, -w * y])
        v.append(w)
    n = 8
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p], v[c], v[p] = m[p], m[c], v[p], v[c]
        for r in range(n):
            if r != c:
                k = m[r][c] / m[c][c]
                m[r] = [a - k * b for a, b in zip(m[r], m[c])]
                v[r] -= k * v[c]
    return [v[i] / m[i][i] for i in range(n)]


def photo(img, rng):
    """A phone photo: the page on a desk, in perspective, lit from one
    side, with a warm grey cast; about 1700 px wide."""
    W, H = 1760, 2420
    desk = Image.new("RGB", (W, H), (92, 74, 58))
    desk = multiply(desk, noise((W, H), rng, 40, 8).convert("RGB").point(lambda v: min(255, 150 + v // 2)))
    pw, ph = img.size
    dst = [(60 + rng.randint(0, 40), 70 + rng.randint(0, 30)),
           (W - 70 - rng.randint(0, 50), 40 + rng.randint(0, 30)),
           (W - 40 - rng.randint(0, 30), H - 60 - rng.randint(0, 40)),
           (40 + rng.randint(0, 40), H - 40 - rng.randint(0, 30))]
    src = [(0, 0), (pw, 0), (pw, ph), (0, ph)]
    page = img.transform((W, H), Image.PERSPECTIVE, _coeffs(src, dst), Image.BICUBIC,
                         fillcolor=(0, 0, 0))
    mask = Image.new("L", (pw, ph), 255).transform((W, H), Image.PERSPECTIVE, _coeffs(src, dst),
                                                   Image.BILINEAR, fillcolor=0)
    out = Image.composite(page, desk, mask)
    grad = Image.linear_gradient("L").rotate(90, expand=True).resize((W, H))
    grad = grad.point(lambda v: 255 - v * 95 // 255)
    out = multiply(out, Image.merge("RGB", (grad, grad, grad)))
    out = multiply(out, Image.new("RGB", (W, H), (250, 236, 214)))
    return out.filter(ImageFilter.GaussianBlur(0.7))


def tiff(pages, dpi, compression):
    buf = io.BytesIO()
    pages[0].save(buf, "TIFF", compression=compression, dpi=(dpi, dpi), save_all=True,
                  append_images=pages[1:])
    return _pads_zeroed(bytearray(buf.getvalue()))


def _pads_zeroed(b):
    """libtiff pads a page's strips to an even length with a byte it does
    not set: set it, so that the file repeats byte for byte."""
    u16 = lambda o: int.from_bytes(b[o:o + 2], "little")
    u32 = lambda o: int.from_bytes(b[o:o + 4], "little")
    ifd = u32(4)
    while ifd:
        tags = {}
        for e in range(u16(ifd)):
            o = ifd + 2 + 12 * e
            typ, n = u16(o + 2), u32(o + 4)
            size = {3: 2, 4: 4}.get(typ, 0)
            at = o + 8 if n * size <= 4 else u32(o + 8)
            read = u16 if size == 2 else u32
            tags[u16(o)] = [read(at + size * i) for i in range(n)] if size else []
        end = max(a + c for a, c in zip(tags.get(273, []), tags.get(279, [])))
        if end % 2:
            b[end] = 0
        ifd = u32(ifd + 2 + 12 * u16(ifd))
    return bytes(b)


def pdf(pages, dpi, quality):
    jpgs = []
    for p in pages:
        b = io.BytesIO()
        p.convert("RGB").save(b, "JPEG", quality=quality, dpi=(dpi, dpi))
        jpgs.append(b.getvalue())
    return img2pdf.convert(jpgs, engine=img2pdf.Engine.internal, nodate=True)
