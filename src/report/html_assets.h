// HTML assets: the stylesheet and the script inlined into every HTML report.
//
//   page += "<style>" + std::string(html_stylesheet()) + "</style>";
//
// The script is constant (the page's data lives in escaped data- attributes, never in script
// text), so its SHA-256 in the Content-Security-Policy is the same for every report.
#pragma once

#include <string_view>

namespace factdiff {

std::string_view html_stylesheet();
std::string_view html_script();

}  // namespace factdiff
