// The device_removal family: device plumbing that MindSpore does not need.
#include <pyconv/PluginExport.hpp>

#include "DeviceBackendContextCheck.hpp"
#include "DeviceBranchCheck.hpp"
#include "DeviceCpuCheck.hpp"
#include "DeviceCudaCheck.hpp"
#include "DeviceKeywordCheck.hpp"
#include "DeviceModelParallelCheck.hpp"
#include "DeviceParameterCheck.hpp"
#include "DeviceRegisterBufferCheck.hpp"
#include "DeviceResidualCheck.hpp"
#include "DeviceScriptTargetCheck.hpp"
#include "DeviceToCheck.hpp"
#include "DeviceTorchCudaCheck.hpp"
#include "DeviceVariableCheck.hpp"

namespace pyconv::device_removal {

class DeviceRemovalModule final : public Module {
 public:
  void addCheckFactories(CheckFactories& factories) override {
    factories.add<DeviceBackendContextCheck>("device-backend-context",
                                             "unwraps contexts that only pick a CUDA kernel (cudnn.flags, sdpa_kernel)");
    factories.add<DeviceBranchCheck>("device-branch", "keeps the branch MindSpore takes in device tests");
    factories.add<DeviceCpuCheck>("device-cpu", "removes .cpu() and .pin_memory(); .numpy() -> .asnumpy()");
    factories.add<DeviceCudaCheck>("device-cuda", "removes .cuda() calls");
    factories.add<DeviceKeywordCheck>("device-keyword", "removes device= and device_type= keyword arguments");
    factories.add<DeviceModelParallelCheck>("device-model-parallel", "retires naive CUDA model parallelism");
    factories.add<DeviceParameterCheck>("device-parameter", "removes device parameters with their arguments");
    factories.add<DeviceRegisterBufferCheck>("device-register-buffer",
                                             "turns buffer re-registration outside __init__ into an assignment");
    factories.add<DeviceResidualCheck>("device-residual", "lists every device reference left");
    factories.add<DeviceScriptTargetCheck>("device-script-target", "profile mindspore: one device setting per script");
    factories.add<DeviceToCheck>("device-to", "removes device moves from .to(...)");
    factories.add<DeviceTorchCudaCheck>("device-torch-cuda", "removes torch.cuda.* statements");
    factories.add<DeviceVariableCheck>("device-variable", "removes device variables nobody reads");
  }
};

}  // namespace pyconv::device_removal

PYCONV_PLUGIN(pyconv::device_removal::DeviceRemovalModule, "device_removal", "0.2.0")
