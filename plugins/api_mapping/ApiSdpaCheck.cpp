#include "ApiSdpaCheck.hpp"

#include <fmt/format.h>

#include <pyconv/FileContext.hpp>
#include <pyconv/MatchFinder.hpp>
#include <pyconv/Semantic.hpp>
#include <pyconv/Tree.hpp>

#include "TorchReferences.hpp"

namespace pyconv::api_mapping {
namespace {

constexpr std::string_view kHelperName = "scaled_dot_product_attention";

// torch's math definition, with masks made additive and softmax in float32; operations that run
// on MindSpore's CPU where there is a choice (triu, not tril; broadcast_to, not repeat_interleave).
constexpr std::string_view kHelper =
    "def scaled_dot_product_attention(query, key, value, attn_mask=None, dropout_p=0.0, is_causal=False, scale=None,\n"
    "                                 enable_gqa=False, training=True):\n"
    "    # torch.nn.functional.scaled_dot_product_attention written out (pyconv-tidy api-sdpa): boolean masks\n"
    "    # become additive float32-min masks, softmax runs in float32, dropout only when training.\n"
    "    if enable_gqa:  # each key/value head serves query.shape[-3] // key.shape[-3] query heads, in order\n"
    "        groups = query.shape[-3] // key.shape[-3]\n"
    "        grouped = key.shape[:-2] + (groups,) + key.shape[-2:]\n"
    "        key = key.unsqueeze(-3).broadcast_to(grouped).reshape(query.shape[:-2] + key.shape[-2:])\n"
    "        value = value.unsqueeze(-3).broadcast_to(grouped[:-1] + value.shape[-1:]).reshape(\n"
    "            query.shape[:-2] + value.shape[-2:])\n"
    "    scale = query.shape[-1] ** -0.5 if scale is None else scale\n"
    "    scores = mint.matmul(query, key.transpose(-2, -1)).float() * scale\n"
    "    lowest = float(np.finfo(np.float32).min)\n"
    "    if is_causal:\n"
    "        future = mint.triu(mint.ones((query.shape[-2], key.shape[-2]), dtype=ms.bool_), diagonal=1)\n"
    "        scores = scores.masked_fill(future, lowest)\n"
    "    if attn_mask is not None:\n"
    "        if attn_mask.dtype == ms.bool_:\n"
    "            scores = scores.masked_fill(mint.logical_not(attn_mask), lowest)\n"
    "        else:\n"
    "            scores = scores + attn_mask.float()\n"
    "    weights = mint.softmax(scores, dim=-1).to(query.dtype)\n"
    "    if training and dropout_p > 0.0:\n"
    "        weights = mint.nn.functional.dropout(weights, p=dropout_p, training=True)\n"
    "    return mint.matmul(weights, value)\n";

// `self` when the call is in a method whose first parameter is `self`.
bool inMethodWithSelf(Node node) {
  for (Node n = node.parent(); n; n = n.parent()) {
    if (n.is(syntax::Kind::Lambda)) return false;
    if (n.syntaxKind() != syntax::Kind::FunctionDefinition) continue;
    const Node parameters = n.field(syntax::Field::Parameters);
    const Node first = parameters && parameters.namedChildCount() ? parameters.namedChild(0) : Node();
    return first && first.is(syntax::Kind::Identifier) && first.text() == "self";
  }
  return false;
}

}  // namespace

CheckSpec ApiSdpaCheck::spec() {
  return {.name = "api-sdpa",
          .summary = "`F.scaled_dot_product_attention(...)` -> a module-level helper in mint, `training=self.training` (Unsafe)",
          .phase = CheckPhase::Rewrite};
}

void ApiSdpaCheck::registerMatchers(MatchFinder& finder) {
  finder.addQuery(*this,
                  R"q(((identifier) @head (#pyconv-qualname-match? @head "^torch(\\.|$)")))q",
                  "scaled_dot_product_attention");
}

void ApiSdpaCheck::check(const MatchResult& result) {
  const SemanticModel& semantic = result.file.semantic();
  const auto use = torchUse(result.node("head"), semantic);
  if (!use || use->qualified != "torch.nn.functional.scaled_dot_product_attention") return;
  const std::string message = "MindSpore has no CPU scaled_dot_product_attention; call a helper written out in mint";
  const Node call = use->chain.parent();
  if (call.syntaxKind() != syntax::Kind::Call || call.field(syntax::Field::Function) != use->chain) return report(result.file, use->chain, message);
  // The helper's name must be free at module level (or be the torch function itself).
  if (const Binding* existing = semantic.resolve(use->chain); existing && use->chain.is(syntax::Kind::Identifier) &&
                                                              existing->kind != Binding::Kind::Import) {
    return report(result.file, use->chain, message);
  }
  const Node args = call.field(syntax::Field::Arguments);
  for (Node arg : args.namedChildren()) {
    if (arg.is(syntax::Kind::ListSplat) || arg.is(syntax::Kind::DictionarySplat) ||
        (arg.is(syntax::Kind::KeywordArgument) && arg.field(syntax::Field::Name).text() == "training")) {
      return report(result.file, use->chain, message);
    }
  }
  const std::string training = inMethodWithSelf(call) ? "self.training" : "True";
  // After the last argument: `, training=...` on one line; on a line of its own, indented like the
  // arguments, when the list ends with a trailing comma (one argument per line).
  const Node close = args.child(args.childCount() - 1);
  const Node last = args.childCount() >= 2 ? args.child(args.childCount() - 2) : Node();
  std::string insertion = fmt::format("{}training={}", args.namedChildCount() == 0 ? "" : ", ", training);
  uint32_t at = close.begin();
  if (last && last.text() == ",") {
    const std::string& text = call.tree()->text();
    Node lastArgument = last;
    for (Node arg : args.namedChildren()) {
      if (arg.syntaxKind() != syntax::Kind::Comment) lastArgument = arg;
    }
    const std::size_t lineStart = text.rfind('\n', lastArgument.begin()) + 1;  // npos + 1 == 0
    const std::string indent = text.substr(lineStart, text.find_first_not_of(" \t", lineStart) - lineStart);
    const bool ownLine = text.find('\n', last.end()) < close.begin();
    insertion = ownLine ? fmt::format("\n{}training={},", indent, training) : fmt::format(" training={}", training);
    at = last.end();
  }
  report(result.file, use->chain, message,
         Fix{"call the mint helper", Applicability::Unsafe,
             {{use->chain.begin(), use->chain.end(), std::string(kHelperName)},
              {at, at, insertion}},
             {Need::helper(std::string(kHelperName), std::string(kHelper)), Need::importModule("mindspore", "ms"),
              Need::importModule("numpy", "np"), Need::importFrom("mindspore", "mint")}});
}

}  // namespace pyconv::api_mapping
