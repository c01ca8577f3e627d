"""Scans for gen10: ink put on the drawn pages (a red round seal, a blue
signature, figures written by hand in blue), then the scan: bilevel CCITT
G4 at 300 dpi, grey at 150-200 dpi, or colour JPEG pages in a PDF at
120-300 dpi, with yellowed paper, show-through, toner specks, blur, noise
and skew."""
import hashlib, io, math, os, re, subprocess
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

RED, BLUE = (205, 38, 48), (35, 60, 170)
HAND = "/usr/share/fonts/opentype/urw-base35/Z003-MediumItalic.otf"
SEALF = "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf"

# degradation -> (output, dpi, colour marks?)
MODES = {
    "clean": ("g4", 300),
    "mild-colour-seal": ("pdf", 300),
    "mild-colour-hand": ("pdf", 120),
    "mild-colour-skew": ("pdf", 150),
    "mild-colour-120": ("pdf", 120),
    "mild-yellowed": ("pdf", 150),
    "mild-dpi150": ("lzw", 150),
    "heavy-photocopy": ("jpeg", 200),
    "heavy-skew-noise": ("g4", 200),
    "heavy-showthrough": ("pdf", 120),
    "heavy-blur": ("jpeg", 200),
}
COMPRESSION = {"g4": "ccitt-g4", "pdf": "jpeg-pdf", "lzw": "lzw", "jpeg": "jpeg"}


def ink_layer(size, rng, marks, page, seal_text):
    """A white RGB layer with the page's marks in colour."""
    lay = Image.new("RGB", size, (255, 255, 255))
    d = ImageDraw.Draw(lay)
    for m in marks:
        if m["page"] != page:
            continue
        x0, y0, x1, y1 = m["box"]
        if m["kind"] == "seal":
            seal(lay, d, rng, (x0 + x1) / 2, (y0 + y1) / 2, (x1 - x0) / 2, seal_text)
        elif m["kind"] == "sign":
            signature(d, rng, x0, y0, x1, y1)
        elif m["kind"] == "hand":
            f = ImageFont.truetype(HAND, int((y1 - y0) * 1.05))
            d.text((x0, y0), m["text"], font=f, fill=BLUE)
    return lay


def seal(lay, d, rng, cx, cy, r, text):
    w = 7
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=RED, width=w)
    ri = r * 0.72
    d.ellipse([cx - ri, cy - ri, cx + ri, cy + ri], outline=RED, width=4)
    pts = []
    for i in range(10):
        a = -math.pi / 2 + i * math.pi / 5
        rr = r * 0.28 if i % 2 == 0 else r * 0.11
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    d.polygon(pts, fill=RED)
    f = ImageFont.truetype(SEALF, int(r * 0.16))
    n = len(text)
    span = math.pi * 1.6
    for i, ch in enumerate(text):
        a = -math.pi / 2 - span / 2 + span * (i + 0.5) / n
        g = Image.new("L", (int(r * 0.3), int(r * 0.3)), 0)
        ImageDraw.Draw(g).text((r * 0.15, r * 0.15), ch, font=f, fill=255, anchor="mm")
        g = g.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC)
        rr = r * 0.86
        x, y = cx + rr * math.cos(a) - g.width / 2, cy + rr * math.sin(a) - g.height / 2
        lay.paste(Image.new("RGB", g.size, RED), (int(x), int(y)), g)


def signature(d, rng, x0, y0, x1, y1):
    """A few looping strokes in blue ink."""
    x, y = x0 + (x1 - x0) * 0.1, (y0 + y1) / 2
    for _ in range(3):
        pts = []
        for t in range(60):
            u = t / 59.0
            pts.append((x + (x1 - x0) * 0.28 * u + 35 * math.sin(u * 4 + rng.random()),
                        y + (y1 - y0) * 0.35 * math.sin(u * 3.2 + rng.random() * 2)))
        d.line(pts, fill=BLUE, width=6, joint="curve")
        x += (x1 - x0) * 0.26
    d.line([(x0 + 20, y + 50), (x1 - 30, y + 20)], fill=BLUE, width=5)


def paper(img, tone):
    """Grey page -> RGB on paper of colour tone (ink stays near black)."""
    r = img.point(lambda v: int(20 + (tone[0] - 20) * v / 255))
    g = img.point(lambda v: int(20 + (tone[1] - 20) * v / 255))
    b = img.point(lambda v: int(25 + (tone[2] - 25) * v / 255))
    return Image.merge("RGB", (r, g, b))


def specks(img, rng, n, big=5):
    d = ImageDraw.Draw(img)
    dark = 0 if img.mode == "L" else (30, 30, 30)
    for _ in range(n):
        x, y = rng.randrange(img.width), rng.randrange(img.height)
        s = rng.randint(1, big)
        d.ellipse([x, y, x + s, y + s], fill=dark)
    return img


