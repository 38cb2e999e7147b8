#include "InitHelpers.hpp"

#include <map>

namespace pyconv::init_rewrite {
namespace {

struct Helper {
  std::vector<std::string> initializers;  // names imported from mindspore.common.initializer
  bool numpy = false;                     // needs `import numpy as np` and `import mindspore as ms`
  std::string code;
};

const std::map<std::string, Helper>& helpers() {
  static const std::map<std::string, Helper> table = {
      {"constant_", {{"Constant", "initializer"}, false,
                     "def constant_(tensor, val):\n"
                     "    return _init_values(tensor, initializer(Constant(val), tensor.shape, tensor.dtype))\n"}},
      {"zeros_", {{"Zero", "initializer"}, false,
                  "def zeros_(tensor):\n"
                  "    return _init_values(tensor, initializer(Zero(), tensor.shape, tensor.dtype))\n"}},
      {"ones_", {{"One", "initializer"}, false,
                 "def ones_(tensor):\n"
                 "    return _init_values(tensor, initializer(One(), tensor.shape, tensor.dtype))\n"}},
      {"normal_", {{"Normal", "initializer"}, false,
                   "def normal_(tensor, mean=0.0, std=1.0):\n"
                   "    # MindSpore's Normal takes the standard deviation first.\n"
                   "    return _init_values(tensor, initializer(Normal(sigma=std, mean=mean), tensor.shape, tensor.dtype))\n"}},
      {"uniform_", {{}, true,
                    "def uniform_(tensor, a=0.0, b=1.0):\n"
                    "    # MindSpore's Uniform is symmetric around 0; torch's bounds are [a, b).\n"
                    "    return _init_values(tensor, ms.Tensor(np.random.uniform(a, b, tensor.shape), dtype=tensor.dtype))\n"}},
      {"trunc_normal_", {{"TruncatedNormal", "initializer"}, false,
                         "def trunc_normal_(tensor, mean=0.0, std=1.0, a=-2.0, b=2.0):\n"
                         "    return _init_values(tensor, initializer(TruncatedNormal(sigma=std, mean=mean, a=a, b=b), tensor.shape, tensor.dtype))\n"}},
      {"xavier_uniform_", {{"XavierUniform", "initializer"}, false,
                           "def xavier_uniform_(tensor, gain=1.0):\n"
                           "    return _init_values(tensor, initializer(XavierUniform(gain=gain), tensor.shape, tensor.dtype))\n"}},
      {"xavier_normal_", {{"XavierNormal", "initializer"}, false,
                          "def xavier_normal_(tensor, gain=1.0):\n"
                          "    return _init_values(tensor, initializer(XavierNormal(gain=gain), tensor.shape, tensor.dtype))\n"}},
      {"kaiming_uniform_", {{"HeUniform", "initializer"}, false,
                            "def kaiming_uniform_(tensor, a=0, mode=\"fan_in\", nonlinearity=\"leaky_relu\"):\n"
                            "    init = HeUniform(negative_slope=a, mode=mode, nonlinearity=nonlinearity)\n"
                            "    return _init_values(tensor, initializer(init, tensor.shape, tensor.dtype))\n"}},
      {"kaiming_normal_", {{"HeNormal", "initializer"}, false,
                           "def kaiming_normal_(tensor, a=0, mode=\"fan_in\", nonlinearity=\"leaky_relu\"):\n"
                           "    init = HeNormal(negative_slope=a, mode=mode, nonlinearity=nonlinearity)\n"
                           "    return _init_values(tensor, initializer(init, tensor.shape, tensor.dtype))\n"}},
      {"orthogonal_", {{"Orthogonal", "initializer"}, false,
                       "def orthogonal_(tensor, gain=1.0):\n"
                       "    return _init_values(tensor, initializer(Orthogonal(gain=gain), tensor.shape, tensor.dtype))\n"}},
      // Not an initialiser: torch's fan computation, which initialisers written by hand call.
      {"_calculate_fan_in_and_fan_out", {{}, false,
                                         "def _calculate_fan_in_and_fan_out(tensor):\n"
                                         "    if tensor.ndim < 2:\n"
                                         "        raise ValueError(\"Fan in and fan out can not be computed for tensor with fewer than 2 dimensions\")\n"
                                         "    receptive_field_size = 1\n"
                                         "    for size in tensor.shape[2:]:\n"
                                         "        receptive_field_size *= size\n"
                                         "    return tensor.shape[1] * receptive_field_size, tensor.shape[0] * receptive_field_size\n"}},
      {"eye_", {{"Identity", "initializer"}, false,
                "def eye_(tensor):\n"
                "    return _init_values(tensor, initializer(Identity(), tensor.shape, tensor.dtype))\n"}},
  };
  return table;
}

}  // namespace

// Where every initialiser helper puts its values. torch initialises any tensor in place; in
// MindSpore only a Parameter has set_data (which also takes a lazy initializer), and a plain
// Tensor (`init.trunc_normal_(p.data.to(float32))`) takes materialised values with assign_value.
constexpr const char* kInitValues =
    "def _init_values(tensor, value):\n"
    "    if hasattr(tensor, \"set_data\"):\n"
    "        tensor.set_data(value)\n"
    "    else:\n"
    "        tensor.assign_value(value if value.init is None else value.init_data())\n"
    "    return tensor\n";

std::vector<Need> helperNeeds(const std::string& name) {
  const auto it = helpers().find(name);
  if (it == helpers().end()) return {};
  std::vector<Need> needs{Need::helper(name, it->second.code)};
  if (it->second.code.find("_init_values(") != std::string::npos) needs.push_back(Need::helper("_init_values", kInitValues));
  for (const auto& init : it->second.initializers) needs.push_back(Need::importFrom("mindspore.common.initializer", init));
  if (it->second.numpy) {
    needs.push_back(Need::importModule("numpy", "np"));
    needs.push_back(Need::importModule("mindspore", "ms"));
  }
  return needs;
}

}  // namespace pyconv::init_rewrite
