// Writes a top-level JSON object piece by piece, as nlohmann's serializer lays it out.
#include "report/json_object_writer.h"

#include <utility>

namespace factdiff {
namespace {

constexpr std::size_t kIndent = 2;  // spaces per level, as dump(2)
// Streamed text is handed on in pieces of about this size: few writes, little held.
constexpr std::size_t kStreamPieceBytes = 64 * 1024;

}  // namespace

JsonObjectWriter::JsonObjectWriter(bool pretty) : pretty_(pretty) {}

JsonObjectWriter::JsonObjectWriter(bool pretty, std::ostream& out) : pretty_(pretty), out_(&out) {}

void JsonObjectWriter::flush_if_long() {
  if (out_ == nullptr || text_.size() < kStreamPieceBytes) return;
  out_->write(text_.data(), static_cast<std::streamsize>(text_.size()));
  text_.clear();
}

void JsonObjectWriter::start_member(std::string_view key) {
  if (members_++ > 0) text_ += ',';
  if (pretty_) {
    text_ += '\n';
    text_.append(kIndent, ' ');
  }
  text_ += '"';
  text_ += key;
  text_ += pretty_ ? "\": " : "\":";
}

void JsonObjectWriter::append_dumped(const nlohmann::ordered_json& value, std::size_t indent) {
  const std::string dumped =
      value.dump(pretty_ ? static_cast<int>(kIndent) : -1, ' ', false,
                 nlohmann::ordered_json::error_handler_t::replace);
  if (!pretty_) {
    text_ += dumped;
    return;
  }
  // A nested value's lines carry its depth's indentation; strings never hold a raw newline
  // (dump escapes it), so every newline starts a line to shift.
  // Copied a line at a time: a byte at a time was a sixth of a large compare.
  std::size_t from = 0;
  for (std::size_t newline = dumped.find('\n'); newline != std::string::npos;
       newline = dumped.find('\n', from)) {
    text_.append(dumped, from, newline + 1 - from);
    text_.append(indent, ' ');
    from = newline + 1;
  }
  text_.append(dumped, from, std::string::npos);
}

void JsonObjectWriter::member(std::string_view key, const nlohmann::ordered_json& value) {
  start_member(key);
  append_dumped(value, kIndent);
  flush_if_long();
}

void JsonObjectWriter::begin_array(std::string_view key) {
  start_member(key);
  text_ += '[';
  elements_ = 0;
}

void JsonObjectWriter::element(const nlohmann::ordered_json& value) {
  if (elements_++ > 0) text_ += ',';
  if (pretty_) {
    text_ += '\n';
    text_.append(2 * kIndent, ' ');
  }
  append_dumped(value, 2 * kIndent);
  flush_if_long();
}

void JsonObjectWriter::end_array() {
  if (pretty_ && elements_ > 0) {
    text_ += '\n';
    text_.append(kIndent, ' ');
  }
  text_ += ']';
}

std::string JsonObjectWriter::finish() {
  if (pretty_ && members_ > 0) text_ += '\n';
  text_ += '}';
  if (out_ == nullptr) return std::move(text_);
  out_->write(text_.data(), static_cast<std::streamsize>(text_.size()));
  text_.clear();
  return {};
}

}  // namespace factdiff
