#include <gtest/gtest.h>

#include "pyconv/Query.hpp"
#include "pyconv/Semantic.hpp"
#include "pyconv/Tree.hpp"

namespace pyconv {
namespace {

// The qualified name of the `occurrence`-th (0-based) expression spelled `expression` in `code`,
// or "-" when it resolves to no import.
std::string qualifiedAt(const std::string& code, const std::string& expression, int occurrence = 0,
                        const std::string& package = "") {
  Parser parser;
  auto tree = parser.parse(code);
  EXPECT_EQ(tree->errorCount(), 0u) << code;
  SemanticModel model(*tree, package);
  std::vector<Node> found;
  Query::compile("[(identifier) (attribute)] @e")->forEachMatch(tree->root(), [&](const QueryMatch& m) {
    if (m.get("e").text() == expression) found.push_back(m.get("e"));
  });
  if (occurrence >= static_cast<int>(found.size())) return "<no such occurrence>";
  return model.qualifiedName(found[static_cast<std::size_t>(occurrence)]).value_or("-");
}

TEST(SemanticModel, ResolvesImportForms) {
  const std::string code =
      "import torch\nimport torch as T\nimport torch.nn.functional as F\nfrom torch import nn\n"
      "from torch.nn import Linear as L\nfrom torch.nn import functional as G\nimport torch.utils.checkpoint\n"
      "a = torch.cat\nb = T.cat\nc = F.relu\nd = nn.Linear\ne = L\nf = G.gelu\ng = torch.utils.checkpoint.checkpoint\n";
  EXPECT_EQ(qualifiedAt(code, "torch.cat"), "torch.cat");
  EXPECT_EQ(qualifiedAt(code, "T.cat"), "torch.cat");
  EXPECT_EQ(qualifiedAt(code, "F.relu"), "torch.nn.functional.relu");
  EXPECT_EQ(qualifiedAt(code, "nn.Linear"), "torch.nn.Linear");
  EXPECT_EQ(qualifiedAt(code, "L", 1), "torch.nn.Linear");
  EXPECT_EQ(qualifiedAt(code, "G.gelu"), "torch.nn.functional.gelu");
  EXPECT_EQ(qualifiedAt(code, "torch.utils.checkpoint.checkpoint"), "torch.utils.checkpoint.checkpoint");
}

TEST(SemanticModel, ParametersShadowImportsInFunctionsAndLambdas) {
  const std::string code = "import torch.nn.functional as F\ndef f(F):\n    return F.relu(x)\ndef g(x):\n    return F.relu(x)\n"
                           "h = lambda F: F.relu(1)\nk = lambda: F.relu(1)\n";
  EXPECT_EQ(qualifiedAt(code, "F.relu", 0), "-");
  EXPECT_EQ(qualifiedAt(code, "F.relu", 1), "torch.nn.functional.relu");
  EXPECT_EQ(qualifiedAt(code, "F.relu", 2), "-");
  EXPECT_EQ(qualifiedAt(code, "F.relu", 3), "torch.nn.functional.relu");
}

TEST(SemanticModel, AssignmentsShadowInEveryScopeKind) {
  const std::string code =
      "import torch\n"
      "def f():\n    torch = other()\n    return torch.cat\n"
      "class C:\n    torch = other()\n    x = torch.cat\n    def m(self):\n        return torch.cat\n"
      "y = [torch.cat for torch in things]\nz = [torch.cat for t in things]\n"
      "w = torch.cat\ntorch = None\nv = torch.cat\n";
  EXPECT_EQ(qualifiedAt(code, "torch.cat", 0), "-") << "function-local assignment";
  EXPECT_EQ(qualifiedAt(code, "torch.cat", 1), "-") << "class-level assignment, used in the class body";
  EXPECT_EQ(qualifiedAt(code, "torch.cat", 2), "-") << "a method sees the module's last binding (torch = None)";
  EXPECT_EQ(qualifiedAt(code, "torch.cat", 3), "-") << "comprehension target";
  EXPECT_EQ(qualifiedAt(code, "torch.cat", 4), "torch.cat");
  EXPECT_EQ(qualifiedAt(code, "torch.cat", 5), "torch.cat") << "before the module-level rebinding";
  EXPECT_EQ(qualifiedAt(code, "torch.cat", 6), "-") << "after the module-level rebinding";
}

TEST(SemanticModel, ClassScopeIsInvisibleToMethods) {
  const std::string code = "import torch\nclass C:\n    torch = 1\n    def m(self):\n        return torch.cat\n";
  EXPECT_EQ(qualifiedAt(code, "torch.cat"), "torch.cat");
}

TEST(SemanticModel, OtherBindingFormsShadow) {
  const std::string code =
      "import torch\n"
      "def a():\n    for torch in xs: torch.cat\n"
      "def b():\n    with open(p) as torch: torch.cat\n"
      "def c():\n    try: pass\n    except E as torch: torch.cat\n"
      "def d():\n    if (torch := 1): torch.cat\n"
      "def e():\n    import numpy as torch\n    torch.cat\n";
  for (int i = 0; i < 5; ++i) EXPECT_EQ(qualifiedAt(code, "torch.cat", i), i == 4 ? "numpy.cat" : "-") << i;
}

TEST(SemanticModel, GlobalAndNonlocal) {
  const std::string code =
      "import torch\n"
      "def f():\n    global torch\n    torch = 1\n"
      "def g():\n    torch = 1\n    def h():\n        nonlocal torch\n        return torch.cat\n    return h\n"
      "x = torch.cat\n";
  EXPECT_EQ(qualifiedAt(code, "torch.cat", 0), "-") << "nonlocal refers to g's local";
  EXPECT_EQ(qualifiedAt(code, "torch.cat", 1), "-")
      << "f's `global torch` assignment may rebind the module name: not resolved as the import";
}

TEST(SemanticModel, DefaultsDecoratorsAndBasesAreInTheEnclosingScope) {
  const std::string code =
      "import torch\n"
      "@torch.no_grad()\ndef f(torch=torch.float32):\n    return torch\n"
      "class A(torch.nn.Module):\n    pass\n"
      "ys = [t for t in torch.arange(3)]\n";
  EXPECT_EQ(qualifiedAt(code, "torch.no_grad"), "torch.no_grad");
  EXPECT_EQ(qualifiedAt(code, "torch.float32"), "torch.float32");
  EXPECT_EQ(qualifiedAt(code, "torch.nn.Module"), "torch.nn.Module");
  EXPECT_EQ(qualifiedAt(code, "torch.arange"), "torch.arange");
}

TEST(SemanticModel, ConditionalImports) {
  const std::string code =
      "from typing import TYPE_CHECKING\n"
      "if TYPE_CHECKING:\n    from torch import Tensor\n"
      "try:\n    import torch.nn.functional as F\nexcept ImportError:\n    F = None\n"
      "def f(x: Tensor):\n    return F.relu(x)\n";
  EXPECT_EQ(qualifiedAt(code, "Tensor", 1), "torch.Tensor");
  EXPECT_EQ(qualifiedAt(code, "F.relu"), "torch.nn.functional.relu") << "the except-ImportError fallback does not hide it";
}

TEST(SemanticModel, RelativeImportsResolveAgainstThePackage) {
  const std::string code = "from ...modeling_utils import PreTrainedModel\nfrom .configuration_bert import BertConfig\n"
                           "from .. import auto\nA = PreTrainedModel\nB = BertConfig\nC = auto.x\n";
  const std::string package = "transformers.models.bert";
  EXPECT_EQ(qualifiedAt(code, "PreTrainedModel", 1, package), "transformers.modeling_utils.PreTrainedModel");
  EXPECT_EQ(qualifiedAt(code, "BertConfig", 1, package), "transformers.models.bert.configuration_bert.BertConfig");
  EXPECT_EQ(qualifiedAt(code, "auto.x", 0, package), "transformers.models.auto.x");
  EXPECT_EQ(qualifiedAt(code, "PreTrainedModel", 1), "...modeling_utils.PreTrainedModel") << "no anchor: dots stay";
}

TEST(SemanticModel, PackageOfPath) {
  EXPECT_EQ(packageOfPath("/x/site-packages/transformers/models/bert/modeling_bert.py"), "transformers.models.bert");
  EXPECT_EQ(packageOfPath("inputs/transformers/models/llama/modeling_llama.py"), "transformers.models.llama");
  EXPECT_EQ(packageOfPath("examples/tiny/modeling_tiny.py", "mypkg.tiny"), "mypkg.tiny");
  EXPECT_EQ(packageOfPath("/a/nottransformers/x.py"), "");
  // a model folder whose name ends with the word is inside the package, not its root
  EXPECT_EQ(packageOfPath("src/transformers/models/switch_transformers/modeling_switch_transformers.py"),
            "transformers.models.switch_transformers");
  EXPECT_EQ(packageOfPath("/a/sentence_transformers/models/x.py", "fallback"), "fallback");
}

TEST(SemanticModel, ReferencesOfAnImport) {
  Parser parser;
  auto tree = parser.parse("import torch\nimport os\nx = torch.cat(torch.ones(1))\ndef f(torch):\n    return torch\n");
  SemanticModel model(*tree, "");
  const auto& bindings = model.bindings();
  ASSERT_GE(bindings.size(), 2u);
  EXPECT_EQ(bindings[0].name, "torch");
  EXPECT_EQ(model.references(bindings[0]).size(), 2u);
  EXPECT_EQ(bindings[1].name, "os");
  EXPECT_TRUE(model.references(bindings[1]).empty());
}

}  // namespace
}  // namespace pyconv
