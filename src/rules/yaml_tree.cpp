#include "rules/yaml_tree.h"

#include <sstream>

#include <fmt/format.h>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

namespace factdiff {
namespace {

// The event handler cannot return an error through yaml-cpp, so it throws this one; it is
// caught below, before anything leaves this file.
struct AliasFound {
  YAML::Mark mark;
};
// yaml-cpp 0.7 answers some stray tokens (a leading ',') with an endless run of empty documents
// that all start at the same place; a document that starts where the previous one did is that.
struct NoProgress {
  YAML::Mark mark;
};

// Collections under construction wait on a stack and join their parent when they close, so
// each event costs constant time whatever the nesting depth.
class TreeBuilder : public YAML::EventHandler {
 public:
  explicit TreeBuilder(std::vector<YamlNode>& documents) : documents_(documents) {}

  void OnDocumentStart(const YAML::Mark& mark) override {
    if (!documents_.empty() && mark.pos == last_start_.pos) throw NoProgress{mark};
    last_start_ = mark;
    open_.clear();
  }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark& mark, YAML::anchor_t) override {
    add(YamlNode{YamlNode::Kind::kNull, mark, {}, {}});
  }
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override { throw AliasFound{mark}; }
  void OnScalar(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                const std::string& value) override {
    add(YamlNode{YamlNode::Kind::kScalar, mark, value, {}});
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                       YAML::EmitterStyle::value) override {
    open_.push_back(YamlNode{YamlNode::Kind::kSequence, mark, {}, {}});
  }
  void OnSequenceEnd() override { close(); }
  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                  YAML::EmitterStyle::value) override {
    open_.push_back(YamlNode{YamlNode::Kind::kMap, mark, {}, {}});
  }
  void OnMapEnd() override { close(); }

 private:
  void add(YamlNode node) {
    if (open_.empty()) {
      documents_.push_back(std::move(node));
    } else {
      open_.back().items.push_back(std::move(node));
    }
  }

  void close() {
    YamlNode done = std::move(open_.back());
    open_.pop_back();
    add(std::move(done));
  }

  std::vector<YamlNode>& documents_;
  std::vector<YamlNode> open_;
  YAML::Mark last_start_;
};

std::string position(const YAML::Mark& mark) {
  if (mark.is_null()) return "1:1";
  return fmt::format("{}:{}", mark.line + 1, mark.column + 1);
}

}  // namespace

Result<std::vector<YamlNode>> parse_yaml_documents(std::string_view text) {
  std::vector<YamlNode> documents;
  std::istringstream stream{std::string(text)};
  try {
    YAML::Parser parser(stream);
    TreeBuilder builder(documents);
    // Two documents are enough to know the text is not one; reading on would only cost time.
    while (documents.size() < 2 && parser.HandleNextDocument(builder)) {
    }
  } catch (const NoProgress& stuck) {
    const std::size_t at = static_cast<std::size_t>(stuck.mark.pos);
    const bool printable = at < text.size() && text[at] > ' ' && text[at] < 0x7F;
    return Status::error(position(stuck.mark) + ": YAML syntax error: unexpected " +
                         (printable ? "'" + std::string(1, text[at]) + "'" : "token"));
  } catch (const AliasFound& alias) {
    return Status::error(position(alias.mark) +
                         ": YAML aliases (*name) are not supported in rule files");
  } catch (const YAML::DeepRecursion& error) {
    return Status::error(
        fmt::format("{}: YAML nesting deeper than {} levels", position(error.mark), error.depth()));
  } catch (const YAML::Exception& error) {
    return Status::error(position(error.mark) + ": YAML syntax error: " + error.msg);
  }
  return documents;
}

}  // namespace factdiff
