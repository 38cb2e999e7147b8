#include "ApiWeightNormCheck.hpp"

#include <pyconv/FileContext.hpp>
#include <pyconv/MatchFinder.hpp>

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "Spelling.hpp"
#include "TorchReferences.hpp"

namespace pyconv::api_mapping {
namespace {

// What both helpers share: torch's norm over every dimension but `dim` (-1: all of them), the
// weight it gives, and a forward pre-hook that recomputes the weight before each call, as
// torch's parametrisation does on every access.
constexpr const char* kShared =
    "def _weight_norm_of(v, dim):\n"
    "    # pyconv-tidy api-weight-norm: torch's norm over every dimension but `dim` (-1: over all).\n"
    "    dims = tuple(range(v.ndim)) if dim == -1 else tuple(d for d in range(v.ndim) if d != dim % v.ndim)\n"
    "    norm = mint.sqrt(mint.sum(v * v, dim=dims, keepdim=True))\n"
    "    return norm.reshape(()) if dim == -1 else norm\n"
    "\n"
    "\n"
    "def _weight_from(g, v, dim):\n"
    "    return v * (g / _weight_norm_of(v, dim))\n"
    "\n"
    "\n"
    "def _recompute_before_each_call(module, name, compute):\n"
    "    # The Cell's own construct reads `module.<name>`: a plain attribute, refreshed before each call.\n"
    "    object.__setattr__(module, name, compute())\n"
    "    hook = module.register_forward_pre_hook(lambda cell, inputs: object.__setattr__(cell, name, compute()))\n"
    "    object.__setattr__(module, \"_weight_norm_\" + name, (hook, compute))  # for _remove_weight_norm\n";

constexpr const char* kParametrization =
    "class _WeightNormParametrization(ms.nn.Cell):\n"
    "    # torch's parametrizations.weight_norm: g is original0, v is original1.\n"
    "    def __init__(self, weight, dim):\n"
    "        super().__init__()\n"
    "        self.dim = dim\n"
    "        self.original0 = ms.Parameter(_weight_norm_of(weight, dim), name=\"original0\")\n"
    "        self.original1 = ms.Parameter(weight.value().copy(), name=\"original1\")\n"
    "\n"
    "    def construct(self):\n"
    "        return _weight_from(self.original0, self.original1, self.dim)\n";

constexpr const char* kParametrized =
    "def _parametrized_weight_norm(module, name=\"weight\", dim=0):\n"
    "    # torch.nn.utils.parametrizations.weight_norm, under torch's parameter names.\n"
    "    parametrization = _WeightNormParametrization(getattr(module, name), -1 if dim is None else dim)\n"
    "    del module._params[name]\n"
    "    module.parametrizations = ms.nn.CellDict({name: parametrization})\n"
    "    _recompute_before_each_call(module, name, parametrization)\n"
    "    return module\n";

constexpr const char* kLegacy =
    "def _weight_norm(module, name=\"weight\", dim=0):\n"
    "    # torch.nn.utils.weight_norm, under torch's parameter names (<name>_g, <name>_v).\n"
    "    dim = -1 if dim is None else dim\n"
    "    weight = getattr(module, name)\n"
    "    del module._params[name]\n"
    "    setattr(module, name + \"_g\", ms.Parameter(_weight_norm_of(weight, dim), name=name + \"_g\"))\n"
    "    setattr(module, name + \"_v\", ms.Parameter(weight.value().copy(), name=name + \"_v\"))\n"
    "    _recompute_before_each_call(module, name, lambda: _weight_from(getattr(module, name + \"_g\"), getattr(module, name + \"_v\"), dim))\n"
    "    return module\n";

constexpr const char* kRemove =
    "def _remove_weight_norm(module, name=\"weight\"):\n"
    "    # torch.nn.utils.remove_weight_norm: the weight, computed from g and v once more, is a Parameter again.\n"
    "    hook, compute = module.__dict__.pop(\"_weight_norm_\" + name)\n"
    "    hook.remove()\n"
    "    weight = compute()\n"
    "    del module.__dict__[name]\n"
    "    del module._params[name + \"_g\"], module._params[name + \"_v\"]\n"
    "    setattr(module, name, ms.Parameter(weight, name=name))\n"
    "    return module\n";

constexpr const char* kParametrizationsModule = "torch.nn.utils.parametrizations";

// One torch function and the helper that stands for it.
struct WeightNormHelper {
  std::array<std::string_view, 2> torchNames;  // its names (a second one, or empty)
  std::string_view helper;
  const char* code;
  const char* parametrization;  // the Cell the helper builds, or nullptr
  std::string_view lacks;       // "MindSpore has no ..."
  std::string_view does;        // what the helper does
};

constexpr std::array<WeightNormHelper, 3> kHelpers = {{
    {{"torch.nn.utils.parametrizations.weight_norm", {}},
     "_parametrized_weight_norm", kParametrized, kParametrization, "weight_norm that keeps torch's parameter names",
     "reparametrises the Cell as torch does"},
    {{"torch.nn.utils.weight_norm", "torch.nn.utils.weight_norm.weight_norm"}, "_weight_norm", kLegacy, nullptr,
     "weight_norm that keeps torch's parameter names", "reparametrises the Cell as torch does"},
    {{"torch.nn.utils.remove_weight_norm", "torch.nn.utils.weight_norm.remove_weight_norm"}, "_remove_weight_norm", kRemove,
     nullptr, "remove_weight_norm for the helper's weight norm", "restores the plain weight as torch does"},
}};

const WeightNormHelper* helperFor(const std::string& torchName) {
  for (const auto& entry : kHelpers) {
    if (std::find(entry.torchNames.begin(), entry.torchNames.end(), torchName) != entry.torchNames.end()) return &entry;
  }
  return nullptr;
}

}  // namespace

CheckSpec ApiWeightNormCheck::spec() {
  return {.name = "api-weight-norm",
          .summary = "`nn.utils.parametrizations.weight_norm` / `nn.utils.weight_norm` -> helpers that keep torch's parameter names (Unsafe)",
          .phase = CheckPhase::Rewrite};
}

void ApiWeightNormCheck::registerMatchers(MatchFinder& finder) {
  finder.addQuery(*this, kTorchHeadQuery, "weight_norm");
  finder.addQuery(*this,
                  "(call function: (identifier) @hasattr (#eq? @hasattr \"hasattr\")"
                  " arguments: (argument_list . (_) @object . (string) @attribute .)) @probe",
                  "weight_norm");
}

void ApiWeightNormCheck::check(const MatchResult& result) {
  const SemanticModel& semantic = result.file.semantic();
  if (const Node probe = result.node("probe")) {
    // hasattr(torch.nn.utils.parametrizations, "weight_norm"): the pinned torch has it, and so
    // does the converted file (the helper).
    const auto object = semantic.qualifiedName(result.node("object"));
    const std::string_view attribute = result.node("attribute").text();
    if (!object || *object != kParametrizationsModule || (attribute != "\"weight_norm\"" && attribute != "'weight_norm'")) return;
    return report(result.file, probe, "torch's weight_norm probe: the converted file has the helper",
                  Fix{"use True", Applicability::Safe, {Edit{probe.begin(), probe.end(), "True"}}, {}});
  }
  const auto use = torchUse(result.node("head"), semantic);
  if (!use) return;
  const WeightNormHelper* entry = helperFor(use->qualified);
  if (entry == nullptr) return;
  const std::string helper(entry->helper);
  const std::string message = "MindSpore has no " + std::string(entry->lacks) + ": the helper '" + helper + "' " +
                              std::string(entry->does);
  if (bindsOtherwise(semantic, helper, "")) return report(result.file, use->chain, message + "; the file binds '" + helper + "' itself");
  std::vector<Need> needs{Need::importModule("mindspore", "ms"), Need::importFrom("mindspore", "mint"),
                          Need::helper("_weight_norm_of", kShared)};
  if (entry->parametrization) needs.push_back(Need::helper("_WeightNormParametrization", entry->parametrization));
  needs.push_back(Need::helper(helper, entry->code));
  report(result.file, use->chain, message,
         Fix{"call the helper", Applicability::Unsafe, {Edit{use->chain.begin(), use->chain.end(), helper}}, std::move(needs)});
}

}  // namespace pyconv::api_mapping
