#include "DeviceResidualCheck.hpp"

#include <pyconv/FileContext.hpp>
#include <pyconv/MatchFinder.hpp>

#include <algorithm>

#include "DeviceExpressions.hpp"

namespace pyconv::device_removal {

CheckSpec DeviceResidualCheck::spec() {
  return {.name = "device-residual",
          .summary = "lists every device reference left (no fix)",
          .phase = CheckPhase::Prepare};
}

void DeviceResidualCheck::registerMatchers(MatchFinder& finder) {
  // Only names that can be device references: `device`, `device_type`, and `cuda` (the head or a
  // part of a `torch.cuda...` chain); resolving every identifier would cost more than parsing.
  finder.addQuery(*this, R"([((identifier) @name (#any-of? @name "device" "device_type" "cuda"))
                             ((call function: (attribute attribute: (identifier) @method) arguments: (argument_list) @args)
                               @call (#any-of? @method "cuda" "cpu" "to"))])",
                  {"device", "cuda", "cpu", "to"});
}

void DeviceResidualCheck::onStartOfPass(FileContext&) { findings_.clear(); }

void DeviceResidualCheck::check(const MatchResult& result) {
  if (const Node name = result.node("name")) {
    const bool member = name.parent().is(syntax::Kind::Attribute) && name.parent().field(syntax::Field::Attribute) == name;
    if (name.text() == "device" || name.text() == "device_type") {
      const auto qualified = member ? result.file.semantic().qualifiedName(name.parent()) : std::nullopt;
      if (qualified && *qualified == "torch.device") {
        findings_.push_back({name.parent(), "'torch.device'"});
      } else {
        findings_.push_back({name, "'" + std::string(name.text()) + "'"});
      }
      return;
    }
    // `torch.cuda...` (or `cuda` imported from torch): the chain up to `cuda`.
    const Node chain = member ? name.parent() : name;
    const auto qualified = result.file.semantic().qualifiedName(chain);
    if (qualified && (*qualified == "torch.device" || qualified->starts_with("torch.cuda"))) {
      findings_.push_back({chain, "'" + *qualified + "'"});
    }
    return;
  }
  const auto method = result.node("method").text();
  if (method == "cuda" || method == "cpu") {
    findings_.push_back({result.node("call"), "'." + std::string(method) + "(...)'"});
  } else if (method == "to") {
    const Node args = result.node("args");
    for (uint32_t i = 0; i < args.namedChildCount(); ++i) {
      Node arg = args.namedChild(i);
      if (arg.is(syntax::Kind::KeywordArgument)) arg = arg.field(syntax::Field::Name).text() == "device" ? arg.field(syntax::Field::Value) : Node{};
      if (arg && deviceLike(arg, result.file) != DeviceLike::No) {
        findings_.push_back({result.node("call"), "'.to(...)' with a device argument"});
        return;
      }
    }
  }
}

void DeviceResidualCheck::onEndOfPass(FileContext& file) {
  // One finding per place: drop those inside an earlier, larger one (a `.to(device)` call holds
  // the name `device`).
  std::sort(findings_.begin(), findings_.end(), [](const Finding& a, const Finding& b) {
    return a.node.begin() != b.node.begin() ? a.node.begin() < b.node.begin() : a.node.end() > b.node.end();
  });
  uint32_t coveredUntil = 0;
  for (const Finding& f : findings_) {
    if (f.node.begin() < coveredUntil) continue;
    coveredUntil = f.node.end();
    report(file, f.node, "device reference left for a person: " + f.what);
  }
  findings_.clear();
}

}  // namespace pyconv::device_removal
