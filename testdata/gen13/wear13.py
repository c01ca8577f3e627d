"""wear13: the looks of issue #17 that family 13 gives its scans (a
carbon copy in blue, a photo under a lamp, a photocopy of a photocopy,
handwriting in the margin, a sticky note, a 120-dpi colour JPEG, moiré from
a re-scanned print, a crumpled page) and the files they are written to."""
import io, math
import img2pdf
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont, ImageOps

from lay13 import GYRE

RED = (200, 40, 45)
HAND = GYRE % ("chorus", "mediumitalic")


def scale(img, dpi):
    """A 300-dpi page at dpi."""
    if dpi == 300:
        return img
    w, h = img.size
    return img.resize((round(w * dpi / 300), round(h * dpi / 300)), Image.LANCZOS)


def bilevel(img, thr=150):
    return img.point(lambda v: 255 if v > thr else 0).convert("1")


def noise(img, rng, sigma):
    """Grain drawn from rng (so the pixels repeat) added to img."""
    if not sigma:
        return img
    w, h = img.width // 5 + 1, img.height // 5 + 1
    n = Image.new("L", (w, h))
    n.putdata([max(0, min(255, int(128 + rng.gauss(0, sigma)))) for _ in range(w * h)])
    n = n.resize((w * 5, h * 5), Image.NEAREST).crop((0, 0) + img.size)
    if img.mode == "RGB":
        n = Image.merge("RGB", (n, n, n))
    return ImageChops.add(img, n, 1.0, -128)


def seal(img, cx, cy, r, ring):
    """A red round seal (two rings, a star, the committee's name around)
    over img (RGB) centred at cx, cy."""
    layer = Image.new("RGB", (2 * r + 8, 2 * r + 8), (255, 255, 255))
    d = ImageDraw.Draw(layer)
    c = r + 4
    d.ellipse((4, 4, 2 * r + 4, 2 * r + 4), outline=RED, width=9)
    d.ellipse((c - r + 34, c - r + 34, c + r - 34, c + r - 34), outline=RED, width=4)
    pts = []
    for k in range(10):
        a = -math.pi / 2 + k * math.pi / 5
        rr = 52 if k % 2 == 0 else 21
        pts.append((c + rr * math.cos(a), c + rr * math.sin(a)))
    d.polygon(pts, fill=RED)
    f = ImageFont.truetype(GYRE % ("heros", "bold"), 26)
    n = len(ring)
    for i, ch in enumerate(ring):
        a = -math.pi * 0.95 + i * (1.9 * math.pi) / max(n - 1, 1)
        g = Image.new("L", (40, 40), 0)
        ImageDraw.Draw(g).text((20, 20), ch, font=f, fill=255, anchor="mm")
        g = g.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC)
        x, y = c + (r - 20) * math.cos(a) - 20, c + (r - 20) * math.sin(a) - 20
        layer.paste(RED, (int(x), int(y)), g)
    box = (cx - c, cy - c)
    region = img.crop((box[0], box[1], box[0] + layer.width, box[1] + layer.height))
    img.paste(ImageChops.multiply(region, layer), box)
    return img


