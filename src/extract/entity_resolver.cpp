// Entity resolution: mentions, alias clusters across documents, canonical names and ids.
#include "extract/entity_resolver.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <numeric>
#include <set>
#include <string_view>

#include "core/person_names.h"
#include "core/word_hash.h"
#include "extract/entity_lexicons.h"
#include "extract/quote_text.h"
#include "extract/speaker_resolver.h"

namespace factdiff {
namespace {

// Scraping drops or swaps a letter ("Franois"); only long names are matched this loosely, so
// "John Smith" and "Joan Smith" stay apart.
constexpr std::size_t kLooseMatchLength = 12;
constexpr std::size_t kLooserMatchLength = 18;
// A name of one word is close to no other (close_names), so it has no variants at all.
constexpr std::size_t kNoVariants = SIZE_MAX;

std::size_t edit_distance(const std::string& a, const std::string& b, std::size_t limit) {
  if ((a.size() > b.size() ? a.size() - b.size() : b.size() - a.size()) > limit) return limit + 1;
  std::vector<std::size_t> row(b.size() + 1);
  std::iota(row.begin(), row.end(), 0);
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    std::size_t best = row[0];
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
      best = std::min(best, row[j]);
    }
    if (best > limit) return limit + 1;
  }
  return row[b.size()];
}

std::size_t word_count(const std::string& text) {
  return static_cast<std::size_t>(std::count(text.begin(), text.end(), ' ')) + 1;
}

// The surname: the last word, before a generational suffix ("Anthony LaCalamita III").
std::string last_word(const std::string& folded) {
  const std::string_view name = without_name_suffix(folded);
  const std::size_t space = name.rfind(' ');
  return std::string(space == std::string_view::npos ? name : name.substr(space + 1));
}

struct Surface {
  std::string text;       // as written (first seen)
  std::set<std::string> documents;
  std::size_t count = 0;
  std::size_t person_votes = 0;
  std::set<std::string> roles;
  std::vector<EntityMention> mentions;
  std::string alias_canonical;
  std::string alias_type;
  bool single_at_sentence_start_only = true;
  std::size_t claim_person_votes = 0;  // speaker or attribute subject named by a proper name
};

// Polynomial hashes (arithmetic modulo 2^64) of a string with at most two of its bytes left out.
// A hash is that of the shortened string however it is reached, so equal variants of two names
// always hash alike. Each variant costs a multiplication or two from the prefix hashes, and the
// second deletion follows the first a byte at a time: a name of two deletions has a square number
// of variants, and rebuilding each one's hash from three ranges was most of their cost.
class DeletionHashes {
 public:
  // Calls add(hash) for `text` itself, then (deletions >= 1) for `text` without each byte, then
  // (deletions >= 2) without each pair of bytes.
  template <typename Add>
  void each(std::string_view text, std::size_t deletions, Add add) {
    const std::size_t size = text.size();
    prefix_.resize(size + 1);
    power_.resize(size + 1);
    prefix_[0] = 0;
    power_[0] = 1;
    for (std::size_t t = 0; t < size; ++t) {
      prefix_[t + 1] = prefix_[t] * kBase + value(text, t);
      power_[t + 1] = power_[t] * kBase;
    }
    const std::uint64_t whole = prefix_[size];
    add(whole);
    if (deletions == 0) return;
    // Without bytes i and m: text[0, i) and text[i + 1, m), hashed as `kept`, then text[m + 1,
    // size), whose hash is whole - prefix_[m + 1] * power_[size - m - 1].
    for (std::size_t i = 0; i < size; ++i) {
      add((prefix_[i] - prefix_[i + 1]) * power_[size - i - 1] + whole);
      if (deletions < 2) continue;
      std::uint64_t kept = prefix_[i];
      for (std::size_t m = i + 1; m < size; ++m) {
        add((kept - prefix_[m + 1]) * power_[size - m - 1] + whole);
        kept = kept * kBase + value(text, m);
      }
    }
  }

  // How many hashes each() gives.
  static std::size_t count(std::size_t size, std::size_t deletions) {
    return 1 + (deletions >= 1 ? size : 0) + (deletions >= 2 && size > 0 ? size * (size - 1) / 2 : 0);
  }

