#include "fix/Rebinding.hpp"

#include <algorithm>
#include <memory>

#include "fix/Needs.hpp"
#include "pyconv/Semantic.hpp"

namespace pyconv {
namespace {

bool covered(Node use, const std::vector<Diagnostic>& diagnostics, const std::vector<std::size_t>& selected) {
  return std::any_of(selected.begin(), selected.end(), [&](std::size_t i) {
    const auto& edits = diagnostics[i].fix->edits;
    return std::any_of(edits.begin(), edits.end(),
                       [&](const Edit& e) { return e.begin < e.end && e.begin <= use.begin() && use.end() <= e.end; });
  });
}

}  // namespace

std::vector<std::size_t> fixesRebindingUncoveredNames(const Tree& tree, const std::string& package,
                                                      const std::vector<Diagnostic>& diagnostics,
                                                      const std::vector<std::size_t>& selected) {
  // Names that some selected fix's missing need would import; most iterations have none that
  // the module binds already, and then no semantic model is built.
  std::vector<std::pair<std::size_t, const Need*>> binding;
  for (std::size_t i : selected) {
    for (const Need& need : diagnostics[i].fix->needs) binding.emplace_back(i, &need);
  }
  if (binding.empty()) return {};
  std::unique_ptr<SemanticModel> semantic;
  std::vector<std::size_t> held;
  for (const auto& [index, need] : binding) {
    if (std::find(held.begin(), held.end(), index) != held.end() || needIsMet(tree, *need)) continue;
    const std::string name = nameBoundBy(*need);
    if (!semantic) semantic = std::make_unique<SemanticModel>(tree, package);
    for (const Binding& old : semantic->bindings()) {
      if (old.scope != 0 || old.name != name) continue;
      const auto uses = semantic->references(old);
      if (!std::all_of(uses.begin(), uses.end(), [&](Node use) { return covered(use, diagnostics, selected); })) {
        held.push_back(index);
        break;
      }
    }
  }
  return held;
}

}  // namespace pyconv
