#include "report/terminal_style.h"

namespace factdiff {

std::optional<ColorChoice> color_choice_from_string(std::string_view name) {
  if (name == "auto") return ColorChoice::kAuto;
  if (name == "always") return ColorChoice::kAlways;
  if (name == "never") return ColorChoice::kNever;
  return std::nullopt;
}

bool use_color(ColorChoice choice, bool output_is_terminal, const char* no_color_env) {
  switch (choice) {
    case ColorChoice::kAlways: return true;
    case ColorChoice::kNever: return false;
    case ColorChoice::kAuto: break;
  }
  const bool no_color = no_color_env != nullptr && no_color_env[0] != '\0';
  return output_is_terminal && !no_color;
}

std::string TerminalStyle::wrap(std::string_view code, std::string_view text) const {
  if (!enabled_ || text.empty()) return std::string(text);
  std::string out = "\x1b[";
  out += code;
  out += 'm';
  out += text;
  out += "\x1b[0m";
  return out;
}

}  // namespace factdiff
