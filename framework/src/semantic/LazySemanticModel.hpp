#pragma once
// One parse's semantic model, built the first time someone asks and then shared: every pass over
// the same tree (the phases of a report, the fix engine's own questions between them) reads one
// model instead of building its own. A tree never changes, so neither does its model.
#include <memory>
#include <string>
#include <utility>

#include "pyconv/Semantic.hpp"
#include "pyconv/Tree.hpp"

namespace pyconv {

class LazySemanticModel {
 public:
  LazySemanticModel(const Tree& tree, std::string package) : tree_(tree), package_(std::move(package)) {}

  const Tree& tree() const { return tree_; }
  const std::string& package() const { return package_; }
  const SemanticModel& get() const {
    if (!model_) model_ = std::make_unique<SemanticModel>(tree_, package_);
    return *model_;
  }

 private:
  const Tree& tree_;
  std::string package_;
  mutable std::unique_ptr<SemanticModel> model_;
};

}  // namespace pyconv
