#include "ApiFunctionHelperCheck.hpp"

#include <pyconv/FileContext.hpp>
#include <pyconv/MatchFinder.hpp>

#include <array>
#include <string>

#include "Spelling.hpp"
#include "TorchReferences.hpp"

namespace pyconv::api_mapping {
namespace {

struct FunctionHelper {
  std::string_view torchName;
  std::string_view helper;
  const char* code;  // torch's signature and defaults, computed with mint
  bool usesMs;       // the code also names `ms` (import mindspore as ms)
};

constexpr const char* kPadSequence =
    "def _pad_sequence(sequences, batch_first=False, padding_value=0.0, padding_side=\"right\"):\n"
    "    # torch.nn.utils.rnn.pad_sequence (pyconv-tidy api-function-helper): (L_i, *) tensors padded\n"
    "    # to the longest, stacked as (B, L, *) with batch_first, else (L, B, *).\n"
    "    sequences = list(sequences)\n"
    "    longest = max(s.shape[0] for s in sequences)\n"
    "    padded = []\n"
    "    for s in sequences:\n"
    "        missing = longest - s.shape[0]\n"
    "        first_dim = [missing, 0] if padding_side == \"left\" else [0, missing]\n"
    "        padded.append(mint.nn.functional.pad(s, [0, 0] * (s.ndim - 1) + first_dim, value=padding_value))\n"
    "    out = mint.stack(padded, dim=0)\n"
    "    return out if batch_first else out.transpose(0, 1)\n";

constexpr const char* kIsin =
    "def _isin(elements, test_elements, *, assume_unique=False, invert=False):\n"
    "    # torch.isin (pyconv-tidy api-function-helper): whether each element is one of test_elements\n"
    "    # (a tensor or a number each); assume_unique only lets torch pick a faster way.\n"
    "    elements = elements if isinstance(elements, ms.Tensor) else ms.tensor(elements)\n"
    "    tests = test_elements if isinstance(test_elements, ms.Tensor) else ms.tensor(test_elements)\n"
    "    found = mint.any(mint.eq(elements.unsqueeze(-1), tests.reshape(-1)), dim=-1)\n"
    "    return mint.logical_not(found) if invert else found\n";

constexpr std::array<FunctionHelper, 2> kHelpers = {{
    {"torch.nn.utils.rnn.pad_sequence", "_pad_sequence", kPadSequence, false},
    {"torch.isin", "_isin", kIsin, true},
}};

const FunctionHelper* helperFor(const std::string& torchName) {
  for (const auto& entry : kHelpers) {
    if (entry.torchName == torchName) return &entry;
  }
  return nullptr;
}

}  // namespace

CheckSpec ApiFunctionHelperCheck::spec() {
  return {.name = "api-function-helper",
          .summary = "`torch.nn.utils.rnn.pad_sequence`, `torch.isin` -> helpers with torch's signature (`_pad_sequence`, `_isin`)",
          .phase = CheckPhase::Rewrite};
}

void ApiFunctionHelperCheck::registerMatchers(MatchFinder& finder) {
  finder.addQuery(*this, kTorchHeadQuery, {"pad_sequence", "isin"});
}

void ApiFunctionHelperCheck::check(const MatchResult& result) {
  const SemanticModel& semantic = result.file.semantic();
  const auto use = torchUse(result.node("head"), semantic);
  if (!use) return;
  const FunctionHelper* entry = helperFor(use->qualified);
  if (entry == nullptr) return;
  const std::string helper(entry->helper);
  const std::string message = "MindSpore has no '" + use->qualified + "': the helper '" + helper + "' computes it as torch does";
  if (bindsOtherwise(semantic, helper, "")) return report(result.file, use->chain, message + "; the file binds '" + helper + "' itself");
  std::vector<Need> needs{Need::importFrom("mindspore", "mint"), Need::helper(helper, entry->code)};
  if (entry->usesMs) needs.insert(needs.begin(), Need::importModule("mindspore", "ms"));
  report(result.file, use->chain, message,
         Fix{"call the helper", Applicability::Safe, {Edit{use->chain.begin(), use->chain.end(), helper}}, std::move(needs)});
}

}  // namespace pyconv::api_mapping
