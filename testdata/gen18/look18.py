"""look18: the scan looks of family 18 and the files they are written to.
Every grain comes from the document's own random.Random, so a file repeats
byte for byte; PDFs come from img2pdf's internal engine with no date."""
import io
import math

import img2pdf
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageOps

from page18 import H, W


def noise(rng, size, scale=4):
    """A grey noise image (mean 128) made from the rng, coarse by scale."""
    w, h = size[0] // scale + 1, size[1] // scale + 1
    im = Image.frombytes("L", (w, h), rng.randbytes(w * h))
    return im.resize(size, Image.BILINEAR)


def speckle(rng, im, n=900, dark=60):
    """Dots of toner dust."""
    d = ImageDraw.Draw(im)
    for _ in range(n):
        x, y, r = rng.randrange(im.width), rng.randrange(im.height), rng.choice((1, 2, 2, 3))
        d.ellipse((x - r, y - r, x + r, y + r), fill=dark)
    return im


def guilloche(rng, colour, size=(W, H)):
    """A security ground of interlaced sine curves in colour, on white."""
    im = Image.new("RGB", size, (255, 255, 255))
    d = ImageDraw.Draw(im)
    ph = rng.uniform(0, 6.28)
    for k in range(0, size[1] + 120, 46):
        for amp, per, off in ((26, 260, 0), (26, 260, 130), (14, 90, 40)):
            pts = [(x, k + amp * math.sin((x + off) / per * 6.283 + ph + k / 300))
                   for x in range(0, size[0] + 20, 16)]
            d.line(pts, fill=colour, width=3)
    cx, cy = size[0] / 2, size[1] * 0.55
    for r in range(200, 900, 38):
        pts = [(cx + r * math.cos(t / 60) * (1 + 0.06 * math.sin(t / 60 * 12)),
                cy + r * math.sin(t / 60) * (1 + 0.06 * math.sin(t / 60 * 12)))
               for t in range(0, 378)]
        d.line(pts, fill=colour, width=2)
    return im


def tint(page, paper, ink=(20, 20, 25)):
    """The grey page as colour: ink where it is dark, paper where light."""
    return ImageOps.colorize(page, ink, paper)


def seal(rng, im, centre, scale=1.0):
    """A red round seal, its rings, star and lettering marks, multiplied
    over the page."""
    r = int(250 * scale)
    s = Image.new("RGB", (2 * r + 20, 2 * r + 20), (255, 255, 255))
    d = ImageDraw.Draw(s)
    red = (205, 40, 50)
    c = r + 10
    d.ellipse((c - r, c - r, c + r, c + r), outline=red, width=14)
    d.ellipse((c - r + 40, c - r + 40, c + r - 40, c + r - 40), outline=red, width=6)
    for k in range(28):
        t = k / 28 * 6.283
        x, y = c + (r - 22) * math.cos(t), c + (r - 22) * math.sin(t)
        d.rectangle((x - 7, y - 7, x + 7, y + 7), fill=red)
    pts = [(c + 70 * math.cos(t * 6.283 / 10 - 1.571) * (1 if t % 2 == 0 else 0.4),
            c + 70 * math.sin(t * 6.283 / 10 - 1.571) * (1 if t % 2 == 0 else 0.4))
           for t in range(10)]
    d.polygon(pts, fill=red)
    d.rectangle((c - 120, c + 95, c + 120, c + 110), fill=red)
    s = s.rotate(rng.uniform(-30, 30), fillcolor=(255, 255, 255))
    x, y = int(centre[0] - 2 * r / 2 - rng.randint(60, 140)), int(centre[1] - r - 20)
    box = (x, y, x + s.width, y + s.height)
    im.paste(ImageChops.multiply(im.crop(box), s), box)
    return im


def signature(rng, im, centre):
    """A blue pen scribble over the signature block."""
    d = ImageDraw.Draw(im)
    x, y = centre[0] - 220, centre[1] + 20
    pts = []
    for k in range(60):
        pts.append((x + k * 8 + 30 * math.sin(k * 0.9 + rng.random()),
                    y + 45 * math.sin(k * 0.55) + rng.uniform(-8, 8)))
    d.line(pts, fill=(30, 45, 160), width=5)
    d.line((x + 40, y + 60, x + 460, y - 40), fill=(30, 45, 160), width=4)
    return im


