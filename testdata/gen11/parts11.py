"""parts11: the parts every family-11 decision shares (the committee and the
motto side by side, the number and date in three places, a number filled in
by hand, the subject line, legal basis of varying length, the signer and
"Nơi nhận" side by side) and the truth each document carries."""
import datetime
from page11 import mm
from units11 import bare, dmy, words_date


class Truth:
    """What a document prints, in the form bench/accuracy scores."""

    def __init__(self, kind):
        self.kind, self.owners, self.parcels, self.house = kind, [], [], None
        self.decision = {}

    def owner(self, name, sex, code, year=None, born=None, idn=None, idt=None,
              address=None, household=False, spouse=None, org=False):
        """Add an owner; returns its index."""
        o = {"name": name, "gender": None if org else sex,
             "birth_year": year if year else (born.year if born else None),
             "birth_date": born.isoformat() if born else None,
             "id_number": idn, "id_type": idt if idn else None,
             "address": address, "commune_code": code, "spouse": spouse,
             "household": household}
        if org:
            o["organisation"] = True
        self.owners.append(o)
        return len(self.owners) - 1

    def couple(self, a, b):
        self.owners[a]["spouse"], self.owners[b]["spouse"] = b, a

    def parcel(self, holder, sheet, number, area, code, use=None, to=None,
               term=None, origin=None, address=None):
        self.parcels.append({"sheet": str(sheet), "number": str(number),
                             "area": float(area), "land_use": use,
                             "land_use_to": to, "term": term, "origin": origin,
                             "address": address, "commune_code": code,
                             "holder": holder})

    def citizen_ids(self):
        return [o["id_number"] if (o["id_number"] or "").__len__() == 12 else None
                for o in self.owners]


class Issuer:
    """A committee: its printed lines, its name for the truth, the place the
    date line names, and how running text names it."""

    def __init__(self, level, unit, place=None):
        # level: 'tỉnh', 'thành phố', 'huyện', 'quận', 'thị xã', 'xã', 'phường'
        self.level, self.name = level, bare(unit)
        self.place = place or self.name
        self.truth = "Ủy ban nhân dân %s %s" % (level, self.name)
        self.upper = ("%s %s" % (level, self.name)).upper()

    def running(self):
        return "Ủy ban nhân dân %s %s" % (self.level, self.name)


def header(sh, iss, number, date, style, rnd, hand=None):
    """The header: committee left, motto right, and the number and date
    'split' (number under the committee, date under the motto), 'row' (both
    on one row under the blocks) or 'abbrev' (the committee on one line as
    'UBND HUYỆN ...', number under it).  hand: the number and the day are
    written by hand on dotted lines (sh.hand gets where)."""
    split = rnd.choice([0.38, 0.44, 0.47])
    motto = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "B"),
             ("Độc lập - Tự do - Hạnh phúc", "B", 0.98)]
    if style == "abbrev":
        left = [("UBND " + iss.upper, "B", 0.4), None]
    else:
        left = [("ỦY BAN NHÂN DÂN", "R"), (iss.upper, "B", 0.35)]
    sh.blocks(left, motto, split=split, pt=sh.pt - 1)
    no = number_text(number, hand)
    when = "%s, %s" % (iss.place, words_date(date))
    if hand:
        when = "%s, ngày ...... tháng %d năm %d" % (iss.place, date.month, date.year)
    if style == "row":
        sh.gap(0.3)
        y = sh.y
        sh.put(no, sh.left, sh.right, y)
        sh.put(when, sh.left, sh.right, y, "I", align="R")
        sh.say(number_text(number, False) + "    " + real_when(iss, date, hand, when))
        if hand:
            _hand_marks(sh, no, when, y, (sh.left, "L"), (sh.right, "R"), number, date)
        sh.y += sh.leading()
    else:
        x0 = sh.left - mm(12)
        mid = x0 + round((sh.right - sh.left + mm(12)) * split)
        y = sh.y
        sh.put(no, x0, mid, y, align="C")
        sh.put(when, mid, sh.right + mm(5), y, "I", align="C")
        sh.say(number_text(number, False) + "    " + real_when(iss, date, hand, when))
        if hand:
            _hand_marks(sh, no, when, y, ((x0 + mid) / 2, "C"),
                        ((mid + sh.right + mm(5)) / 2, "C"), number, date)
        sh.y += sh.leading()
    sh.gap(0.8)


def number_text(number, hand):
    n, _, tail = number.partition("/")
    return "Số: %s/%s" % ("........" if hand else n, tail)


def real_when(iss, date, hand, when):
    """The date line as the page shows it once the hand-written day is in."""
    if hand:
        return "%s, ngày %d tháng %d năm %d" % (iss.place, date.day, date.month, date.year)
    return when


def _hand_marks(sh, no, when, y, at_no, at_when, number, date):
    """Remember where the hand writes the number and the day: over the dots."""
    def start(s, at):
        w = sh.width(s)
        return at[0] - (w / 2 if at[1] == "C" else (w if at[1] == "R" else 0))
    x = start(no, at_no) + sh.width("Số: ")
    sh.hand.append((x, y, number.partition("/")[0]))
    wi = sh.width(when, "I")
    x = start(when, (at_when[0], at_when[1])) if at_when[1] != "R" else at_when[0] - wi
    x += sh.width(when[:when.index("......")], "I")
    sh.hand.append((x, y, str(date.day)))


