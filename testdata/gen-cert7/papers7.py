"""The papers of a dossier other than the certificate: đơn đăng ký, hợp đồng,
thông báo thuế, tờ trình, biên bản, phiếu lấy ý kiến, công văn and the
decision.  Each returns (kind, pages[, decision truth])."""
from forms7 import paper
from model7 import USES, dmy, vn_area, place_name


def who(o):
    return ("ông " if o["gender"] == "M" else "bà ") + o["name"]


def don(rng, ctx, cert, date):
    o, par = cert["owners"][0], cert["parcel"]
    body = ["Kính gửi: Văn phòng đăng ký đất đai %s" % ctx["pl"]["province"],
            "1. Người sử dụng đất: %s, sinh năm %d; địa chỉ: %s." % (o["name"], o["birth_year"], o["address"]),
            "2. Giấy chứng nhận đã cấp: số phát hành %s; số vào sổ cấp GCN %s, cấp ngày %s."
            % (cert["serial"], cert["register_number"], dmy(cert["date"])),
            "3. Nội dung biến động: chuyển nhượng toàn bộ thửa đất số %s, tờ bản đồ số %s, diện tích %s m²."
            % (par["number"], par["sheet"], vn_area(par["area"])),
            "4. Lý do biến động: chuyển nhượng quyền sử dụng đất theo hợp đồng có công chứng.",
            "5. Giấy tờ kèm theo: bản gốc Giấy chứng nhận; hợp đồng chuyển nhượng; tờ khai thuế.",
            "Tôi cam đoan nội dung kê khai trên đơn là đúng sự thật, nếu sai tôi hoàn toàn chịu trách nhiệm trước pháp luật."]
    c = dict(ctx, sign_title=["NGƯỜI VIẾT ĐƠN", "(Ký, ghi rõ họ tên)"], signer=o["name"], seal="", cc=[])
    pages = paper(rng, c, [""], None, ["ĐƠN ĐĂNG KÝ BIẾN ĐỘNG ĐẤT ĐAI,", "TÀI SẢN GẮN LIỀN VỚI ĐẤT"], [], body, date)
    return "form", pages


def hop_dong(rng, ctx, cert, buyer, date, price):
    o, par = cert["owners"][0], cert["parcel"]
    body = ["Hôm nay, %s, tại Văn phòng công chứng %s, chúng tôi gồm:" % (dmy(date), place_name(ctx["pl"]["province"])),
            "Bên chuyển nhượng (Bên A): %s, sinh năm %d; địa chỉ: %s." % (who(o), o["birth_year"], o["address"]),
            "Bên nhận chuyển nhượng (Bên B): %s, sinh năm %d; địa chỉ: %s." % (who(buyer), buyer["birth_year"], buyer["address"]),
            "Hai bên đồng ý thực hiện việc chuyển nhượng quyền sử dụng đất với các thỏa thuận sau đây:",
            "^ĐIỀU 1. QUYỀN SỬ DỤNG ĐẤT CHUYỂN NHƯỢNG",
            "Quyền sử dụng đất của Bên A đối với thửa đất số %s, tờ bản đồ số %s, địa chỉ: %s; diện tích: %s m²; "
            "theo Giấy chứng nhận số %s do %s cấp ngày %s."
            % (par["number"], par["sheet"], par["address"], vn_area(par["area"]), cert["serial"], cert["issuer"],
               dmy(cert["date"])),
            "^ĐIỀU 2. GIÁ CHUYỂN NHƯỢNG VÀ PHƯƠNG THỨC THANH TOÁN",
            "Giá chuyển nhượng là %s đồng; Bên B trả cho Bên A bằng tiền mặt một lần khi ký hợp đồng." % price,
            "^ĐIỀU 3. VIỆC GIAO VÀ ĐĂNG KÝ QUYỀN SỬ DỤNG ĐẤT",
            "Bên A giao thửa đất cùng bản gốc Giấy chứng nhận cho Bên B ngay khi ký hợp đồng. Bên B có nghĩa vụ "
            "đăng ký biến động tại cơ quan đăng ký đất đai.",
            "^ĐIỀU 4. TRÁCH NHIỆM NỘP THUẾ, LỆ PHÍ",
            "Thuế thu nhập cá nhân do Bên A nộp; lệ phí trước bạ và lệ phí đăng ký do Bên B nộp.",
            "^ĐIỀU 5. CAM ĐOAN CỦA CÁC BÊN",
            "Bên A cam đoan thửa đất không có tranh chấp, không bị kê biên để bảo đảm thi hành án, "
            "còn trong thời hạn sử dụng đất. Bên B đã xem xét kỹ và biết rõ về thửa đất.",
            "^ĐIỀU 6. ĐIỀU KHOẢN CUỐI CÙNG",
            "Hai bên đã đọc lại hợp đồng, hiểu rõ quyền và nghĩa vụ của mình và cùng ký tên dưới đây. "
            "Hợp đồng được lập thành 04 bản có giá trị pháp lý như nhau."]
    c = dict(ctx, sign_title=["CÔNG CHỨNG VIÊN"], signer=ctx["notary"], seal="VĂN PHÒNG CÔNG CHỨNG * " +
             place_name(ctx["pl"]["province"]).upper(), cc=["BÊN A", "BÊN B"])
    pages = paper(rng, c, [""], None, ["HỢP ĐỒNG CHUYỂN NHƯỢNG", "QUYỀN SỬ DỤNG ĐẤT"], [], body, date, second=10)
    return "other", pages


