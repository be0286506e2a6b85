#include "core/interned_string.h"

#include <array>
#include <atomic>
#include <memory>
#include <mutex>
#include <new>
#include <vector>

#include "core/word_hash.h"

namespace factdiff {
namespace {

// The texts by number, in chunks that never move or go away: reading a text takes no lock (an
// InternedString reaches another thread only through something that orders the two, and its
// chunk was published before its number was handed out). The chunk table is zero-initialised
// static storage: its pages cost memory only once a chunk is written into them.
constexpr std::uint32_t kChunkBits = 12;
constexpr std::uint32_t kChunkTexts = 1u << kChunkBits;
constexpr std::uint32_t kChunks = 1u << 16;
constinit std::atomic<const std::string**> chunks[kChunks] = {};

// Each text is held by its own allocation, so the numbers' texts stay put however the index
// grows. Never destroyed: an InternedString in a static object may be read during exit.
const std::string& text_of(std::uint32_t id) {
  return *chunks[id >> kChunkBits].load(std::memory_order_acquire)[id & (kChunkTexts - 1)];
}

// The numbers by text: an open-addressing table of slots, each a number and its text's hash, at
// most half full. Claims intern a dozen values each, so a lookup is made for nearly every value
// a run writes: here it costs a hash and, nearly always, one comparison of texts, where a
// node-based map of the texts also walked a bucket's list and called the standard string hash.
class TextIndex {
 public:
  // The number of `text`, or 0 when it has none yet; `hash` is its WordHash.
  std::uint32_t find(std::string_view text, std::uint32_t hash) const {
    if (slots_.empty()) return 0;
    return slots_[slot_of(text, hash)].id;
  }

  void add(std::uint32_t id, std::uint32_t hash) {
    if (2 * (held_ + 1) > slots_.size()) grow();
    slots_[free_slot(hash)] = {id, hash};
    ++held_;
  }

 private:
  struct Slot {
    std::uint32_t id = 0;  // 0 for an empty slot
    std::uint32_t hash = 0;
  };

  std::size_t slot_of(std::string_view text, std::uint32_t hash) const {
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t slot = hash & mask;; slot = (slot + 1) & mask) {
      const Slot& held = slots_[slot];
      if (held.id == 0 || (held.hash == hash && text_of(held.id) == text)) return slot;
    }
  }

  std::size_t free_slot(std::uint32_t hash) const {
    const std::size_t mask = slots_.size() - 1;
    std::size_t slot = hash & mask;
    while (slots_[slot].id != 0) slot = (slot + 1) & mask;
    return slot;
  }

  void grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? kFirstSlots : 2 * old.size(), Slot{});
    for (const Slot& held : old) {
      if (held.id != 0) slots_[free_slot(held.hash)] = held;
    }
  }

  static constexpr std::size_t kFirstSlots = 1024;
  std::vector<Slot> slots_;  // size zero or a power of two
  std::size_t held_ = 0;
};

struct Pool {
  std::mutex mutex;
  TextIndex ids;
  std::uint32_t next_id = 1;  // 0 is the empty string
};

Pool& pool() {
  static Pool* const kPool = new Pool;
  return *kPool;
}

const std::string& empty_text() {
  static const std::string* const kEmpty = new std::string;
  return *kEmpty;
}

// Holds `text`, whose hash is `hash`, under a new number (the pool's lock held).
std::uint32_t add_text(Pool& shared, std::string_view text, std::uint32_t hash) {
  const std::uint32_t id = shared.next_id;
  if (id >> kChunkBits >= kChunks) throw std::bad_alloc();  // 268 million distinct texts
  std::atomic<const std::string**>& chunk = chunks[id >> kChunkBits];
  if (chunk.load(std::memory_order_relaxed) == nullptr) {
    chunk.store(new const std::string*[kChunkTexts](), std::memory_order_release);
  }
  chunk.load(std::memory_order_relaxed)[id & (kChunkTexts - 1)] = new const std::string(text);
  shared.ids.add(id, hash);
  ++shared.next_id;
  return id;
}

}  // namespace

InternedString::InternedString(std::string_view text) {
  if (text.empty()) return;
  const auto hash = static_cast<std::uint32_t>(WordHash{}(text));
  // Claims repeat a few texts (rule ids, units, verbs) thousands of times: each thread keeps the
  // numbers it was given last, by hash, and finds a repeated text there without taking the
  // pool's lock (a number's text, once handed out, reads without it).
  constexpr std::size_t kRecentSlots = 256;
  thread_local std::array<std::uint32_t, kRecentSlots> recent{};
  std::uint32_t& remembered = recent[hash % kRecentSlots];
  if (remembered != 0 && text_of(remembered) == text) {
    id_ = remembered;
    return;
  }
  Pool& shared = pool();
  const std::lock_guard<std::mutex> lock(shared.mutex);
  const std::uint32_t found = shared.ids.find(text, hash);
  id_ = found != 0 ? found : add_text(shared, text, hash);
  remembered = id_;
}

const std::string& InternedString::str() const {
  if (id_ == 0) return empty_text();
  return text_of(id_);
}

}  // namespace factdiff
