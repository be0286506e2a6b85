#include "text/string_table.h"

#include <cstring>
#include <limits>
#include <stdexcept>

#include "core/word_hash.h"

namespace factdiff {
namespace {

constexpr std::size_t kMinSlots = 16;

// Nearly every string here is a word of a few bytes, hashed for every token of a run: the
// lexicons' word hash, where std::hash cost about three times as much. The hash decides slots
// only, never ids or any order a caller sees.
inline std::uint32_t hash_of(std::string_view text) {
  return static_cast<std::uint32_t>(WordHash{}(text));
}

// Whether a[0, size) and b[0, size) hold the same bytes. A probe that finds a string's hash
// nearly always finds the string: a word of up to sixteen bytes is compared with two loads of
// each, where a call to memcmp cost more than the rest of the lookup.
inline bool same_bytes(const char* a, const char* b, std::size_t size) {
  const auto load8 = [](const char* at) {
    std::uint64_t value;
    std::memcpy(&value, at, 8);
    return value;
  };
  const auto load4 = [](const char* at) {
    std::uint32_t value;
    std::memcpy(&value, at, 4);
    return value;
  };
  if (size >= 8) {
    if (size > 16) return std::memcmp(a, b, size) == 0;
    return load8(a) == load8(b) && load8(a + size - 8) == load8(b + size - 8);
  }
  if (size >= 4) return load4(a) == load4(b) && load4(a + size - 4) == load4(b + size - 4);
  for (std::size_t i = 0; i < size; ++i) {
    if (a[i] != b[i]) return false;
  }
  return true;
}

// At most half the slots full: probes stay short.
std::size_t slots_for(std::size_t strings) {
  std::size_t slots = kMinSlots;
  while (slots < 2 * strings) slots *= 2;
  return slots;
}

}  // namespace

StringTable::StringTable(std::size_t expected) : slots_(slots_for(expected), 0) {
  entries_.reserve(expected);
}

inline std::size_t StringTable::slot_of(std::string_view text, std::uint32_t hash) const {
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t slot = hash & mask;; slot = (slot + 1) & mask) {
    const std::uint32_t held = slots_[slot];
    if (held == 0) return slot;
    const Entry& entry = entries_[held - 1];
    if (entry.hash == hash && entry.length == text.size() &&
        same_bytes(buffer_.data() + entry.offset, text.data(), text.size())) {
      return slot;
    }
  }
}

std::size_t StringTable::find(std::string_view text) const {
  const std::uint32_t held = slots_[slot_of(text, hash_of(text))];
  return held == 0 ? kAbsent : held - 1;
}

std::pair<std::size_t, bool> StringTable::insert(std::string_view text) {
  const std::uint32_t hash = hash_of(text);
  std::size_t slot = slot_of(text, hash);
  if (slots_[slot] != 0) return {slots_[slot] - 1, false};
  if (buffer_.size() + text.size() > std::numeric_limits<std::uint32_t>::max()) {
    throw std::length_error("more than 4 GiB of distinct words in one run; give fewer documents at once");
  }
  if (2 * (entries_.size() + 1) > slots_.size()) {
    grow();
    slot = slot_of(text, hash);
  }
  entries_.push_back({static_cast<std::uint32_t>(buffer_.size()), static_cast<std::uint32_t>(text.size()), hash});
  buffer_.append(text);
  slots_[slot] = static_cast<std::uint32_t>(entries_.size());
  return {entries_.size() - 1, true};
}

void StringTable::grow() {
  slots_.assign(slots_.size() * 2, 0);
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t id = 0; id < entries_.size(); ++id) {
    std::size_t slot = entries_[id].hash & mask;
    while (slots_[slot] != 0) slot = (slot + 1) & mask;
    slots_[slot] = static_cast<std::uint32_t>(id + 1);
  }
}

}  // namespace factdiff
