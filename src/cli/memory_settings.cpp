#include "cli/memory_settings.h"

#include <cstdlib>  // defines __GLIBC__ with the GNU C library

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace factdiff::cli {

void give_large_buffers_back() {
#if defined(__GLIBC__)
  // glibc's initial threshold, kept fixed: setting it turns the raising off.
  constexpr int kMappedFrom = 128 * 1024;
  mallopt(M_MMAP_THRESHOLD, kMappedFrom);
#endif
}

}  // namespace factdiff::cli