def noise(img, rng, amount):
    """Additive grey noise, made from a small random tile scaled up."""
    tile = Image.frombytes("L", (256, 256),
                           bytes(rng.randrange(256) for _ in range(256 * 256)))
    big = Image.new("L", img.size)
    for y in range(0, img.height, 256):
        for x in range(0, img.width, 256):
            big.paste(tile, (x, y))
    n = big.point(lambda v: int((v - 128) * amount / 128 + 128))
    return ImageChops.add(img, n, scale=1.0, offset=-128)


def shrink(img, dpi):
    if dpi == 300:
        return img
    return img.resize((img.width * dpi // 300, img.height * dpi // 300), Image.LANCZOS)


def wear(pages, marks, mode, rng, seal_text):
    """The scanned pages (Pillow images at the output dpi) of pages drawn at
    300 dpi, for the degradation mode."""
    out_kind, dpi = MODES[mode]
    out = []
    for i, pg in enumerate(pages):
        lay = ink_layer(pg.size, rng, marks if mode != "clean" else
                        [m for m in marks if m["kind"] == "hand"], i, seal_text)
        if mode in ("mild-yellowed", "heavy-showthrough"):
            rgb = paper(pg, (246, 236, 204))
        elif out_kind == "pdf":
            rgb = paper(pg, (250, 249, 245))
        else:
            rgb = pg.convert("RGB")
        if mode == "heavy-showthrough":
            back = pages[(i + 1) % len(pages)].transpose(Image.FLIP_LEFT_RIGHT)
            back = back.filter(ImageFilter.GaussianBlur(3)).point(lambda v: 255 - (255 - v) // 7)
            rgb = ImageChops.multiply(rgb, back.convert("RGB"))
        rgb = ImageChops.multiply(rgb, lay)
        if mode in ("mild-colour-skew", "heavy-skew-noise"):
            ang = rng.uniform(0.8, 1.4) * (1 if mode == "mild-colour-skew" else 2.2)
            ang *= rng.choice([-1, 1])
            fill = (255, 255, 255) if out_kind != "pdf" else (250, 249, 245)
            rgb = rgb.rotate(ang, resample=Image.BICUBIC, fillcolor=fill)
        if out_kind == "pdf":
            if mode == "heavy-showthrough":
                rgb = specks(rgb, rng, 900, 4)
            out.append(shrink(rgb, dpi))
            continue
        g = rgb.convert("L")
        if mode == "heavy-photocopy":
            g = g.point(lambda v: int(70 + v * 0.62))
            g = noise(g, rng, 26)
            g = specks(g, rng, 2500, 6)
        elif mode == "heavy-blur":
            g = g.filter(ImageFilter.GaussianBlur(3.4))
            g = noise(g, rng, 30)
        elif mode == "heavy-skew-noise":
            g = noise(g, rng, 60)
            g = specks(g, rng, 1500, 3)
        g = shrink(g, dpi)
        if out_kind == "g4":
            g = g.point(lambda v: 255 if v > 150 else 0).convert("1")
        out.append(g)
    return out, out_kind, dpi


def fixed_id(path, content):
    """img2pdf writes a random /ID: put one made from the pages instead (of
    the same length, so the cross-reference offsets still hold)."""
    with open(path, "rb") as f:
        pdf = f.read()
    want = hashlib.md5(content).hexdigest().encode()
    pdf = re.sub(rb"/ID \[<[0-9a-f]{32}><[0-9a-f]{32}>\]",
                 b"/ID [<" + want + b"><" + want + b">]", pdf)
    with open(path, "wb") as f:
        f.write(pdf)


def save(imgs, kind, dpi, path):
    """Write the scan: a multi-page TIFF, or a PDF of JPEG pages (img2pdf,
    the JPEGs embedded as they are)."""
    if kind == "pdf":
        jpgs = []
        for im in imgs:
            b = io.BytesIO()
            im.save(b, "JPEG", quality=60, dpi=(dpi, dpi), optimize=True)
            jpgs.append(b.getvalue())
        tmp = [path + ".%d.jpg" % i for i in range(len(jpgs))]
        for t, b in zip(tmp, jpgs):
            with open(t, "wb") as f:
                f.write(b)
        subprocess.run(["img2pdf", "--nodate", "-o", path] + tmp, check=True)
        for t in tmp:
            os.remove(t)
        fixed_id(path, b"".join(jpgs))
        return
    comp = {"g4": "group4", "lzw": "tiff_lzw", "jpeg": "jpeg"}[kind]
    extra = {"quality": 55} if kind == "jpeg" else {}
    imgs[0].save(path, save_all=True, append_images=imgs[1:], compression=comp,
                 dpi=(dpi, dpi), **extra)
