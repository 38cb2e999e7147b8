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
    factories.add<DeviceBackendContextCheck>();
    factories.add<DeviceBranchCheck>();
    factories.add<DeviceCpuCheck>();
    factories.add<DeviceCudaCheck>();
    factories.add<DeviceKeywordCheck>();
    factories.add<DeviceModelParallelCheck>();
    factories.add<DeviceParameterCheck>();
    factories.add<DeviceRegisterBufferCheck>();
    factories.add<DeviceResidualCheck>();
    factories.add<DeviceScriptTargetCheck>();
    factories.add<DeviceToCheck>();
    factories.add<DeviceTorchCudaCheck>();
    factories.add<DeviceVariableCheck>();
  }
};

}  // namespace pyconv::device_removal

PYCONV_PLUGIN(pyconv::device_removal::DeviceRemovalModule, "device_removal", "0.2.0")