 private:
  static constexpr std::uint64_t kBase = 1099511628211ULL;  // odd
  static std::uint64_t value(std::string_view text, std::size_t t) {
    return static_cast<unsigned char>(text[t]) + 1;
  }
  std::vector<std::uint64_t> prefix_;
  std::vector<std::uint64_t> power_;
};

// The keys that gave each variant hash, for close_name_candidates: an open-addressing table of
// the hashes, each slot heading a list of its keys, newest first. Nearly every variant hash is
// its key's alone, so a variant costs one probe; sorting all variants to find the shared ones
// cost four times as much.
class VariantTable {
 public:
  // Room for `variants` hashes, at most two thirds full.
  explicit VariantTable(std::size_t variants)
      : shift_(64 - static_cast<unsigned>(std::bit_width(variants + variants / 2))),
        hashes_(std::make_unique_for_overwrite<std::uint64_t[]>(std::size_t{1} << (64 - shift_))),
        heads_(std::size_t{1} << (64 - shift_), kNone) {
    entries_.reserve(variants);
  }

  // Adds `key` under `hash`; each key added before it under the same hash makes a pair
  // (earlier << key_bits | key) in `pairs`. Keys are added in increasing order.
  void add(std::uint64_t hash, std::uint32_t key, unsigned key_bits, std::vector<std::uint64_t>& pairs) {
    const std::size_t mask = heads_.size() - 1;
    for (std::size_t at = static_cast<std::size_t>((hash * kSpread) >> shift_);; at = (at + 1) & mask) {
      std::uint32_t& head = heads_[at];
      if (head == kNone) {
        hashes_[at] = hash;
        head = push(key, kNone);
        return;
      }
      if (hashes_[at] != hash) continue;
      // A key's variants may repeat ("anna" without either "n"): the newest entry is then its own.
      if (entry(head).key == key) return;
      for (std::uint32_t e = head; e != kNone; e = entry(e).next) {
        pairs.push_back((std::uint64_t{entry(e).key} << key_bits) | key);
      }
      head = push(key, head);
      return;
    }
  }

 private:
  // Entries are numbered from 1, so that a table of zero heads is an empty one: its hashes are
  // read only where a head is set, and are left unwritten until then.
  static constexpr std::uint32_t kNone = 0;
  // The hashes' low bits are weak (the lowest is a parity of the bytes): the slot is taken from
  // the top bits of a multiple.
  static constexpr std::uint64_t kSpread = 0x9E3779B97F4A7C15ULL;
  struct Entry {
    std::uint32_t key;
    std::uint32_t next;
  };
  std::uint32_t push(std::uint32_t key, std::uint32_t next) {
    entries_.push_back({key, next});
    return static_cast<std::uint32_t>(entries_.size());
  }
  const Entry& entry(std::uint32_t number) const { return entries_[number - 1]; }
  unsigned shift_;
  std::unique_ptr<std::uint64_t[]> hashes_;
  std::vector<std::uint32_t> heads_;
  std::vector<Entry> entries_;
};

class UnionFind {
 public:
  std::size_t add() {
    parent_.push_back(parent_.size());
    return parent_.size() - 1;
  }
  std::size_t find(std::size_t x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }
  void unite(std::size_t a, std::size_t b) { parent_[find(a)] = find(b); }

 private:
  std::vector<std::size_t> parent_;
};

class Resolver {
 public:
  explicit Resolver(const AttributionLexicons& lexicons) : lexicons_(lexicons) {}

