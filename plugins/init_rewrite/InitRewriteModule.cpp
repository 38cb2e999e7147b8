// The init_rewrite family: weight initialisation without in-place initialisers.
#include <pyconv/PluginExport.hpp>

#include "InitDataCheck.hpp"
#include "InitNnInitCheck.hpp"

namespace pyconv::init_rewrite {

class InitRewriteModule final : public Module {
 public:
  void addCheckFactories(CheckFactories& factories) override {
    factories.add<InitDataCheck>();
    factories.add<InitNnInitCheck>();
  }
};

}  // namespace pyconv::init_rewrite

PYCONV_PLUGIN(pyconv::init_rewrite::InitRewriteModule, "init_rewrite", "0.1.0")
