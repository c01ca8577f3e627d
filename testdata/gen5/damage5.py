"""gen5's scans: each page drawn at 300 dpi, then printed, copied and
scanned the way the MANIFEST's degradation says (ImageMagick with -seed,
tiffcp, img2pdf).  Returns the file's name and its dpi and compression."""
import math, os, subprocess, tempfile
import page5


def im(*args):
    subprocess.run(["convert", *map(str, args)], check=True)


def seal(rng, mark, scale, out_w, out_h, path, strong):
    """A red round seal over the signer's title and a blue signature, as an
    RGB layer on white to multiply over the page."""
    _, cx, ytitle, ysign = mark
    s = scale
    r = 215 * s
    x = (cx - 150 + rng.uniform(-40, 40)) * s
    y = (ytitle + 150 + rng.uniform(-30, 60)) * s
    a = 0.85 if strong else 0.65
    red = f"rgba(215,30,40,{a})"
    mvg = [f"viewbox 0 0 {out_w} {out_h}", "fill white", f"rectangle 0,0 {out_w},{out_h}",
           f"fill none", f"stroke '{red}'", f"stroke-width {9 * s:.1f}",
           f"circle {x:.1f},{y:.1f} {x + r:.1f},{y:.1f}",
           f"stroke-width {4 * s:.1f}",
           f"circle {x:.1f},{y:.1f} {x + r * 0.8:.1f},{y:.1f}",
           f"circle {x:.1f},{y:.1f} {x + r * 0.45:.1f},{y:.1f}"]
    pts = []
    for k in range(10):
        ang = -math.pi / 2 + k * math.pi / 5
        rr = r * (0.3 if k % 2 == 0 else 0.12)
        pts.append(f"{x + rr * math.cos(ang):.1f},{y + rr * math.sin(ang):.1f}")
    mvg += [f"fill '{red}'", "stroke none", "polygon " + " ".join(pts)]
    # ring letters
    text = "ỦY BAN NHÂN DÂN * " * 2
    font = page5.font_path("DejaVuSansCondensed", "b")
    for i, ch in enumerate(text):
        ang = -math.pi + i * 2 * math.pi / len(text)
        tx, ty = x + r * 0.62 * math.cos(ang), y + r * 0.62 * math.sin(ang)
        mvg.append(f"push graphic-context\ntranslate {tx:.1f},{ty:.1f}\n"
                   f"rotate {math.degrees(ang) + 90:.1f}\nfont \"{font}\"\n"
                   f"font-size {30 * s:.1f}\ntext-anchor middle\ntext 0,0 \"{ch}\"\n"
                   "pop graphic-context")
    # signature: a few blue strokes over the gap above the name
    bx, by = (cx - 160) * s, (ysign - 110) * s
    mvg += ["fill none", "stroke 'rgba(30,50,170,0.9)'", f"stroke-width {5 * s:.1f}"]
    for k in range(3):
        x0 = bx + rng.uniform(0, 60) * s
        y0 = by + rng.uniform(-20, 20) * s
        c = " ".join(f"{x0 + (j + 1) * 70 * s:.1f},{y0 + rng.uniform(-70, 70) * s:.1f}"
                     for j in range(5))
        mvg.append(f"path 'M {x0:.1f},{y0:.1f} C {c} {x0 + 340 * s:.1f},{y0 + rng.uniform(-40, 40) * s:.1f}'")
    with open(path + ".mvg", "w", encoding="utf-8") as f:
        f.write("\n".join(mvg) + "\n")
    im("mvg:" + path + ".mvg", path)


def specks(rng, w, h, n, path):
    mvg = [f"viewbox 0 0 {w} {h}", "fill white", f"rectangle 0,0 {w},{h}", "fill black"]
    for _ in range(n):
        x, y, r = rng.uniform(0, w), rng.uniform(0, h), rng.uniform(0.8, 3.2)
        mvg.append(f"circle {x:.1f},{y:.1f} {x + r:.1f},{y:.1f}")
    # a copier's dark band at one edge
    band = rng.choice(["left", "top"])
    mvg.append("fill 'gray(40)'")
    mvg.append(f"rectangle 0,0 {rng.randint(8, 30)},{h}" if band == "left"
               else f"rectangle 0,0 {w},{rng.randint(8, 30)}")
    with open(path + ".mvg", "w") as f:
        f.write("\n".join(mvg) + "\n")
    im("mvg:" + path + ".mvg", path)


