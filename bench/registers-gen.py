#!/usr/bin/env python3
"""Messy land registers with ground truth, for table-import.

registers-gen.py OUTDIR N [SEED [csv]]: writes (with csv: only reg.csv) OUTDIR/reg.csv (UTF-8 with BOM,
';'-separated), reg-cp1258.csv, reg-tcvn3.csv (TCVN3 read as TCVN5712-1),
citizens.csv (the registry extract:
the register's people and a namesake of each, in their village; a village
holds about 250 rows), reg.xlsx (written by XlsxWriter, Debian's
python3-xlsxwriter: title rows, a two-row header with merged cells,
numeric ID cells) and
truth.tsv: file, row, kind ("clean" or the problem injected), the
holder's ID, and whether the row has a usable ID or birth date.  Standard
library and XlsxWriter.  Kinds of substance: id-year, id-digit, id-missing,
birth-year-missing, id-shared, parcel-duplicate, id-lost, id-two (the
same person, by name, birth year, sex and village, under another ID); of form (must
not be flagged): caps, leading-zero, ha, separators.
"""
import random, sys, os, subprocess, unicodedata

FAM = ["Lò", "Lường", "Quàng", "Cà", "Tòng", "Giàng", "Vàng", "Sùng", "Thào", "Nguyễn", "Trần", "Lê"]
MID_M, MID_F = ["Văn", "A"], ["Thị"]
GIV = ["Páo", "Thắng", "Dua", "Chứ", "Hoa", "Mai", "Lan", "Tùng", "Sơn", "Hùng", "Minh", "Dơ", "Hòa"]
USES = [("Đất ở tại nông thôn", "ONT"), ("Đất chuyên trồng lúa nước", "LUC"), ("CLN", "CLN"), ("Đất trồng cây lâu năm", "CLN")]
COMMUNES = ["Xã Mường Phăng", "Xã Thanh Xương", "Xã Núa Ngam"]
VILLAGES = ["Bản Na Sang", "Bản Co Mận", "Bản Phăng", "Bản Khẩu Cắm", "Bản Hua Pe",
            "Bản Nà Nhạn", "Bản Pá Khôm", "Bản Huổi Hoa"]

def person(rng, i):
    sex = rng.choice("MF")
    year = rng.randint(1940, 2000)
    g = (0 if sex == "M" else 1) + (2 if year >= 2000 else 0)
    pid = "011%d%02d%06d" % (g, year % 100, i)
    day, month = rng.randint(1, 28), rng.randint(1, 12)
    mid = rng.choice(MID_M if sex == "M" else MID_F)
    name = "%s %s %s" % (rng.choice(FAM), mid, rng.choice(GIV))
    return dict(name=name, sex="Nam" if sex == "M" else "Nữ", year=str(year), id=pid,
                date="%04d-%02d-%02d" % (year, month, day))

# Problems of substance (must be flagged) and changes of form (must not).
SUBSTANCE = ["id-year", "id-sex", "id-digit", "id-missing", "birth-year-missing",
             "id-shared", "parcel-duplicate", "id-lost", "id-two"]
FORM = ["caps", "leading-zero", "ha", "separators", "nfd", "tone", "date",
        "cmnd", "co-owner", "spacing", "title"]
KINDS = SUBSTANCE + FORM

