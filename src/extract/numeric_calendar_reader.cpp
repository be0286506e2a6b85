#include "extract/numeric_calendar_reader.h"

#include <cstdlib>
#include <string_view>
#include <utility>

#include "extract/number_parser.h"
#include "extract/numeric_dates.h"

namespace factdiff {
namespace {

constexpr const char* kDateRule = "numeric.dates";
constexpr const char* kTimeRule = "numeric.times";

// The value of a short run of digits and nothing else (a year, a day, an hour).
int whole_number(std::string_view digits) {
  int value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return value;
}

int small_number(const NumericSentence& s, std::size_t at, int max_digits) {
  if (!s.is_digits(at)) return -1;
  const std::string_view text = s.pieces[at].text;
  if (text.size() > static_cast<std::size_t>(max_digits)) return -1;
  for (char c : text) {
    if (c < '0' || c > '9') return -1;
  }
  return whole_number(text);
}

int month_at(const NumericSentence& s, std::size_t at) {
  if (!s.is_word(at) || !s.pieces[at].capitalized || !s.has(at, NumericLexicons::kMonthWord)) return 0;
  auto it = s.lexicons.months.find(s.pieces[at].text);
  return it == s.lexicons.months.end() ? 0 : it->second;
}

int weekday_at(const NumericSentence& s, std::size_t at) {
  if (!s.is_word(at) || !s.pieces[at].capitalized || !s.has(at, NumericLexicons::kWeekdayWord)) return 0;
  auto it = s.lexicons.weekdays.find(s.pieces[at].text);
  return it == s.lexicons.weekdays.end() ? 0 : it->second;
}

// "13th", "1st": the ordinal suffix glued to a day of the month.
std::size_t skip_day_suffix(const NumericSentence& s, std::size_t at) {
  if (s.is_word(at) && s.glued(at) &&
      (s.is(at, "st") || s.is(at, "nd") || s.is(at, "rd") || s.is(at, "th"))) {
    return at + 1;
  }
  return at;
}

NumericMention date_mention(std::size_t begin, std::size_t end, std::optional<DayRange> days) {
  NumericMention mention;
  mention.kind = ClaimKind::kDate;
  mention.begin = begin;
  mention.end = mention.next = end;
  mention.rule = kDateRule;
  mention.unit = "day";
  if (days) {
    mention.value = {static_cast<double>(days->first), static_cast<double>(days->last)};
    mention.resolved = iso_day(days->first);
    if (days->last != days->first) mention.resolved += "/" + iso_day(days->last);
  }
  mention.parts.push_back({"date", begin, end});
  return mention;
}

bool valid_day(int year, int month, int day) {
  return month >= 1 && month <= 12 && day >= 1 && day <= days_in_month(year, month);
}

// "Nov. 13, 2015", "November 13", "November 2016", "in September".
// "in January 2007 and ... in September of that year": the last year written before `at` in the
// sentence, or 0 when none is.
int year_said_before(const NumericSentence& s, std::size_t at) {
  for (std::size_t k = at; k-- > 0;) {
    if (is_year_at(s, k)) return whole_number(s.pieces[k].text);
  }
  return 0;
}

std::optional<NumericMention> read_month_first(const NumericSentence& s, std::size_t at) {
  const int month = month_at(s, at);
  if (month == 0) return std::nullopt;
  std::size_t j = at + 1;
  if (s.is(j, ".")) ++j;
  const int day = small_number(s, j, 2);
  if (day >= 1 && day <= 31 && !s.is(j + 1, ":")) {
    std::size_t end = skip_day_suffix(s, j + 1);
    std::size_t k = s.is(end, ",") ? end + 1 : end;
    if (is_year_at(s, k)) {
      const int year = whole_number(s.pieces[k].text);
      if (!valid_day(year, month, day)) return std::nullopt;
      const long d = days_from_civil(year, month, day);
      return date_mention(at, k + 1, DayRange{d, d});
    }
    if (!s.today) return date_mention(at, end, std::nullopt);
    DayRange range = month_without_year(*s.today, month);
    int year = 0, unused_month = 0, unused_day = 0;
    civil_from_days(range.first, &year, &unused_month, &unused_day);
    if (!valid_day(year, month, day)) return std::nullopt;
    const long d = days_from_civil(year, month, day);
    return date_mention(at, end, DayRange{d, d});
  }
  if (is_year_at(s, j)) {
    const int year = whole_number(s.pieces[j].text);
    return date_mention(at, j + 1, whole_month(year, month));
  }
  if (s.is(j, "of") && s.is(j + 1, "that") && s.is(j + 2, "year")) {
    const int year = year_said_before(s, at);
    if (year != 0) return date_mention(at, j + 3, whole_month(year, month));
  }
  // A month alone ("in September") needs a word that makes it a date: "May" is also a verb.
  const bool introduced = at > 0 && (s.has(at - 1, NumericLexicons::kDatePrepositionWord) > 0 ||
                                     s.is(at - 1, "-"));
  if (!introduced) return std::nullopt;
  if (!s.today) return date_mention(at, at + 1, std::nullopt);
  return date_mention(at, at + 1, month_without_year(*s.today, month));
}

// "13 November 2015", "13 November".
std::optional<NumericMention> read_day_first(const NumericSentence& s, std::size_t at) {
  const int day = small_number(s, at, 2);
  if (day < 1 || day > 31) return std::nullopt;
  std::size_t j = skip_day_suffix(s, at + 1);
  const int month = month_at(s, j);
  if (month == 0) return std::nullopt;
  std::size_t end = j + 1;
  if (s.is(end, ".") && s.pieces[j].text.size() <= 4) ++end;
  if (is_year_at(s, end)) {
    const int year = whole_number(s.pieces[end].text);
    if (!valid_day(year, month, day)) return std::nullopt;
    const long d = days_from_civil(year, month, day);
    return date_mention(at, end + 1, DayRange{d, d});
  }
  if (!s.today) return date_mention(at, j + 1, std::nullopt);
  DayRange range = month_without_year(*s.today, month);
  int year = 0, unused_month = 0, unused_day = 0;
  civil_from_days(range.first, &year, &unused_month, &unused_day);
  if (!valid_day(year, month, day)) return std::nullopt;
  const long d = days_from_civil(year, month, day);
  return date_mention(at, j + 1, DayRange{d, d});
}

// Where a weekday lies from the publication day, as its clause tells it.
enum class WeekdayTense {
  kPast,    // the latest such day on or before the publication day (also when nothing tells)
  kFuture,  // "will travel to Moscow on Thursday": the first on or after it
  kNext,    // "next Thursday": the first after it
};

struct WeekdayContext {
  WeekdayTense tense = WeekdayTense::kPast;
  std::size_t begin = 0;  // first piece of the date ("next Thursday" starts at "next")
};

bool is_be_have_or_get(std::string_view word) {
  return word == "be" || word == "been" || word == "being" || word == "is" || word == "are" ||
         word == "was" || word == "were" || word == "am" || word == "have" || word == "has" ||
         word == "had" || word == "get" || word == "gets" || word == "got";
}

// "the attack that happened on Friday", "those who died on Friday": a past form that is not a
// participle after "be", "have" or "get" ("will be charged on Friday", "will be formally charged").
bool is_finite_past(const NumericSentence& s, std::size_t at) {
  const std::string_view word = s.pieces[at].text;
  const std::string lemma = s.verb_lemma(at);
  if (lemma.empty() || lemma == word) return false;
  std::size_t before = at;
  while (before > 0 && s.is_word(before - 1) && s.pieces[before - 1].text.size() > 3 &&
         s.pieces[before - 1].text.ends_with("ly")) {
    --before;
  }
  return before == 0 || !is_be_have_or_get(s.pieces[before - 1].text);
}

// Looks back from the weekday through its clause: the nearest marker of tense decides. A future
// marker from the lexicon puts the weekday ahead; a past marker or a finite past verb keeps it
// behind ("he will be charged for the attack that happened on Friday"). Clause punctuation ends
// the look, so "Obama, who will travel to Paris, met Hollande on Tuesday" stays in the past.
WeekdayContext weekday_context(const NumericSentence& s, std::size_t at) {
  constexpr std::size_t kMaxLook = 15;
  WeekdayContext context;
  context.begin = at;
  for (std::size_t k = at; k > 0 && at - k < kMaxLook; --k) {
    const std::size_t p = k - 1;
    const Piece& piece = s.pieces[p];
    // Inside a sentence a period is an abbreviation's ("11 a.m. Tuesday"), not a clause's end.
    if (piece.shape == PieceShape::kPunct && piece.text != "-" && piece.text != "'" && piece.text != ".") {
      break;
    }
    std::string key;
    const std::size_t used = s.has(p, NumericLexicons::kFutureMarkerOpening)
                                 ? match_phrase(s.pieces, p, s.lexicons.future_markers, &key, 4)
                                 : 0;
    if (used > 0) {
      const std::string& where = s.lexicons.future_markers.at(key);
      if (where == "adjacent" && p + used == at) {
        context.tense = WeekdayTense::kNext;
        context.begin = p;
        return context;
      }
      if (where == "clause" && p + used <= at) {
        context.tense = WeekdayTense::kFuture;
        return context;
      }
    }
    if (!s.is_word(p)) continue;
    if (s.has(p, NumericLexicons::kPastMarkerWord) || is_finite_past(s, p)) return context;
  }
  return context;
}

// "Friday", "Friday's", "last Friday", "next Friday", "will meet on Friday"; "Friday Nov. 13,
// 2015" is read as the written date.
std::optional<NumericMention> read_weekday(const NumericSentence& s, std::size_t at) {
  const int weekday = weekday_at(s, at);
  if (weekday == 0) return std::nullopt;
  std::size_t after = s.is(at + 1, ",") ? at + 2 : at + 1;
  if (auto written = read_month_first(s, after); written && written->value.low) {
    written->begin = at;
    written->parts.front().begin = at;
    return written;
  }
  if (auto written = read_day_first(s, after); written && written->value.low) {
    written->begin = at;
    written->parts.front().begin = at;
    return written;
  }
  if (at > 0 && s.is(at - 1, "last")) {
    if (!s.today) return date_mention(at - 1, at + 1, std::nullopt);
    return date_mention(at - 1, at + 1, most_recent_weekday(*s.today - 1, weekday));
  }
  const WeekdayContext context = weekday_context(s, at);
  if (!s.today) return date_mention(context.begin, at + 1, std::nullopt);
  switch (context.tense) {
    case WeekdayTense::kNext:
      return date_mention(context.begin, at + 1, coming_weekday(*s.today + 1, weekday));
    case WeekdayTense::kFuture:
      return date_mention(context.begin, at + 1, coming_weekday(*s.today, weekday));
    case WeekdayTense::kPast:
      break;
  }
  return date_mention(context.begin, at + 1, most_recent_weekday(*s.today, weekday));
}

// "yesterday", "today", "last month", "this year", "next week".
constexpr long kDaysInWeek = 7;

// "(within) the past week", "in the last week": the seven days up to the publication date, as
// opposed to "last week", the calendar week before it. "The last week of June" names a week.
std::optional<NumericMention> read_rolling_week(const NumericSentence& s, std::size_t at) {
  if (at == 0 || !s.is(at - 1, "the") || !(s.is(at, "last") || s.is(at, "past")) ||
      !s.is(at + 1, "week")) {
    return std::nullopt;
  }
  if (s.is(at + 2, "of") || s.is(at + 2, "before") || s.is(at + 2, "in")) return std::nullopt;
  const std::size_t begin = at >= 2 && s.is(at - 2, "within") ? at - 2 : at - 1;
  if (!s.today) return date_mention(begin, at + 2, std::nullopt);
  return date_mention(begin, at + 2, DayRange{*s.today - kDaysInWeek, *s.today});
}

// The words a relative date starts with: every other word a reader tries (a month, a number
// word, a qualifier) is passed over with a few length checks instead of the readings below.
bool may_start_relative(std::string_view word) {
  return word == "last" || word == "past" || word == "this" || word == "next" || word == "today" ||
         word == "tonight" || word == "yesterday";
}

std::optional<NumericMention> read_relative(const NumericSentence& s, std::size_t at) {
  const std::string_view word = s.pieces[at].text;
  if (!may_start_relative(word)) return std::nullopt;
  if (auto rolling = read_rolling_week(s, at)) return rolling;
  const bool part_of_today = word == "this" && (s.is(at + 1, "morning") || s.is(at + 1, "afternoon") ||
                                                s.is(at + 1, "evening"));
  if (word == "tonight" || part_of_today) {
    const std::size_t end = part_of_today ? at + 2 : at + 1;
    if (!s.today) return date_mention(at, end, std::nullopt);
    return date_mention(at, end, DayRange{*s.today, *s.today});
  }
  if (word == "yesterday" || word == "today" || (word == "last" && s.is(at + 1, "night"))) {
    const std::size_t end = word == "last" ? at + 2 : at + 1;
    if (!s.today) return date_mention(at, end, std::nullopt);
    const long day = word == "today" ? *s.today : *s.today - 1;
    return date_mention(at, end, DayRange{day, day});
  }
  int offset = 0;
  if (word == "last") {
    offset = -1;
  } else if (word == "next") {
    offset = 1;
  } else if (word != "this") {
    return std::nullopt;
  }
  if (!s.is_word(at + 1)) return std::nullopt;
  const std::string_view span = s.pieces[at + 1].text;
  if (span != "week" && span != "month" && span != "year") return std::nullopt;
  if (!s.today) return date_mention(at, at + 2, std::nullopt);
  if (span == "week") return date_mention(at, at + 2, relative_week(*s.today, offset));
  if (span == "month") return date_mention(at, at + 2, relative_month(*s.today, offset));
  int year = 0, month = 0, day = 0;
  civil_from_days(*s.today, &year, &month, &day);
  return date_mention(at, at + 2, whole_year(year + offset));
}

// "2013-2014", "in 2013", "2015-11-13", "11/13/2015".
std::optional<NumericMention> read_year(const NumericSentence& s, std::size_t at) {
  if (!is_year_at(s, at)) return std::nullopt;
  const int year = whole_number(s.pieces[at].text);
  if (s.is(at + 1, "-") && s.glued(at + 1) && s.glued(at + 2)) {
    const int month = small_number(s, at + 2, 2);
    if (month >= 1 && s.is(at + 3, "-") && s.glued(at + 4)) {
      const int day = small_number(s, at + 4, 2);
      if (!valid_day(year, month, day)) return std::nullopt;
      const long d = days_from_civil(year, month, day);
      return date_mention(at, at + 5, DayRange{d, d});
    }
    if (is_year_at(s, at + 2)) {
      const int last = whole_number(s.pieces[at + 2].text);
      if (last <= year) return std::nullopt;
      return date_mention(at, at + 3, DayRange{whole_year(year).first, whole_year(last).last});
    }
  }
  // "2000 troops" counts troops; "the 2015 attacks" and "in 2015" name a year.
  const bool introduced = at > 0 && (s.is(at - 1, "the") || s.is(at - 1, "-") ||
                                     s.has(at - 1, NumericLexicons::kDatePrepositionWord) > 0);
  if (!introduced && s.is_word(at + 1) && !s.pieces[at + 1].capitalized) {
    const std::string_view next = s.pieces[at + 1].text;
    const bool plural = next.size() > 3 && next.back() == 's' && !s.is(at + 2, "'");
    if (plural || s.lexicons.find_unit(next) || s.lexicons.irregular_plurals.count(next)) {
      return std::nullopt;
    }
  }
  return date_mention(at, at + 1, whole_year(year));
}

std::optional<NumericMention> read_slashed_date(const NumericSentence& s, std::size_t at) {
  const int month = small_number(s, at, 2);
  if (month < 1 || !s.is(at + 1, "/") || !s.glued(at + 1) || !s.glued(at + 2)) return std::nullopt;
  const int day = small_number(s, at + 2, 2);
  if (!s.is(at + 3, "/") || !s.glued(at + 3) || !s.glued(at + 4)) return std::nullopt;
  int year = small_number(s, at + 4, 4);
  if (year < 0) return std::nullopt;
  if (year < 100) year += 2000;
  if (!valid_day(year, month, day)) return std::nullopt;
  const long d = days_from_civil(year, month, day);
  return date_mention(at, at + 5, DayRange{d, d});
}

// "a.m." / "p.m." / "am" / "pm" at pieces[at]: pieces used, and whether it is afternoon.
std::size_t meridiem_at(const NumericSentence& s, std::size_t at, bool* afternoon) {
  if (s.is(at, "am") || s.is(at, "pm")) {
    *afternoon = s.is(at, "pm");
    return 1;
  }
  if ((s.is(at, "a") || s.is(at, "p")) && s.is(at + 1, ".") && s.glued(at + 1) && s.is(at + 2, "m")) {
    *afternoon = s.is(at, "p");
    return s.is(at + 3, ".") ? 4 : 3;
  }
  return 0;
}

NumericMention time_mention(std::size_t begin, std::size_t end, double seconds) {
  NumericMention mention;
  mention.kind = ClaimKind::kTime;
  mention.begin = begin;
  mention.end = mention.next = end;
  mention.value = Interval::exactly(seconds);
  mention.unit = "second";
  mention.rule = kTimeRule;
  mention.parts.push_back({"time", begin, end});
  return mention;
}

// "8.49pm" (a dot between hours and minutes, with a.m./p.m.) and "2045 GMT" (the 24-hour
// clock written as four digits before a time zone).
std::optional<NumericMention> read_dotted_or_zoned_time(const NumericSentence& s, std::size_t at) {
  if (!s.is_digits(at)) return std::nullopt;
  const std::string_view text = s.pieces[at].text;
  bool afternoon = false;
  const std::size_t dot = text.find('.');
  if (dot != std::string::npos && text.size() - dot == 3) {
    const std::size_t meridiem = meridiem_at(s, at + 1, &afternoon);
    const int hour = std::atoi(std::string(text.substr(0, dot)).c_str());
    const int minute = std::atoi(std::string(text.substr(dot + 1)).c_str());
    if (meridiem == 0 || hour < 1 || hour > 12 || minute > 59) return std::nullopt;
    const int hours = afternoon ? (hour % 12) + 12 : hour % 12;
    return time_mention(at, at + 1 + meridiem, hours * 3600.0 + minute * 60.0);
  }
  if (text.size() == 4 && text.find_first_not_of("0123456789") == std::string::npos &&
      s.is_word(at + 1) && s.lexicons.time_zones.count(s.pieces[at + 1].text)) {
    const int hour = whole_number(text.substr(0, 2));
    const int minute = whole_number(text.substr(2));
    if (hour > 23 || minute > 59) return std::nullopt;
    return time_mention(at, at + 2, hour * 3600.0 + minute * 60.0);
  }
  return std::nullopt;
}

// "5:00", and "5: 00" as some pages typeset it: two digits of minutes right after the colon or
// after one space (a wider gap is a list or a score, "Q: 10 ...").
bool minutes_follow_colon(const NumericSentence& s, std::size_t colon) {
  if (colon + 1 >= s.size() || !s.is_digits(colon + 1)) return false;
  if (s.glued(colon + 1)) return true;
  return s.pieces[colon + 1].span.start == s.pieces[colon].span.end + 1 &&
         s.pieces[colon + 1].text.size() == 2 && !s.is(colon + 2, ":");
}

// A clock time without a.m. or p.m. between 1:00 and 6:59 is told in the afternoon (news
// gives the small hours with "a.m." or "in the morning"), unless "morning" follows.
constexpr int kLastAfternoonHour = 6;

bool morning_said_after(const NumericSentence& s, std::size_t end) {
  for (std::size_t at = end; at < s.size() && at < end + 4; ++at) {
    if (s.is(at, "morning")) return true;
  }
  return false;
}

std::optional<NumericMention> read_time(const NumericSentence& s, std::size_t at) {
  const std::string_view word = s.pieces[at].text;
  if (s.has(at, NumericLexicons::kClockWord)) {
    if (auto clock = s.lexicons.clock_words.find(word); clock != s.lexicons.clock_words.end()) {
      return time_mention(at, at + 1, clock->second);
    }
  }
  if (auto written = read_dotted_or_zoned_time(s, at)) return written;
  const int hour = small_number(s, at, 2);
  if (hour < 0 || hour > 24) return std::nullopt;
  std::size_t end = at + 1;
  int minute = 0;
  if (s.is(end, ":") && s.glued(end) && minutes_follow_colon(s, end)) {
    minute = small_number(s, end + 1, 2);
    if (minute < 0 || minute > 59 || s.pieces[end + 1].text.size() != 2) return std::nullopt;
    end += 2;
  }
  bool afternoon = false;
  const std::size_t meridiem = meridiem_at(s, end, &afternoon);
  if (meridiem == 0 && end == at + 1) {
    if (s.is(end, "o") && s.is(end + 1, "'") && s.is(end + 2, "clock")) {
      return time_mention(at, end + 3, hour * 3600.0);
    }
    return std::nullopt;
  }
  if (meridiem > 0 && hour > 12 && end == at + 1) return std::nullopt;
  // "1:56" alone is a video's running time; a clock time without a.m./p.m. needs a word that
  // makes it one ("at 5:30", "until 3:59").
  const bool zoned = s.is_word(end) && s.lexicons.time_zones.count(s.pieces[end].text) > 0;
  if (meridiem == 0 && !zoned &&
      !(at > 0 && s.lexicons.time_prepositions.count(s.pieces[at - 1].text))) {
    NumericMention running_time = time_mention(at, end, 0);
    running_time.rejected = true;  // read, so its digits are not taken for counts
    return running_time;
  }
  int hours = hour;
  if (meridiem > 0 && hour <= 12) {  // "17:06 pm" is already on the 24-hour clock
    if (afternoon && hour < 12) hours += 12;
    if (!afternoon && hour == 12) hours = 0;
  } else if (meridiem == 0 && !zoned && end > at + 1 && hour >= 1 && hour <= kLastAfternoonHour &&
             !morning_said_after(s, end)) {
    hours += 12;
  }
  return time_mention(at, end + meridiem + (zoned ? 1 : 0), hours * 3600.0 + minute * 60.0);
}

}  // namespace

bool is_year_at(const NumericSentence& s, std::size_t at) {
  if (!s.is_digits(at) || s.pieces[at].text.size() != 4) return false;
  const int year = small_number(s, at, 4);
  return year >= 1900 && year <= 2100;
}

namespace {

std::optional<NumericMention> read_single_calendar(const NumericSentence& s, std::size_t at);

bool ends_date_span(const NumericSentence& s, std::size_t at) {
  return s.is(at, "through") || s.is(at, "to") || s.is(at, "until") || s.is(at, "till");
}

// "from April 2004 through 2010": one span of days, from the first day of the first date to the
// last day of the second (two dates of one span are not two claims).
std::optional<NumericMention> join_date_span(const NumericSentence& s, NumericMention first) {
  if (first.kind != ClaimKind::kDate || first.begin == 0 || !s.is(first.begin - 1, "from") ||
      !ends_date_span(s, first.end) || !first.value.low) {
    return first;
  }
  auto second = read_single_calendar(s, first.end + 1);
  if (!second || second->kind != ClaimKind::kDate || !second->value.high ||
      *second->value.high < *first.value.low) {
    return first;
  }
  const long first_day = static_cast<long>(*first.value.low);
  const long last_day = static_cast<long>(*second->value.high);
  NumericMention span = date_mention(first.begin - 1, second->end, DayRange{first_day, last_day});
  return span;
}

}  // namespace

std::optional<NumericMention> read_calendar(const NumericSentence& s, std::size_t at) {
  auto mention = read_single_calendar(s, at);
  if (!mention) return mention;
  return join_date_span(s, std::move(*mention));
}

namespace {

std::optional<NumericMention> read_single_calendar(const NumericSentence& s, std::size_t at) {
  if (at >= s.size()) return std::nullopt;
  if (auto time = read_time(s, at)) return time;
  if (s.is_word(at)) {
    if (auto date = read_weekday(s, at)) return date;
    if (auto date = read_month_first(s, at)) return date;
    return read_relative(s, at);
  }
  if (s.is_digits(at)) {
    if (auto date = read_day_first(s, at)) return date;
    if (auto date = read_slashed_date(s, at)) return date;
    return read_year(s, at);
  }
  return std::nullopt;
}

}  // namespace

}  // namespace factdiff
