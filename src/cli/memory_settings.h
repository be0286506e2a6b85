// How the process asks the C library to manage its memory.
//
//   factdiff::cli::give_large_buffers_back();   // first thing in main
#pragma once

namespace factdiff::cli {

// Large buffers (a document's tokens, a list of claims while it grows) are mapped on their own and
// unmapped when freed, instead of left in the heap for reuse. glibc raises the size it maps on
// its own after each such buffer is freed; a run frees many, of many sizes, and the ones kept in
// the heap after that stayed resident until the end: 5.4 MB of the peak of a 5,000-document
// compare (docs/performance.md). Does nothing with another C library.
void give_large_buffers_back();

}  // namespace factdiff::cli
