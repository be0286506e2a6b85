#include "rules/rule_directory.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

namespace factdiff {
namespace {

namespace fs = std::filesystem;

bool is_hidden(const fs::path& path) {
  const std::string name = path.filename().string();
  return !name.empty() && name.front() == '.';
}

Result<std::string> read_file(const fs::path& path, const std::string& shown) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::error(shown + ": cannot read rule file");
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (in.bad()) return Status::error(shown + ": cannot read rule file");
  return bytes.str();
}

}  // namespace

Result<std::vector<RuleFileText>> read_rule_directory(const std::string& directory) {
  std::error_code error;
  const fs::path root(directory);
  if (!fs::exists(root, error)) {
    return Status::error(directory + ": rules directory does not exist");
  }
  if (!fs::is_directory(root, error)) {
    return Status::error(directory + ": rules path is not a directory");
  }
  std::vector<std::pair<std::string, fs::path>> found;  // relative path, full path
  fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, error);
  if (error) return Status::error(directory + ": cannot list rules directory: " + error.message());
  for (const fs::recursive_directory_iterator end; it != end; it.increment(error)) {
    if (error) return Status::error(directory + ": cannot list rules directory: " + error.message());
    const fs::path& path = it->path();
    std::error_code kind_error;  // a dangling link is simply not a rule file
    if (is_hidden(path)) {
      if (it->is_directory(kind_error)) it.disable_recursion_pending();
      continue;
    }
    if (path.extension() != ".yaml" || !it->is_regular_file(kind_error)) continue;
    found.emplace_back(path.lexically_relative(root).generic_string(), path);
  }
  if (error) return Status::error(directory + ": cannot list rules directory: " + error.message());
  std::sort(found.begin(), found.end());

  std::vector<RuleFileText> files;
  files.reserve(found.size());
  for (const auto& entry : found) {
    std::string shown = entry.second.generic_string();
    Result<std::string> text = read_file(entry.second, shown);
    if (!text.ok()) return text.status();
    files.emplace_back(std::move(shown), std::move(text).value());
  }
  return files;
}

}  // namespace factdiff
