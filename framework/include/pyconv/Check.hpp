#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pyconv/CheckSpec.hpp"
#include "pyconv/Export.hpp"
#include "pyconv/Fix.hpp"
#include "pyconv/Node.hpp"
#include "pyconv/Options.hpp"

namespace pyconv {

class FileContext;
class MatchFinder;
struct QueryMatch;

// What a check's matcher found: the match and the file it is in.
struct PYCONV_API MatchResult {
  FileContext& file;
  const QueryMatch& match;
  // Every capture name the check's queries define, and the check's name; set by MatchFinder.
  const std::vector<std::string>* queryCaptures = nullptr;
  std::string_view checkName;

  // The node captured under `capture` in this match, or a null node when the pattern that matched
  // did not capture it. A name none of the check's queries defines is a programming error (a
  // typo would otherwise read as "not captured" forever): std::logic_error naming it.
  Node node(std::string_view capture) const;
};

// A check: registers matchers, then receives each match and reports diagnostics with fixes.
// Checks never write files; the engine decides which fixes are applied. An instance serves one
// worker thread, so it may keep per-text state (reset it in onStartOfPass).
//
// A check class declares itself with a static `CheckSpec spec()` (name, summary, phase, options,
// run condition; pyconv/CheckSpec.hpp), which CheckFactories::add<T>() registers.
class PYCONV_API Check {
 public:
  explicit Check(std::string name);
  virtual ~Check();
  Check(const Check&) = delete;
  Check& operator=(const Check&) = delete;

  const std::string& name() const { return name_; }

  // The host hands over the check's declaration and the configuration's options (values already
  // validated against the declaration) before registerMatchers.
  void configure(const CheckSpec* spec, const OptionStore* options) {
    spec_ = spec;
    options_ = options;
  }

  virtual void registerMatchers(MatchFinder& finder) = 0;
  virtual void check(const MatchResult& result) = 0;
  // Around the matches of one pass over a file's text. A file is passed over once, then once more
  // after every round of fixes (the tree is new each time), so state derived from the text belongs
  // to a pass, not to the file.
  virtual void onStartOfPass(FileContext& file);
  virtual void onEndOfPass(FileContext& file);

 protected:
  // The value of a declared option (`CheckOptions: {<check-name>.<name>: value}`), else its
  // declared default. Asking for an option the declaration lacks is a programming error:
  // std::logic_error naming the check and the option.
  std::string option(std::string_view optionName) const;
  // A declared Flag option.
  bool flagOption(std::string_view optionName) const;
  // A run-wide key of the configuration (Target, TargetVersion, PackageAnchor), or "" when unset.
  std::string runOption(std::string_view key) const;

  // A file a declared File option names (a mapping table, a word list).
  struct OptionFile {
    std::string path;   // resolved
    std::string bytes;
  };
  // Reads the file that option `optionName` names. A relative path is relative to the folder of
  // the configuration file that set it (not the current folder); only a regular file of at most
  // kMaxOptionFileBytes is read, since a configuration found in a tree is not trusted (/dev/zero,
  // a FIFO, /etc/shadow). nullopt when the option is not set; otherwise a file that cannot be used
  // throws std::runtime_error with one line naming the option and the file.
  std::optional<OptionFile> readOptionFile(std::string_view optionName) const;
  static constexpr std::uintmax_t kMaxOptionFileBytes = 8u << 20;

  // Reports a diagnostic of this check covering `at`.
  void report(FileContext& file, Node at, std::string message,
              std::optional<Fix> fix = std::nullopt) const;

 private:
  std::string name_;
  const CheckSpec* spec_ = nullptr;
  const OptionStore* options_ = nullptr;

  const OptionSpec& declaredOption(std::string_view optionName, OptionKind kind) const;
  std::string configuredValue(const OptionSpec& declared) const;
};

}  // namespace pyconv
