#include "core/interned_string.h"

#include <atomic>
#include <memory>
#include <mutex>
#include <new>
#include <unordered_map>

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
// grows; the index's keys view those texts. Never destroyed: an InternedString in a static
// object may be read during exit.
struct Pool {
  std::mutex mutex;
  std::unordered_map<std::string_view, std::uint32_t> ids;
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

// Holds `text` under a new number (the pool's lock held).
std::uint32_t add_text(Pool& shared, std::string_view text) {
  const std::uint32_t id = shared.next_id;
  if (id >> kChunkBits >= kChunks) throw std::bad_alloc();  // 268 million distinct texts
  std::atomic<const std::string**>& chunk = chunks[id >> kChunkBits];
  if (chunk.load(std::memory_order_relaxed) == nullptr) {
    chunk.store(new const std::string*[kChunkTexts](), std::memory_order_release);
  }
  const std::string* copy = new const std::string(text);
  chunk.load(std::memory_order_relaxed)[id & (kChunkTexts - 1)] = copy;
  shared.ids.emplace(std::string_view(*copy), id);
  ++shared.next_id;
  return id;
}

}  // namespace

InternedString::InternedString(std::string_view text) {
  if (text.empty()) return;
  Pool& shared = pool();
  const std::lock_guard<std::mutex> lock(shared.mutex);
  const auto found = shared.ids.find(text);
  id_ = found != shared.ids.end() ? found->second : add_text(shared, text);
}

const std::string& InternedString::str() const {
  if (id_ == 0) return empty_text();
  return *chunks[id_ >> kChunkBits].load(std::memory_order_acquire)[id_ & (kChunkTexts - 1)];
}

}  // namespace factdiff
