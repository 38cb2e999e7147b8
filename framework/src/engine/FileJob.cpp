#include "engine/FileJob.hpp"

#include <fmt/format.h>

#include <functional>
#include <unordered_map>

#include "plugin/PluginSet.hpp"
#include "pyconv/FileContext.hpp"

namespace pyconv {
namespace {

// A fix whose edits overlap each other or leave the text is a check's bug: it is never applied.
std::optional<std::string> invalidFixReason(const Fix& fix, std::size_t textSize) {
  for (std::size_t i = 0; i < fix.edits.size(); ++i) {
    const Edit& a = fix.edits[i];
    if (a.begin > a.end || a.end > textSize) return "an edit outside the text";
    for (std::size_t j = i + 1; j < fix.edits.size(); ++j) {
      const Edit& b = fix.edits[j];
      if (a.begin < b.end && b.begin < a.end) return "overlapping edits";
    }
  }
  if (fix.title.empty()) return "a fix without a title";
  return std::nullopt;
}

Diagnostic internalError(const Diagnostic& culprit, std::string what) {
  return Diagnostic{"pyconv-internal",
                    fmt::format("fix of check '{}' was not applied: {}", culprit.check, what),
                    culprit.begin, culprit.end, Severity::Error, std::nullopt};
}

}  // namespace

CheckRunner::CheckRunner(const PluginSet& plugins, const std::vector<std::string>& checkNames) {
  for (const auto& name : checkNames) {
    const auto* entry = plugins.findCheck(name);
    if (entry == nullptr) throw std::invalid_argument(fmt::format("unknown check '{}'", name));
    checks_.push_back(entry->create(name));
    try {
      checks_.back()->registerMatchers(finder_);
    } catch (const std::invalid_argument& e) {
      throw std::invalid_argument(fmt::format("check '{}' has a bad matcher: {}", name, e.what()));
    }
  }
}

CheckRunner::~CheckRunner() = default;

std::vector<Diagnostic> CheckRunner::runChecks(const SourceFile& source, const Tree& tree) {
  FileContext context(source, tree);
  for (auto& check : checks_) check->onStartOfFile(context);
  finder_.run(context);
  for (auto& check : checks_) check->onEndOfFile(context);
  return context.takeDiagnostics();
}

// Applies the selected fixes; if that makes the text parse worse than before, finds the fixes
// responsible by applying them one at a time, drops those and reports each as pyconv-internal.
std::string CheckRunner::applyGuarded(const Tree& tree, std::vector<Diagnostic>& diagnostics,
                                      const std::vector<std::size_t>& selected, std::size_t& applied,
                                      std::vector<Diagnostic>& internalErrors) {
  const std::size_t errorsBefore = tree.errorCount();
  std::string candidate = applyEdits(tree.text(), collectEdits(diagnostics, selected));
  if (parser_.parse(candidate)->errorCount() <= errorsBefore) {
    applied += selected.size();
    return candidate;
  }
  std::vector<std::size_t> kept;
  for (std::size_t index : selected) {
    auto trial = kept;
    trial.push_back(index);
    const std::string text = applyEdits(tree.text(), collectEdits(diagnostics, trial));
    if (parser_.parse(text)->errorCount() <= errorsBefore) {
      kept = std::move(trial);
    } else {
      internalErrors.push_back(internalError(diagnostics[index], "it would break the syntax"));
    }
  }
  applied += kept.size();
  return applyEdits(tree.text(), collectEdits(diagnostics, kept));
}

FileOutcome CheckRunner::process(const SourceFile& source, const FixOptions& options) {
  FileOutcome outcome;
  std::string text = source.text();
  std::unique_ptr<Tree> tree = parser_.parse(text);
  outcome.hasSyntaxErrors = tree->errorCount() > 0;
  // A file that does not parse is reported, never rewritten (ARCHITECTURE.md section 5).
  const bool fixing = options.enabled && !outcome.hasSyntaxErrors;

  std::unordered_map<std::size_t, int> seenTexts{{std::hash<std::string>{}(text), 0}};
  std::vector<Diagnostic> internalErrors;
  std::vector<std::string> checksOfIteration;
  for (int iteration = 0;; ++iteration) {
    std::vector<Diagnostic> diagnostics = runChecks(source, *tree);
    if (!fixing || iteration >= options.maxIterations) {
      outcome.diagnostics = std::move(diagnostics);
      break;
    }
    for (auto& d : diagnostics) {
      if (!d.fix) continue;
      if (auto reason = invalidFixReason(*d.fix, text.size())) {
        internalErrors.push_back(internalError(d, *reason));
        d.fix.reset();
      }
    }
    const auto selected = selectFixes(diagnostics, options.policy);
    if (selected.empty()) {
      outcome.diagnostics = std::move(diagnostics);
      break;
    }
    std::string checks;
    for (std::size_t index : selected) {
      if (checks.find(diagnostics[index].check) == std::string::npos) {
        checks += (checks.empty() ? "" : ", ") + diagnostics[index].check;
      }
    }
    checksOfIteration.push_back(checks);
    std::string next = applyGuarded(*tree, diagnostics, selected, outcome.fixesApplied, internalErrors);
    if (next == text) {
      outcome.diagnostics = std::move(diagnostics);
      break;
    }
    const auto [seen, fresh] = seenTexts.emplace(std::hash<std::string>{}(next), iteration + 1);
    if (!fresh) {
      std::string cycle;
      for (std::size_t i = seen->second; i < checksOfIteration.size(); ++i) {
        cycle += (cycle.empty() ? "" : "; ") + checksOfIteration[i];
      }
      outcome.error = fmt::format("fixes undo each other (the text of iteration {} came back); checks: {}",
                                  seen->second, cycle);
      break;
    }
    text = std::move(next);
    tree = parser_.parse(text);
  }
  if (outcome.hasSyntaxErrors) {
    const Node error = tree->firstError();
    outcome.diagnostics.insert(outcome.diagnostics.begin(),
                               Diagnostic{"pyconv-syntax",
                                          error.isMissing() ? fmt::format("syntax error: missing '{}'", error.kind())
                                                            : std::string("syntax error; the file is not rewritten"),
                                          error.begin(), error.end(), Severity::Error, std::nullopt});
  }
  for (auto& d : internalErrors) outcome.diagnostics.push_back(std::move(d));
  outcome.finalText = std::move(text);
  return outcome;
}

}  // namespace pyconv
