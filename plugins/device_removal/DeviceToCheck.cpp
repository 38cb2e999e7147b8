#include "DeviceToCheck.hpp"

#include <pyconv/FileContext.hpp>
#include <pyconv/MatchFinder.hpp>
#include <pyconv/PythonEdits.hpp>

#include <algorithm>

#include "DeviceExpressions.hpp"

namespace pyconv::device_removal {

CheckSpec DeviceToCheck::spec() {
  return {.name = "device-to",
          .summary = "removes device moves from `.to(...)`",
          .phase = CheckPhase::Prepare};
}

void DeviceToCheck::registerMatchers(MatchFinder& finder) {
  finder.addQuery(*this,
                  R"((call function: (attribute attribute: (identifier) @method) arguments: (argument_list) @args
                       (#eq? @method "to")) @call)",
                  ".to(");
}

void DeviceToCheck::check(const MatchResult& result) {
  const Node args = result.node("args");
  std::vector<Node> dropped;  // device arguments and transfer flags
  std::size_t kept = 0;
  DeviceLike certainty = DeviceLike::No;
  bool movesData = false;  // else only the memory layout changes
  for (uint32_t i = 0; i < args.namedChildCount(); ++i) {
    const Node arg = args.namedChild(i);
    if (arg.is(syntax::Kind::Comment)) continue;
    if (arg.is(syntax::Kind::KeywordArgument)) {
      const auto name = arg.field(syntax::Field::Name).text();
      if (name == "device") {
        dropped.push_back(arg);
        certainty = DeviceLike::Yes;
        movesData = true;
      } else if (name == "non_blocking" || name == "memory_format") {  // a transfer flag; a stride layout
        dropped.push_back(arg);
        certainty = std::max(certainty, DeviceLike::Yes);
        movesData = movesData || name == "non_blocking";
      } else {
        ++kept;
      }
      continue;
    }
    if (arg.is(syntax::Kind::ListSplat) || arg.is(syntax::Kind::DictionarySplat)) return;  // cannot tell what it holds
    const DeviceLike like = deviceLike(arg, result.file);
    if (like == DeviceLike::No) {
      ++kept;
    } else {
      dropped.push_back(arg);
      certainty = std::max(certainty, like);
      movesData = true;
    }
  }
  if (certainty == DeviceLike::No) return;  // `.to(torch.float32)`, `.to(other_tensor)`: not a device move
  Fix fix;
  if (kept == 0) {
    fix = dropMethodCall(result.node("call"), "drop '.to(...)'");
  } else {
    fix.title = "keep only the dtype in '.to(...)'";
    fix.edits = removeArguments(dropped);
    const bool foreignComment = std::any_of(fix.edits.begin(), fix.edits.end(),
                                            [&](const Edit& e) { return dropsForeignComment(args, e); });
    fix.applicability = foreignComment ? Applicability::Unsafe : Applicability::Safe;
  }
  // A name that only looks like a device (`first_device`) is a guess.
  if (certainty == DeviceLike::Likely) fix.applicability = Applicability::Unsafe;
  report(result.file, result.node("method"),
         movesData ? "'.to(...)' moves data to a device; MindSpore places tensors by its context"
                   : "'.to(memory_format=...)' only changes how the tensor is laid out in memory; MindSpore has no counterpart",
         removing(std::move(fix)));
}

}  // namespace pyconv::device_removal
