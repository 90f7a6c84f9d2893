/// The calendar of news text, one for every date lede reads: the publication date of an article
/// (`DateScanner`) and the dates marked in its text (TextAnalysis's date rules, over tokens). One list
/// of month names, one set of calendar words, one rule for the numbers that make a day, a month and a
/// year, so that the two cannot drift apart.
public enum DateGrammar {
    /// English month names and the abbreviations wires use (`Nov 24`, `Sept.`), lowercase, by number.
    public static let monthNumbers: [String: Int] = Dictionary(
        uniqueKeysWithValues: monthNames.enumerated().map { ($1, $0 + 1) } + [
            ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8), ("sep", 9),
            ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12),
        ])

    /// The English months' full names, lowercase, in order.
    public static let monthNames = ["january", "february", "march", "april", "may", "june", "july", "august",
                                    "september", "october", "november", "december"]

    /// The number of the month `name` names, in any case (`October`, `OCT`, `sept`).
    public static func month(named name: String) -> Int? {
        monthNumbers[name.lowercased()]
    }

    /// English weekdays, which are dates in running text (`on Monday`).
    public static let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// The Vietnamese calendar words of `ngày 18 tháng 10 năm 2021`, lowercase.
    public static let vietnameseDay = "ngày"
    public static let vietnameseMonth = "tháng"
    public static let vietnameseYear = "năm"

    /// Vietnamese weekdays: `thứ` and one of these (`thứ Hai` … `thứ Bảy`), and `Chủ nhật`.
    public static let vietnameseWeekdayLead = "thứ"
    public static let vietnameseWeekdayNumbers = ["hai", "ba", "tư", "năm", "sáu", "bảy"]
    public static let vietnameseSunday = ("chủ", "nhật")

    /// Words of time before which `12-3` is a date (`ngày 12-3`, `sáng 5-9-2024`), not a score or a range.
    public static let dashedDateLeads = ["ngày", "hôm", "sáng", "trưa", "chiều", "tối", "đêm", "rạng"]

    /// The days of a month and the months of a year, as numbers.
    public static let days = 1...31
    public static let months = 1...12

    /// The years of dates in the news, standing alone (`năm 2015`, `April 2021`) or in a full date
    /// (`18/10/2021`): a four-digit number outside them is a count or a code, not a year.
    public static let years = 1800...2100

    /// Whether `day`, `month` and `year` can make a full date, leaving the length of each month to the
    /// calendar (`31/02` passes here).
    public static func isFullDate(day: Int, month: Int, year: Int) -> Bool {
        days.contains(day) && months.contains(month) && years.contains(year)
    }
}
