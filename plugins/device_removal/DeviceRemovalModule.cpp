// The device_removal family: device plumbing that MindSpore does not need (RULES.md section 1).
#include <pyconv/PluginExport.hpp>

#include "DeviceCudaCheck.hpp"

namespace pyconv::device_removal {

class DeviceRemovalModule final : public Module {
 public:
  void addCheckFactories(CheckFactories& factories) override {
    factories.add<DeviceCudaCheck>("device-cuda", "removes .cuda() calls: MindSpore places tensors by context");
  }
};

}  // namespace pyconv::device_removal

PYCONV_PLUGIN(pyconv::device_removal::DeviceRemovalModule, "device_removal", "0.1.0")
