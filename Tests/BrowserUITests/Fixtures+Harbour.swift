import ArticleModel
import Foundation

/// An article written for these tests and kept in the repository, long enough to scroll and with
/// quotations all the way down, so that reducer tests need no shared material.
extension Fixtures {
    static func harbour() -> Article {
        var article = Article(
            id: ArticleID(relativePath: "harbour.txt"), path: "harbour.txt",
            title: "Cảng Hải Phòng mở lại bến container sau bão",
            source: "Tin Cảng", date: ArticleDate(day("2024-09-12"), origin: .text),
            url: "https://example.com/cang-hai-phong",
            blocks: [
                Block(.lede, "Cảng Hải Phòng mở lại ba bến container vào sáng 12/9, hai ngày sau khi cơn bão đi qua thành phố."),
                Block(.paragraph, "Giám đốc cảng Trần Minh Quang cho biết các đội sửa chữa đã làm việc suốt đêm để dọn cần cẩu đổ và kiểm tra lại toàn bộ hệ thống điện trên bến."),
                Block(.paragraph, "\"Chúng tôi ưu tiên những tàu chở hàng thiết yếu, sau đó mới đến hàng xuất khẩu\", ông Quang nói với phóng viên tại bến số 3."),
                Block(.paragraph, "Theo Sở Giao thông vận tải, hơn 40 tàu đã phải neo ngoài vịnh trong lúc bão đổ bộ, nhiều tàu chờ lâu hơn dự kiến vì sóng lớn kéo dài."),
                Block(.paragraph, "\"Nếu thời tiết ổn định, toàn bộ số tàu đang chờ sẽ vào cảng trong vòng một tuần\", Phó giám đốc sở Lê Thu Hà nói."),
                Block(.heading, "Doanh nghiệp chờ hàng"),
                Block(.paragraph, "Nhiều doanh nghiệp trong khu công nghiệp Đình Vũ cho biết họ đã phải tạm dừng dây chuyền vì thiếu nguyên liệu nhập khẩu."),
                Block(.paragraph, "\"Chỉ cần chậm thêm vài ngày là chúng tôi phải cho công nhân nghỉ\", bà Nguyễn Thị Lan, giám đốc một công ty may, nói. \"Chúng tôi đã báo trước cho khách hàng ở châu Âu về khả năng giao hàng muộn\", bà Lan nói thêm."),
                Block(.paragraph, "Ông Quang cho biết cảng sẽ làm việc cả ngày nghỉ cuối tuần để giải phóng hàng tồn. Các tàu đã đăng ký trước sẽ được xếp lịch theo thứ tự đến vịnh."),
                Block(.paragraph, "\"Chúng tôi cũng đang tính thuê thêm cần cẩu di động từ các cảng lân cận để rút ngắn thời gian chờ\", ông Quang nói."),
                Block(.paragraph, "Các chuyên gia cho rằng mùa bão năm nay có thể còn vài cơn nữa, và các cảng miền Bắc cần có kế hoạch dự phòng cho những lần đóng cửa kéo dài."),
                Block(.paragraph, "\"Mỗi ngày cảng đóng cửa là một ngày hàng hóa của cả vùng bị chậm lại\", ông Quang nói trước khi trở lại bến."),
                Block(.heading, "Bài học từ những mùa bão trước"),
            ] + background.map { Block(.paragraph, $0) })
        article.analysis = Analysis(
            quotes: [
                quote(article, "Chúng tôi ưu tiên", speaker: "Trần Minh Quang", at: "ông Quang"),
                quote(article, "Nếu thời tiết", speaker: "Lê Thu Hà", at: "Lê Thu Hà"),
                quote(article, "Chỉ cần chậm", speaker: "Nguyễn Thị Lan", at: "bà Nguyễn Thị Lan"),
                quote(article, "Chúng tôi đã báo trước", speaker: "Nguyễn Thị Lan", at: "bà Lan"),
                quote(article, "Chúng tôi cũng đang tính", speaker: "Trần Minh Quang", at: "ông Quang"),
                quote(article, "Mỗi ngày cảng", speaker: "Trần Minh Quang", at: "ông Quang"),
            ],
            entities: [
                entity(article, "Hải Phòng", .place), entity(article, "Trần Minh Quang", .person),
                entity(article, "Sở Giao thông vận tải", .organization), entity(article, "Lê Thu Hà", .person),
                entity(article, "Đình Vũ", .place), entity(article, "Nguyễn Thị Lan", .person),
                entity(article, "12/9", .date),
            ])
        return article
    }

    /// Paragraphs without quotations that make the harbour article several pages long.
    static let background = [
        "Ba năm trước, một cơn bão mạnh đã làm cảng phải đóng cửa gần mười ngày, khiến hàng nghìn container nằm chờ trên bãi và nhiều chuyến tàu phải chuyển sang các cảng phía nam.",
        "Sau lần đó, cảng đầu tư thêm hệ thống neo giữ cần cẩu, nâng cao nền bãi chứa ở những khu vực trũng và lập đội ứng phó trực suốt mùa mưa bão.",
        "Các hãng tàu cũng thay đổi cách xếp lịch: thay vì dồn tàu vào cuối tuần, họ chia đều các chuyến trong tuần để bến không bị quá tải khi phải đóng cửa đột ngột.",
        "Người lao động ở bến kể rằng những ngày sau bão luôn là những ngày bận rộn nhất, khi mọi người phải làm thêm giờ để đưa hàng ra khỏi bãi càng nhanh càng tốt.",
        "Một số doanh nghiệp vận tải đường bộ đã chuẩn bị sẵn xe từ hôm trước, đỗ dọc các tuyến đường dẫn vào cảng để nhận hàng ngay khi bến hoạt động trở lại.",
        "Chính quyền thành phố cho biết sẽ xem xét mở rộng đường dẫn vào khu cảng, vốn thường xuyên ùn tắc vào giờ cao điểm, đặc biệt sau những đợt cảng đóng cửa.",
        "Các nhà khoa học khí tượng cảnh báo rằng bão đổ bộ vào vùng biển phía bắc ngày càng mạnh hơn và đến muộn hơn trong năm so với vài thập kỷ trước.",
        "Vì thế, nhiều người cho rằng các cảng biển cần được thiết kế lại để chịu được gió lớn và nước dâng, thay vì chỉ sửa chữa sau mỗi lần bị thiệt hại.",
        "Ở các cảng lớn trong khu vực, những bức tường chắn sóng mới và hệ thống thoát nước ngầm đã giúp rút ngắn đáng kể thời gian đóng cửa sau mỗi cơn bão.",
        "Dự án nâng cấp cảng Hải Phòng dự kiến được trình lên thành phố vào cuối năm nay, với chi phí ước tính khoảng vài nghìn tỷ đồng trong năm năm tới.",
        "Trong lúc chờ đợi, các đội trực bão vẫn tiếp tục kiểm tra từng cần cẩu, từng tuyến cáp điện và từng cửa cống trước mỗi bản tin thời tiết xấu.",
        "Những người làm việc lâu năm ở cảng nói rằng họ đã quen với nhịp sống theo mùa bão, nhưng mỗi mùa vẫn mang đến những bất ngờ không ai lường trước.",
    ]

    /// The library of the reducer tests: the harbour article in the seed's place.
    static func ownLibrary() -> [Article] {
        [harbour()] + others()
    }
}
