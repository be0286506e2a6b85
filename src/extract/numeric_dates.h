// Calendar arithmetic for date claims: days since 1970-01-01, and relative dates resolved
// against a document's publication date.
//
//   std::optional<long> today = parse_iso_day("2015-11-16");         // 16755
//   DayRange friday = most_recent_weekday(*today, 5);                  // 2015-11-13
//   DayRange thursday = coming_weekday(*today, 4);                     // 2015-11-19
//   DayRange last_month = relative_month(*today, -1);                  // all of October 2015
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace factdiff {

struct DayRange {
  long first = 0;  // days since 1970-01-01
  long last = 0;
};

long days_from_civil(int year, int month, int day);
void civil_from_days(long days, int* year, int* month, int* day);
// ISO 8601 day of a date or date-time ("2015-11-16", "2015-11-16T09:00:00Z"), or nothing.
std::optional<long> parse_iso_day(std::string_view text);
std::string iso_day(long days);
int days_in_month(int year, int month);
// ISO weekday, Monday = 1 ... Sunday = 7.
int weekday_of(long days);

// The most recent `weekday` on or before `today`.
DayRange most_recent_weekday(long today, int weekday);
// The first `weekday` on or after `today`.
DayRange coming_weekday(long today, int weekday);
DayRange whole_month(int year, int month);
DayRange whole_year(int year);
// The month `offset` months from today's month (-1: last month).
DayRange relative_month(long today, int offset);
// The ISO week (Monday to Sunday) `offset` weeks from today's.
DayRange relative_week(long today, int offset);
// A month named without a year: this year's, or last year's when it is after today's month.
DayRange month_without_year(long today, int month);

}  // namespace factdiff