  void add_document(const AnalyzedDocument& analysis, const std::vector<AttributionParagraph>& paragraphs) {
    if (analysis.document == nullptr) return;
    const std::string& doc = analysis.document->id;
    std::optional<NamePhrase> scratch;  // a name read afresh, when a paragraph keeps none
    for (const AttributionParagraph& p : paragraphs) {
      for (std::size_t k = 0; k < p.words.size(); ++k) {
        const NamePhrase* name = find_name_at(p, k, lexicons_, scratch);
        if (!name) continue;
        const bool sentence_start = name->name_begin == 0 ||
                                    p.words[name->name_begin - 1].sentence != p.words[name->name_begin].sentence ||
                                    !p.words[name->name_begin - 1].is_word;
        // Folded once, for the test and, unless the name splits, as its surface's key.
        const std::string folded = fold_text(name->name);
        if (!plausible_name(name->name, folded)) {
          k = std::max(k, name->end - 1);
          continue;
        }
        Surface& surface = add_surface(name->name, &folded);
        surface.documents.insert(doc);
        // A title makes a person; so does speaking or having attributes (add_claim_names).
        surface.person_votes += name->person && !name->roles.empty() ? 1 : 0;
        for (const std::string& role : name->roles) surface.roles.insert(role);
        if (!sentence_start || name->end - name->name_begin > 1) surface.single_at_sentence_start_only = false;
        surface.mentions.push_back({doc, p.to_original(p.words[name->name_begin].start, p.words[name->end - 1].end)});
        k = std::max(k, name->end - 1);
      }
    }
  }

  // Speakers and subjects of claims are names too, even when the text gave no capitalised run
  // ("source close to the investigation").
  void add_claim_names(const std::vector<Claim>& claims) {
    for (const Claim& claim : claims) {
      for (const std::string* name : {&claim.speaker.str(), &claim.subject.str()}) {
        if (name->empty() || *name == "unknown") continue;
        Surface& surface = add_surface(*name);
        surface.documents.insert(claim.doc);
        surface.single_at_sentence_start_only = false;
        const bool common_noun_phrase = !name->empty() && std::islower(static_cast<unsigned char>((*name)[0]));
        if (!common_noun_phrase && !is_numeric(claim.kind)) ++surface.claim_person_votes;
      }
    }
  }

