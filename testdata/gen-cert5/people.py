"""Names, places and banks for gen-cert5: real provinces, districts and
communes away from Điện Biên, with the province's code as the first three
digits of a CCCD."""

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
          "Dương", "Lý", "Trịnh", "Đinh", "Mai", "Cao", "Lương", "Tạ", "Phan", "Võ", "Huỳnh"]
MIDDLE = {"M": ["Văn", "Đức", "Minh", "Quang", "Hữu", "Công", "Xuân", "Đình"],
          "F": ["Thị", "Ngọc", "Thu", "Thanh", "Thị Kim", "Thị Thanh", "Mỹ"]}
GIVEN = {"M": ["Hùng", "Dũng", "Tuấn", "Khánh", "Thắng", "Phúc", "Hiếu", "Long", "Sơn", "Toàn",
               "Cường", "Bình", "Nghĩa", "Thuận", "Lợi", "Trường"],
         "F": ["Hoa", "Lan", "Hương", "Nga", "Hằng", "Thảo", "Yến", "Loan", "Nhung", "Trang",
               "Liên", "Oanh", "Phượng", "Diệu"]}

# province, its CCCD code, district (with its type), communes (with type), villages
PLACES = [
    ("Nghệ An", "040", "huyện Yên Thành", ["xã Hợp Thành", "xã Phúc Thành"], ["xóm 3", "xóm Đông Hồ"]),
    ("Thái Bình", "034", "huyện Vũ Thư", ["xã Minh Quang", "xã Song Lãng"], ["thôn Thượng", "thôn Cổ Hội"]),
    ("Thanh Hóa", "038", "huyện Hoằng Hóa", ["xã Hoằng Đạo", "xã Hoằng Thành"], ["thôn Phú Lương", "thôn 4"]),
    ("Quảng Ngãi", "051", "huyện Sơn Tịnh", ["xã Tịnh Hà", "xã Tịnh Sơn"], ["thôn Trà Bình", "thôn Thọ Lộc"]),
    ("Lâm Đồng", "068", "thành phố Bảo Lộc", ["phường Lộc Phát", "xã Lộc Châu"], ["tổ 5", "thôn 7"]),
    ("Đắk Lắk", "066", "thành phố Buôn Ma Thuột", ["phường Tân Lợi", "xã Hòa Thuận"], ["tổ dân phố 2", "thôn 1"]),
    ("Cần Thơ", "092", "quận Ninh Kiều", ["phường An Khánh", "phường Hưng Lợi"], ["khu vực 4", "khu vực 6"]),
    ("Bình Dương", "074", "thị xã Tân Uyên", ["xã Thạnh Phước", "phường Uyên Hưng"], ["khu phố 3", "ấp 2"]),
    ("Hà Nội", "001", "quận Hoàng Mai", ["phường Hoàng Liệt", "phường Đại Kim"], ["tổ dân phố 12", "tổ 8"]),
]

PROVINCE_TYPE = {"Hà Nội": "thành phố", "Cần Thơ": "thành phố"}

BANKS = ["Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam - Chi nhánh",
         "Ngân hàng TMCP Công thương Việt Nam - Chi nhánh",
         "Ngân hàng TMCP Đầu tư và Phát triển Việt Nam - Chi nhánh"]

COMPANIES = ["Công ty TNHH Chế biến Nông sản Hòa Phát Lộc", "Công ty cổ phần Gạch ngói Sông Trà",
             "Hợp tác xã Dịch vụ Nông nghiệp Tân Phước"]

USES = {  # code: printed name
    "ONT": "Đất ở tại nông thôn", "ODT": "Đất ở tại đô thị", "CLN": "Đất trồng cây lâu năm",
    "LUC": "Đất chuyên trồng lúa nước", "BHK": "Đất bằng trồng cây hàng năm khác",
    "NTS": "Đất nuôi trồng thủy sản", "SKC": "Đất cơ sở sản xuất phi nông nghiệp",
    "TMD": "Đất thương mại, dịch vụ",
}
