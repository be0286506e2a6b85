#include "rules/rule_file_parser.h"

#include <algorithm>
#include <array>
#include <optional>
#include <unordered_set>
#include <utility>

#include <fmt/format.h>

#include "core/utf8.h"
#include "rules/lexicon_key.h"
#include "rules/yaml_tree.h"

namespace factdiff {
namespace {

// Validation is a deep descent through one YAML tree where the first problem ends the parse;
// an exception private to this file carries that one message up to parse_rule_file, which turns
// it into a Status. Nothing outside this file sees it.
struct RuleFileError {
  std::string message;
};

constexpr std::size_t kQuoteLimit = 60;

constexpr std::array<std::string_view, 6> kCommonKeys = {"id",          "type",     "stage",
                                                         "description", "examples", "negatives"};
constexpr std::array<std::string_view, 2> kLexiconKeys = {"lexicon", "entries"};
constexpr std::array<std::string_view, 2> kPatternKeys = {"pattern", "fields"};

// The offending text as it appears in a one-line message: quoted, control characters escaped,
// long texts cut at a character boundary.
std::string quote(std::string_view text) {
  std::string shown;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (shown.size() >= kQuoteLimit) {
      while (!shown.empty() && (static_cast<unsigned char>(shown.back()) & 0xC0) == 0x80) {
        shown.pop_back();
      }
      if (!shown.empty() && static_cast<unsigned char>(shown.back()) >= 0xC0) shown.pop_back();
      shown += "...";
      break;
    }
    const char c = text[i];
    if (c == '\n') {
      shown += "\\n";
    } else if (c == '\t') {
      shown += "\\t";
    } else if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
      shown += fmt::format("\\x{:02x}", static_cast<unsigned char>(c));
    } else {
      shown.push_back(c);
    }
  }
  return "'" + shown + "'";
}

// What a node is, for "found ..." in a message: its quoted text when it is a scalar.
std::string describe(const YamlNode& node) {
  switch (node.kind) {
    case YamlNode::Kind::kScalar:
      return quote(node.scalar);
    case YamlNode::Kind::kSequence:
      return "a list";
    case YamlNode::Kind::kMap:
      return "a mapping";
    case YamlNode::Kind::kNull:
      break;
  }
  return "nothing";
}

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& keys, std::string_view key) {
  return std::find(keys.begin(), keys.end(), key) != keys.end();
}

std::string join_keys(std::initializer_list<std::string_view> groups_first,
                      std::initializer_list<std::string_view> groups_second = {}) {
  std::string out;
  for (auto list : {groups_first, groups_second}) {
    for (std::string_view key : list) {
      if (!out.empty()) out += ", ";
      out += key;
    }
  }
  return out;
}

bool is_valid_id(std::string_view id) {
  auto lower_or_digit = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
  if (id.empty() || !lower_or_digit(id.front())) return false;
  return std::all_of(id.begin(), id.end(),
                     [&](char c) { return lower_or_digit(c) || c == '-' || c == '.'; });
}

// Stage and lexicon names: lower-case letters, digits, '_' and '-', starting with a letter.
bool is_valid_name(std::string_view name) {
  if (name.empty() || !(name.front() >= 'a' && name.front() <= 'z')) return false;
  return std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
  });
}

struct MappingItem {
  const std::string& key;
  const YamlNode& key_node;
  const YamlNode& value;
};

class FileParser {
 public:
  explicit FileParser(const std::string& file_name) : file_name_(file_name) {}

  std::vector<Rule> parse(std::string_view text);

 private:
  [[noreturn]] void fail(const YAML::Mark& mark, const std::string& what) const;
  std::string position(const YAML::Mark& mark) const;
  std::vector<MappingItem> mapping_items(const YamlNode& map);
  std::string text_of(const YamlNode& node, std::string_view what);
  std::map<std::string, std::string> text_mapping(const YamlNode& node, std::string_view what,
                                                  std::string_view item_name, bool allow_empty);

  Rule parse_rule(const YamlNode& node, std::size_t index);
  void check_keys(const std::vector<MappingItem>& items, RuleType type);
  void parse_lexicon(Rule& rule, const std::vector<MappingItem>& items, const YamlNode& node);
  void parse_pattern(Rule& rule, const std::vector<MappingItem>& items, const YamlNode& node);
  void parse_entries(Rule& rule, const YamlNode& entries);
  LexiconEntry parse_entry(const YamlNode& key_node, const YamlNode* value);
  std::vector<RuleExample> parse_examples(const YamlNode& list, bool negative);
  RuleExample parse_example(const YamlNode& node, std::size_t index, bool negative);

