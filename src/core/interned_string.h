// InternedString: an immutable string value held once for the whole process, 4 bytes a copy.
//
// A run's claims repeat a few values tens of thousands of times (a rule id, a unit, a speech
// verb, a speaker id, a document id); held as std::string each copy took 32 bytes before its
// text, and the claims of a large run were the largest part of its memory. An InternedString is
// the number of the one copy of its text in a process-wide pool (a pointer to it took twice the
// room, and a claim holds fourteen). It reads and compares as a string:
//
//   InternedString unit = "people";              // also from std::string and std::string_view
//   if (unit == "people" && !unit.empty()) ...   // compares by text with any string
//   const std::string& text = unit;              // valid for the life of the process
//   std::string_view view = unit;
//
// Contract: the pool is never emptied, so a reference or view taken from an InternedString never
// dangles; it grows with the distinct values a process interns (a run of a thousand documents
// interns a few thousand), so hold open-ended text (quotes, sentences) as std::string instead.
// Interning is thread-safe. In a conditional expression with a std::string on the other side, say
// `.str()`: each type converts to the other, so the compiler cannot choose. Two InternedStrings are equal exactly when their texts are; `<`
// orders by text, as std::string does.
#pragma once

#include <compare>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <ostream>
#include <string>
#include <string_view>
#include <type_traits>

namespace factdiff {

class InternedString;

// A string type other than InternedString that reads as a std::string_view.
template <typename Text>
concept is_other_string = std::is_convertible_v<const Text&, std::string_view> &&
                          !std::is_same_v<std::remove_cvref_t<Text>, InternedString>;

class InternedString {
 public:
  constexpr InternedString() noexcept = default;
  InternedString(std::string_view text);  // NOLINT: reads as the string it holds
  InternedString(const std::string& text) : InternedString(std::string_view(text)) {}  // NOLINT
  InternedString(const char* text) : InternedString(std::string_view(text)) {}  // NOLINT

  // The text; the empty string when nothing was assigned. Never dangles.
  const std::string& str() const;
  operator const std::string&() const { return str(); }  // NOLINT
  operator std::string_view() const { return str(); }    // NOLINT

  bool empty() const { return id_ == 0; }
  std::size_t size() const { return str().size(); }
  const char* data() const { return str().data(); }
  const char* c_str() const { return str().c_str(); }
  std::string::const_iterator begin() const { return str().begin(); }
  std::string::const_iterator end() const { return str().end(); }
  char front() const { return str().front(); }
  char back() const { return str().back(); }
  char operator[](std::size_t i) const { return str()[i]; }
  std::size_t find(std::string_view what, std::size_t from = 0) const { return str().find(what, from); }
  std::size_t find(char what, std::size_t from = 0) const { return str().find(what, from); }
  std::size_t rfind(std::string_view what, std::size_t from = std::string::npos) const {
    return str().rfind(what, from);
  }
  std::string substr(std::size_t from, std::size_t count = std::string::npos) const { return str().substr(from, count); }
  void clear() { id_ = 0; }
  // Interns the joined text: the old value stays in the pool for its other holders.
  InternedString& operator+=(std::string_view more) { return *this = InternedString(str() + std::string(more)); }

  // One pool copy per text, so equal texts are equal numbers.
  friend bool operator==(const InternedString& a, const InternedString& b) { return a.id_ == b.id_; }
  friend std::strong_ordering operator<=>(const InternedString& a, const InternedString& b) {
    return a.str().compare(b.str()) <=> 0;
  }
  // Any other string (std::string, std::string_view, a literal) compares by text.
  template <typename Text>
    requires is_other_string<Text>
  friend bool operator==(const InternedString& a, const Text& b) {
    return std::string_view(a) == std::string_view(b);
  }
  template <typename Text>
    requires is_other_string<Text>
  friend std::strong_ordering operator<=>(const InternedString& a, const Text& b) {
    return a.str().compare(std::string_view(b)) <=> 0;
  }

  template <typename Text>
    requires is_other_string<Text> || std::is_same_v<Text, InternedString>
  friend std::string operator+(const InternedString& a, const Text& b) {
    std::string joined = a.str();
    joined += std::string_view(b);
    return joined;
  }
  template <typename Text>
    requires is_other_string<Text>
  friend std::string operator+(const Text& a, const InternedString& b) {
    std::string joined(std::string_view{a});
    joined += b.str();
    return joined;
  }
  friend std::string operator+(const InternedString& a, char b) { return a.str() + b; }
  friend std::string operator+(char a, const InternedString& b) { return a + b.str(); }
  friend std::ostream& operator<<(std::ostream& out, const InternedString& text) { return out << text.str(); }

 private:
  std::uint32_t id_ = 0;  // the text's number in the pool; 0 for the empty string
};

}  // namespace factdiff

// Hashes as its text does, so it can key the same tables a std::string would.
template <>
struct std::hash<factdiff::InternedString> {
  std::size_t operator()(const factdiff::InternedString& text) const noexcept {
    return std::hash<std::string_view>{}(text);
  }
};
