// The tokenizer family: tokenizer outputs for MindSpore.
#include <pyconv/PluginExport.hpp>

#include "TokenizerReturnTensorsCheck.hpp"
#include "TokenizerTensorWrapCheck.hpp"

namespace pyconv::tokenizer {

class TokenizerModule final : public Module {
 public:
  void addCheckFactories(CheckFactories& factories) override {
    factories.add<TokenizerReturnTensorsCheck>();
    factories.add<TokenizerTensorWrapCheck>();
  }
};

}  // namespace pyconv::tokenizer

PYCONV_PLUGIN(pyconv::tokenizer::TokenizerModule, "tokenizer", "0.1.0")