  const std::string& file_name_;
  std::string label_;          // "rule 'id': " once the id is known, "rule #3: " before
  YAML::Mark enclosing_mark_;  // used when a node carries no mark of its own
};

// Line and column (1-based, in bytes) of a byte offset, for problems found before YAML parsing.
YAML::Mark mark_of_offset(std::string_view text, std::size_t offset) {
  YAML::Mark mark;
  mark.pos = static_cast<int>(offset);
  const std::size_t line_start = text.rfind('\n', offset == 0 ? 0 : offset - 1);
  const std::size_t column_start = line_start == std::string_view::npos ? 0 : line_start + 1;
  mark.line = static_cast<int>(std::count(text.begin(), text.begin() + column_start, '\n'));
  mark.column = static_cast<int>(offset - column_start);
  return mark;
}

std::string FileParser::position(const YAML::Mark& mark) const {
  const YAML::Mark& used = mark.is_null() ? enclosing_mark_ : mark;
  if (used.is_null()) return file_name_ + ":1:1";
  return fmt::format("{}:{}:{}", file_name_, used.line + 1, used.column + 1);
}

void FileParser::fail(const YAML::Mark& mark, const std::string& what) const {
  throw RuleFileError{position(mark) + ": " + label_ + what};
}

// The pairs of a mapping whose keys are texts, each key once.
std::vector<MappingItem> FileParser::mapping_items(const YamlNode& map) {
  std::vector<MappingItem> items;
  items.reserve(map.pair_count());
  std::unordered_set<std::string_view> seen;
  for (std::size_t i = 0; i < map.pair_count(); ++i) {
    const YamlNode& key_node = map.key(i);
    if (!key_node.is_scalar()) {
      fail(key_node.mark, "a key must be a text (found " + describe(key_node) + ")");
    }
    if (!seen.insert(key_node.scalar).second) {
      fail(key_node.mark, "key " + quote(key_node.scalar) + " appears twice");
    }
    items.push_back({key_node.scalar, key_node, map.value(i)});
  }
  return items;
}

std::string FileParser::text_of(const YamlNode& node, std::string_view what) {
  if (!node.is_scalar()) {
    fail(node.mark, fmt::format("{} must be a text (found {})", what, describe(node)));
  }
  return node.scalar;
}

// A mapping whose values are texts: fields, expect. allow_empty lets `key:` stand for "".
std::map<std::string, std::string> FileParser::text_mapping(const YamlNode& node,
                                                             std::string_view what,
                                                             std::string_view item_name,
                                                             bool allow_empty) {
  if (!node.is_map()) {
    fail(node.mark, fmt::format("{} must be a mapping of texts (found {})", what,
                                  describe(node)));
  }
  std::map<std::string, std::string> out;
  for (const MappingItem& item : mapping_items(node)) {
    if (allow_empty && item.value.is_null()) {
      out[item.key] = "";
      continue;
    }
    out[item.key] = text_of(item.value, fmt::format("{} {}", item_name, quote(item.key)));
  }
  return out;
}

