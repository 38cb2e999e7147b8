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
                     "    tensor.set_data(initializer(Constant(val), tensor.shape, tensor.dtype))\n"
                     "    return tensor\n"}},
      {"zeros_", {{"Zero", "initializer"}, false,
                  "def zeros_(tensor):\n"
                  "    tensor.set_data(initializer(Zero(), tensor.shape, tensor.dtype))\n"
                  "    return tensor\n"}},
      {"ones_", {{"One", "initializer"}, false,
                 "def ones_(tensor):\n"
                 "    tensor.set_data(initializer(One(), tensor.shape, tensor.dtype))\n"
                 "    return tensor\n"}},
      {"normal_", {{"Normal", "initializer"}, false,
                   "def normal_(tensor, mean=0.0, std=1.0):\n"
                   "    # MindSpore's Normal takes the standard deviation first.\n"
                   "    tensor.set_data(initializer(Normal(sigma=std, mean=mean), tensor.shape, tensor.dtype))\n"
                   "    return tensor\n"}},
      {"uniform_", {{}, true,
                    "def uniform_(tensor, a=0.0, b=1.0):\n"
                    "    # MindSpore's Uniform is symmetric around 0; torch's bounds are [a, b).\n"
                    "    tensor.set_data(ms.Tensor(np.random.uniform(a, b, tensor.shape), dtype=tensor.dtype))\n"
                    "    return tensor\n"}},
      {"trunc_normal_", {{"TruncatedNormal", "initializer"}, false,
                         "def trunc_normal_(tensor, mean=0.0, std=1.0, a=-2.0, b=2.0):\n"
                         "    tensor.set_data(initializer(TruncatedNormal(sigma=std, mean=mean, a=a, b=b), tensor.shape, tensor.dtype))\n"
                         "    return tensor\n"}},
      {"xavier_uniform_", {{"XavierUniform", "initializer"}, false,
                           "def xavier_uniform_(tensor, gain=1.0):\n"
                           "    tensor.set_data(initializer(XavierUniform(gain=gain), tensor.shape, tensor.dtype))\n"
                           "    return tensor\n"}},
      {"xavier_normal_", {{"XavierNormal", "initializer"}, false,
                          "def xavier_normal_(tensor, gain=1.0):\n"
                          "    tensor.set_data(initializer(XavierNormal(gain=gain), tensor.shape, tensor.dtype))\n"
                          "    return tensor\n"}},
      {"kaiming_uniform_", {{"HeUniform", "initializer"}, false,
                            "def kaiming_uniform_(tensor, a=0, mode=\"fan_in\", nonlinearity=\"leaky_relu\"):\n"
                            "    init = HeUniform(negative_slope=a, mode=mode, nonlinearity=nonlinearity)\n"
                            "    tensor.set_data(initializer(init, tensor.shape, tensor.dtype))\n"
                            "    return tensor\n"}},
      {"kaiming_normal_", {{"HeNormal", "initializer"}, false,
                           "def kaiming_normal_(tensor, a=0, mode=\"fan_in\", nonlinearity=\"leaky_relu\"):\n"
                           "    init = HeNormal(negative_slope=a, mode=mode, nonlinearity=nonlinearity)\n"
                           "    tensor.set_data(initializer(init, tensor.shape, tensor.dtype))\n"
                           "    return tensor\n"}},
      {"orthogonal_", {{"Orthogonal", "initializer"}, false,
                       "def orthogonal_(tensor, gain=1.0):\n"
                       "    tensor.set_data(initializer(Orthogonal(gain=gain), tensor.shape, tensor.dtype))\n"
                       "    return tensor\n"}},
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
                "    tensor.set_data(initializer(Identity(), tensor.shape, tensor.dtype))\n"
                "    return tensor\n"}},
  };
  return table;
}

}  // namespace

std::vector<Need> helperNeeds(const std::string& name) {
  const auto it = helpers().find(name);
  if (it == helpers().end()) return {};
  std::vector<Need> needs{Need::helper(name, it->second.code)};
  for (const auto& init : it->second.initializers) needs.push_back(Need::importFrom("mindspore.common.initializer", init));
  if (it->second.numpy) {
    needs.push_back(Need::importModule("numpy", "np"));
    needs.push_back(Need::importModule("mindspore", "ms"));
  }
  return needs;
}

}  // namespace pyconv::init_rewrite
