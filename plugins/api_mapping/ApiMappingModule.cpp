// The api_mapping family: torch names, structure and imports -> MindSpore.
#include <pyconv/PluginExport.hpp>

#include "ApiAutoModelOutputCheck.hpp"
#include "ApiAutogradFunctionCheck.hpp"
#include "ApiBufferAssignCheck.hpp"
#include "ApiCellListGeneratorCheck.hpp"
#include "ApiCellListIndexCheck.hpp"
#include "ApiCompileDecoratorCheck.hpp"
#include "ApiCompileHintCheck.hpp"
#include "ApiContextChecks.hpp"
#include "ApiDimKeywordCheck.hpp"
#include "ApiDocstringCheck.hpp"
#include "ApiEinopsCheck.hpp"
#include "ApiForwardCheck.hpp"
#include "ApiFunctionHelperCheck.hpp"
#include "ApiGuardCheck.hpp"
#include "ApiImportsCheck.hpp"
#include "ApiMapCheck.hpp"
#include "ApiDefaultDtypeCheck.hpp"
#include "ApiMeshgridCheck.hpp"
#include "ApiModuleMethodsCheck.hpp"
#include "ApiPythonEquivalentCheck.hpp"
#include "ApiResidualCheck.hpp"
#include "ApiSdpaCheck.hpp"
#include "ApiTensorCloneCheck.hpp"
#include "ApiTensorDetachCheck.hpp"
#include "ApiTensorNewCheck.hpp"
#include "ApiTensorConstructorCheck.hpp"
#include "ApiTensorNormCheck.hpp"
#include "ApiNamedTupleFieldCheck.hpp"
#include "ApiModuleHelpersCheck.hpp"
#include "ApiInplaceMethodCheck.hpp"
#include "ApiDtypeByNameCheck.hpp"
#include "ApiBucketizeCheck.hpp"
#include "ApiTensorSizeCheck.hpp"
#include "ApiTracingHelperCheck.hpp"
#include "ApiTrainingLoopCheck.hpp"
#include "ApiUnflattenCheck.hpp"
#include "ApiWeightNormCheck.hpp"
#include "ApiUnknownNameCheck.hpp"
#include "ApiUnusedTorchImportCheck.hpp"

