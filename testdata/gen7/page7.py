"""Page layout for gen7: text lines, wrapped and justified paragraphs,
side-by-side blocks, and tables (ruled, half-ruled or bare; merged name
cells over several parcel rows; header repeated or not on the next page),
drawn as ImageMagick MVG at 300 dpi.  Every printed line is also kept as
text for the truth's page_text."""
import metrics7

FONTS = {
    "tinos": "/usr/share/fonts/truetype/croscore/Tinos-%s.ttf",
    "arimo": "/usr/share/fonts/truetype/croscore/Arimo-%s.ttf",
    "cousine": "/usr/share/fonts/truetype/croscore/Cousine-%s.ttf",
}
STYLE = {"r": "Regular", "b": "Bold", "i": "Italic", "bi": "BoldItalic"}
HAND = "/usr/share/fonts/opentype/urw-base35/Z003-MediumItalic.otf"
W, H = 2480, 3508
PT = 300 / 72.0


def esc(s):
    return s.replace("\\", "\\\\").replace('"', "'")


class Doc:
    def __init__(self, family, size=13, left=330, right=220, top=210, bottom=3290):
        self.family = family
        self.size = size
        self.left, self.right, self.top, self.bottom = left, W - right, top, bottom
        self.pages = []
        self.new_page()

    # -- basics -------------------------------------------------------
    def font(self, st):
        return FONTS[self.family] % STYLE[st]

    def px(self, size=None):
        return (size or self.size) * PT

    def width(self, s, st="r", size=None):
        return metrics7.face(self.font(st)).width(s, self.px(size))

    def new_page(self):
        self.cmds, self.text, self.marks = [], [], {}
        self.pages.append((self.cmds, self.text))
        self.y = self.top

    def ensure(self, h):
        if self.y + h > self.bottom:
            self.new_page()
            return True
        return False

    def draw(self, x, y, s, st="r", size=None, fill="black", anchor="l"):
        w = self.width(s, st, size)
        if anchor == "c":
            x -= w / 2
        elif anchor == "r":
            x -= w
        self.cmds.append('font "%s" font-size %.1f fill %s text %.1f,%.1f "%s"'
                         % (self.font(st), self.px(size), fill, x, y, esc(s)))
        return x, w

    def rule(self, x1, y1, x2, y2, w=2.5, colour="black"):
        self.cmds.append("stroke %s stroke-width %.1f line %.1f,%.1f %.1f,%.1f stroke none"
                         % (colour, w, x1, y1, x2, y2))

    def lh(self, size=None, k=1.32):
        return self.px(size) * k

    def skip(self, n=0.5, size=None):
        self.y += self.lh(size) * n

    # -- lines and paragraphs -------------------------------------------
    def line(self, s, st="r", size=None, anchor="l", x=None, text=True):
        self.ensure(self.lh(size))
        self.y += self.lh(size)
        if x is None:
            x = {"l": self.left, "c": (self.left + self.right) / 2, "r": self.right}[anchor]
        self.draw(x, self.y, s, st, size, anchor=anchor)
        if text:
            self.text.append(s)

    def wrap(self, s, width, st="r", size=None, first=0):
        """Lines of words (each word a (text, style) pair when s is a list of
        (text, style) segments) that fit width; the first line first less."""
        toks = ([(w, t) for text, t in s for w in text.split()] if isinstance(s, list)
                else [(w, st) for w in s.split()])
        lines, cur, cw, avail = [], [], 0, width - first
        sp = self.width(" ", st, size)
        for w, t in toks:
            ww = self.width(w, t, size)
            if cur and cw + sp + ww > avail:
                lines.append(cur)
                cur, cw, avail = [], 0, width
            cw += ww + (sp if cur else 0)
            cur.append((w, t))
        if cur:
            lines.append(cur)
        if isinstance(s, list):
            return lines
        return [[w for w, _ in l] for l in lines]

    def para(self, s, st="r", size=None, indent=90, justify=True, left=None, k=1.32):
        """A paragraph, justified, its first line indented; s is a string or
        a list of (text, style) segments ("Điều 1." in bold, then text)."""
        left = self.left if left is None else left
        width = self.right - left
        segs = s if isinstance(s, list) else [(s, st)]
        lines = self.wrap(segs, width, st, size, indent)
        sp = self.width(" ", st, size)
        for i, ws in enumerate(lines):
            self.ensure(self.lh(size, k))
            self.y += self.lh(size, k)
            x0 = left + (indent if i == 0 else 0)
            avail = self.right - x0
            natural = sum(self.width(w, t, size) for w, t in ws) + sp * (len(ws) - 1)
            gap = sp
            if justify and i < len(lines) - 1 and len(ws) > 1:
                gap = sp + (avail - natural) / (len(ws) - 1)
            x = x0
            for w, t in ws:
                _, ww = self.draw(x, self.y, w, t, size)
                x += ww + gap
            self.text.append(" ".join(w for w, _ in ws))

    def columns(self, blocks, size=None):
        """Side-by-side blocks: each a (centre x, [(text, style, underline)])
        list; returns the lowest y.  The page text joins the lines of one
        height with four spaces, left block first."""
        y0, rows = self.y, {}
        bottom = y0
        for blk in blocks:
            cx, lines = blk[0], blk[1]
            anchor = blk[2] if len(blk) > 2 else "c"
            y = y0
            for s, st, under in lines:
                sz = size if not isinstance(st, tuple) else st[1]
                st = st if not isinstance(st, tuple) else st[0]
                y += self.lh(sz, 1.25)
                if s:
                    x, w = self.draw(cx, y, s, st, sz, anchor=anchor)
                    if under:
                        self.rule(cx - under * w / 2, y + 20, cx + under * w / 2, y + 20, 3)
                    rows.setdefault(round(y), []).append(s)
                self.marks[s] = (cx, y)
            bottom = max(bottom, y)
        for k in sorted(rows):
            self.text.append("    ".join(rows[k]))
        self.y = bottom

    # -- tables --------------------------------------------------------
    def frame(self, xs, y0, y1, rules):
        """A header band's rules: its bottom always, its top unless the
        table is bare, its column rules in a full grid."""
        lines = [(xs[0], y0, xs[-1], y0)] if rules != "none" else []
        lines += [(xs[0], y1, xs[-1], y1)]
        lines += [(x, y0, x, y1) for x in xs] if rules == "grid" else []
        for l in lines:
            self.rule(*l)

    def table(self, cols, rows, size=11, rules="grid", repeat=True, numbers=False,
              shade=False, k=1.2):
        """cols: (header, width, align); rows: dicts with 'cells' (None for a
        cell merged with the one above) and optional 'style'.  Groups of rows
        joined by a merged cell stay on one page."""
        k0 = (self.right - self.left) / float(sum(w for _, w, _ in cols))
        cols = [(h, w * k0, a) for h, w, a in cols]
        xs = [self.left]
        for _, w, _ in cols:
            xs.append(xs[-1] + w)
        pad, lh = 12, self.lh(size, k)

        def cell_lines(s, i, st):
            if s is None:
                return []
            out = []
            for part in str(s).split("\n"):
                out += [" ".join(l) for l in self.wrap(part, cols[i][1] - 2 * pad, st, size)] or [""]
            return out

        def header():
            y0 = self.y
            hl = [cell_lines(h, i, "b") for i, (h, _, _) in enumerate(cols)]
            hh = max(len(l) for l in hl) * lh + 2 * pad
            if shade:
                self.cmds.append("fill gray85 rectangle %.1f,%.1f %.1f,%.1f fill black"
                                 % (xs[0], y0, xs[-1], y0 + hh))
            for i, ls in enumerate(hl):
                top = y0 + (hh - len(ls) * lh) / 2
                for j, s in enumerate(ls):
                    self.draw((xs[i] + xs[i + 1]) / 2, top + (j + 0.8) * lh, s, "b", size, anchor="c")
            self.text.append("    ".join(" ".join(l) for l in hl))
            self.frame(xs, y0, y0 + hh, rules)
            self.y = y0 + hh
            if numbers:
                nh = lh + pad
                for i in range(len(cols)):
                    self.draw((xs[i] + xs[i + 1]) / 2, self.y + lh * 0.85, "(%d)" % (i + 1), "i", size, anchor="c")
                self.text.append("    ".join("(%d)" % (i + 1) for i in range(len(cols))))
                if rules == "grid":
                    for x in xs:
                        self.rule(x, self.y, x, self.y + nh)
                self.rule(xs[0], self.y + nh, xs[-1], self.y + nh)
                self.y += nh

        # groups: a row starts a group unless one of its cells is merged upward
        groups = []
        for r in rows:
            if groups and any(c is None for c in r["cells"]):
                groups[-1].append(r)
            else:
                groups.append([r])
        self.ensure(lh * 5)
        self.y += pad
        header()
        for g in groups:
            laid = []
            for r in g:
                st = r.get("style", "r")
                ls = [cell_lines(c, i, st) for i, c in enumerate(r["cells"])]
                laid.append((r, ls, max(len(l) for l in ls) * lh + 2 * pad))
            # a merged cell's lines may need more height than its rows
            for i in range(len(cols)):
                first = g[0]["cells"][i]
                if first is not None and len(g) > 1 and g[1]["cells"][i] is None:
                    need = len(laid[0][1][i]) * lh + 2 * pad
                    have = sum(h for _, _, h in laid)
                    if need > have:
                        r0, l0, h0 = laid[-1]
                        laid[-1] = (r0, l0, h0 + need - have)
            gh = sum(h for _, _, h in laid)
            if self.y + gh > self.bottom:
                self.new_page()
                if repeat:
                    header()
                elif rules != "none":
                    self.rule(xs[0], self.y, xs[-1], self.y)
            y0 = self.y
            for ri, (r, ls, h) in enumerate(laid):
                st = r.get("style", "r")
                for i, l in enumerate(ls):
                    if not l:
                        continue
                    span = h
                    if ri + 1 < len(laid) and laid[ri + 1][0]["cells"][i] is None:
                        span = sum(hh for _, _, hh in laid[ri:])
                    top = self.y + (span - len(l) * lh) / 2 if len(l) * lh < span else self.y + pad
                    if cols[i][2] == "l" or len(l) > 1 and cols[i][2] != "r":
                        top = self.y + pad if span == h else top
                    for j, s in enumerate(l):
                        al = cols[i][2]
                        x = {"l": xs[i] + pad, "c": (xs[i] + xs[i + 1]) / 2, "r": xs[i + 1] - pad}[al]
                        self.draw(x, top + (j + 0.8) * lh, s, st, size, anchor=al)
                self.text.append("    ".join(" ".join(l) for l in ls if l))
                yb = self.y + h
                last = ri + 1 == len(laid)
                if rules == "grid":
                    for i in range(len(cols)):
                        if last or laid[ri + 1][0]["cells"][i] is not None:
                            self.rule(xs[i], yb, xs[i + 1], yb)
                    for x in xs:
                        self.rule(x, self.y, x, yb)
                elif rules == "hrules" and last:
                    self.rule(xs[0], yb, xs[-1], yb, 1.8)
                self.y = yb
        if rules == "none":
            self.rule(xs[0], self.y, xs[-1], self.y, 1.5)
        self.y += pad

    # -- ink -------------------------------------------------------------
    def seal(self, cx, cy, ring, colour="#c8141e"):
        r = 175
        c = self.cmds
        c.append("fill none stroke %s stroke-width 9 circle %.1f,%.1f %.1f,%.1f" % (colour, cx, cy, cx + r, cy))
        c.append("stroke-width 4 circle %.1f,%.1f %.1f,%.1f stroke none" % (cx, cy, cx + r - 48, cy))
        import math
        pts = []
        for i in range(10):
            a = -math.pi / 2 + i * math.pi / 5
            rr = 44 if i % 2 == 0 else 18
            pts.append("%.1f,%.1f" % (cx + rr * math.cos(a), cy - 30 + rr * math.sin(a)))
        c.append("fill %s polygon %s" % (colour, " ".join(pts)))
        n = len(ring)
        for i, ch in enumerate(ring):
            a = -200 + 220 * i / max(n - 1, 1)
            ar = math.radians(a)
            x, y = cx + (r - 36) * math.cos(ar), cy + (r - 36) * math.sin(ar)
            c.append('push graphic-context translate %.1f,%.1f rotate %.1f font "%s" font-size 30 fill %s text -9,10 "%s" pop graphic-context'
                     % (x, y, a + 90, self.font("b"), colour, esc(ch)))
        c.append("fill black")

    def signature(self, x, y, rng, colour="#1d3bb0"):
        pts = ["M %.1f,%.1f" % (x, y)]
        cx, cy = x, y
        for _ in range(5):
            nx, ny = cx + rng.uniform(40, 110), y + rng.uniform(-60, 40)
            pts.append("C %.1f,%.1f %.1f,%.1f %.1f,%.1f" % (cx + rng.uniform(-30, 60), cy - rng.uniform(40, 110),
                                                            nx - rng.uniform(-30, 60), ny + rng.uniform(40, 110), nx, ny))
            cx, cy = nx, ny
        self.cmds.append("fill none stroke %s stroke-width 5 path '%s' stroke none fill black" % (colour, " ".join(pts)))

    def hand(self, x, y, s, size=80, colour="#1f3fa8", angle=-6):
        self.cmds.append('push graphic-context translate %.1f,%.1f rotate %.1f font "%s" font-size %d fill %s text 0,0 "%s" pop graphic-context fill black'
                         % (x, y, angle, HAND, size, colour, esc(s)))

    def mvg(self, i):
        return "\n".join(["viewbox 0 0 %d %d" % (W, H), "text-antialias 1"] + self.pages[i][0]) + "\n"