def thue(rng, ctx, cert, buyer, date, fee, what="Lệ phí trước bạ nhà, đất"):
    par = cert["parcel"]
    pl = ctx["pl"]
    body = ["Căn cứ phiếu chuyển thông tin địa chính do Văn phòng đăng ký đất đai chuyển đến, cơ quan thuế thông báo:",
            "Người nộp: %s; địa chỉ: %s." % (buyer["name"], buyer["address"]),
            "Thửa đất số %s, tờ bản đồ số %s, diện tích %s m²." % (par["number"], par["sheet"], vn_area(par["area"])),
            "Số tiền phải nộp (%s): %s đồng." % (what.lower(), fee),
            "Thời hạn nộp tiền: chậm nhất là ngày thứ 30 kể từ ngày ký thông báo này.",
            "Nơi nộp: Kho bạc Nhà nước %s hoặc ngân hàng thương mại được ủy nhiệm thu." % place_name(pl["district"] or pl["province"])]
    c = dict(ctx, sign_title=["KT. CHI CỤC TRƯỞNG", "PHÓ CHI CỤC TRƯỞNG"], signer=ctx["taxman"],
             seal="CHI CỤC THUẾ * " + place_name(pl["district"] or pl["province"]).upper())
    pages = paper(rng, c, ["CỤC THUẾ %s" % pl["province"].upper(), "CHI CỤC THUẾ KHU VỰC"],
                  "%d/TB-CCT" % rng.randint(100, 9999), ["THÔNG BÁO NỘP TIỀN"], [what], body, date)
    return "fee-notice", pages


def to_trinh(rng, ctx, cert, date, what):
    o, par = cert["owners"][0], cert["parcel"]
    body = ["Kính gửi: Ủy ban nhân dân %s." % ctx["pl"]["district"],
            "Phòng Tài nguyên và Môi trường nhận được hồ sơ của %s về việc %s đối với thửa đất số %s, "
            "tờ bản đồ số %s, diện tích %s m² tại %s." % (who(o), what, par["number"], par["sheet"],
                                                        vn_area(par["area"]), par["address"]),
            "Qua kiểm tra hồ sơ và kết quả xác minh thực địa, thửa đất phù hợp với quy hoạch, kế hoạch sử dụng "
            "đất đã được phê duyệt; người sử dụng đất không có tranh chấp.",
            "Phòng Tài nguyên và Môi trường kính trình Ủy ban nhân dân %s xem xét, quyết định." % ctx["pl"]["district"]]
    c = dict(ctx, sign_title=["TRƯỞNG PHÒNG"], signer=ctx["head"], seal="PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG")
    pages = paper(rng, c, [ctx["ubnd"].upper(), "PHÒNG TÀI NGUYÊN", "VÀ MÔI TRƯỜNG"], "%d/TTr-TNMT" % rng.randint(10, 999),
                  ["TỜ TRÌNH"], ["Về việc %s" % what], body, date)
    return "submission", pages


def bien_ban(rng, ctx, cert, date):
    o, par = cert["owners"][0], cert["parcel"]
    body = ["Hôm nay, %s, tại thửa đất số %s, tờ bản đồ số %s, %s, chúng tôi gồm: đại diện Ủy ban nhân dân xã, "
            "cán bộ địa chính và người sử dụng đất là %s." % (dmy(date), par["number"], par["sheet"], par["address"], who(o)),
            "Đã tiến hành xác minh hiện trạng sử dụng đất như sau: ranh giới thửa đất rõ ràng, ổn định, "
            "không có tranh chấp; hiện trạng đang sử dụng làm nhà ở và trồng cây lâu năm.",
            "Diện tích đo đạc thực tế: %s m², phù hợp với bản đồ địa chính." % vn_area(par["area"]),
            "Biên bản kết thúc lúc 10 giờ cùng ngày, đã đọc lại cho các bên nghe và thống nhất ký tên."]
    c = dict(ctx, sign_title=["CÁN BỘ ĐỊA CHÍNH"], signer=ctx["clerk"], seal="", cc=[])
    pages = paper(rng, c, ["ỦY BAN NHÂN DÂN", ctx["commune"].upper()], None, ["BIÊN BẢN"],
                  ["Xác minh hiện trạng sử dụng đất"], body, date)
    return "form", pages