def rows(rng, n):
    out, prev = [], None
    # a village (bản) holds a few hundred land users: one per 250 rows
    villages = [VILLAGES[k % len(VILLAGES)] + ("" if k < len(VILLAGES) else " %d" % (k // len(VILLAGES) + 1))
                for k in range(max(len(VILLAGES), n // 250))]
    for i in range(n):
        p = person(rng, i)
        use = rng.choice(USES)
        area = rng.randint(50, 5000)
        row = dict(name=p["name"], id=p["id"], year=p["year"], sex=p["sex"],
                   addr=rng.choice(villages), sheet=str(rng.randint(1, 40)), num=str(i + 1),
                   area=str(area), use=use[0], commune=rng.choice(COMMUNES), kind="clean",
                   person=p)
        p["addr"] = row["addr"]
        if rng.random() < 0.3 and prev:
            k = rng.choice(KINDS)
            row["kind"] = k
            if k == "id-year":
                row["year"] = str(int(row["year"]) + rng.choice([-3, 2, 5]))
            elif k == "id-sex":
                row["sex"] = "Nữ" if row["sex"] == "Nam" else "Nam"
            elif k == "id-digit":
                if rng.random() < 0.5:
                    row["id"] = rng.choice(["000", "097", "099"]) + row["id"][3:]
                else:
                    row["id"] = row["id"][:3] + rng.choice("6789") + row["id"][4:]
            elif k == "id-missing":
                row["id"] = ""
            elif k == "birth-year-missing":
                row["year"] = ""
            elif k == "id-shared":
                src = rng.choice(out[-50:])
                row["id"] = src["id"]
                if src["kind"] != "clean" or src["name"] == row["name"]:
                    row["kind"], row["id"] = "clean", p["id"]
            elif k == "id-two":
                # the same person (name, year, sex, village) under another ID
                src = rng.choice(out[-50:])
                if src["kind"] != "clean" or "person2" in src:
                    row["kind"] = "clean"
                else:
                    q = src["person"]
                    g = (0 if q["sex"] == "Nam" else 1) + (2 if int(q["year"]) >= 2000 else 0)
                    for key in ("name", "year", "sex", "addr"):
                        row[key] = src[key]
                    row["id"] = "011%d%02d%06d" % (g, int(q["year"]) % 100, 900000 + i)
                    row["person"] = q
            elif k == "parcel-duplicate":
                src = rng.choice(out[-50:-1] or out)
                row["sheet"], row["num"], row["commune"] = src["sheet"], src["num"], src["commune"]
            elif k == "id-lost":
                row["id"] = "%.4E" % int(row["id"])
            elif k == "caps":
                row["name"] = row["name"].upper()
            elif k == "leading-zero":
                row["id"] = row["id"].lstrip("0")
            elif k == "ha":
                row["area"] = ("%.4f" % (area / 10000)).replace(".", ",") + " ha"
            elif k == "separators":
                row["area"] = "%s,5" % "{:,}".format(area).replace(",", ".")
            elif k == "nfd":
                row["name"] = unicodedata.normalize("NFD", row["name"])
            elif k == "tone":
                # the holder is a man named Hòa (registry), written Hoà
                row["name"] = row["name"].split()[0] + " Văn Hoà"
                row["sex"] = "Nam"
                row["id"] = row["id"][:3] + ("0" if int(row["year"]) < 2000 else "2") + row["id"][4:]
                p.update(name=row["name"].replace("Hoà", "Hòa"), sex="Nam", id=row["id"])
            elif k == "date":
                y, m, d = p["date"].split("-")
                row["year"] = "%s/%s/%s" % (d, m, y)
            elif k == "cmnd":
                row["id"] = "04%07d" % i
            elif k == "co-owner":
                q = person(rng, i + 500000)
                q["addr"] = row["addr"]
                row["person2"] = q
                row["name"] += " và " + q["name"]
                row["id"] += "; " + q["id"]
                row["year"] += "; " + q["year"]
            elif k == "spacing":
                row["name"] = "  " + row["name"].replace(" ", "   ") + " "
            elif k == "title":
                row["name"] = ("Ông " if row["sex"] == "Nam" else "Bà ") + row["name"]
        out.append(row)
        prev = row
    return out

HEAD = ["STT", "Họ và tên chủ sử dụng", "Năm sinh", "Giới tính", "Số CMND/CCCD", "Địa chỉ",
        "Tờ bản đồ số", "Thửa đất số", "Diện tích (m²)", "Mục đích sử dụng", "Xã/phường"]
KEYS = ["name", "year", "sex", "id", "addr", "sheet", "num", "area", "use", "commune"]

def csv_lines(rs):
    yield "SỔ MỤC KÊ ĐẤT ĐAI;;;"
    yield ";".join(HEAD)
    for i, r in enumerate(rs):
        if i == len(rs) // 2:
            yield ";;;;;;;;;;"
        yield ";".join([str(i + 1)] + ['"%s"' % r[k] for k in KEYS])
    yield ";Tổng cộng;;;;;;;%d;;" % sum(int(r["area"]) for r in rs if r["area"].isdigit())

def legacy(text, enc):
    """text in a legacy encoding, through iconv (decomposing where needed)."""
    return subprocess.run(["iconv", "-f", "UTF-8", "-t", enc], input=unicodedata.normalize("NFC", text.replace("²", "2")).encode(),
                          stdout=subprocess.PIPE, check=True).stdout

def write_csv(path, rs, enc):
    text = "\r\n".join(csv_lines(rs)) + "\r\n"
    with open(path, "wb") as f:
        if enc == "utf-8-sig":
            f.write(text.encode("utf-8-sig"))
        else:
            f.write(legacy(text, enc))

def col(c):
    s = ""
    c += 1
    while c:
        c, r = divmod(c - 1, 26)
        s = chr(65 + r) + s
    return s

def write_xlsx(path, rs):
    """The register as Excel would keep it, written by XlsxWriter (Debian's
    python3-xlsxwriter): shared strings, a two-row header with merged
    cells, numbers in numeric cells (leading zeros lost), dates as serials."""
    import datetime, xlsxwriter
    wb = xlsxwriter.Workbook(path)
    ws = wb.add_worksheet("Sổ mục kê")
    ws.write_string(0, 0, "DANH SÁCH CHỦ SỬ DỤNG ĐẤT")
    top = ["STT", "Họ và tên", "Năm sinh", "Giới tính", "Số CMND/CCCD", "Địa chỉ", "Thửa đất", "", "", "Loại đất", "Xã/phường"]
    low = ["", "", "", "", "", "", "Tờ bản đồ số", "Thửa số", "Diện tích (m²)", "", ""]
    for c, v in enumerate(top):
        if c == 1:
            ws.merge_range(2, 1, 3, 1, v)      # B3:B4
        elif c == 6:
            ws.merge_range(2, 6, 2, 8, v)      # G3:I3
        elif v:
            ws.write_string(2, c, v)
    for c, v in enumerate(low):
        if v:
            ws.write_string(3, c, v)
    for i, r in enumerate(rs):
        n = i + 5 + (i >= len(rs) // 2)
        for c, v in enumerate([str(i + 1)] + [r[k] for k in KEYS]):
            key = KEYS[c - 1] if c else "seq"
            if v == "":
                continue
            if key == "year" and v.count("/") == 2:   # a date cell: its serial
                d, m, y = map(int, v.split("/"))
                ws.write_number(n - 1, c, (datetime.date(y, m, d) - datetime.date(1899, 12, 30)).days)
            elif key in ("id", "year", "area", "seq") and v.isdigit():
                ws.write_number(n - 1, c, int(v))
            else:
                ws.write_string(n - 1, c, v)
    wb.close()

def write_citizens(path, rs, rng):
    """The registry extract: the register's people and as many namesakes
    again (other IDs and birth dates)."""
    with open(path, "w") as f:
        f.write("citizen_id,old_id,full_name,birth_date,gender,commune_code,address\n")
        people = [r["person"] for r in rs] + [r["person2"] for r in rs if "person2" in r]
        people = list({p["id"]: p for p in people}.values())
        for i, p in enumerate(people):
            f.write('%s,,%s,%s,%s,,"%s"\n' % (p["id"], p["name"], p["date"], p["sex"], p["addr"]))
            q = person(rng, 700000 + i)
            f.write('%s,,%s,%s,%s,,"%s"\n' % (q["id"], p["name"], q["date"], p["sex"], p["addr"]))

def main():
    out, n = sys.argv[1], int(sys.argv[2])
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 1)
    os.makedirs(out, exist_ok=True)
    rs = rows(rng, n)
    write_csv(os.path.join(out, "reg.csv"), rs, "utf-8-sig")
    write_citizens(os.path.join(out, "citizens.csv"), rs, rng)
    if len(sys.argv) > 4 and sys.argv[4] == "csv":
        return truth(out, rs, n, ["reg.csv"])
    write_csv(os.path.join(out, "reg-cp1258.csv"), rs, "WINDOWS-1258")
    write_csv(os.path.join(out, "reg-tcvn3.csv"), rs, "TCVN5712-1")
    write_xlsx(os.path.join(out, "reg.xlsx"), rs)
    truth(out, rs, n, ["reg.csv", "reg-cp1258.csv", "reg-tcvn3.csv", "reg.xlsx"])

def usable(r):
    """1 when the row's ID is its holder's (up to changes of form a
    restoration undoes with certainty), or the row gives a birth date."""
    rid = r["id"].split(";")[0].strip().lstrip("0")
    return int(rid == r["person"]["id"].lstrip("0") or r["kind"] == "date")

def truth(out, rs, n, files):
    """truth.tsv: file, row, kind injected, the holder's true personal ID,
    whether the row has a usable ID or birth date (usable())."""
    with open(os.path.join(out, "truth.tsv"), "w") as f:
        for i, r in enumerate(rs):
            for name in files:
                row = i + (5 if name.endswith(".xlsx") else 3) + (i >= n // 2)
                f.write("%s\t%d\t%s\t%s\t%d\n" % (name, row, r["kind"], r["person"]["id"], usable(r)))

main()
