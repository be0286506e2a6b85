// Status and Result<T>: errors as values at library boundaries.
//
// Every fallible library function returns a Status or a Result<T>. The message is complete and
// meant for a person: it names the file (and line and column for rule files) and quotes the
// offending text, so the command line prints it as is and exits with status 2.
//
//   Result<Document> loaded = load_document("a.txt");
//   if (!loaded.ok()) { std::cerr << loaded.status().message() << "\n"; return 2; }
//   const Document& doc = loaded.value();
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace factdiff {

class Status {
 public:
  Status() = default;  // success
  static Status ok_status() { return Status(); }
  static Status error(std::string message) { return Status(std::move(message), true); }

  bool ok() const { return !failed_; }
  const std::string& message() const { return message_; }

 private:
  Status(std::string message, bool failed) : message_(std::move(message)), failed_(failed) {}
  std::string message_;
  bool failed_ = false;
};

template <typename T>
class Result {
 public:
  Result(T value) : state_(std::move(value)) {}                  // NOLINT: implicit by design
  Result(Status status) : state_(std::move(status)) {}           // NOLINT: must be an error

  bool ok() const { return std::holds_alternative<T>(state_); }
  const T& value() const& { return std::get<T>(state_); }
  T& value() & { return std::get<T>(state_); }
  T&& value() && { return std::get<T>(std::move(state_)); }
  // The error; an ok Result answers with a success Status. The reference lives as long as
  // the Result.
  const Status& status() const {
    static const Status kSuccess;
    return ok() ? kSuccess : std::get<Status>(state_);
  }

 private:
  std::variant<T, Status> state_;
};

}  // namespace factdiff

#define FACTDIFF_RETURN_IF_ERROR(expression)                 \
  do {                                                       \
    ::factdiff::Status factdiff_status_ = (expression);      \
    if (!factdiff_status_.ok()) return factdiff_status_;     \
  } while (false)
