#include "pyconv/FileContext.hpp"

#include <utility>

#include "semantic/LazySemanticModel.hpp"

namespace pyconv {

FileContext::FileContext(const SourceFile& source, const Tree& tree, std::string_view packageAnchor)
    : source_(source),
      tree_(tree),
      ownModel_(std::make_unique<LazySemanticModel>(tree, packageOfPath(source.path(), packageAnchor))),
      model_(ownModel_.get()) {}

FileContext::FileContext(const SourceFile& source, const LazySemanticModel& model)
    : source_(source), tree_(model.tree()), model_(&model) {}

FileContext::~FileContext() = default;

const SemanticModel& FileContext::semantic() const {
  return model_->get();
}

void FileContext::report(Diagnostic diagnostic) { diagnostics_.push_back(std::move(diagnostic)); }
std::vector<Diagnostic> FileContext::takeDiagnostics() { return std::exchange(diagnostics_, {}); }

}  // namespace pyconv
