"""gen12's real look (issue #17): a red round seal over the last rows of a
table or over the signature, a "BẢN SAO" or "SAO Y BẢN CHÍNH" stamp across
the header, a phone photo (perspective, uneven light, a dark desk around
the page), a 100-dpi fax, a fold shadow with punch holes, a faint
dot-matrix print, uneven light; and the files: CCITT G4, LZW and JPEG
TIFFs, PDFs of one JPEG a page made by img2pdf (no date: the bytes
repeat)."""
import io, math
import img2pdf
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

RED = (196, 38, 44)
SEALFONT = "/usr/share/fonts/truetype/andika/Andika-Bold.ttf"


def seal(img, cx, cy, r, ring_text, rng):
    """A red round seal (rings, star, the committee's name around it),
    multiplied over an RGB page so the print shows through."""
    s = Image.new("RGB", (2 * r + 20, 2 * r + 20), (255, 255, 255))
    d = ImageDraw.Draw(s)
    c = r + 10
    d.ellipse((c - r, c - r, c + r, c + r), outline=RED, width=9)
    d.ellipse((c - r * .72, c - r * .72, c + r * .72, c + r * .72), outline=RED, width=4)
    pts = []
    for k in range(10):
        a = -math.pi / 2 + k * math.pi / 5
        rr = r * (.3 if k % 2 == 0 else .12)
        pts.append((c + rr * math.cos(a), c + rr * math.sin(a)))
    d.polygon(pts, fill=RED)
    f = ImageFont.truetype(SEALFONT, int(r * .16))
    n = len(ring_text)
    for k, ch in enumerate(ring_text):
        a = -math.pi * .95 + k * (1.9 * math.pi / max(n, 1))
        g = Image.new("L", (int(r * .25), int(r * .25)), 0)
        ImageDraw.Draw(g).text((g.width / 2, g.height / 2), ch, font=f, fill=255, anchor="mm")
        g = g.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC)
        x = c + r * .86 * math.cos(a) - g.width / 2
        y = c + r * .86 * math.sin(a) - g.height / 2
        s.paste(RED, (int(x), int(y)), g)
    s = s.rotate(rng.uniform(-25, 25), resample=Image.BICUBIC, fillcolor=(255, 255, 255))
    box = Image.new("RGB", img.size, (255, 255, 255))
    box.paste(s, (int(cx - c), int(cy - c)))
    return ImageChops.multiply(img, box)


def stamp(img, text, cx, cy, colour, angle):
    """A rectangular stamp of text in a frame, turned by angle, multiplied
    over the page."""
    f = ImageFont.truetype(SEALFONT, 96)
    w = int(ImageDraw.Draw(img).textlength(text, font=f)) + 100
    s = Image.new("RGB", (w, 200), (255, 255, 255))
    d = ImageDraw.Draw(s)
    d.rectangle((6, 6, w - 6, 194), outline=colour, width=10)
    d.text((w / 2, 100), text, font=f, fill=colour, anchor="mm")
    s = s.rotate(angle, expand=True, resample=Image.BICUBIC, fillcolor=(255, 255, 255))
    box = Image.new("RGB", img.size, (255, 255, 255))
    box.paste(s, (int(cx - s.width / 2), int(cy - s.height / 2)))
    return ImageChops.multiply(img.convert("RGB"), box)


def light(img, dark, flip=False):
    """Light falling from the top left (from the top right when flip):
    the far corner darker by dark (0-1)."""
    w, h = img.size
    v = Image.linear_gradient("L").resize((256, 256))
    u = v.rotate(90 if flip else -90)
    g = ImageChops.add(u, v, scale=2).resize((w, h), Image.BILINEAR)
    g = g.point(lambda x: int(255 - dark * x))
    if img.mode == "RGB":
        g = Image.merge("RGB", (g, g, g))
    return ImageChops.multiply(img, g)


