"""wear14: what the office's scanner did to the pages (issue #17), and the
files.  Pages come in as 300-dpi greyscale; each look returns an RGB or L
image at 300 dpi; save() scales to the file's dpi and writes a bilevel G4,
LZW or JPEG TIFF or a PDF of JPEGs (img2pdf, no date).  All randomness comes
from the rng given, so files repeat byte for byte."""
import io, math
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont
import img2pdf

SEAL_FONT = "/usr/share/texmf/fonts/opentype/public/tex-gyre/texgyreadventor-bold.otf"


def ink(page, colour=(22, 20, 30), paper=(250, 248, 242)):
    """A grey page as RGB: black ink on off-white paper."""
    return Image.merge("RGB", [page.point(lambda v, a=a, b=b: int(a + (b - a) * v / 255))
                               for a, b in zip(colour, paper)])


def seal(img, cx, cy, r=200):
    """A red round seal with a star, multiplied over what is under it."""
    lay = Image.new("RGB", img.size, (255, 255, 255))
    d = ImageDraw.Draw(lay)
    red = (205, 45, 50)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=red, width=14)
    d.ellipse([cx - r + 40, cy - r + 40, cx + r - 40, cy + r - 40], outline=red, width=6)
    pts = []
    for k in range(10):
        a = -math.pi / 2 + k * math.pi / 5
        rr = 70 if k % 2 == 0 else 28
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    d.polygon(pts, fill=red)
    return ImageChops.multiply(img, lay)


def signature(img, x, y, rng):
    """A blue-ink scrawl."""
    lay = Image.new("RGB", img.size, (255, 255, 255))
    d = ImageDraw.Draw(lay)
    pts = [(x + k * 38, y + rng.randint(-45, 45)) for k in range(12)]
    d.line(pts, fill=(40, 60, 170), width=7, joint="curve")
    return ImageChops.multiply(img, lay)


def coffee_ring(img, rng, cx, cy, r=260):
    """A coffee cup's ring: a brown ring, darker at its rim, and a light
    tint inside, over the text."""
    lay = Image.new("RGB", img.size, (255, 255, 255))
    d = ImageDraw.Draw(lay)
    d.ellipse([cx - r, cy - r * 0.93, cx + r, cy + r * 0.93], fill=(236, 218, 190))
    for k in range(5):
        w = 26 - 4 * k
        rr = r - 6 * k
        d.ellipse([cx - rr, cy - rr * 0.93, cx + rr, cy + rr * 0.93],
                  outline=(178 + 9 * k, 130 + 12 * k, 86 + 14 * k), width=w)
    # the rim thins out where the cup was lifted
    gap = rng.uniform(0, 360)
    d.arc([cx - r, cy - r * 0.93, cx + r, cy + r * 0.93], gap, gap + 60, fill=(226, 200, 166), width=30)
    lay = lay.filter(ImageFilter.GaussianBlur(5))
    return ImageChops.multiply(img, lay)


def show_through(img, back, strength=0.12):
    """The back of the sheet (mirrored) seen through the paper."""
    b = back.transpose(Image.FLIP_LEFT_RIGHT).filter(ImageFilter.GaussianBlur(3))
    b = b.point(lambda v: int(255 - (255 - v) * strength))
    if img.mode == "RGB":
        b = b.convert("RGB")
    return ImageChops.multiply(img, b)


def toner_bands(img, rng, bands=5):
    """Low toner: faded vertical bands where the drum ran dry."""
    row = Image.new("L", (img.width, 1), 0)
    px = row.load()
    for _ in range(bands):
        x0 = rng.randint(0, img.width - 300)
        w = rng.randint(90, 260)
        depth = rng.uniform(0.35, 0.55)
        for x in range(x0, min(img.width, x0 + w)):
            t = math.sin(math.pi * (x - x0) / w)
            px[x, 0] = max(px[x, 0], int(255 * depth * t))
    mask = row.resize(img.size)
    white = Image.new(img.mode, img.size, 255 if img.mode == "L" else (255, 255, 255))
    return Image.composite(white, img, mask)


def stamp_sao_y(img, cx, cy):
    """"SAO Y BẢN CHÍNH" in a red frame, stamped at 28 degrees over the body."""
    f = ImageFont.truetype(SEAL_FONT, 120)
    t = "SAO Y BẢN CHÍNH"
    w = int(f.getlength(t)) + 80
    lay = Image.new("L", (w, 220), 0)
    d = ImageDraw.Draw(lay)
    d.rectangle([4, 4, w - 5, 215], outline=255, width=12)
    d.text((40, 40), t, font=f, fill=255)
    lay = lay.rotate(28, expand=True, resample=Image.BICUBIC)
    red = Image.new("RGB", lay.size, (200, 40, 60))
    base = img.copy()
    part = Image.new("RGB", lay.size, (255, 255, 255))
    part.paste(red, (0, 0), lay.point(lambda v: int(v * 0.85)))
    box = (int(cx - lay.width / 2), int(cy - lay.height / 2))
    region = base.crop(box + (box[0] + lay.width, box[1] + lay.height))
    base.paste(ImageChops.multiply(region, part), box)
    return base


