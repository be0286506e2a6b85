#include "core/interned_string.h"

#include <memory>
#include <mutex>
#include <unordered_map>

namespace factdiff {
namespace {

// Each text is held by its own allocation, so the pointers handed out stay put however the
// table grows; the table's keys view those texts.
struct Pool {
  std::mutex mutex;
  std::unordered_map<std::string_view, std::unique_ptr<const std::string>> texts;
};

// Never destroyed: an InternedString in a static object may be read during exit.
Pool& pool() {
  static Pool* const kPool = new Pool;
  return *kPool;
}

const std::string& empty_text() {
  static const std::string* const kEmpty = new std::string;
  return *kEmpty;
}

}  // namespace

InternedString::InternedString(std::string_view text) {
  if (text.empty()) return;
  Pool& shared = pool();
  const std::lock_guard<std::mutex> lock(shared.mutex);
  auto found = shared.texts.find(text);
  if (found == shared.texts.end()) {
    auto copy = std::make_unique<const std::string>(text);
    const std::string_view key = *copy;
    found = shared.texts.emplace(key, std::move(copy)).first;
  }
  text_ = found->second.get();
}

const std::string& InternedString::str() const { return text_ != nullptr ? *text_ : empty_text(); }

}  // namespace factdiff