def paper(img, rng, level=244):
    """The white of the paper made grey-ish, with a faint grain."""
    w, h = img.size
    n = Image.effect_noise((w // 4, h // 4), 10).resize((w, h), Image.BILINEAR)
    n = n.point(lambda v: min(255, level + (v - 128) // 8))
    if img.mode == "RGB":
        n = Image.merge("RGB", (n, n.point(lambda v: v - 2), n.point(lambda v: v - 10)))
    return ImageChops.multiply(img, n.point(lambda v: v) if img.mode == "L" else n)


def phone(img, rng):
    """A phone photo: the page on a dark desk, its corners pulled in
    (perspective), light uneven, a little soft."""
    w, h = img.size
    m = 140
    desk = Image.new("RGB", (w + 2 * m, h + 2 * m), (58, 52, 46))
    desk.paste(img, (m, m))
    j = lambda: rng.uniform(-60, 60)  # noqa: E731
    quad = (m + j() - 110, m + j() - 90, m + j() - 60, h + m + j() + 110,
            w + m + j() + 120, h + m + j() + 60, w + m + j() + 90, m + j() - 120)
    out = desk.transform((w, h), Image.QUAD, quad, resample=Image.BICUBIC)
    out = light(out, 0.38, flip=True)
    return out.filter(ImageFilter.GaussianBlur(1.1))


def fold(img, rng):
    """A fold across the middle (a shadow band) and two punch holes at the
    left edge, scanned with the lid's black behind them."""
    w, h = img.size
    band = Image.new("L", (w, 220), 255)
    d = ImageDraw.Draw(band)
    for k in range(220):
        v = int(255 - 70 * math.exp(-((k - 110) / 45.0) ** 2))
        d.line((0, k, w, k), fill=v)
    d.line((0, 110, w, 110), fill=235, width=3)
    shade = Image.new("L", (w, h), 255)
    y = h // 2 - 110 + rng.randint(-40, 40)
    shade.paste(band, (0, y))
    out = ImageChops.multiply(img, shade)
    d = ImageDraw.Draw(out)
    for cy in (h // 2 - 420, h // 2 + 420):
        d.ellipse((70, cy - 48, 166, cy + 48), fill=25)
    return out


def dotmatrix(img, rng):
    """A faint dot-matrix print: every stroke made of round dots on a 5-px
    grid, the ribbon grey and fading towards the right."""
    w, h = img.size
    tile = Image.new("L", (5, 5), 255)
    ImageDraw.Draw(tile).ellipse((0, 0, 4, 4), fill=0)
    grid = Image.new("L", (w, h), 255)
    for y in range(0, h, 5):
        grid.paste(tile.crop((0, 0, 5, 5)).resize((5, 5)), (0, y))
    row = grid.crop((0, 0, 5, h))
    for x in range(5, w, 5):
        grid.paste(row, (x, 0))
    ink = img.filter(ImageFilter.MinFilter(3))
    out = ImageChops.lighter(ink, grid)
    fade = Image.linear_gradient("L").rotate(90).resize((w, h)).point(lambda v: 255 - v)
    out = ImageChops.lighter(out, fade.point(lambda v: int(70 + 40 * v / 255)))
    return out.filter(ImageFilter.GaussianBlur(0.7))


def bilevel(img, threshold=150):
    return img.convert("L").point(lambda v: 255 if v > threshold else 0, "1")


def scale(img, dpi):
    if dpi == 300:
        return img
    w, h = img.size
    return img.resize((round(w * dpi / 300), round(h * dpi / 300)), Image.LANCZOS)


def save(pages, path, fmt, dpi, quality=70):
    """Write pages as a TIFF (fmt g4, lzw, jpeg) or a PDF of JPEGs."""
    if fmt == "pdf":
        blobs = []
        for p in pages:
            b = io.BytesIO()
            p.save(b, "JPEG", quality=quality, dpi=(dpi, dpi))
            blobs.append(b.getvalue())
        layout = img2pdf.get_fixed_dpi_layout_fun((dpi, dpi))
        with open(path, "wb") as f:
            f.write(img2pdf.convert(blobs, layout_fun=layout, nodate=True,
                                    engine=img2pdf.Engine.internal))
        return
    comp = {"g4": "group4", "lzw": "tiff_lzw", "jpeg": "jpeg"}[fmt]
    kw = {"compression": comp, "dpi": (dpi, dpi), "save_all": True,
          "append_images": pages[1:]}
    if fmt == "jpeg":
        kw["quality"] = quality
    pages[0].save(path, "TIFF", **kw)