def title(sh, subject, form="ve-viec"):
    """QUYẾT ĐỊNH and the subject line: 'Về việc ...', 'V/v ...' or the
    subject alone (the 2020 model form), wrapped and centred."""
    sh.line("QUYẾT ĐỊNH", "B", sh.pt + 1, "C")
    s = {"ve-viec": "Về việc " + subject, "vv": "V/v " + subject,
         "bare": subject[0].upper() + subject[1:]}[form]
    for ws in sh.wrap(s.split(), (sh.right - sh.left) * 0.82, "B"):
        sh.line(" ".join(ws), "B", align="C")
    yy = sh.y + mm(1.5)
    sh.draw.line(((sh.left + sh.right) / 2 - mm(18), yy,
                  (sh.left + sh.right) / 2 + mm(18), yy), fill=0, width=3)
    sh.gap(0.8)


LAWS = ["Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
        "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và "
        "Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;",
        "Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013;",
        "Căn cứ Nghị định số 43/2014/NĐ-CP ngày 15 tháng 5 năm 2014 của Chính phủ "
        "quy định chi tiết thi hành một số điều của Luật Đất đai;",
        "Căn cứ Nghị định số 01/2017/NĐ-CP ngày 06 tháng 01 năm 2017 của Chính phủ "
        "sửa đổi, bổ sung một số nghị định quy định chi tiết thi hành Luật Đất đai;",
        "Căn cứ Thông tư số 30/2014/TT-BTNMT ngày 02 tháng 6 năm 2014 của Bộ Tài "
        "nguyên và Môi trường quy định về hồ sơ giao đất, cho thuê đất, chuyển mục "
        "đích sử dụng đất, thu hồi đất;"]
LAWS_2025 = ["Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
             "Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024;",
             "Căn cứ Nghị định số 102/2024/NĐ-CP ngày 30 tháng 7 năm 2024 của Chính "
             "phủ quy định chi tiết thi hành một số điều của Luật Đất đai;",
             "Căn cứ Nghị định số 151/2025/NĐ-CP ngày 12 tháng 6 năm 2025 của Chính "
             "phủ quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp "
             "trong lĩnh vực đất đai;"]
LAWS_OLD = ["Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng "
            "11 năm 2003;", "Căn cứ Luật Đất đai ngày 26 tháng 11 năm 2003;",
            "Căn cứ Nghị định số 181/2004/NĐ-CP ngày 29 tháng 10 năm 2004 của Chính "
            "phủ về thi hành Luật Đất đai;"]


def basis(sh, rnd, date, n, office, heading):
    """The authority line, n legal grounds fitting the date and the office's
    proposal, then 'QUYẾT ĐỊNH:'."""
    sh.line(heading, "B", align="C")
    sh.gap(0.3)
    pool = LAWS_2025 if date >= datetime.date(2025, 7, 1) else (
        LAWS_OLD if date.year < 2014 else LAWS)
    for s in pool[:max(1, min(n, len(pool)))]:
        sh.para(s, style="I")
    ref = datetime.date.fromordinal(date.toordinal() - rnd.randint(6, 40))
    sh.para("Xét đề nghị của %s tại Tờ trình số %d/TTr-%s ngày %s." % (
        office[0], rnd.randint(12, 480), office[1], dmy(ref)), style="I")
    sh.gap(0.2)
    sh.line("QUYẾT ĐỊNH:", "B", align="C")
    sh.gap(0.2)


def sign(sh, rnd, form, name, to, pt=None):
    """Nơi nhận (left) and the signer (right) side by side; form 'tm' (TM.
    ỦY BAN NHÂN DÂN / CHỦ TỊCH), 'kt' (KT. CHỦ TỊCH / PHÓ CHỦ TỊCH) or
    'chair' (CHỦ TỊCH).  Sets sh.sign to where the seal and signature go."""
    pt = pt or sh.pt - 1
    need = sh.leading(pt) * (len(to) + 6)
    sh.room(need)
    sh.gap(0.4)
    right = {"tm": [("TM. ỦY BAN NHÂN DÂN", "B"), ("CHỦ TỊCH", "B")],
             "kt": [("KT. CHỦ TỊCH", "B"), ("PHÓ CHỦ TỊCH", "B")],
             "chair": [("CHỦ TỊCH", "B")]}[form]
    left = [("Nơi nhận:", "BI")] + [("- " + t, "R") for t in to]
    x0 = sh.left - mm(10)
    mid = sh.left + round((sh.right - sh.left) * 0.45)
    y0 = sh.y
    lead = sh.leading(pt)
    rows = max(len(left), len(right) + 4)
    for i in range(rows):
        row = []
        if i < len(left):
            s, st = left[i]
            sh.put(s, x0, mid, y0 + i * lead, st, pt if i else pt, "L")
            row.append(s)
        if i < len(right):
            s, st = right[i]
            sh.put(s, mid, sh.right, y0 + i * lead, st, sh.pt, "C")
            row.append(s)
        if row:
            sh.say("    ".join(row))
    yname = y0 + max(len(right) + 4, len(left)) * lead
    sh.put(name, mid, sh.right, yname, "B", sh.pt, "C")
    sh.say(name)
    sh.sign = ((mid + sh.right) / 2, y0 + (len(right) + 2) * lead, yname)
    sh.sign_page = len(sh.pages) - 1
    sh.y = yname + lead