  std::vector<Entity> cluster() {
    UnionFind sets;
    // The surfaces in key order: a key's set is its place, found by bisection (a map of the
    // places, built for a few thousand lookups, cost more than all of them).
    std::vector<std::string> keys;
    std::vector<const Surface*> surfaces;
    keys.reserve(surfaces_.size());
    surfaces.reserve(surfaces_.size());
    for (const auto& [key, surface] : surfaces_) {
      sets.add();
      keys.push_back(key);
      surfaces.push_back(&surface);
    }
    const auto index_of = [&keys](const std::string& key) {
      return static_cast<std::size_t>(std::lower_bound(keys.begin(), keys.end(), key) - keys.begin());
    };
    // Aliases from the rules: every alias joins its canonical name.
    std::map<std::string, std::size_t> canonical_root;
    for (auto& [key, surface] : surfaces_) {
      if (surface.alias_canonical.empty()) continue;
      const std::string canonical = fold_text(surface.alias_canonical);
      auto [it, inserted] = canonical_root.emplace(canonical, index_of(key));
      if (!inserted) sets.unite(index_of(key), it->second);
    }
    // A surname joins the one multi-word person name that ends with it.
    std::map<std::string, std::set<std::string>> by_last_word;
    for (const auto& [key, surface] : surfaces_) {
      // Surnames join full names of people, and of names not known to be anything else.
      // A speaker written in lower case is a description ("friend of the driver"), not a name.
      const bool described = std::none_of(surface.text.begin(), surface.text.end(),
                                          [](char c) { return std::isupper(static_cast<unsigned char>(c)); });
      const bool other_kind = !surface.alias_type.empty() || organization_name(surface.text);
      if (word_count(key) > 1 && !described && (is_person(surface) || !other_kind)) {
        by_last_word[last_word(key)].insert(key);
      }
    }
    // "Constable Tim Fanning" and "Tim Fanning": a full name that ends with another full name is
    // that person under a title the lexicons do not know; "Anthony LaCalamita III" and "Anthony
    // LaCalamita" are one person with and without the suffix.
    for (const auto& [last, full_names] : by_last_word) {
      (void)last;
      for (const std::string& longer : full_names) {
        const std::string_view bare = without_name_suffix(longer);
        for (const std::string& shorter : full_names) {
          if (ends_with_name(longer, shorter) || (bare != longer && (bare == shorter || ends_with_name(bare, shorter)))) {
            sets.unite(index_of(longer), index_of(shorter));
          }
        }
      }
    }
    for (const auto& [key, surface] : surfaces_) {
      if (word_count(key) != 1 || !surface.alias_canonical.empty()) continue;
      auto it = by_last_word.find(key);
      if (it == by_last_word.end()) continue;
      // Several full names may end alike only when they are one person spelt differently.
      const std::string& first = *it->second.begin();
      bool one_person = true;
      for (const std::string& other : it->second) {
        if (sets.find(index_of(other)) != sets.find(index_of(first)) && !close_names(other, first)) one_person = false;
      }
      if (one_person) sets.unite(index_of(key), index_of(first));
    }
    // Long names a letter apart are one name damaged in scraping. Pairs come in the order of a
    // loop over every pair, so the clusters and their roots are the same.
    for (const auto& [a, b] : close_name_candidates(keys)) {
      if (close_names(keys[a], keys[b])) sets.unite(a, b);
    }
    // Full names a letter apart share their surname's cluster too.
    for (const auto& [last, full_names] : by_last_word) {
      (void)last;
      for (const std::string& x : full_names) {
        for (const std::string& y : full_names) {
          if (close_names(x, y)) sets.unite(index_of(x), index_of(y));
        }
      }
    }
    // Each cluster's members by their places in `keys`, in key order, the clusters in the order
    // of their roots.
    std::map<std::size_t, std::vector<std::size_t>> members;
    for (std::size_t i = 0; i < keys.size(); ++i) members[sets.find(i)].push_back(i);

    std::vector<Entity> entities;
    for (const auto& [root, cluster] : members) {
      (void)root;
      Entity entity = make_entity(cluster, keys, surfaces);
      if (entity.name.empty()) continue;
      for (std::size_t member : cluster) canonical_of_[keys[member]] = entity.name;
      entities.push_back(std::move(entity));
    }
    // Two clusters may end with one canonical name (an alias canonical seen bare); merge them.
    std::sort(entities.begin(), entities.end(), [](const Entity& a, const Entity& b) { return a.id < b.id; });
    std::vector<Entity> merged;
    for (Entity& entity : entities) {
      if (!merged.empty() && merged.back().id == entity.id) {
        Entity& into = merged.back();
        into.aliases.insert(into.aliases.end(), entity.aliases.begin(), entity.aliases.end());
        into.roles.insert(into.roles.end(), entity.roles.begin(), entity.roles.end());
        into.mentions.insert(into.mentions.end(), entity.mentions.begin(), entity.mentions.end());
        std::sort(into.aliases.begin(), into.aliases.end());
        into.aliases.erase(std::unique(into.aliases.begin(), into.aliases.end()), into.aliases.end());
        continue;
      }
      merged.push_back(std::move(entity));
    }
    return merged;
  }

  // The canonical name for a speaker or subject as written, or empty.
  std::string canonical(const std::string& name) const {
    auto it = canonical_of_.find(fold_text(split_camel_case(name)));
    return it == canonical_of_.end() ? std::string() : it->second;
  }

 private:
  // The surface of `text`, counted once more; `folded`, when given, is fold_text(text).
  Surface& add_surface(const std::string& text, const std::string* folded = nullptr) {
    std::string split = split_camel_case(text);
    const std::string key = folded != nullptr && split == text ? *folded : fold_text(split);
    auto [it, inserted] = surfaces_.try_emplace(key);
    Surface& surface = it->second;
    if (inserted) {
      surface.text = std::move(split);
      auto alias = lexicons_.aliases.find(key);
      if (alias != lexicons_.aliases.end()) {
        surface.alias_canonical = alias->second.canonical;
        surface.alias_type = alias->second.type;
      } else if (auto country = lexicons_.countries.find(key); country != lexicons_.countries.end()) {
        surface.alias_canonical = country->second;
        surface.alias_type = "place";
      }
    }
    ++surface.count;
    return surface;
  }

  bool is_person(const Surface& surface) const {
    if (!surface.alias_type.empty()) return surface.alias_type == "person";
    return surface.person_votes > 0 || (surface.claim_person_votes > 0 && !organization_name(surface.text));
  }

