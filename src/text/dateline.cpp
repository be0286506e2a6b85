#include "text/dateline.h"

#include <array>
#include <cstdio>

#include <re2/re2.h>

namespace factdiff {
namespace {

constexpr std::array<std::string_view, 12> kMonthPrefixes = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};

int month_number(std::string_view name) {
  if (name.size() < 3) return 0;
  std::string prefix;
  for (std::size_t i = 0; i < 3; ++i) {
    prefix.push_back(static_cast<char>(name[i] | 0x20));
  }
  for (std::size_t i = 0; i < kMonthPrefixes.size(); ++i) {
    if (prefix == kMonthPrefixes[i]) return static_cast<int>(i) + 1;
  }
  return 0;
}

#define FACTDIFF_MONTH                                                                       \
  "(?:January|February|March|April|May|June|July|August|September|October|November|December|" \
  "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?"
#define FACTDIFF_WEEKDAY                                                                        \
  "(?:(?:Mon|Tues|Tue|Wed|Wednes|Thu|Thur|Thurs|Fri|Sat|Satur|Sun)(?:day)?\\.?,?\\s+)?"
#define FACTDIFF_LEAD \
  "(?i:(?:first published|first posted|published|posted|updated|last updated|date)\\s*:?\\s*(?:on\\s+)?)?"
#define FACTDIFF_TIME                                                                          \
  "(?:\\s*(?:,|at|-|\\||\\x{2013}|\\x{2014})?\\s*(\\d{1,2}):(\\d{2})(?::\\d{2})?\\s*" \
  "((?i:[ap]\\.?m\\.?))?(?:\\s*[A-Z]{2,4})?)?"

// Month Day Year: "November 17 2015", "Nov. 13, 2015".
const RE2& month_first() {
  static const RE2 pattern("(?i)\\s*" FACTDIFF_LEAD FACTDIFF_WEEKDAY "(" FACTDIFF_MONTH
                           ")\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})" FACTDIFF_TIME "\\s*");
  return pattern;
}
// Day Month Year: "17 November 2015".
const RE2& day_first() {
  static const RE2 pattern("(?i)\\s*" FACTDIFF_LEAD FACTDIFF_WEEKDAY "(\\d{1,2})\\s+(" FACTDIFF_MONTH
                           "),?\\s+(\\d{4})" FACTDIFF_TIME "\\s*");
  return pattern;
}
// ISO: "2015-11-17", "2015-11-17 16:01", "2015-11-17T16:01:00".
const RE2& iso_date() {
  static const RE2 pattern("\\s*" FACTDIFF_LEAD
                           "(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?\\s*");
  return pattern;
}

std::optional<std::string> format_iso(int year, int month, int day, int hour, int minute,
                                      bool has_time) {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1000) return std::nullopt;
  if (has_time && (hour > 23 || minute > 59)) return std::nullopt;
  char buffer[64];
  if (has_time) {
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d", year, month, day, hour,
                  minute);
  } else {
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  }
  return std::string(buffer);
}

int hour_of(const std::string& hour_text, const std::string& meridiem) {
  int hour = std::stoi(hour_text);
  if (meridiem.empty()) return hour;
  const bool afternoon = (meridiem[0] | 0x20) == 'p';
  if (hour == 12) hour = 0;
  return afternoon ? hour + 12 : hour;
}

// Every date form above has a four-digit year: a cheap test before the patterns run.
bool has_year(std::string_view line) {
  std::size_t digits = 0;
  for (char c : line) {
    digits = (c >= '0' && c <= '9') ? digits + 1 : 0;
    if (digits == 4) return true;
  }
  return false;
}

}  // namespace

std::optional<std::string> parse_date_text(std::string_view text) {
  // Most lines asked about are no dates, and the patterns with their captures cost thousands of
  // instructions a line; without a four-digit year none of them can match.
  if (!has_year(text)) return std::nullopt;
  std::string month, day, year, hour, minute, meridiem;
  if (RE2::FullMatch(text, month_first(), &month, &day, &year, &hour, &minute, &meridiem) ||
      RE2::FullMatch(text, day_first(), &day, &month, &year, &hour, &minute, &meridiem)) {
    const bool has_time = !hour.empty();
    return format_iso(std::stoi(year), month_number(month), std::stoi(day),
                      has_time ? hour_of(hour, meridiem) : 0, has_time ? std::stoi(minute) : 0,
                      has_time);
  }
  if (RE2::FullMatch(text, iso_date(), &year, &month, &day, &hour, &minute)) {
    const bool has_time = !hour.empty();
    return format_iso(std::stoi(year), std::stoi(month), std::stoi(day),
                      has_time ? std::stoi(hour) : 0, has_time ? std::stoi(minute) : 0, has_time);
  }
  return std::nullopt;
}

std::optional<std::string> find_dateline(std::string_view text) {
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (!line.empty() && line.size() <= 80) {
      if (auto iso = parse_date_text(line)) return iso;
    }
    start = end + 1;
  }
  return std::nullopt;
}

}  // namespace factdiff