namespace pyconv::api_mapping {

class ApiMappingModule final : public Module {
 public:
  void addCheckFactories(CheckFactories& factories) override {
    factories.add<ApiAutoModelOutputCheck>("api-auto-model-output", "calls of a sub-model from AutoModel.from_config ask for a ModelOutput");
    factories.add<ApiAutogradFunctionCheck>("api-autograd-function", "torch.autograd.Function -> Cell with construct/bprop");
    factories.add<ApiBufferAssignCheck>("api-buffer-assign", "self.buf = x -> self.register_buffer(\"buf\", x) for registered buffers");
    factories.add<ApiCellListGeneratorCheck>("api-celllist-generator", "nn.ModuleList(m for ...) -> nn.ModuleList([m for ...])");
    factories.add<ApiCellListIndexCheck>("api-celllist-index", "self.experts[i] over a loop of tensors -> self.experts[int(i)]");
    factories.add<ApiAutocastCheck>("api-autocast", "unwraps autocast blocks that are off");
    factories.add<ApiCompileDecoratorCheck>("api-compile-decorator", "removes @torch.jit.script, @torch.compile and kin");
    factories.add<ApiCompileHintCheck>("api-compile-hint", "removes torch._dynamo.mark_* and torch.fx.wrap statements");
    factories.add<ApiDimKeywordCheck>("api-dim-keyword", "torch's axis= alias -> dim=");
    factories.add<ApiDocstringCheck>("api-docstring", "torch tensor types and 'PyTorch' in docstrings");
    factories.add<ApiEinopsCheck>("api-einops", "einops rearrange/repeat with literal patterns -> tensor methods");
    factories.add<ApiFinfoCheck>("api-finfo", "torch.finfo(dtype).min/max -> mindone's dtype_to_min/max");
    factories.add<ApiNoGradCheck>("api-no-grad", "no_grad contexts and decorators");
    factories.add<ApiFunctionHelperCheck>("api-function-helper", "pad_sequence and isin through helpers with torch's signature");
    factories.add<ApiForwardCheck>("api-forward", "renames a Cell's forward to construct");
    factories.add<ApiGuardCheck>("api-guard", "torch-backend guards keep the branch MindSpore takes");
    factories.add<ApiImportsCheck>("api-imports", "imports each transformers name from mindone or transformers");
    factories.add<ApiMapCheck>("api-map", "maps torch names to MindSpore through the mapping table");
    factories.add<ApiDefaultDtypeCheck>("api-default-dtype", "torch.get_default_dtype() -> ms.float32");
    factories.add<ApiMeshgridCheck>("api-meshgrid", "meshgrid([a, b], ...) -> meshgrid(a, b, ...)");
    factories.add<ApiModuleMethodsCheck>("api-module-methods", "Module.named_parameters() -> Cell.parameters_and_names() and kin");
    factories.add<ApiBucketizeCheck>("api-bucketize", "ops.bucketize(x, boundaries) -> ops.bucketize(x, list(map(float, boundaries)))");
    factories.add<ApiDtypeByNameCheck>("api-dtype-by-name", "getattr(torch, config.router_dtype) -> getattr(ms, config.router_dtype)");
    factories.add<ApiInplaceMethodCheck>("api-inplace-method", "mask.unsqueeze_(0) -> mask = mask.unsqueeze(0) where MindSpore lacks the in-place method");
    factories.add<ApiModuleHelpersCheck>("api-module-helpers", "m.requires_grad_(False) -> _requires_grad(m, False), m.add_module(n, c) -> _add_module(m, n, c)");
    factories.add<ApiNamedTupleFieldCheck>("api-named-tuple-field", "x.max(dim=-1).values -> x.max(dim=-1)[0], .indices -> [1]");
    factories.add<ApiPythonEquivalentCheck>("api-python-equivalent", "torch.inf / nan / pi / e -> math.*, torch.Size -> tuple");
    factories.add<ApiResidualCheck>("api-residual", "lists every torch reference left");
    factories.add<ApiSdpaCheck>("api-sdpa", "F.scaled_dot_product_attention -> a mint helper in the file");
    factories.add<ApiTensorCloneCheck>("api-tensor-clone", "x.clone(memory_format=...) -> x.clone()");
    factories.add<ApiTensorDetachCheck>("api-tensor-detach", "x.detach() -> ops.stop_gradient(x)");
    factories.add<ApiTrainingLoopCheck>("api-training-loop", "reports optimizers, .backward() and .zero_grad() for a person");
    factories.add<ApiUnflattenCheck>("api-unflatten", "torch.unflatten / x.unflatten -> a reshape helper");
    factories.add<ApiUnknownNameCheck>("api-unknown-name", "MindSpore names the target version does not have");
    factories.add<ApiUnusedTorchImportCheck>("api-unused-torch-import", "removes torch imports that nothing uses");
    factories.add<ApiTensorNewCheck>("api-tensor-new", "x.new_zeros(2, 3) -> x.new_zeros((2, 3)); x.new_tensor(d) -> ms.tensor(d, dtype=x.dtype)");
    factories.add<ApiTensorConstructorCheck>("api-tensor-constructor", "torch.FloatTensor(n) -> _legacy_tensor(ms.float32, n): a shape or data, as torch reads it");
    factories.add<ApiTensorNormCheck>("api-tensor-norm", "x.norm(p=2, dim=-1) -> mint.norm(x, p=2, dim=-1)");
    factories.add<ApiTensorSizeCheck>("api-tensor-size", "x.size() -> x.shape, x.size(i) -> x.shape[i]");
    factories.add<ApiWeightNormCheck>("api-weight-norm", "nn.utils.parametrizations.weight_norm -> a helper keeping torch's parameter names");
    factories.add<ApiTracingHelperCheck>("api-tracing-helper", "transformers' torch_int / torch_float -> int, compile_compatible_method_lru_cache -> lru_cache");
  }
};

}  // namespace pyconv::api_mapping

PYCONV_PLUGIN(pyconv::api_mapping::ApiMappingModule, "api_mapping", "0.1.0")
