"""wear11: what happens to family 11's pages between the printer and the
file (a red round seal and a blue signature over the signer, figures written
by hand in blue on the dotted number and date line, yellowed paper with the
back page showing through, grey photocopies with toner specks, skew, blur,
shrinking to 120-200 dpi) and the files they end in: bilevel CCITT G4, grey
LZW or JPEG TIFFs, colour PDFs of one JPEG per page."""
import io, math
import img2pdf
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

HAND = "/usr/share/fonts/opentype/urw-base35/Z003-MediumItalic.otf"
SEAL = "/usr/share/fonts/truetype/crosextra/Carlito-Bold.ttf"
RED, BLUE = (196, 38, 44), (34, 58, 168)


def _ink(size):
    return Image.new("RGB", size, (255, 255, 255))


def seal(layer, cx, cy, rnd, words):
    """A round seal: two rings, the committee's name around, a star inside."""
    d = ImageDraw.Draw(layer)
    r = 230
    for rr, w in ((r, 9), (r - 34, 4)):
        d.ellipse((cx - rr, cy - rr, cx + rr, cy + rr), outline=RED, width=w)
    f = ImageFont.truetype(SEAL, 40)
    n = len(words)
    for i, ch in enumerate(words):
        a = math.radians(-200 + 220 * i / max(n - 1, 1))
        x, y = cx + (r - 20) * math.cos(a), cy + (r - 20) * math.sin(a)
        g = Image.new("L", (60, 60), 0)
        ImageDraw.Draw(g).text((30, 30), ch, font=f, fill=255, anchor="mm")
        g = g.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC)
        layer.paste(RED, (int(x - 30), int(y - 30)), g)
    pts = []
    for k in range(10):
        rr = 70 if k % 2 == 0 else 28
        a = math.radians(-90 + 36 * k)
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    d.polygon(pts, fill=RED)


def signature(layer, x, y, rnd):
    """A blue scribble: a few loops and a long stroke."""
    d = ImageDraw.Draw(layer)
    pts = []
    a1, a2, f1 = rnd.uniform(30, 60), rnd.uniform(10, 30), rnd.uniform(0.05, 0.09)
    for t in range(0, 420, 3):
        pts.append((x - 200 + t, y + a1 * math.sin(t * f1) + a2 * math.sin(t * 0.21)))
    d.line(pts, fill=BLUE, width=5, joint="curve")
    d.line((x - 230, y + 70, x + 250, y + 30), fill=BLUE, width=4)


def hand(layer, marks, rnd):
    """Figures written by hand at (x, y, text), the baseline a little off."""
    f = ImageFont.truetype(HAND, 92)
    for x, y, s in marks:
        g = Image.new("L", (460, 160), 0)
        ImageDraw.Draw(g).text((10, 10), s, font=f, fill=255)
        g = g.rotate(rnd.uniform(-4, 4), resample=Image.BICUBIC)
        layer.paste(BLUE, (int(x + 4), int(y - 22)), g)


def paper(img, tint, rnd, shade=0):
    """Print grey img on paper of colour tint, darker towards one side."""
    w, h = img.size
    base = Image.new("RGB", (w, h), tint)
    if shade:
        grad = Image.linear_gradient("L").resize((w, h)).rotate(rnd.choice([0, 90]))
        dark = Image.new("RGB", (w, h), tuple(max(c - shade, 0) for c in tint))
        base = Image.composite(dark, base, grad)
    return ImageChops.multiply(base, img.convert("RGB"))


def show_through(img, back, alpha=0.13):
    """The back of the sheet (mirrored, blurred) faintly through the paper."""
    b = back.transpose(Image.FLIP_LEFT_RIGHT).resize(img.size).filter(
        ImageFilter.GaussianBlur(3)).convert("RGB")
    ghost = Image.blend(Image.new("RGB", img.size, (255, 255, 255)), b, alpha)
    return ImageChops.multiply(img, ghost)


