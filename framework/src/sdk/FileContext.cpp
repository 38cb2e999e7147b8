#include "pyconv/FileContext.hpp"

#include <utility>

namespace pyconv {

FileContext::FileContext(const SourceFile& source, const Tree& tree) : source_(source), tree_(tree) {}
void FileContext::report(Diagnostic diagnostic) { diagnostics_.push_back(std::move(diagnostic)); }
std::vector<Diagnostic> FileContext::takeDiagnostics() { return std::exchange(diagnostics_, {}); }

}  // namespace pyconv
