"""wear15: how family 15's pages came through the office's scanner (issue
#17's real look, in ways families 11-14 did not use): pale blue or
yellowish paper scanned in colour, ink that bled into the paper, a page
photographed out of focus, a horizontal fold crease through a table row, a
scanner's streak down the page, pencil ticks beside the holders, a
highlighter over a name, the top of the page cut short by the feeder; and
the files they were kept in (bilevel G4, grey LZW or JPEG TIFF, colour JPEG
in a PDF).  All grain comes from the document's random.Random."""
import math, os, subprocess, tempfile
from PIL import Image, ImageChops, ImageDraw, ImageFilter

WHITE = (255, 255, 255)


def noise(img, rng, amp):
    """Grain of about +-amp grey levels, from a tile the seed draws."""
    tile = Image.frombytes("L", (256, 256), rng.randbytes(256 * 256))
    tile = tile.point(lambda v: 128 + (v - 128) * amp // 128)
    layer = Image.new("L", img.size)
    for y in range(0, img.size[1], 256):
        for x in range(0, img.size[0], 256):
            layer.paste(tile, (x, y))
    return ImageChops.add(img, Image.merge("RGB", [layer] * 3), 1, -128)


def tint(img, rgb, rng):
    """Paper of a colour: the white becomes rgb, a little uneven."""
    w, h = img.size
    grad = Image.linear_gradient("L").resize((w, h)).point(lambda v: 235 + v * 20 // 255)
    paper = Image.merge("RGB", [grad.point(lambda v, c=c: v * c // 255) for c in rgb])
    return ImageChops.multiply(img, paper)


def bleed(img, k=3):
    """Ink that spread: strokes thickened, edges soft."""
    return img.filter(ImageFilter.MinFilter(k)).filter(ImageFilter.GaussianBlur(0.9))


def streak(img, x, rng, shade=120):
    """A scanner's streak: one thin vertical line down the whole page."""
    d = ImageDraw.Draw(img)
    for y in range(0, img.size[1], 40):
        v = shade + rng.randint(-25, 25)
        d.line((x, y, x + rng.choice((0, 0, 1)), y + 40), fill=(v, v, v), width=4)
    return img


def crease(img, y, rng):
    """A horizontal fold: a shadow band, a bright ridge, the lower half
    shifted by two pixels."""
    w, h = img.size
    low = img.crop((0, y, w, h))
    img = img.copy()
    img.paste(low, (2, y + 2))
    shade = Image.new("L", (w, h), 255)
    d = ImageDraw.Draw(shade)
    for k in range(-30, 31):
        v = 255 - int(70 * math.exp(-(k / 12) ** 2))
        d.line((0, y + k, w, y + k), fill=v)
    img = ImageChops.multiply(img, Image.merge("RGB", [shade] * 3))
    ImageDraw.Draw(img).line((0, y + 1, w, y + 1 + rng.randint(-3, 3)), fill=(250, 250, 250),
                             width=3)
    return img


def ticks(img, rows, x, rng):
    """A faint pencil tick beside each holder's row."""
    d = ImageDraw.Draw(img)
    for y0, y1 in rows:
        cy = (y0 + y1) / 2 + rng.randint(-8, 8)
        cx = x + rng.randint(-10, 10)
        g = rng.randint(115, 150)
        d.line([(cx - 26, cy - 6), (cx - 8, cy + 18), (cx + 30, cy - 34)], fill=(g, g, g + 4),
               width=5, joint="curve")
    return img


def highlight(img, box, rgb=(250, 240, 80)):
    """A highlighter stroke over box (multiplied, so the print shows)."""
    layer = Image.new("RGB", img.size, WHITE)
    ImageDraw.Draw(layer).rectangle(box, fill=rgb)
    return ImageChops.multiply(img, layer)


def defocus(img, rng, r=2.4):
    """Photographed a little out of focus: blur, a grey cast, darker
    corners, turned by about a degree."""
    w, h = img.size
    img = img.filter(ImageFilter.GaussianBlur(r))
    rad = Image.radial_gradient("L").resize((w, h)).point(lambda v: 255 - v * 60 // 255)
    img = ImageChops.multiply(img, Image.merge("RGB", [rad.point(lambda v: v * 93 // 100),
                                                       rad.point(lambda v: v * 92 // 100),
                                                       rad.point(lambda v: v * 88 // 100)]))
    return img.rotate(rng.uniform(0.8, 1.3), resample=Image.BICUBIC, fillcolor=(90, 88, 84))


def cut_top(img, px):
    """The feeder took the sheet late: the top px rows are missing."""
    w, h = img.size
    return img.crop((0, px, w, h))


def turn(img, deg):
    return img.rotate(deg, resample=Image.BICUBIC, fillcolor=WHITE)


def at_dpi(img, dpi):
    if dpi == 300:
        return img
    w, h = img.size
    return img.resize((round(w * dpi / 300), round(h * dpi / 300)), Image.LANCZOS)


def save(pages, path, fmt, dpi, q):
    """Write the pages: "g4" bilevel, "lzw" or "jpeg" grey TIFF, "pdf"
    colour JPEGs in a PDF (img2pdf, no date).  Returns the file name."""
    pages = [at_dpi(p, dpi) for p in pages]
    if fmt == "pdf":
        with tempfile.TemporaryDirectory() as tmp:
            names = []
            for i, p in enumerate(pages):
                n = os.path.join(tmp, "p%d.jpg" % i)
                p.save(n, "JPEG", quality=q, dpi=(dpi, dpi), optimize=False)
                names.append(n)
            subprocess.run(["img2pdf", "--nodate", "--engine", "internal", "-o",
                            path + ".pdf"] + names, check=True)
        return os.path.basename(path) + ".pdf"
    if fmt == "g4":
        out = [p.convert("L").point(lambda v: 255 if v > 150 else 0).convert("1")
               for p in pages]
        kw = {"compression": "group4"}
    elif fmt == "lzw":
        out = [p.convert("L") for p in pages]
        kw = {"compression": "tiff_lzw"}
    else:
        out = [p.convert("L") for p in pages]
        kw = {"compression": "jpeg", "quality": q}
    out[0].save(path + ".tif", save_all=True, append_images=out[1:], dpi=(dpi, dpi), **kw)
    return os.path.basename(path) + ".tif"
