/// Words the generator builds articles from: invented names over common name parts, general places
/// and institutions, and sentence material in Vietnamese and English news style.
enum Vocabulary {
    enum Vietnamese {
        static let familyNames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
                                  "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"]
        static let middleNames = ["Văn", "Thị", "Minh", "Hữu", "Quang", "Thanh", "Ngọc", "Đức", "Hoài", "Xuân"]
        static let givenNames = ["An", "Bình", "Châu", "Dũng", "Giang", "Hà", "Hải", "Hùng", "Khoa", "Lan", "Linh",
                                 "Long", "Mai", "Nam", "Nga", "Phong", "Phúc", "Quân", "Sơn", "Tâm", "Thảo",
                                 "Trang", "Tuấn", "Vy", "Yến"]
        static let titles = ["ông", "bà", "Bộ trưởng", "Chủ tịch UBND tỉnh", "Giám đốc Sở", "Phó chủ tịch",
                             "Tiến sĩ", "Thứ trưởng"]
        static let places = ["Hà Nội", "TP.HCM", "Đà Nẵng", "Hải Phòng", "Cần Thơ", "Huế", "Nghệ An", "Quảng Ninh",
                             "Lâm Đồng", "Đắk Lắk", "Khánh Hòa", "Bình Định", "Thanh Hóa", "An Giang", "Nhật Bản",
                             "Hàn Quốc", "Singapore", "Thái Lan", "Pháp", "Đức", "Australia", "Mỹ"]
        static let organisations = ["Bộ Giao thông Vận tải", "Bộ Tài chính", "Ngân hàng Nhà nước",
                                    "Tổng cục Thống kê", "Sở Y tế", "Sở Giáo dục và Đào tạo", "Đại học Quốc gia",
                                    "Công ty Điện lực", "Tập đoàn Dầu khí", "Hiệp hội Du lịch"]
        static let topics = ["giá điện", "đường sắt đô thị", "xuất khẩu nông sản", "du lịch mùa hè",
                             "chuyển đổi số", "nhà ở xã hội", "an toàn thực phẩm", "giao thông công cộng",
                             "nguồn nước sạch", "giáo dục đại học", "năng lượng tái tạo", "y tế cơ sở"]
        static let verbs = ["cho biết", "nói", "nói thêm", "nhấn mạnh", "khẳng định", "chia sẻ", "cho rằng",
                            "bày tỏ", "lưu ý", "phát biểu"]
        static let sources = ["Tin Phố", "Báo Sông Hồng", "Nhật Báo Phương Nam", "Tạp chí Cao Nguyên", "Tin Sáng"]
        static let clauses = [
            "kế hoạch về %@ sẽ được triển khai theo từng giai đoạn",
            "người dân cần được biết rõ lộ trình và chi phí",
            "chúng tôi đã làm việc với các địa phương trong nhiều tháng",
            "kết quả bước đầu cho thấy nhu cầu còn rất lớn",
            "việc điều chỉnh %@ phải bảo đảm hài hòa lợi ích",
            "nguồn vốn cho năm tới đã được bố trí đầy đủ",
            "các doanh nghiệp cần chủ động hơn trong khâu chuẩn bị",
            "chúng tôi sẽ tiếp tục lắng nghe ý kiến của người dân",
        ]
        static let sentences = [
            "Theo số liệu mới nhất, lượng người quan tâm đến %@ đã tăng đáng kể so với cùng kỳ.",
            "Nhiều chuyên gia đánh giá %@ là vấn đề cần được ưu tiên trong thời gian tới.",
            "Tại buổi làm việc, các bên đã thống nhất lộ trình thực hiện cụ thể.",
            "Dự án dự kiến hoàn thành trước cuối năm, sau khi được phê duyệt điều chỉnh.",
            "Người dân địa phương cho biết họ mong chờ những thay đổi tích cực.",
            "Trước đó, cơ quan chức năng đã tổ chức nhiều cuộc khảo sát tại các quận, huyện.",
        ]
        static let headings = ["Những con số đáng chú ý", "Người dân chờ đợi", "Bài toán nguồn vốn",
                               "Kinh nghiệm từ các nước", "Kế hoạch cho năm tới"]
    }

    enum English {
        static let givenNames = ["James", "Sarah", "David", "Emma", "Michael", "Laura", "Peter", "Helen", "Tom",
                                 "Rachel", "Mark", "Claire", "Simon", "Anna", "Paul", "Julia"]
        static let familyNames = ["Walker", "Hughes", "Bennett", "Carter", "Fletcher", "Morgan", "Price", "Turner",
                                  "Ellis", "Graham", "Harper", "Lloyd", "Mason", "Owen", "Reid", "Shaw"]
        static let titles = ["Mr", "Ms", "Dr", "chief executive", "Professor", "Councillor"]
        static let places = ["London", "Manchester", "Glasgow", "Cardiff", "Leeds", "Bristol", "Paris", "Berlin",
                             "Tokyo", "New York", "Brussels", "Dublin", "Madrid", "Sydney", "Toronto"]
        static let organisations = ["the Department for Transport", "the Bank of England", "the Football Association",
                                    "the European Commission", "the National Health Service", "City Council",
                                    "the Met Office", "the Office for National Statistics"]
        static let topics = ["rail fares", "energy bills", "housing costs", "the broadband rollout", "school funding",
                             "waiting lists", "flood defences", "the transfer window", "interest rates"]
        static let verbs = ["said", "added", "warned", "explained", "insisted", "told reporters"]
        static let sources = ["The Harbour Post", "Northern Ledger", "Daily Crossing", "The Evening Lamp"]
        static let clauses = [
            "we have been clear that %@ must come down",
            "this is a difficult moment for everyone involved",
            "the figures speak for themselves and we will act on them",
            "nobody should have to wait this long",
            "our priority is to get %@ right the first time",
            "we expect to publish the full plan in the coming weeks",
        ]
        static let sentences = [
            "The latest figures show a sharp rise in concern over %@ compared with last year.",
            "Critics say the plans for %@ do not go far enough.",
            "The proposals will be debated at a meeting later this month.",
            "Officials said the changes would be phased in over two years.",
            "Local businesses have welcomed the decision, though some remain cautious.",
            "A consultation is expected to open before the end of the year.",
        ]
    }

    static let englishMonths = ["January", "February", "March", "April", "May", "June", "July", "August",
                                "September", "October", "November", "December"]
}
