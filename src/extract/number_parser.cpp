#include "extract/number_parser.h"

#include <cstdlib>

namespace factdiff {
namespace {

bool is_word(const std::vector<Piece>& pieces, std::size_t at, std::string_view text) {
  return at < pieces.size() && pieces[at].text == text;
}

bool is_article(std::string_view word) { return word == "a" || word == "an"; }

// "two and a half", "2 and a half": adds one half when the words follow.
std::size_t and_a_half(const std::vector<Piece>& pieces, std::size_t at) {
  if (is_word(pieces, at, "and") && is_word(pieces, at + 1, "a") && is_word(pieces, at + 2, "half")) {
    return 3;
  }
  return 0;
}

// A scale word after a figure: "2.5 million", "5 thousand"; "1.2bn" when glued.
std::size_t scale_after(const std::vector<Piece>& pieces, std::size_t at,
                        const NumericLexicons& lexicons, double* factor) {
  // "$137-million": a hyphen may join the scale to the figure.
  const bool hyphen = at + 1 < pieces.size() && pieces[at].text == "-" && pieces[at].glued &&
                      pieces[at + 1].glued;
  const std::size_t word = hyphen ? at + 1 : at;
  if (word >= pieces.size() || pieces[word].shape != PieceShape::kWord) return 0;
  const bool glued = pieces[word].glued && !hyphen;
  if (!(pieces[word].word_flags & (glued ? NumericLexicons::kGluedScaleWord : NumericLexicons::kScaleWord))) {
    return 0;
  }
  const auto& table = glued ? lexicons.glued_scales : lexicons.scales;
  auto it = table.find(pieces[word].text);
  if (it == table.end()) return 0;
  *factor = it->second;
  return word + 1 - at;
}

std::optional<ParsedNumber> parse_digit_figure(const std::vector<Piece>& pieces, std::size_t at,
                                               const NumericLexicons& lexicons) {
  if (lexicons.digit_figure && !RE2::FullMatch(re2::StringPiece(pieces[at].text.data(), pieces[at].text.size()), *lexicons.digit_figure)) {
    return std::nullopt;
  }
  auto value = parse_digits(pieces[at].text);
  if (!value) return std::nullopt;
  ParsedNumber number;
  number.begin = at;
  number.end = at + 1;
  number.form = NumberForm::kDigits;
  number.integer = pieces[at].text.find('.') == std::string::npos;
  double factor = 1;
  if (std::size_t used = scale_after(pieces, number.end, lexicons, &factor)) {
    *value *= factor;
    number.end += used;
    number.lexicon = "numeric_scales";
  }
  if (std::size_t used = and_a_half(pieces, number.end)) {
    *value += 0.5;
    number.end += used;
    number.integer = false;
  }
  number.low = number.high = *value;
  if (number.integer == false && *value == static_cast<double>(static_cast<long long>(*value))) {
    number.integer = true;
  }
  return number;
}

// Spelled-out numbers: sums of number words, multiplied by hundreds and dozens, added up
// across thousands and millions ("two hundred and fifty thousand").
std::optional<ParsedNumber> parse_word_figure(const std::vector<Piece>& pieces, std::size_t at,
                                              const NumericLexicons& lexicons) {
  double total = 0;
  double current = 0;
  bool seen = false;
  bool article = is_article(pieces[at].text);
  std::size_t j = article ? at + 1 : at;
  std::size_t end = at;
  while (j < pieces.size()) {
    const Piece& piece = pieces[j];
    // "twenty-five", "one-million": a hyphen joins number words and scales.
    if (piece.text == "-" && seen && j + 1 < pieces.size() &&
        (pieces[j + 1].word_flags & (NumericLexicons::kNumberWord | NumericLexicons::kScaleWord))) {
      ++j;
      continue;
    }
    if (piece.text == "and" && seen && current >= 100 && j + 1 < pieces.size() &&
        (pieces[j + 1].word_flags & NumericLexicons::kNumberWord)) {
      ++j;
      continue;
    }
    if (piece.shape != PieceShape::kWord) break;
    if (!(piece.word_flags & (NumericLexicons::kNumberWord | NumericLexicons::kScaleWord))) break;
    if (auto value = lexicons.number_word(piece.text)) {
      if (seen && current != 0 && *value >= current) break;  // "one two" is not one number
      current += *value;
      seen = true;
      end = ++j;
      continue;
    }
    auto scale = lexicons.scales.find(piece.text);
    if (scale != lexicons.scales.end() && (seen || article)) {
      const double base = current == 0 ? 1 : current;
      if (scale->second < 1000) {
        current = base * scale->second;
      } else {
        total += base * scale->second;
        current = 0;
      }
      seen = true;
      end = ++j;
      continue;
    }
    break;
  }
  if (!seen) return std::nullopt;
  ParsedNumber number;
  number.begin = at;
  number.end = end;
  number.form = NumberForm::kWords;
  number.has_article = article;
  number.low = number.high = total + current;
  number.lexicon = "numeric_number_words";
  if (std::size_t used = and_a_half(pieces, number.end)) {
    number.low = number.high = number.low + 0.5;
    number.end += used;
    number.integer = false;
  }
  return number;
}

// "a half-dozen": a scale right after a fraction multiplies it.
void apply_scale_after_fraction(const std::vector<Piece>& pieces, const NumericLexicons& lexicons,
                                ParsedNumber& number) {
  std::size_t at = number.end;
  if (at < pieces.size() && pieces[at].text == "-") ++at;
  if (at >= pieces.size()) return;
  auto scale = lexicons.scales.find(pieces[at].text);
  if (scale == lexicons.scales.end()) return;
  number.low = number.high = number.low * scale->second;
  number.end = at + 1;
  number.form = NumberForm::kWords;
  number.integer = number.low == static_cast<double>(static_cast<long long>(number.low));
}

// "half", "a third", "one third", "two thirds": a fraction needs its article or count, since a
// lone "third" is an ordinal.
std::optional<ParsedNumber> parse_fraction(const std::vector<Piece>& pieces, std::size_t at,
                                           const NumericLexicons& lexicons) {
  auto fraction_at = [&](std::size_t j) -> std::optional<double> {
    if (j >= pieces.size()) return std::nullopt;
    const std::string_view word = pieces[j].text;
    auto it = pieces[j].word_flags & NumericLexicons::kFractionWord ? lexicons.fractions.find(word)
                                                                     : lexicons.fractions.end();
    if (it == lexicons.fractions.end() && word.size() > 1 && word.back() == 's') {
      it = lexicons.fractions.find(word.substr(0, word.size() - 1));  // "thirds"
    }
    if (it == lexicons.fractions.end()) return std::nullopt;
    return it->second;
  };
  const std::string_view word = pieces[at].text;
  double multiplier = 0;
  if (is_article(word) || word == "one") {
    multiplier = 1;
  } else if (auto value = pieces[at].word_flags & NumericLexicons::kNumberWord ? lexicons.number_word(word)
                                                                                  : std::nullopt;
             value && *value < 10) {
    multiplier = *value;
  }
  ParsedNumber number;
  number.begin = at;
  number.form = NumberForm::kFraction;
  number.integer = false;
  number.lexicon = "numeric_fractions";
  if (multiplier > 0) {
    std::size_t next = at + 1;
    if (is_word(pieces, next, "-")) ++next;
    if (auto fraction = fraction_at(next)) {
      number.low = number.high = multiplier * *fraction;
      number.end = next + 1;
      number.has_article = is_article(word);
      apply_scale_after_fraction(pieces, lexicons, number);
      return number;
    }
    return std::nullopt;
  }
  if (word == "half") {
    number.low = number.high = 0.5;
    number.end = at + 1;
    // "half a dozen"
    if (at + 2 < pieces.size() && is_article(pieces[at + 1].text)) {
      auto scale = lexicons.scales.find(pieces[at + 2].text);
      if (scale != lexicons.scales.end()) {
        number.low = number.high = 0.5 * scale->second;
        number.end = at + 3;
        number.integer = true;
      }
    }
    return number;
  }
  return std::nullopt;
}

}  // namespace

std::optional<double> parse_digits(std::string_view digits) {
  std::string plain;
  std::size_t dot = digits.find('.');
  std::size_t comma = digits.find(',');
  if (comma != std::string_view::npos) {
    // Thousands groups: 1-3 digits, then groups of exactly 3 up to the decimal point.
    std::string_view whole = digits.substr(0, dot);
    std::size_t group_start = 0;
    bool first_group = true;
    while (true) {
      std::size_t next = whole.find(',', group_start);
      std::size_t length = (next == std::string_view::npos ? whole.size() : next) - group_start;
      if (first_group ? (length < 1 || length > 3) : length != 3) return std::nullopt;
      if (next == std::string_view::npos) break;
      group_start = next + 1;
      first_group = false;
    }
  }
  if (dot != std::string_view::npos && digits.find('.', dot + 1) != std::string_view::npos) {
    return std::nullopt;  // "1.2.3" is a version or a date, not a figure
  }
  for (char c : digits) {
    if (c != ',') plain.push_back(c);
  }
  if (plain.empty()) return std::nullopt;
  return std::strtod(plain.c_str(), nullptr);
}

std::optional<ParsedNumber> parse_number(const std::vector<Piece>& pieces, std::size_t at,
                                         const NumericLexicons& lexicons) {
  if (at >= pieces.size()) return std::nullopt;
  std::string key;
  const bool may_be_vague = (pieces[at].word_flags & NumericLexicons::kVagueFirstWord) != 0;
  if (std::size_t used = may_be_vague ? match_phrase(pieces, at, lexicons.vague, &key) : 0) {
    const VagueAmount& amount = lexicons.vague.at(key);
    ParsedNumber number;
    number.begin = at;
    number.end = at + used;
    number.form = NumberForm::kVague;
    number.low = amount.low;
    number.high = amount.high;
    number.has_article = is_article(pieces[at].text);
    number.lexicon = "numeric_vague";
    return number;
  }
  if (pieces[at].shape == PieceShape::kDigits) return parse_digit_figure(pieces, at, lexicons);
  if (pieces[at].shape != PieceShape::kWord) return std::nullopt;
  if (auto fraction = parse_fraction(pieces, at, lexicons)) return fraction;
  return parse_word_figure(pieces, at, lexicons);
}

}  // namespace factdiff