def one_page(src, i, pages, dmg, rng, tmp, mark, seed):
    """Damage page src; returns the path of the page as it goes in the file."""
    W, H = page5.W, page5.H
    out = os.path.join(tmp, f"p{i}")
    if dmg == "clean":
        im(src, "-threshold", "55%", "-type", "bilevel", "-density", 300,
           "-compress", "Group4", out + ".tif")
        return out + ".tif", 300, "ccitt-g4"
    if dmg == "mild-skew":
        ang = rng.choice([-1, 1]) * rng.uniform(0.7, 2.4)
        im(src, "-background", "white", "-rotate", f"{ang:.2f}", "-gravity", "center",
           "-extent", f"{W}x{H}", "+repage", "-threshold", "58%", "-type", "bilevel",
           "-density", 300, "-compress", "Group4", out + ".tif")
        return out + ".tif", 300, "ccitt-g4"
    if dmg in ("mild-dpi200", "mild-dpi150"):
        d = 200 if dmg == "mild-dpi200" else 150
        im(src, "-filter", "Triangle", "-resize", f"{100.0 * d / 300:.4f}%",
           "-density", d, "-depth", 8, "-compress", "LZW", out + ".tif")
        return out + ".tif", d, "lzw"
    if dmg == "mild-noise-jpeg":
        im(src, "-resize", "66.6667%", "-seed", seed + i, "-attenuate", "0.35",
           "+noise", "Gaussian", "-colorspace", "Gray", "-depth", 8, "-density", 200,
           "-compress", "JPEG", "-quality", 55, out + ".tif")
        return out + ".tif", 200, "jpeg"
    if dmg == "heavy-photocopy":
        sp = out + "-sp.png"
        specks(rng, W, H, rng.randint(900, 2200), sp)
        im(src, sp, "-compose", "Multiply", "-composite", "-blur", "0x1.3",
           "+level", "12%,84%", "-seed", seed + i, "-attenuate", "0.5", "+noise",
           "Gaussian", "-resize", "66.6667%", "-colorspace", "Gray", "-depth", 8,
           "-density", 200, "-compress", "JPEG", "-quality", 45, out + ".tif")
        return out + ".tif", 200, "jpeg"
    if dmg == "heavy-showthrough":
        back = pages[(i + 1) % len(pages)] if len(pages) > 1 else src
        im(src, "(", back, "-flop", "-blur", "0x2", "+level", "78%,100%", ")",
           "-compose", "Multiply", "-composite", "+level", "6%,90%",
           "-seed", seed + i, "-attenuate", "0.4", "+noise", "Gaussian",
           "-resize", "66.6667%", "-colorspace", "Gray", "-depth", 8, "-density", 200,
           "-compress", "JPEG", "-quality", 50, out + ".tif")
        return out + ".tif", 200, "jpeg"
    # colour JPEG inside a PDF, a red seal and a blue signature on the
    # signature page; mild at 150 dpi, heavy at ~120 dpi (1400 px wide),
    # low quality and a grey-yellow cast.
    heavy = dmg.startswith("heavy")
    d = 120 if heavy else 150
    scale = 1400.0 / W if heavy else 0.5
    w, h = round(W * scale), round(H * scale)
    base = out + "-rgb.png"
    im(src, "-resize", f"{w}x{h}!", "-colorspace", "sRGB", "-type", "TrueColor",
       "(", "-size", f"{w}x{h}", "xc:" + ("#e9e1cc" if heavy else "#f7f3ea"), ")",
       "-compose", "Multiply", "-composite", base)
    if mark and mark[0] == i:
        sl = out + "-seal.png"
        seal(rng, mark, scale, w, h, sl, heavy)
        im(base, sl, "-compose", "Multiply", "-composite", base)
    if heavy:
        im(base, "-rotate", f"{rng.uniform(-1.2, 1.2):.2f}", "-gravity", "center",
           "-background", "#d9d2c0", "-extent", f"{w}x{h}", "+repage", "-seed", seed + i,
           "-attenuate", "0.3", "+noise", "Gaussian", base)
    im(base, "-density", d, "-units", "PixelsPerInch", "-quality", 40 if heavy else 72,
       "-sampling-factor", "2x2", out + ".jpg")
    return out + ".jpg", d, "jpeg"


def write(doc, ctx, dmg, rng, base):
    """Render doc's pages, damage them and write base.tif or base.pdf."""
    seed = int(rng.random() * 100000)
    with tempfile.TemporaryDirectory(prefix="gen5.") as tmp:
        srcs = []
        for i, (mvg, _) in enumerate(doc.pages):
            p = os.path.join(tmp, f"r{i}.png")
            page5.render(mvg, p)
            srcs.append(p)
        outs = [one_page(s, i, srcs, dmg, rng, tmp, ctx.get("mark"), seed)
                for i, s in enumerate(srcs)]
        files = [o[0] for o in outs]
        if files[0].endswith(".jpg"):
            name = os.path.basename(base) + ".pdf"
            subprocess.run(["img2pdf", "--creationdate", "2020-01-01T00:00:00",
                            "--moddate", "2020-01-01T00:00:00", "-o", base + ".pdf",
                            *files], check=True)
        else:
            name = os.path.basename(base) + ".tif"
            if os.path.exists(base + ".tif"):
                os.remove(base + ".tif")
            subprocess.run(["tiffcp", *files, base + ".tif"], check=True)
    return name, {"dpi": outs[0][1], "compression": outs[0][2]}