  // Demonyms ("French") and compound adjectives ("U.S.-backed") are capitalised but name nobody.
  // `folded` is fold_text(name).
  bool plausible_name(const std::string& name, const std::string& folded) const {
    if (lexicons_.nationality(folded)) return false;
    const std::size_t hyphen = folded.rfind('-');
    if (hyphen != std::string::npos && hyphen + 1 < folded.size() && folded.find(' ', hyphen) == std::string::npos &&
        std::islower(static_cast<unsigned char>(name[hyphen + 1])) && hyphen > 0 &&
        !std::islower(static_cast<unsigned char>(name[0]))) {
      // "al-Assad" keeps its particle; "U.S.-led" is an adjective.
      const std::string before = folded.substr(folded.rfind(' ', hyphen) == std::string::npos ? 0 : folded.rfind(' ', hyphen) + 1);
      if (before.rfind("al-", 0) != 0 && before.rfind("el-", 0) != 0) return false;
    }
    return true;
  }

  // "bashar al-assad" and "bashar assad" are one name: name particles are left out of the
  // comparison.
  static std::string without_particles(const std::string& folded) {
    // Asked of every name a run keeps and of every pair compared: the words are views into
    // `folded`, not copies, and the result is written once.
    std::string out;
    out.reserve(folded.size());
    std::size_t from = 0;
    while (from <= folded.size()) {
      const std::size_t space = std::min(folded.find(' ', from), folded.size());
      std::string_view word = std::string_view(folded).substr(from, space - from);
      from = space + 1;
      if (word == "al" || word == "el" || word == "bin" || word == "ibn") continue;
      if (word.starts_with("al-") || word.starts_with("el-")) word.remove_prefix(3);
      if (!out.empty()) out += ' ';
      out += word;
    }
    return out;
  }

  // Every pair (a < b, sorted) of `keys` that close_names may accept, without comparing every
  // pair: two strings within k edits share a string made by deleting at most k letters from each,
  // so keys are grouped by the hashes of their deletion variants. A name shorter than
  // kLooseMatchLength only matches exactly (no deletions), one shorter than kLooserMatchLength
  // within one edit. Hash collisions only add pairs, which close_names then rejects.
  static std::vector<std::pair<std::size_t, std::size_t>> close_name_candidates(const std::vector<std::string>& keys) {
    // A candidate pair is packed in one number, the first key in the high bits: numbers of 8
    // bytes sort in about half the time pairs of 16 take. (A run never holds 2^32 distinct
    // names, so a pair of keys fits.)
    const unsigned key_bits = static_cast<unsigned>(std::bit_width(keys.size()));
    const std::uint64_t key_mask = (std::uint64_t{1} << key_bits) - 1;
    // Each variant is hashed from its name's prefix hashes without being written out. Two
    // variants that hash alike but differ only add a pair close_names turns away; equal variants
    // always hash alike, so no close pair is missed.
    std::vector<std::string> names(keys.size());
    std::vector<std::size_t> deletions(keys.size(), kNoVariants);
    std::size_t variant_count = 0;
    for (std::size_t key = 0; key < keys.size(); ++key) {
      names[key] = without_particles(keys[key]);
      if (word_count(names[key]) < 2) continue;
      const std::size_t n = names[key].size();
      deletions[key] = n < kLooseMatchLength ? 0 : n < kLooserMatchLength ? 1 : 2;
      variant_count += DeletionHashes::count(n, deletions[key]);
    }
    VariantTable table(variant_count);
    std::vector<std::uint64_t> packed_pairs;  // first key high, second low
    DeletionHashes hashes;
    // A key's variants are gathered first and then looked up: a lookup called from inside each()
    // was not inlined, and the call cost more than the lookup.
    std::vector<std::uint64_t> key_variants;
    for (std::size_t key = 0; key < keys.size(); ++key) {
      if (deletions[key] == kNoVariants) continue;
      key_variants.clear();
      hashes.each(names[key], deletions[key], [&](std::uint64_t hash) { key_variants.push_back(hash); });
      for (std::uint64_t hash : key_variants) table.add(hash, static_cast<std::uint32_t>(key), key_bits, packed_pairs);
    }
    std::sort(packed_pairs.begin(), packed_pairs.end());
    packed_pairs.erase(std::unique(packed_pairs.begin(), packed_pairs.end()), packed_pairs.end());
    std::vector<std::pair<std::size_t, std::size_t>> pairs;
    pairs.reserve(packed_pairs.size());
    for (std::uint64_t pair : packed_pairs) pairs.emplace_back(pair >> key_bits, pair & key_mask);
    return pairs;
  }