def holes_and_fold(im):
    """Two punch holes on the left and a fold across the middle."""
    d = ImageDraw.Draw(im)
    for y in (H // 2 - 420, H // 2 + 420):
        d.ellipse((70, y - 55, 180, y + 55), fill=40)
    fold = Image.new("L", im.size, 255)
    fd = ImageDraw.Draw(fold)
    for k in range(-18, 19):
        fd.line((0, H // 2 + k, W, H // 2 + k), fill=255 - int(70 * (1 - abs(k) / 18)))
    return ImageChops.multiply(im, fold)


def turn(im, angle, fill):
    return im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=fill)


def at_dpi(im, dpi):
    if dpi == 300:
        return im
    return im.resize((round(im.width * dpi / 300), round(im.height * dpi / 300)),
                     Image.LANCZOS)


def look(rng, sheets, name):
    """The pages of a look: a list of PIL images at the look's dpi, and
    (dpi, compression, container)."""
    pages = [s.img for s in sheets]
    sign = sheets[-1].sign
    if name == "clean-lzw-300":
        return pages, (300, "lzw", "tif")
    if name == "clean-lzw-200":
        return [at_dpi(p, 200) for p in pages], (200, "lzw", "tif")
    if name == "clean-g4-300":
        return [p.point(lambda v: 255 if v > 150 else 0).convert("1") for p in pages], \
            (300, "g4", "tif")
    if name in ("seal-signature", "pink-guilloche", "yellow-guilloche", "upside-down"):
        out = []
        for i, p in enumerate(pages):
            if name == "pink-guilloche":
                ground = guilloche(rng, (242, 196, 212))
                c = ImageChops.multiply(tint(p, (253, 248, 250)), ground)
            elif name == "yellow-guilloche":
                ground = guilloche(rng, (236, 214, 120))
                c = ImageChops.multiply(tint(p, (252, 246, 222)), ground)
            else:
                c = tint(p, (250, 249, 244))
            if i == len(pages) - 1:
                seal(rng, c, sign)
                signature(rng, c, sign)
            if name == "upside-down":
                c = c.filter(ImageFilter.GaussianBlur(1.2)).rotate(180)
            out.append(c)
        dpi = {"yellow-guilloche": 150}.get(name, 200)
        return [at_dpi(c, dpi) for c in out], \
            (dpi, "jpeg" if name in ("seal-signature", "upside-down") else "jpeg-busy", "pdf")
    if name == "holes-fold":
        return [at_dpi(holes_and_fold(p), 200) for p in pages], (200, "lzw", "tif")
    if name == "skew":
        a = rng.choice((-1, 1)) * rng.uniform(2.2, 3.0)
        return [at_dpi(turn(p, a, 255), 300) for p in pages], (300, "lzw", "tif")
    if name == "dark-jpeg":
        out = []
        for p in pages:
            q = turn(p, rng.uniform(1.6, 2.4), 255).point(lambda v: int(70 + v * 0.55))
            q = ImageChops.multiply(q, noise(rng, q.size).point(lambda v: 200 + v // 5))
            out.append(at_dpi(q, 150))
        return out, (150, "jpeg25", "pdf")
    if name == "typescript":
        out = []
        for p in pages:
            q = p.filter(ImageFilter.GaussianBlur(1.0)).point(lambda v: 255 if v > 200 else
                                                               int(v * 0.6))
            q = ImageChops.multiply(q, noise(rng, q.size, 8).point(lambda v: 215 + v // 9))
            q = speckle(rng, q, 1400)
            q = at_dpi(turn(q, rng.choice((-1, 1)) * rng.uniform(3.0, 3.6), 238), 150)
            out.append(q.point(lambda v: v // 12 * 12))
        return out, (150, "lzw", "tif")
    if name == "carbon":
        out = []
        for p in pages:
            b = p.filter(ImageFilter.GaussianBlur(2.0))
            c = ImageOps.colorize(b, (70, 50, 150), (236, 236, 244))
            c = ImageChops.multiply(c, noise(rng, c.size, 6).convert("RGB").point(
                lambda v: 225 + v // 9))
            out.append(at_dpi(c, 200))
        return out, (200, "jpeg", "pdf")
    raise SystemExit("gen18: no look " + name)


def write(path_base, pages, how):
    """Write the pages: a TIFF (LZW or G4) or a PDF of JPEGs.  Returns the
    file name."""
    dpi, comp, kind = how
    if kind == "tif":
        path = path_base + ".tif"
        mode = "group4" if comp == "g4" else "tiff_lzw"
        pages[0].save(path, compression=mode, dpi=(dpi, dpi), save_all=True,
                      append_images=pages[1:])
        return path
    path = path_base + ".pdf"
    jpgs = []
    for p in pages:
        b = io.BytesIO()
        p.save(b, "JPEG", quality={"jpeg25": 25, "jpeg": 70}.get(comp, 60), dpi=(dpi, dpi))
        jpgs.append(b.getvalue())
    with open(path, "wb") as f:
        f.write(img2pdf.convert(jpgs, engine=img2pdf.Engine.internal, nodate=True))
    return path
