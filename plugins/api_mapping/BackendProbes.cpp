#include "BackendProbes.hpp"

#include <algorithm>
#include <array>

namespace pyconv::api_mapping {
namespace {

// Packages that exist only for torch (kernels, distributed training, torch model zoos): a converted
// MindSpore file can never use them, so transformers' `is_<package>_available()` is false there.
// Framework-neutral packages (scipy, PIL, tokenizers) are not listed: their probes keep asking.
constexpr std::array<std::string_view, 20> kTorchOnlyPackages = {
    "accelerate",     "apex",    "bitsandbytes", "causal_conv1d",        "deepspeed", "detectron2", "fbgemm_gpu",
    "flash_linear_attention", "kernels", "mamba_ssm", "mamba_2_ssm",     "mambapy",   "natten",     "ninja",
    "optimum_quanto", "peft",    "pytorch_quantization", "timm",         "triton",    "xlstm"};

// Probes named otherwise: tracing and compilation state, torch's distributed engines, CUDA builds.
constexpr std::array<std::string_view, 6> kOtherProbes = {
    "is_torchdynamo_compiling", "is_torch_fx_proxy",          "is_deepspeed_zero3_enabled",
    "is_fsdp_managed_module",   "is_cuda_platform",           "flash_attn_supports_top_left_mask"};

// torch's own state queries: tracing, scripting, compiling, and autocast (MindSpore code runs
// under none of torch's autocast contexts).
constexpr std::array<std::string_view, 5> kTorchQueries = {"torch.jit.is_tracing", "torch.jit.is_scripting",
                                                           "torch.compiler.is_compiling", "torch._dynamo.is_compiling",
                                                           "torch.is_autocast_enabled"};

template <std::size_t N>
bool among(const std::array<std::string_view, N>& names, std::string_view name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

}  // namespace

bool isBackendProbe(std::string_view qualifiedName) {
  if (among(kTorchQueries, qualifiedName)) return true;
  const std::string_view last = qualifiedName.substr(qualifiedName.rfind('.') + 1);
  if (among(kOtherProbes, last)) return true;
  constexpr std::string_view kIs = "is_", kAvailable = "_available";
  if (!last.starts_with(kIs) || !last.ends_with(kAvailable) || last.size() <= kIs.size() + kAvailable.size()) return false;
  const std::string_view package = last.substr(kIs.size(), last.size() - kIs.size() - kAvailable.size());
  // every torch feature probe (`is_torch_flex_attn_available`, `is_torchvision_available`, ...)
  return package.starts_with("torch") || among(kTorchOnlyPackages, package);
}

}  // namespace pyconv::api_mapping
