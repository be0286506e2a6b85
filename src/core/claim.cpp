#include "core/claim.h"

namespace factdiff {

// Made on demand rather than held: a run's claims are its largest data, and an id held as a
// string took 32 bytes of every claim.
std::string Claim::id() const {
  if (number == 0) return std::string();
  std::string text = doc;
  text += ':';
  text += std::to_string(number);
  return text;
}

}  // namespace factdiff
