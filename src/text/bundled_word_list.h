// The bundled English word list: loaded once per process and shared by every reader of it.
//
//   Result<std::shared_ptr<const WordList>> words = bundled_word_list();
//
// Glue repair and the numeric extractor's verb lemmas both read the bundled list; each loading
// its own copy held the same 3 MB twice for a whole run.
#pragma once

#include <memory>

#include "core/status.h"
#include "text/word_list.h"

namespace factdiff {

// The list at the path the build configured, loaded on the first call; every call answers with
// the same list, or the same error when it cannot be read. Safe to call from several threads.
const Result<std::shared_ptr<const WordList>>& bundled_word_list();

}  // namespace factdiff
