// Terminal style: ANSI colour for the text report, and the rule that decides whether to use it.
//
//   const bool color = use_color(ColorChoice::kAuto, isatty(1), std::getenv("NO_COLOR"));
//   TerminalStyle style(color);
//   out << style.bold("HIGH") << style.red("conflict");
//
// A style built with `enabled = false` returns text unchanged, so a sink calls it unconditionally.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace factdiff {

enum class ColorChoice { kAuto, kAlways, kNever };

// "auto", "always", "never" (the values of --color); nullopt for anything else.
std::optional<ColorChoice> color_choice_from_string(std::string_view name);

// always -> true; never -> false; auto -> a terminal, and NO_COLOR unset or empty
// (https://no-color.org). `no_color_env` is getenv("NO_COLOR"), possibly null.
bool use_color(ColorChoice choice, bool output_is_terminal, const char* no_color_env);

class TerminalStyle {
 public:
  explicit TerminalStyle(bool enabled) : enabled_(enabled) {}

  bool enabled() const { return enabled_; }

  std::string bold(std::string_view text) const { return wrap("1", text); }
  std::string dim(std::string_view text) const { return wrap("2", text); }
  std::string red(std::string_view text) const { return wrap("1;31", text); }
  std::string yellow(std::string_view text) const { return wrap("33", text); }
  std::string cyan(std::string_view text) const { return wrap("36", text); }
  std::string green(std::string_view text) const { return wrap("32", text); }
  std::string highlight(std::string_view text) const { return wrap("1;4", text); }

 private:
  std::string wrap(std::string_view code, std::string_view text) const;
  bool enabled_;
};

}  // namespace factdiff