def staple(img, rng):
    """A staple in the top left corner with its shadow."""
    d = ImageDraw.Draw(img)
    x, y = 150 + rng.randint(0, 30), 120 + rng.randint(0, 30)
    shade = 95 if img.mode == "L" else (95, 95, 100)
    metal = 40 if img.mode == "L" else (60, 60, 65)
    d.line([(x + 8, y + 14), (x + 168, y + 104)], fill=shade, width=22)
    d.line([(x, y), (x + 160, y + 90)], fill=metal, width=11)
    return img


def lid_border(img, angle, sides=("top", "left"), width=70):
    """Turned a little on the glass, with the scanner's black lid showing
    along two edges."""
    bg = 0 if img.mode == "L" else (12, 12, 14)
    out = img.rotate(angle, resample=Image.BICUBIC, fillcolor=bg)
    d = ImageDraw.Draw(out)
    if "top" in sides:
        d.rectangle([0, 0, out.width, width], fill=bg)
    if "left" in sides:
        d.rectangle([0, 0, width, out.height], fill=bg)
    if "right" in sides:
        d.rectangle([out.width - width, 0, out.width, out.height], fill=bg)
    return out


def crooked_torn(img, rng, angle):
    """Fed crooked, the lower right corner torn off (the grey platen
    shows through)."""
    bg = 70 if img.mode == "L" else (70, 70, 74)
    out = img.rotate(angle, resample=Image.BICUBIC, fillcolor=bg, expand=False)
    d = ImageDraw.Draw(out)
    w, h = out.size
    pts = [(w, h - 430)]
    x, y = w, h - 430
    while x > w - 470:
        x -= rng.randint(25, 60)
        y += rng.randint(10, 60)
        pts.append((x, min(h, y)))
    pts += [(w - 480, h), (w, h)]
    d.polygon(pts, fill=bg)
    return out


def jpeg_bytes(img, quality):
    b = io.BytesIO()
    img.save(b, "JPEG", quality=quality, subsampling=2 if quality < 50 else 0)
    return b.getvalue()


def at(img, dpi):
    if dpi == 300:
        return img
    return img.resize((img.width * dpi // 300, img.height * dpi // 300), Image.LANCZOS)


def save(pages, path, fmt, dpi, quality=75, threshold=160):
    """Write the pages: fmt g4, lzw, jpeg (TIFFs) or pdf (JPEG pages)."""
    pages = [at(p, dpi) for p in pages]
    if fmt == "pdf":
        data = [jpeg_bytes(p, quality) for p in pages]
        lay = img2pdf.get_fixed_dpi_layout_fun((dpi, dpi))
        with open(path, "wb") as f:
            f.write(img2pdf.convert(data, layout_fun=lay, nodate=True,
                                    engine=img2pdf.Engine.internal))
        return
    if fmt == "g4":
        pages = [p.convert("L").point(lambda v: 255 if v > threshold else 0).convert("1")
                 for p in pages]
        comp = "group4"
    else:
        comp = "tiff_lzw" if fmt == "lzw" else "jpeg"
        pages = [p.convert("L") for p in pages]
    extra = {"quality": quality} if fmt == "jpeg" else {}
    pages[0].save(path, compression=comp, dpi=(dpi, dpi), save_all=True,
                  append_images=pages[1:], **extra)


def back_table(rng):
    """The back of the sheet: a ruled table of short words, as the front
    would see it through the paper."""
    from page14 import W, H
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    cols = [260, 360, 980, 1300, 1600, 1900, 2230]
    y = 900
    for r in range(18):
        d.line([(cols[0], y), (cols[-1], y)], fill=0, width=4)
        for c in range(len(cols) - 1):
            x = cols[c] + 20
            while x < cols[c + 1] - 60 and rng.random() < 0.8:
                wl = rng.randint(40, 160)
                d.rectangle([x, y + 30, min(x + wl, cols[c + 1] - 20), y + 62], fill=30)
                x += wl + 25
        y += 100
    d.line([(cols[0], y), (cols[-1], y)], fill=0, width=4)
    for x in cols:
        d.line([(x, 900), (x, y)], fill=0, width=4)
    return img
