#pragma once
#include <optional>
#include <string>
#include <vector>

#include "pyconv/Export.hpp"

namespace pyconv {

// What a configuration may set for a check option, checked before any check runs (on every run
// for the enabled checks, and by --verify-config for every check).
enum class OptionKind {
  Text,    // any string
  Flag,    // "true" or "false"
  Choice,  // one of OptionSpec::choices
  File,    // a path, relative to the configuration file that sets it (Check::readOptionFile)
};

// One option of a check: `CheckOptions: {<check>.<name>: value}`.
struct OptionSpec {
  std::string name;
  OptionKind kind = OptionKind::Text;
  std::string defaultValue;          // as a configuration spells it; "" for a File means none
  std::vector<std::string> choices;  // Choice only
  std::string summary;
};

// When a check runs relative to the others. Phases run in this order, each to its own fixed point,
// and go round until none has a fix left, so a later phase sees the text the earlier ones leave.
// A configuration's `Pipeline:` (glob lists) replaces these phases.
enum class CheckPhase {
  Prepare,  // removes or reshapes code so the rewrites see less of it (device plumbing, checkpointing)
  Rewrite,  // rewrites names, calls and imports
  Finish,   // sees the rewritten text; where a check that declares nothing runs
};

// The run-wide key and value a check needs in order to run (a check that does nothing unless the
// configuration's Target is `mindspore` declares {"Target", "mindspore"}).
struct RunCondition {
  std::string key;
  std::string value;
};

// Everything the host and the documentation need to know about a check, declared once by the
// check (a static `spec()` of the check class; CheckFactories::add<T>() reads it). Registration,
// --list-checks, --verify-config, option validation and the generated check tables come from here.
struct CheckSpec {
  std::string name;
  std::string summary;  // one line; Markdown code spans allowed
  CheckPhase phase = CheckPhase::Finish;
  std::vector<OptionSpec> options;
  std::optional<RunCondition> onlyWhen;

  // The declared option called `name`, or null.
  PYCONV_API const OptionSpec* option(const std::string& name) const;
};

PYCONV_API const char* phaseName(CheckPhase phase);
PYCONV_API const char* optionKindName(OptionKind kind);

// Whether `value` is one `option` accepts; otherwise what is wrong with it, in one line.
PYCONV_API std::optional<std::string> optionValueProblem(const OptionSpec& option, const std::string& value);

}  // namespace pyconv