  bool close_names(const std::string& raw_a, const std::string& raw_b) const {
    if (raw_a == raw_b) return true;
    const std::string a = without_particles(raw_a);
    const std::string b = without_particles(raw_b);
    if (a == b && word_count(a) >= 2) return true;
    const std::size_t shorter = std::min(a.size(), b.size());
    if (word_count(a) < 2 || word_count(b) < 2 || shorter < kLooseMatchLength) return false;
    const std::size_t limit = shorter >= kLooserMatchLength ? 2 : 1;
    return edit_distance(a, b, limit) <= limit;
  }

  // The entity of the surfaces `cluster` (places in `keys` and `surfaces`, which hold each
  // surface's key and surface).
  Entity make_entity(const std::vector<std::size_t>& cluster, const std::vector<std::string>& keys,
                     const std::vector<const Surface*>& surfaces) const {
    Entity entity;
    const Surface* best = nullptr;
    std::string alias_canonical;
    std::string alias_type;
    bool person = false;
    bool only_sentence_start_singles = true;
    for (std::size_t member : cluster) {
      const Surface& surface = *surfaces[member];
      if (!surface.alias_canonical.empty()) {
        alias_canonical = surface.alias_canonical;
        alias_type = surface.alias_type;
      }
      if (!surface.single_at_sentence_start_only) only_sentence_start_singles = false;
      if (!person && is_person(surface)) person = true;  // asked once it can still change the answer
      if (best == nullptr || better_canonical(surface, *best)) best = &surface;
    }
    // A lone capitalised word seen only opening sentences is an ordinary word ("Metro"). Many
    // clusters are one such word: their aliases, roles and mentions are gathered only after.
    if (only_sentence_start_singles && alias_canonical.empty()) return Entity();
    for (std::size_t member : cluster) {
      const Surface& surface = *surfaces[member];
      entity.aliases.push_back(surface.text);
      entity.roles.insert(entity.roles.end(), surface.roles.begin(), surface.roles.end());
      entity.mentions.insert(entity.mentions.end(), surface.mentions.begin(), surface.mentions.end());
    }
    // "Constable Tim Fanning" beside "Tim Fanning": the words before the full name are a title.
    // The best form folded, again only when it changes.
    std::string best_folded = fold_text(best->text);
    for (std::size_t member : cluster) {
      const std::string& key = keys[member];
      if (word_count(key) > 1 && ends_with_name(best_folded, key) && best != surfaces[member]) {
        best = surfaces[member];
        best_folded = fold_text(best->text);
      }
    }
    entity.name = alias_canonical.empty() ? best->text : alias_canonical;
    entity.id = entity_id_for(entity.name);
    if (alias_type == "person" || (alias_type.empty() && person)) {
      entity.type = EntityType::kPerson;
    } else if (alias_type == "place") {
      entity.type = EntityType::kPlace;
    } else if (alias_type == "organization" || organization_name(entity.name)) {
      entity.type = EntityType::kOrganization;
    }
    std::sort(entity.aliases.begin(), entity.aliases.end());
    entity.aliases.erase(std::unique(entity.aliases.begin(), entity.aliases.end()), entity.aliases.end());
    std::sort(entity.roles.begin(), entity.roles.end());
    entity.roles.erase(std::unique(entity.roles.begin(), entity.roles.end()), entity.roles.end());
    std::sort(entity.mentions.begin(), entity.mentions.end(), [](const EntityMention& a, const EntityMention& b) {
      return std::tie(a.doc, a.span.start) < std::tie(b.doc, b.span.start);
    });
    return entity;
  }

  bool organization_name(const std::string& name) const {
    return lexicons_.holds_organization_word(fold_text(name));
  }

  // Full names before surnames, then the form most documents use, then the longest.
  static bool better_canonical(const Surface& a, const Surface& b) {
    const bool a_full = word_count(a.text) > 1;
    const bool b_full = word_count(b.text) > 1;
    if (a_full != b_full) return a_full;
    if (a.documents.size() != b.documents.size()) return a.documents.size() > b.documents.size();
    if (a.text.size() != b.text.size()) return a.text.size() > b.text.size();
    return a.text < b.text;
  }

