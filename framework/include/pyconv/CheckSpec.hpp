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

// What a count a check keeps (FileContext::addMetric) means to the run.
enum class MetricRole {
  Other,                  // reported as it is (SARIF run properties)
  PackageUses,            // every use of the package a conversion takes away: the conversion rate,
                          // --stats, --validate's "nothing left" and the review report read it
  PackageAnnotationUses,  // the part of those uses inside type annotations, shown apart
};

// A count a check keeps per file, declared so that the engine reads it by its role, never by a
// name it knows. The engine also counts, with the same definition of a use (PackageUses.hpp), the
// uses of `package` that removal fixes take away, as `<name>-removed`.
struct MetricSpec {
  std::string name;      // as addMetric spells it: "torch-uses"
  MetricRole role = MetricRole::Other;
  std::string package;   // PackageUses and PackageAnnotationUses: the package counted ("torch")
  std::string summary;
};

// A check each of whose findings makes a file not valid under --validate, and how the verdict
// words it. A run whose configuration disables such a check, or the check that counts the
// package's uses, cannot validate (every file would look valid).
struct VerdictPart {
  std::string noun;     // one finding, in the verdict's list of failures: "unknown MindSpore name"
  std::string passed;   // the part, in the list of what a valid file passed: "known MindSpore names"
  std::string jsonKey;  // its count in --output-format=json: "unknownMindSporeNames"
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
  std::vector<MetricSpec> metrics;
  std::optional<VerdictPart> verdict;

  // The declared option called `name`, or null.
  PYCONV_API const OptionSpec* option(const std::string& name) const;
};

PYCONV_API const char* phaseName(CheckPhase phase);
PYCONV_API const char* optionKindName(OptionKind kind);
PYCONV_API const char* metricRoleName(MetricRole role);

// Whether `value` is one `option` accepts; otherwise what is wrong with it, in one line.
PYCONV_API std::optional<std::string> optionValueProblem(const OptionSpec& option, const std::string& value);

}  // namespace pyconv
