#include "text/string_table.h"

#include <functional>
#include <limits>
#include <stdexcept>

namespace factdiff {
namespace {

constexpr std::size_t kMinSlots = 16;

std::uint32_t hash_of(std::string_view text) {
  return static_cast<std::uint32_t>(std::hash<std::string_view>{}(text));
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

std::size_t StringTable::slot_of(std::string_view text, std::uint32_t hash) const {
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t slot = hash & mask;; slot = (slot + 1) & mask) {
    const std::uint32_t held = slots_[slot];
    if (held == 0) return slot;
    const Entry& entry = entries_[held - 1];
    if (entry.hash == hash && std::string_view(buffer_.data() + entry.offset, entry.length) == text) return slot;
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