def specks(img, rnd, n, grey=40):
    d = ImageDraw.Draw(img)
    w, h = img.size
    for _ in range(n):
        x, y, r = rnd.randrange(w), rnd.randrange(h), rnd.choice([1, 2, 2, 3, 4])
        d.ellipse((x - r, y - r, x + r, y + r), fill=grey if img.mode == "L" else (grey,) * 3)
    return img


def photocopy(img, rnd):
    """Grey toner on grey: a lifted background, darker strokes, specks."""
    g = img.point(lambda v: 35 + v * 0.78)
    g = specks(g, rnd, 2500)
    return g.filter(ImageFilter.GaussianBlur(0.9))


def turn(img, deg):
    fill = 255 if img.mode == "L" else (255, 255, 255)
    return img.rotate(deg, resample=Image.BICUBIC, expand=False, fillcolor=fill)


def shrink(img, dpi):
    if dpi == 300:
        return img
    w, h = img.size
    return img.resize((round(w * dpi / 300), round(h * dpi / 300)), Image.LANCZOS)


def wear(sh, deg, dpi, rnd, seal_words):
    """The pages as scanned: deg is the MANIFEST's degradation."""
    pages = [p.copy() for p in sh.pages]
    colour = deg.startswith(("mild-colour", "heavy-colour", "mild-yellowed",
                             "heavy-showthrough", "heavy-skew-photocopy"))
    out = []
    for i, p in enumerate(pages):
        if colour:
            tint = (236, 224, 186) if "yellowed" in deg or "showthrough" in deg \
                else (250, 249, 244)
            img = paper(p, tint, rnd, 18 if "yellowed" in deg else 0)
            if "showthrough" in deg or "yellowed" in deg:
                img = show_through(img, pages[(i + 1) % len(pages)] if len(pages) > 1
                                   else p, 0.16 if "showthrough" in deg else 0.08)
            ink = _ink(img.size)
            if i == 0 and sh.hand:
                hand(ink, sh.hand, rnd)
            if sh.sign and sh.sign_page == i:
                cx, cy, yname = sh.sign
                seal(ink, cx - 150, cy + 20, rnd, seal_words)
                signature(ink, cx + 40, yname - 90, rnd)
            img = ImageChops.multiply(img, ink)
            if "photocopy" in deg:
                img = photocopy(img.convert("L"), rnd).convert("RGB")
        else:
            img = p
            if "photocopy" in deg:
                img = photocopy(img, rnd)
            if "specks" in deg:
                img = specks(img.point(lambda v: 25 + v * 0.86), rnd, 4000, 60)
        if "skew" in deg:
            img = turn(img, rnd.choice([-1, 1]) * rnd.uniform(1.2, 2.6))
        if "blur" in deg:
            img = img.filter(ImageFilter.GaussianBlur(1.4))
        out.append(shrink(img, dpi))
    return out


def save(pages, path, how, dpi, quality=72):
    """Write the scan: how is 'g4', 'lzw', 'jpeg' (TIFFs) or 'pdf'."""
    if how == "pdf":
        jpegs = []
        for p in pages:
            b = io.BytesIO()
            p.convert("RGB").save(b, "JPEG", quality=quality, dpi=(dpi, dpi))
            jpegs.append(b.getvalue())
        with open(path, "wb") as f:
            f.write(img2pdf.convert(jpegs, nodate=True, engine=img2pdf.Engine.internal))
        return
    if how == "g4":
        pages = [p.convert("L").point(lambda v: 255 if v > 150 else 0).convert("1")
                 for p in pages]
        kw = {"compression": "group4"}
    elif how == "lzw":
        pages = [p.convert("L") for p in pages]
        kw = {"compression": "tiff_lzw"}
    else:
        pages = [p.convert("L") for p in pages]
        kw = {"compression": "jpeg", "quality": quality}
    pages[0].save(path, "TIFF", save_all=True, append_images=pages[1:],
                  dpi=(dpi, dpi), **kw)
