#include "pyconv/FileContext.hpp"

#include <utility>

namespace pyconv {

FileContext::FileContext(const SourceFile& source, const Tree& tree, std::string_view packageAnchor)
    : source_(source), tree_(tree), package_(packageOfPath(source.path(), packageAnchor)) {}

FileContext::~FileContext() = default;

const SemanticModel& FileContext::semantic() const {
  if (!semantic_) semantic_ = std::make_unique<SemanticModel>(tree_, package_);
  return *semantic_;
}

void FileContext::report(Diagnostic diagnostic) { diagnostics_.push_back(std::move(diagnostic)); }
std::vector<Diagnostic> FileContext::takeDiagnostics() { return std::exchange(diagnostics_, {}); }

}  // namespace pyconv
