"""Advance widths of a TrueType font, read with the standard library only
(cmap formats 4 and 12, hmtx), so gen2 can wrap text before ImageMagick
draws it."""
import struct


class Font:
    def __init__(self, path):
        self.path = path
        with open(path, "rb") as f:
            b = f.read()
        n = struct.unpack(">H", b[4:6])[0]
        tables = {}
        for i in range(n):
            tag, _, off, ln = struct.unpack(">4sIII", b[12 + 16 * i:28 + 16 * i])
            tables[tag.decode("latin-1")] = (off, ln)
        o = tables["head"][0]
        self.upem = struct.unpack(">H", b[o + 18:o + 20])[0]
        o = tables["hhea"][0]
        nhm = struct.unpack(">H", b[o + 34:o + 36])[0]
        o = tables["hmtx"][0]
        self.adv = [struct.unpack(">H", b[o + 4 * i:o + 4 * i + 2])[0]
                    for i in range(nhm)]
        self.cmap = {}
        o = tables["cmap"][0]
        nsub = struct.unpack(">H", b[o + 2:o + 4])[0]
        subs = []
        for i in range(nsub):
            pid, eid, off = struct.unpack(">HHI", b[o + 4 + 8 * i:o + 12 + 8 * i])
            subs.append((pid, eid, o + off))
        for pid, eid, so in subs:
            fmt = struct.unpack(">H", b[so:so + 2])[0]
            if fmt == 12:
                ng = struct.unpack(">I", b[so + 12:so + 16])[0]
                for g in range(ng):
                    s, e, gid = struct.unpack(">III", b[so + 16 + 12 * g:so + 28 + 12 * g])
                    for c in range(s, e + 1):
                        self.cmap.setdefault(c, gid + c - s)
            elif fmt == 4 and pid in (0, 3):
                seg2 = struct.unpack(">H", b[so + 6:so + 8])[0]
                seg = seg2 // 2
                ends = struct.unpack(">%dH" % seg, b[so + 14:so + 14 + seg2])
                st = so + 16 + seg2
                starts = struct.unpack(">%dH" % seg, b[st:st + seg2])
                deltas = struct.unpack(">%dh" % seg, b[st + seg2:st + 2 * seg2])
                ro = st + 2 * seg2
                ranges = struct.unpack(">%dH" % seg, b[ro:ro + seg2])
                for k in range(seg):
                    for c in range(starts[k], ends[k] + 1):
                        if c == 0xFFFF:
                            continue
                        if ranges[k] == 0:
                            gid = (c + deltas[k]) & 0xFFFF
                        else:
                            p = ro + 2 * k + ranges[k] + 2 * (c - starts[k])
                            gid = struct.unpack(">H", b[p:p + 2])[0]
                            if gid:
                                gid = (gid + deltas[k]) & 0xFFFF
                        self.cmap.setdefault(c, gid)

    def width(self, text, px):
        """Width in pixels of text set at px pixels per em."""
        w = 0
        for ch in text:
            g = self.cmap.get(ord(ch), 0)
            w += self.adv[min(g, len(self.adv) - 1)]
        return w * px / self.upem