def paper(img, rng, white, black, sigma=10):
    """A grey page as printed on paper: white and black are the paper's and
    the ink's colours (grey levels or RGB triples)."""
    g = img.filter(ImageFilter.GaussianBlur(0.6))
    if isinstance(white, int):
        out = g.point(lambda v: black + v * (white - black) // 255)
    else:
        out = ImageOps.colorize(g, black=black, white=white)
    out = noise(out, rng, sigma)
    return out


def carbon(img, rng):
    """A carbon copy: violet-blue ink, a faint doubled stroke, a blue-grey
    sheet."""
    g = img.filter(ImageFilter.GaussianBlur(1.1))
    ghost = ImageChops.offset(g, 3, 2)
    g = ImageChops.darker(g, ghost.point(lambda v: 255 - (255 - v) // 3))
    return paper(g, rng, (226, 230, 240), (55, 60, 150), 14)


def lamp(img, rng, sign):
    """A page photographed under a desk lamp: a warm cast, a hot spot that
    washes the ink out around it, darker corners, a slight turn."""
    out = paper(img, rng, (228, 214, 188), (45, 38, 34), 18)
    w, h = out.size
    rad = Image.radial_gradient("L").resize((w, h), Image.BICUBIC)
    spot = ImageOps.invert(Image.radial_gradient("L")).resize((w // 2, w // 2), Image.BICUBIC)
    hot = Image.new("L", (w, h), 0)
    hot.paste(spot, (int(w * 0.45), int(h * 0.3)))
    hot = hot.point(lambda v: int(max(0, v - 120) * 0.9))
    out = ImageChops.add(out, Image.merge("RGB", (hot, hot, hot)))
    dark = rad.point(lambda v: 255 - int(max(0, v - 150) * 0.9))
    out = ImageChops.multiply(out, Image.merge("RGB", (dark, dark, dark)))
    if sign:
        out = seal(out, *sign)
    return out.rotate(-1.3, resample=Image.BICUBIC, fillcolor=(70, 62, 55))


def photocopy2(img, rng):
    """A photocopy of a photocopy: thick strokes, a grey ground with toner
    dust, black bands along two edges."""
    g = img.filter(ImageFilter.MinFilter(3)).filter(ImageFilter.GaussianBlur(1.0))
    g = g.point(lambda v: 30 + v * 165 // 255)
    g = noise(g, rng, 30)
    d = ImageDraw.Draw(g)
    w, h = g.size
    for k in range(900):
        x, y = rng.randrange(w), rng.randrange(h)
        d.ellipse((x, y, x + rng.randint(2, 5), y + rng.randint(2, 5)), fill=rng.randint(30, 110))
    pts = [(0, 0)] + [(rng.randint(28, 70), y) for y in range(0, h + 200, 200)] + [(0, h)]
    d.polygon(pts, fill=12)
    pts = [(0, 0)] + [(x, rng.randint(20, 55)) for x in range(0, w + 200, 200)] + [(w, 0)]
    d.polygon(pts, fill=12)
    return g.filter(ImageFilter.GaussianBlur(0.7))


def hand(d, xy, text, size, fill, angle=0, base=None):
    """Handwriting (TeX Gyre Chorus) at xy, turned by angle degrees, on
    base's pixels."""
    f = ImageFont.truetype(HAND, size)
    w = int(d.textlength(text, font=f)) + 20
    layer = Image.new("L", (w, size * 2), 0)
    ImageDraw.Draw(layer).text((10, size // 2), text, font=f, fill=255)
    layer = layer.rotate(angle, expand=True, resample=Image.BICUBIC)
    base.paste(fill, xy, layer)


def margin_notes(img, rng, sign):
    """Handwritten notes in the left margin and a tick, in a pencil grey."""
    out = paper(img, rng, 238, 25, 12)
    d = ImageDraw.Draw(out)
    hand(d, (60, 1500), "đã đối chiếu bản gốc", 58, 70, 90, out)
    hand(d, (1450, 20), "Lưu hồ sơ - 2 bản", 52, 80, 3, out)
    x, y = 230, 2350
    d.line((x, y, x + 25, y + 40, x + 80, y - 50), fill=60, width=7)
    d.line((300, 1200, 300, 1480), fill=90, width=5)
    if sign:
        out = seal(out.convert("RGB"), *sign).convert("L")
    return out


def sticky(img, rng, where):
    """A yellow sticky note over the lower left corner (on Nơi nhận) with a
    handwritten line, its shadow on the page."""
    out = paper(img, rng, (246, 244, 238), (28, 28, 32), 8)
    x, y = where
    note = Image.new("RGBA", (620, 560), (250, 232, 110, 255))
    nd = ImageDraw.Draw(note)
    hand(nd, (40, 80), "Chuyển anh Hùng", 64, (30, 50, 150, 255), 0, note)
    hand(nd, (40, 220), "xử lý gấp!", 64, (30, 50, 150, 255), 0, note)
    note = note.rotate(5, expand=True, resample=Image.BICUBIC)
    shadow = Image.new("RGBA", note.size, (0, 0, 0, 0))
    shadow.paste((0, 0, 0, 70), (0, 0), note.split()[3])
    shadow = shadow.filter(ImageFilter.GaussianBlur(10))
    out = out.convert("RGBA")
    out.alpha_composite(shadow, (x + 14, y + 18))
    out.alpha_composite(note, (x, y))
    return out.convert("RGB")


def colour(img, rng, sign):
    """A colour scan on cream paper (to be shrunk to 120 dpi)."""
    out = paper(img, rng, (244, 238, 222), (30, 30, 40), 10)
    if sign:
        out = seal(out, *sign)
    return out


def moire(img, rng):
    """A printed copy re-scanned: a fine line screen over the print that
    beats against the scanner's grid once shrunk."""
    w, h = img.size
    scr = Image.new("L", (w + 400, h + 400), 255)
    d = ImageDraw.Draw(scr)
    n = int((w + h + 800) / 4.7)
    for k in range(n):
        x = k * 4.7
        d.line((x, 0, x - (h + 400) * 0.27, h + 400), fill=175, width=2)
    scr = scr.crop((200, 200, 200 + w, 200 + h))
    scr = scr.resize((w * 2 // 3, h * 2 // 3), Image.NEAREST).resize((w, h), Image.BILINEAR)
    g = ImageChops.multiply(img.filter(ImageFilter.GaussianBlur(0.5)), scr.point(lambda v: 185 + v * 70 // 255))
    return noise(g, rng, 10)


def crumpled(img, rng):
    """A crumpled page smoothed out: the lines wave, creases shade it."""
    w, h = img.size
    nx, ny = 8, 11
    cw, ch = w / nx, h / ny
    pts = {}
    for i in range(nx + 1):
        for j in range(ny + 1):
            dx = 0 if i in (0, nx) else rng.uniform(-9, 9)
            dy = 0 if j in (0, ny) else rng.uniform(-9, 9)
            pts[i, j] = (i * cw + dx, j * ch + dy)
    mesh = []
    for i in range(nx):
        for j in range(ny):
            box = (int(i * cw), int(j * ch), int((i + 1) * cw), int((j + 1) * ch))
            q = pts[i, j] + pts[i, j + 1] + pts[i + 1, j + 1] + pts[i + 1, j]
            mesh.append((box, q))
    g = img.transform(img.size, Image.MESH, mesh, Image.BICUBIC, fillcolor=255)
    shade = Image.new("L", (nx * 3, ny * 3))
    shade.putdata([rng.randint(205, 255) for _ in range(nx * ny * 9)])
    shade = shade.resize((w, h), Image.BICUBIC)
    d = ImageDraw.Draw(shade)
    for k in range(6):
        x0, y0 = rng.randrange(w), rng.randrange(h)
        x1, y1 = rng.randrange(w), rng.randrange(h)
        d.line((x0, y0, x1, y1), fill=150, width=5)
    shade = shade.filter(ImageFilter.GaussianBlur(6))
    g = ImageChops.multiply(g.filter(ImageFilter.GaussianBlur(0.6)), shade)
    return noise(g, rng, 12)


def tilt(img, deg):
    return img.rotate(deg, resample=Image.BICUBIC, fillcolor=255)


# -- files --------------------------------------------------------------------------
def save_tiff(pages, path, dpi, how):
    """Pages as one TIFF: how is g4 (bilevel), lzw (grey) or jpeg (grey)."""
    comp = {"g4": "group4", "lzw": "tiff_lzw", "jpeg": "jpeg"}[how]
    kw = {"compression": comp, "dpi": (dpi, dpi)}
    if how == "jpeg":
        kw["quality"] = 60
    first, rest = pages[0], pages[1:]
    first.save(path, save_all=True, append_images=rest, **kw)


def save_pdf(pages, path, dpi, quality):
    """Pages as JPEGs in a PDF (img2pdf's own engine, no date: the bytes
    repeat)."""
    blobs = []
    for p in pages:
        b = io.BytesIO()
        p.save(b, "JPEG", quality=quality, dpi=(dpi, dpi))
        blobs.append(b.getvalue())
    with open(path, "wb") as f:
        f.write(img2pdf.convert(blobs, engine=img2pdf.Engine.internal, nodate=True))