std::vector<Rule> FileParser::parse(std::string_view text) {
  if (std::optional<std::size_t> bad = first_invalid_utf8(text)) {
    throw RuleFileError{fmt::format("{}: invalid UTF-8 at byte {} (rule files are UTF-8 text)",
                                    position(mark_of_offset(text, *bad)), *bad)};
  }
  if (std::size_t nul = text.find('\0'); nul != std::string_view::npos) {
    throw RuleFileError{fmt::format("{}: NUL byte at byte {} (rule files are UTF-8 text)",
                                    position(mark_of_offset(text, nul)), nul)};
  }
  Result<std::vector<YamlNode>> parsed = parse_yaml_documents(text);
  if (!parsed.ok()) throw RuleFileError{file_name_ + ":" + parsed.status().message()};
  const std::vector<YamlNode>& documents = parsed.value();
  if (documents.empty() || (documents.size() == 1 && documents[0].is_null())) return {};
  if (documents.size() > 1) {
    fail(documents[1].mark, "a rule file holds one YAML document (found a second one)");
  }
  const YamlNode& root = documents[0];
  if (!root.is_map()) {
    fail(root.mark, "a rule file is a mapping with the key 'rules' (found " + describe(root) +
                          ")");
  }
  enclosing_mark_ = root.mark;
  const YamlNode* found = nullptr;
  for (const MappingItem& item : mapping_items(root)) {
    if (item.key != "rules") {
      fail(item.key_node.mark, "unknown key " + quote(item.key) + " (allowed: rules)");
    }
    found = &item.value;
  }
  if (found == nullptr) fail(root.mark, "missing key 'rules'");
  const YamlNode& rule_list = *found;
  if (!rule_list.is_sequence()) {
    fail(rule_list.mark, "'rules' must be a list of rules (found " + describe(rule_list) + ")");
  }
  std::vector<Rule> rules;
  rules.reserve(rule_list.items.size());
  std::size_t index = 0;
  for (const YamlNode& node : rule_list.items) {
    rules.push_back(parse_rule(node, ++index));
  }
  return rules;
}

Rule FileParser::parse_rule(const YamlNode& node, std::size_t index) {
  label_ = fmt::format("rule #{}: ", index);
  if (!node.is_map()) fail(node.mark, "a rule must be a mapping (found " + describe(node) + ")");
  enclosing_mark_ = node.mark;
  const std::vector<MappingItem> items = mapping_items(node);
  auto find = [&](std::string_view key) -> const MappingItem* {
    for (const MappingItem& item : items) {
      if (item.key == key) return &item;
    }
    return nullptr;
  };

  Rule rule;
  rule.source = {file_name_, node.mark.line + 1, node.mark.column + 1};
  const MappingItem* id = find("id");
  if (id == nullptr) fail(node.mark, "missing key 'id'");
  rule.id = text_of(id->value, "'id'");
  if (!is_valid_id(rule.id)) {
    fail(id->value.mark, "invalid id " + quote(rule.id) +
                               " (use lower-case letters, digits, '-' and '.', starting with a "
                               "letter or digit)");
  }
  label_ = "rule '" + rule.id + "': ";

  for (const MappingItem& item : items) {
    if (!contains(kCommonKeys, item.key) && !contains(kLexiconKeys, item.key) &&
        !contains(kPatternKeys, item.key)) {
      fail(item.key_node.mark,
           "unknown key " + quote(item.key) + " (allowed: " +
               join_keys({"id", "type", "stage", "description", "lexicon", "entries", "pattern",
                          "fields", "examples", "negatives"}) +
               ")");
    }
  }

  const MappingItem* type = find("type");
  if (type == nullptr) fail(node.mark, "missing key 'type'");
  const std::string type_name = text_of(type->value, "'type'");
  if (type_name == "lexicon") {
    rule.type = RuleType::kLexicon;
  } else if (type_name == "pattern") {
    rule.type = RuleType::kPattern;
  } else {
    fail(type->value.mark, "unknown type " + quote(type_name) + " (allowed: lexicon, pattern)");
  }

  const MappingItem* stage = find("stage");
  if (stage == nullptr) fail(node.mark, "missing key 'stage'");
  rule.stage = text_of(stage->value, "'stage'");
  if (!is_valid_name(rule.stage)) {
    fail(stage->value.mark, "invalid stage " + quote(rule.stage) +
                                  " (use lower-case letters, digits, '_' and '-')");
  }
  check_keys(items, rule.type);
  if (const MappingItem* description = find("description")) {
    rule.description = text_of(description->value, "'description'");
  }

  if (rule.type == RuleType::kLexicon) {
    parse_lexicon(rule, items, node);
  } else {
    parse_pattern(rule, items, node);
  }

  const MappingItem* examples = find("examples");
  if (examples == nullptr) {
    fail(node.mark, "no examples: every rule needs 'examples' (at least one)");
  }
  rule.examples = parse_examples(examples->value, false);
  if (rule.examples.empty()) {
    fail(examples->value.mark, "no examples: every rule needs 'examples' (at least one)");
  }
  if (const MappingItem* negatives = find("negatives")) {
    rule.negatives = parse_examples(negatives->value, true);
  }
  return rule;
}