  const AttributionLexicons& lexicons_;
  std::map<std::string, Surface> surfaces_;  // by folded surface
  std::map<std::string, std::string> canonical_of_;
};

}  // namespace

std::string entity_id_for(const std::string& canonical_name) {
  const std::string folded = fold_text(canonical_name);
  std::string id;
  for (char c : folded) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (std::isalnum(u)) {
      id.push_back(c);
    } else if (!id.empty() && id.back() != '-' && (c == ' ' || c == '-' || c == '\'' || c == '/')) {
      id.push_back('-');
    }
  }
  while (!id.empty() && id.back() == '-') id.pop_back();
  return id;
}

std::vector<Entity> resolve_entities(const std::vector<AnalyzedDocument>& documents,
                                     std::vector<Claim>& claims, const RuleSet& rules) {
  return resolve_entities(documents, claims, AttributionLexicons::from_rules(rules));
}

std::vector<Entity> resolve_entities(const std::vector<AnalyzedDocument>& documents,
                                     std::vector<Claim>& claims, const AttributionLexicons& lexicons) {
  std::vector<std::vector<AttributionParagraph>> paragraphs;
  paragraphs.reserve(documents.size());
  for (const AnalyzedDocument& document : documents) {
    paragraphs.push_back(document.document == nullptr
                             ? std::vector<AttributionParagraph>()
                             : attribution_paragraphs(document, lexicons.abbreviations, lexicons.glued_verbs));
  }
  return resolve_entities(documents, paragraphs, claims, lexicons);
}

std::vector<Entity> resolve_entities(const std::vector<AnalyzedDocument>& documents,
                                     const std::vector<std::vector<AttributionParagraph>>& paragraphs,
                                     std::vector<Claim>& claims, const AttributionLexicons& lexicons) {
  EntityResolver resolver(lexicons);
  for (std::size_t d = 0; d < documents.size(); ++d) resolver.add_document(documents[d], paragraphs[d]);
  return resolver.resolve(claims);
}

struct EntityResolver::Mentions {
  explicit Mentions(const AttributionLexicons& lexicons) : resolver(lexicons) {}
  Resolver resolver;
};

EntityResolver::EntityResolver(const AttributionLexicons& lexicons)
    : mentions_(std::make_unique<Mentions>(lexicons)) {}

EntityResolver::~EntityResolver() = default;

void EntityResolver::add_document(const AnalyzedDocument& document,
                                  const std::vector<AttributionParagraph>& paragraphs) {
  mentions_->resolver.add_document(document, paragraphs);
}

std::vector<Entity> EntityResolver::resolve(std::vector<Claim>& claims) {
  Resolver& resolver = mentions_->resolver;
  resolver.add_claim_names(claims);
  std::vector<Entity> entities = resolver.cluster();
  // Claims repeat their speakers and subjects: each name as written is looked up, and its id
  // made, once.
  struct Naming {
    InternedString canonical;  // empty when no entity holds the name
    InternedString id;         // of the canonical name, else of the name as written
  };
  WordMap<Naming> namings;
  for (Claim& claim : claims) {
    for (auto [name, id] : {std::pair{&claim.speaker, &claim.speaker_id}, std::pair{&claim.subject, &claim.subject_id}}) {
      if (name->empty() || *name == "unknown") continue;
      const std::string& written = name->str();
      auto naming = namings.find(std::string_view(written));
      if (naming == namings.end()) {
        const std::string canonical = resolver.canonical(written);
        Naming made;
        if (!canonical.empty()) made.canonical = canonical;
        made.id = entity_id_for(canonical.empty() ? written : canonical);
        naming = namings.emplace(written, std::move(made)).first;
      }
      // A numeric claim's subject may be a thing ("raid"), not an entity: it gets an id only
      // when it names one.
      if (naming->second.canonical.empty() && is_numeric(claim.kind)) continue;
      if (!naming->second.canonical.empty()) *name = naming->second.canonical;
      *id = naming->second.id;
    }
  }
  return entities;
}

}  // namespace factdiff
