#include <gtest/gtest.h>

#include "parity/ModelClasses.hpp"
#include "pyconv/Tree.hpp"

namespace pyconv {
namespace {

std::vector<ModelFamily> familiesOf(const std::string& code) {
  Parser parser;
  auto tree = parser.parse(code);
  return findModelFamilies(*tree);
}

TEST(ModelClasses, FindsRootConfigBaseAndHeadsInFileOrder) {
  const auto families = familiesOf(
      "from ...modeling_utils import PreTrainedModel\n"
      "class Helper(nn.Cell):\n    pass\n"
      "@auto_docstring\nclass FooPreTrainedModel(PreTrainedModel):\n    config: FooConfig\n    base_model_prefix = 'foo'\n"
      "class FooForThing(FooPreTrainedModel):\n    pass\n"
      "class FooModel(FooPreTrainedModel):\n    pass\n"
      "class FooForOther(GenericForOther, FooPreTrainedModel): ...\n"
      "class FooDeeper(FooForThing):\n    pass\n"
      "class Unrelated(Helper):\n    pass\n");
  ASSERT_EQ(families.size(), 1u);
  EXPECT_EQ(families[0].rootClass, "FooPreTrainedModel");
  EXPECT_EQ(families[0].configClass, "FooConfig");
  ASSERT_TRUE(families[0].baseModel.has_value());
  EXPECT_EQ(*families[0].baseModel, "FooModel");
  EXPECT_EQ(families[0].heads, (std::vector<std::string>{"FooForThing", "FooForOther", "FooDeeper"}));
}

TEST(ModelClasses, ReadsConfigClassAssignmentAndDottedBases) {
  const auto families = familiesOf(
      "class BarPreTrainedModel(modeling_utils.PreTrainedModel):\n    config_class = BarConfig\n"
      "class BarEncoder(BarPreTrainedModel):\n    pass\n");
  ASSERT_EQ(families.size(), 1u);
  EXPECT_EQ(families[0].configClass, "BarConfig");
  EXPECT_FALSE(families[0].baseModel.has_value());  // no "BarModel" in the file
  EXPECT_EQ(families[0].heads, (std::vector<std::string>{"BarEncoder"}));
}

TEST(ModelClasses, NoFamilyWithoutSubclassesOrRoot) {
  EXPECT_TRUE(familiesOf("class APreTrainedModel(PreTrainedModel):\n    pass\n").empty());
  EXPECT_TRUE(familiesOf("class A(nn.Cell):\n    pass\nclass B(A):\n    pass\n").empty());
  EXPECT_TRUE(familiesOf("def (:\n").empty());
}

TEST(ModelClasses, TorchModuleFromTheModelsLayout) {
  EXPECT_EQ(transformersModuleFor("/out/transformers/models/foo/modeling_foo.py").value_or("-"),
            "transformers.models.foo.modeling_foo");
  EXPECT_EQ(transformersModuleFor("models/foo/quant.py").value_or("-"), "transformers.models.foo.quant");
  EXPECT_FALSE(transformersModuleFor("/out/foo/modeling_foo.py"));
  EXPECT_FALSE(transformersModuleFor("/out/models/modeling_foo.py"));
  EXPECT_FALSE(transformersModuleFor("/out/models/foo/notes.txt"));
}

}  // namespace
}  // namespace pyconv
