#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pyconv/Export.hpp"

namespace pyconv {

class Tree;

// What a transformers modeling file defines, read from its class statements alone: the family's
// root class (the one deriving from `PreTrainedModel`), its configuration class, and the model
// classes deriving from the root, base model first. No model is known by name: the base model is
// the root's name without "PreTrained" (the library's naming rule) when the file defines it.
struct ModelFamily {
  std::string rootClass;                // e.g. the "...PreTrainedModel" class
  std::string configClass;              // from `config_class = X` or `config: X` in the root; may be empty
  std::optional<std::string> baseModel; // the bare model class, when the file defines one
  std::vector<std::string> heads;       // every other model class, in file order
};

// The families a file defines (usually zero or one).
PYCONV_API std::vector<ModelFamily> findModelFamilies(const Tree& tree);

// The torch module a file under `.../models/<name>/<stem>.py` came from
// ("transformers.models.<name>.<stem>"), or nullopt when the path has no such layout.
PYCONV_API std::optional<std::string> transformersModuleFor(std::string_view path);

}  // namespace pyconv
