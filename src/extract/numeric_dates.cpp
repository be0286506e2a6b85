#include "extract/numeric_dates.h"

#include <cstdio>

namespace factdiff {

// Howard Hinnant's civil calendar algorithms (proleptic Gregorian), written out here.
long days_from_civil(int year, int month, int day) {
  year -= month <= 2;
  const long era = (year >= 0 ? year : year - 399) / 400;
  const long year_of_era = year - era * 400;
  const long day_of_year = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  const long day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + day_of_era - 719468;
}

void civil_from_days(long days, int* year, int* month, int* day) {
  days += 719468;
  const long era = (days >= 0 ? days : days - 146096) / 146097;
  const long day_of_era = days - era * 146097;
  const long year_of_era =
      (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  const long day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const long shifted_month = (5 * day_of_year + 2) / 153;
  *day = static_cast<int>(day_of_year - (153 * shifted_month + 2) / 5 + 1);
  *month = static_cast<int>(shifted_month < 10 ? shifted_month + 3 : shifted_month - 9);
  *year = static_cast<int>(year_of_era + era * 400 + (*month <= 2));
}

std::optional<long> parse_iso_day(std::string_view text) {
  int year = 0, month = 0, day = 0;
  if (text.size() < 10) return std::nullopt;
  std::string head(text.substr(0, 10));
  if (std::sscanf(head.c_str(), "%4d-%2d-%2d", &year, &month, &day) != 3) return std::nullopt;
  if (month < 1 || month > 12 || day < 1 || day > days_in_month(year, month)) return std::nullopt;
  return days_from_civil(year, month, day);
}

std::string iso_day(long days) {
  int year = 0, month = 0, day = 0;
  civil_from_days(days, &year, &month, &day);
  // Years of four digits (all a report names) are written digit by digit: snprintf's format
  // parsing cost more than the rest of a date's reading. Others keep snprintf's form.
  if (year < 0 || year > 9999) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
    return buffer;
  }
  const auto digit = [](int value) { return static_cast<char>('0' + value % 10); };
  return std::string{digit(year / 1000), digit(year / 100), digit(year / 10), digit(year), '-',
                     digit(month / 10),  digit(month),      '-',              digit(day / 10), digit(day)};
}

int days_in_month(int year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

int weekday_of(long days) {
  // 1970-01-01 was a Thursday (4).
  const long shifted = (days + 3) % 7;
  return static_cast<int>((shifted < 0 ? shifted + 7 : shifted) + 1);
}

DayRange most_recent_weekday(long today, int weekday) {
  const int back = (weekday_of(today) - weekday + 7) % 7;
  return {today - back, today - back};
}

DayRange coming_weekday(long today, int weekday) {
  const int ahead = (weekday - weekday_of(today) + 7) % 7;
  return {today + ahead, today + ahead};
}

DayRange whole_month(int year, int month) {
  return {days_from_civil(year, month, 1), days_from_civil(year, month, days_in_month(year, month))};
}

DayRange whole_year(int year) { return {days_from_civil(year, 1, 1), days_from_civil(year, 12, 31)}; }

DayRange relative_month(long today, int offset) {
  int year = 0, month = 0, day = 0;
  civil_from_days(today, &year, &month, &day);
  int index = year * 12 + (month - 1) + offset;
  return whole_month(index / 12, index % 12 + 1);
}

DayRange relative_week(long today, int offset) {
  const long monday = today - (weekday_of(today) - 1) + 7L * offset;
  return {monday, monday + 6};
}

DayRange month_without_year(long today, int month) {
  int year = 0, this_month = 0, day = 0;
  civil_from_days(today, &year, &this_month, &day);
  return whole_month(month > this_month ? year - 1 : year, month);
}

}  // namespace factdiff