// Keys of the other type are refused by name, so `entries:` in a pattern rule is not silently
// ignored.
void FileParser::check_keys(const std::vector<MappingItem>& items, RuleType type) {
  const bool lexicon = type == RuleType::kLexicon;
  for (const MappingItem& item : items) {
    const bool foreign = lexicon ? contains(kPatternKeys, item.key)
                                 : contains(kLexiconKeys, item.key);
    if (!foreign) continue;
    const std::string allowed =
        lexicon ? join_keys({"id", "type", "stage", "description"},
                            {"lexicon", "entries", "examples", "negatives"})
                : join_keys({"id", "type", "stage", "description"},
                            {"pattern", "fields", "examples", "negatives"});
    fail(item.key_node.mark, fmt::format("key {} is not allowed in a {} rule (allowed: {})",
                                           quote(item.key), lexicon ? "lexicon" : "pattern",
                                           allowed));
  }
}

void FileParser::parse_lexicon(Rule& rule, const std::vector<MappingItem>& items,
                               const YamlNode& node) {
  const YamlNode* name = nullptr;
  const YamlNode* entries = nullptr;
  for (const MappingItem& item : items) {
    if (item.key == "lexicon") name = &item.value;
    if (item.key == "entries") entries = &item.value;
  }
  if (name == nullptr) fail(node.mark, "missing key 'lexicon' (the lexicon its entries join)");
  rule.lexicon = text_of(*name, "'lexicon'");
  if (!is_valid_name(rule.lexicon)) {
    fail(name->mark, "invalid lexicon name " + quote(rule.lexicon) +
                           " (use lower-case letters, digits, '_' and '-')");
  }
  if (entries == nullptr) fail(node.mark, "missing key 'entries'");
  parse_entries(rule, *entries);
  for (LexiconEntry& entry : rule.entries) entry.rule_id = rule.id;
}

void FileParser::parse_entries(Rule& rule, const YamlNode& entries) {
  if (entries.is_sequence()) {
    for (const YamlNode& item : entries.items) {
      if (!item.is_scalar()) {
        fail(item.mark, "bad lexicon entry " + describe(item) +
                              ": an item of an 'entries' list must be a text");
      }
      rule.entries.push_back(parse_entry(item, nullptr));
    }
  } else if (entries.is_map()) {
    for (std::size_t i = 0; i < entries.pair_count(); ++i) {
      const YamlNode& key = entries.key(i);
      if (!key.is_scalar()) {
        fail(key.mark, "bad lexicon entry " + describe(key) + ": a key of 'entries' must be a text");
      }
      rule.entries.push_back(parse_entry(key, &entries.value(i)));
    }
  } else {
    fail(entries.mark, "'entries' must be a list or a mapping (found " + describe(entries) + ")");
  }
  if (rule.entries.empty()) fail(entries.mark, "'entries' is empty");

  // Two spellings of one key ("One" and "one") would silently shadow each other.
  std::map<std::string, const LexiconEntry*> seen;
  for (const LexiconEntry& entry : rule.entries) {
    auto [it, inserted] = seen.emplace(entry.key, &entry);
    if (!inserted) {
      const RuleSource& first = it->second->source;
      const RuleSource& again = entry.source;
      YAML::Mark mark;
      mark.line = again.line - 1;
      mark.column = again.column - 1;
      fail(mark, fmt::format("bad lexicon entry {}: same key as the entry at line {}",
                             quote(entry.written), first.line));
    }
  }
}

// value is null for an item of a list: a key without a value.
LexiconEntry FileParser::parse_entry(const YamlNode& key_node, const YamlNode* value_node) {
  LexiconEntry entry;
  entry.written = key_node.scalar;
  entry.source = {file_name_, key_node.mark.line + 1, key_node.mark.column + 1};
  std::optional<std::string> key = normalize_lexicon_key(entry.written);
  if (!key) fail(key_node.mark, "bad lexicon entry " + quote(entry.written) + ": invalid UTF-8");
  if (key->empty()) {
    fail(key_node.mark, "bad lexicon entry " + quote(entry.written) + ": the key is empty");
  }
  entry.key = std::move(*key);
  if (value_node == nullptr) return entry;
  const YamlNode& value = *value_node;
  if (value.is_scalar()) {
    entry.value = value.scalar;
  } else if (value.is_map()) {
    for (const MappingItem& field : mapping_items(value)) {
      if (!field.value.is_scalar()) {
        fail(field.value.mark,
             fmt::format("bad lexicon entry {}: field {} must be a text (found {})",
                         quote(entry.written), quote(field.key), describe(field.value)));
      }
      entry.fields[field.key] = field.value.scalar;
    }
  } else {
    // An empty value's mark is wherever the parser went next; the key is where the user looks.
    fail(value.is_null() ? key_node.mark : value.mark,
         fmt::format("bad lexicon entry {}: the value must be a text or a mapping of texts "
                     "(found {})",
                     quote(entry.written), describe(value)));
  }
  return entry;
}