def phieu(rng, ctx, cert, date):
    o, par = cert["owners"][0], cert["parcel"]
    body = ["Họ và tên người được lấy ý kiến: %s; địa chỉ: %s." % (ctx["neighbour"], par["address"]),
            "Về nguồn gốc và thời điểm sử dụng thửa đất số %s, tờ bản đồ số %s của %s:" % (par["number"], par["sheet"], who(o)),
            "1. Thời điểm bắt đầu sử dụng đất vào mục đích hiện nay: năm %d." % rng.randint(1978, 1992),
            "2. Nguồn gốc sử dụng đất: do gia đình khai hoang, sử dụng ổn định, liên tục.",
            "3. Tình trạng tranh chấp đất đai: không có tranh chấp."]
    c = dict(ctx, sign_title=["NGƯỜI CHO Ý KIẾN"], signer=ctx["neighbour"], seal="", cc=[])
    pages = paper(rng, c, ["ỦY BAN NHÂN DÂN", ctx["commune"].upper()], None, ["PHIẾU LẤY Ý KIẾN KHU DÂN CƯ"],
                  ["Về nguồn gốc và thời điểm sử dụng đất"], body, date)
    return "form", pages


def cong_van(rng, ctx, cert, date, subject):
    body = ["Kính gửi: Phòng Tài nguyên và Môi trường %s." % ctx["pl"]["district"],
            "Văn phòng đăng ký đất đai nhận được hồ sơ đề nghị %s của %s đối với thửa đất số %s, tờ bản đồ số %s."
            % (subject, who(cert["owners"][0]), cert["parcel"]["number"], cert["parcel"]["sheet"]),
            "Qua kiểm tra, hồ sơ đủ điều kiện; đề nghị Phòng Tài nguyên và Môi trường thẩm định, trình Ủy ban nhân dân "
            "%s xem xét, giải quyết theo quy định." % ctx["pl"]["district"],
            "Trân trọng./."]
    c = dict(ctx, sign_title=["GIÁM ĐỐC"], signer=ctx["branch_head"], seal="CHI NHÁNH VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI")
    pages = paper(rng, c, ["VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI", "CHI NHÁNH %s" % ctx["pl"]["district"].upper()],
                  "%d/CNVPĐK" % rng.randint(10, 999), [], ["V/v %s" % subject], body, date)
    return "letter", pages


def decision(rng, ctx, cert, date, number, kind, uses=None):
    """A district's decision over two pages ("2" atop the second)."""
    o, par = cert["owners"][0], cert["parcel"]
    if kind == "chuyen-muc-dich":
        a, b = uses
        sub = "Về việc cho phép chuyển mục đích sử dụng đất"
        art1 = ("Điều 1. Cho phép %s, sinh năm %d, địa chỉ thường trú: %s được chuyển mục đích sử dụng %s m² "
                "đất từ %s sang %s tại thửa đất số %s, tờ bản đồ số %s, %s." %
                (who(o), o["birth_year"], o["address"], vn_area(ctx["moved"]), USES[a].lower(), USES[b].lower(),
                 par["number"], par["sheet"], par["address"]))
    else:
        sub = "Về việc cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất"
        art1 = ("Điều 1. Cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất cho %s, "
                "sinh năm %d, địa chỉ thường trú: %s đối với thửa đất số %s, tờ bản đồ số %s, diện tích %s m², tại %s." %
                (who(o), o["birth_year"], o["address"], par["number"], par["sheet"], vn_area(par["area"]), par["address"]))
    body = ["^CHỦ TỊCH ỦY BAN NHÂN DÂN %s" % ctx["pl"]["district"].upper(),
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
            "Căn cứ Luật Đất đai và các văn bản hướng dẫn thi hành;",
            "Căn cứ Nghị định của Chính phủ quy định chi tiết thi hành một số điều của Luật Đất đai;",
            "Xét đề nghị của Trưởng phòng Tài nguyên và Môi trường tại Tờ trình ngày %s." % dmy(ctx["ttr_date"]),
            "^QUYẾT ĐỊNH:", art1,
            "Người sử dụng đất có trách nhiệm nộp tiền sử dụng đất, lệ phí theo quy định; sử dụng đất đúng mục đích.",
            "Điều 2. Giao Phòng Tài nguyên và Môi trường, Chi nhánh Văn phòng đăng ký đất đai chỉnh lý hồ sơ địa chính, "
            "cơ sở dữ liệu đất đai; Chi cục Thuế khu vực thông báo nghĩa vụ tài chính.",
            "Điều 3. Chánh Văn phòng HĐND và UBND, Trưởng phòng Tài nguyên và Môi trường, Chủ tịch UBND %s và "
            "người có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./." % ctx["commune"]]
    c = dict(ctx, sign_title=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signer=ctx["vice"],
             seal="ỦY BAN NHÂN DÂN * " + ctx["pl"]["district"].upper(),
             cc=["- Như Điều 3;", "- Lưu: VT, TNMT."])
    pages = paper(rng, c, ["ỦY BAN NHÂN DÂN", ctx["pl"]["district"].upper()], number, ["QUYẾT ĐỊNH"], [sub], body,
                  date, second=8)
    truth = {"number": number, "date": date, "kind": kind, "issuer": ctx["ubnd"]}
    return "decision", pages, truth
