#include "TeamHelperPortCheck.hpp"

#include <pyconv/FileContext.hpp>
#include <pyconv/MatchFinder.hpp>
#include <pyconv/SyntaxViews.hpp>

#include <algorithm>
#include <sstream>

namespace team {

pyconv::CheckSpec TeamHelperPortCheck::spec() {
  return {.name = "team-helper-port",
          .summary = "imports of `teamlib.torch_utils` helpers come from their MindSpore port",
          .phase = pyconv::CheckPhase::Prepare,
          .options = {{.name = "TorchModule", .defaultValue = "teamlib.torch_utils", .summary = "the torch helpers' module"},
                      {.name = "PortModule", .defaultValue = "teamlib.ms_utils", .summary = "their MindSpore port"},
                      {.name = "Ported",
                       .defaultValue = "masked_mean,gather_last",
                       .summary = "the helpers the port provides, comma-separated"}}};
}

void TeamHelperPortCheck::registerMatchers(pyconv::MatchFinder& finder) {
  torchModule_ = option("TorchModule");
  portModule_ = option("PortModule");
  ported_.clear();
  std::istringstream names(option("Ported"));
  for (std::string name; std::getline(names, name, ',');) {
    if (!name.empty()) ported_.push_back(name);
  }
  const std::string lastPart = torchModule_.substr(torchModule_.rfind('.') + 1);
  finder.addQuery(*this, "(import_from_statement module_name: (dotted_name) @module) @statement", lastPart);
}

void TeamHelperPortCheck::check(const pyconv::MatchResult& result) {
  const pyconv::Node module = result.node("module");
  if (module.text() != torchModule_) return;
  const pyconv::Node statement = result.node("statement");
  bool allPorted = true;
  for (uint32_t i = 0; i < statement.namedChildCount(); ++i) {
    const pyconv::Node item = statement.namedChild(i);
    if (item.is(pyconv::syntax::Kind::WildcardImport)) {
      report(result.file, item, "a star import of " + torchModule_ + " cannot be checked against its port; name the helpers");
      return;
    }
    if (item == module || (!item.is(pyconv::syntax::Kind::DottedName) && !item.is(pyconv::syntax::Kind::AliasedImport))) continue;
    const auto aliased = pyconv::syntax::as<pyconv::syntax::AliasedImport>(item);  // `helper as h`: the helper's name
    const pyconv::Node nameNode = aliased ? aliased->name() : item;
    const std::string name(nameNode.text());
    if (std::find(ported_.begin(), ported_.end(), name) != ported_.end()) continue;
    allPorted = false;
    report(result.file, item, "'" + name + "' has no MindSpore port in " + portModule_ + " yet; port it, then list it in Ported");
  }
  if (!allPorted) return;
  report(result.file, module, "the helpers imported here have a MindSpore port in " + portModule_,
         pyconv::Fix{"import them from " + portModule_, pyconv::Applicability::Safe,
                     {{module.begin(), module.end(), portModule_}}});
}

}  // namespace team