void FileParser::parse_pattern(Rule& rule, const std::vector<MappingItem>& items,
                               const YamlNode& node) {
  const YamlNode* pattern = nullptr;
  const YamlNode* fields = nullptr;
  for (const MappingItem& item : items) {
    if (item.key == "pattern") pattern = &item.value;
    if (item.key == "fields") fields = &item.value;
  }
  if (pattern == nullptr) fail(node.mark, "missing key 'pattern'");
  rule.pattern = text_of(*pattern, "'pattern'");
  if (rule.pattern.empty()) fail(pattern->mark, "'pattern' is empty");
  auto regex = std::make_shared<RE2>(rule.pattern, rule_pattern_options());
  if (!regex->ok()) {
    // RE2's message is "<what>: <fragment>"; the fragment is quoted like any offending text so
    // that a pattern with a line break still gives a one-line message.
    std::string what = regex->error();
    const std::string& fragment = regex->error_arg();
    if (!fragment.empty() && what.size() >= fragment.size() + 2 &&
        what.compare(what.size() - fragment.size(), fragment.size(), fragment) == 0) {
      what = what.substr(0, what.size() - fragment.size() - 2) + ": " + quote(fragment);
    }
    fail(pattern->mark, fmt::format("RE2 rejects the pattern {}: {}", quote(rule.pattern), what));
  }
  rule.regex = std::move(regex);
  if (fields != nullptr) rule.fields = text_mapping(*fields, "'fields'", "field", false);
}

std::vector<RuleExample> FileParser::parse_examples(const YamlNode& list, bool negative) {
  const char* what = negative ? "'negatives'" : "'examples'";
  if (!list.is_sequence()) {
    fail(list.mark, fmt::format("{} must be a list (found {})", what, describe(list)));
  }
  std::vector<RuleExample> examples;
  std::size_t index = 0;
  for (const YamlNode& item : list.items) examples.push_back(parse_example(item, ++index, negative));
  return examples;
}

RuleExample FileParser::parse_example(const YamlNode& node, std::size_t index, bool negative) {
  const std::string name = fmt::format("{} {}", negative ? "negative" : "example", index);
  RuleExample example;
  example.source = {file_name_, node.mark.line + 1, node.mark.column + 1};
  if (node.is_scalar()) {
    example.text = node.scalar;
    return example;
  }
  const char* shape = negative ? "a text or a mapping with 'text'"
                               : "a text or a mapping with 'text' and 'expect'";
  if (!node.is_map()) fail(node.mark, fmt::format("{} must be {} (found {})", name, shape,
                                                   describe(node)));
  bool has_text = false;
  for (const MappingItem& item : mapping_items(node)) {
    if (item.key == "text") {
      example.text = text_of(item.value, name + " 'text'");
      has_text = true;
    } else if (item.key == "expect" && !negative) {
      example.expect = text_mapping(item.value, name + " 'expect'", "expected", true);
    } else {
      fail(item.key_node.mark, fmt::format("{}: unknown key {} (allowed: {})", name,
                                             quote(item.key), negative ? "text" : "text, expect"));
    }
  }
  if (!has_text) fail(node.mark, name + ": missing key 'text'");
  return example;
}

}  // namespace

RE2::Options rule_pattern_options() {
  RE2::Options options;
  options.set_encoding(RE2::Options::EncodingUTF8);
  options.set_log_errors(false);
  return options;
}

Result<std::vector<Rule>> parse_rule_file(const std::string& file_name, std::string_view text) {
  try {
    return FileParser(file_name).parse(text);
  } catch (const RuleFileError& error) {
    return Status::error(error.message);
  }
}

}  // namespace factdiff
