#pragma once
// What the device_removal checks share: recognising device expressions and dropping calls.
#include <pyconv/FileContext.hpp>
#include <pyconv/Fix.hpp>
#include <pyconv/Node.hpp>
#include <pyconv/Semantic.hpp>

#include <string>
#include <string_view>

namespace pyconv::device_removal {

// How sure a check can be that an expression denotes a device.
enum class DeviceLike { No, Likely, Yes };

// Yes: the name `device`, `x.device`, `torch.device(...)`, a device string ("cpu", "cuda",
// "cuda:0", "mps", "meta", ...), `"cuda:" + str(k)`, a conditional whose branches all are.
// Likely: names ending in `_device` or starting with `device_` (`first_device`, `cuda_device`).
// Name resolution (built on first use) is needed only for `torch.device(...)` calls.
DeviceLike deviceLike(Node expression, const FileContext& file);

// True for the text of a string literal that names a device ("cuda:0", 'cpu').
bool isDeviceString(std::string_view literal);

// The first text part of a string literal (`"cuda:"` of f"cuda:{i}"); empty when there is none.
std::string_view stringContent(Node string);

// The fix that drops `.name(...)` from `receiver.name(...)`: the whole statement when the call
// only re-binds its receiver (`x = x.to(d)`) or only moves a named object (`m.to(d)`), else just
// the `.name(...)` part. Safe unless it would drop a comment it does not own.
Fix dropMethodCall(Node call, std::string title);

// True if the expression mentions a device: the names `device`/`device_type`, a `.device`
// attribute, or a device string.
bool mentionsDevice(Node expression);

}  // namespace pyconv::device_removal
