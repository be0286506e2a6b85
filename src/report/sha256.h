// SHA-256, for the Content-Security-Policy hash that lets exactly the HTML report's own script run.
//
//   std::string policy = "script-src 'sha256-" + base64(sha256(script)) + "'";
//
// FIPS 180-4; a few dozen lines, so the report needs no crypto library.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace factdiff {

// The 32-byte digest of `bytes`.
std::array<std::uint8_t, 32> sha256(std::string_view bytes);

// Standard base64 (RFC 4648, with padding).
std::string base64(const std::uint8_t* bytes, std::size_t size);

}  // namespace factdiff
