#include "InitDataCheck.hpp"

#include <pyconv/FileContext.hpp>
#include <pyconv/MatchFinder.hpp>

#include "InitHelpers.hpp"

namespace pyconv::init_rewrite {
namespace {

// torch's copy_ keeps the destination's dtype and shape (the source is cast and broadcast); a
// destination may be a Parameter (set_data) or a plain tensor such as a buffer (assign_value).
constexpr const char* kCopyData =
    "def _copy_data(tensor, value):\n"
    "    # torch's `tensor.data.copy_(value)` (pyconv-tidy init-data): value in tensor's dtype and shape.\n"
    "    value = value.broadcast_to(tensor.shape).astype(tensor.dtype)\n"
    "    if isinstance(tensor, ms.Parameter):\n"
    "        tensor.set_data(value)\n"
    "    else:\n"
    "        tensor.assign_value(value)\n"
    "    return tensor\n";

}  // namespace

CheckSpec InitDataCheck::spec() {
  return {.name = "init-data",
          .summary = "the `.data.normal_()/zero_()/fill_()/uniform_()/copy_()` idioms",
          .phase = CheckPhase::Prepare};
}

void InitDataCheck::registerMatchers(MatchFinder& finder) {
  // `X.data.m(...)`, `X.data[i].m(...)`, and `X.data = value`.
  finder.addQuery(*this,
                  R"q([(call function: (attribute object: (attribute object: (_) @owner attribute: (identifier) @data)
                                                 attribute: (identifier) @method)
                            arguments: (argument_list) @args) @call
                      (call function: (attribute object: (subscript value: (attribute object: (_) @owner attribute: (identifier) @data)
                                                                   subscript: (_) @index)
                                                 attribute: (identifier) @method)
                            arguments: (argument_list) @args) @call
                      (assignment left: (attribute object: (_) @owner attribute: (identifier) @data) right: (_) @value) @assign])q",
                  ".data");
}

void InitDataCheck::check(const MatchResult& result) {
  if (result.node("data").text() != "data") return;
  const std::string owner(result.node("owner").text());
  if (const Node assign = result.node("assign")) {
    if (assign.parent().syntaxKind() != syntax::Kind::ExpressionStatement) return;
    report(result.file, assign, "'.data = t' replaces a parameter's data: set_data in MindSpore",
           Fix{"use set_data", Applicability::Safe,
               {{assign.begin(), assign.end(), owner + ".set_data(" + std::string(result.node("value").text()) + ")"}}, {}});
    return;
  }
  const Node call = result.node("call"), args = result.node("args");
  const std::string method(result.node("method").text());
  std::string inner(args.text().substr(1, args.text().size() - 2));  // the arguments, without parentheses
  if (const Node index = result.node("index")) {
    // `p.data[i].zero_()` / `.fill_(v)` as a statement: an item assignment.
    if (call.parent().syntaxKind() != syntax::Kind::ExpressionStatement || (method != "zero_" && method != "fill_")) return;
    const std::string value = method == "zero_" ? "0.0" : inner;
    report(result.file, call, "in-place '" + method + "' on a slice of '.data' is an item assignment in MindSpore",
           Fix{"assign the slice", Applicability::Safe,
               {{call.begin(), call.end(), owner + "[" + std::string(index.text()) + "] = " + value}}, {}});
    return;
  }
  std::string helper, arguments = owner;
  if (method == "normal_" || method == "uniform_") {
    helper = method;
    if (!inner.empty()) arguments += ", " + inner;
  } else if (method == "zero_" && inner.empty()) {
    helper = "constant_";
    arguments += ", 0.0";
  } else if (method == "fill_") {
    helper = "constant_";
    arguments += ", " + inner;
  } else if (method == "copy_") {
    report(result.file, call, "'.data.copy_(t)' copies into a parameter or buffer: the helper _copy_data",
           Fix{"call _copy_data", Applicability::Safe, {{call.begin(), call.end(), "_copy_data(" + owner + ", " + inner + ")"}},
               {Need::importModule("mindspore", "ms"), Need::helper("_copy_data", kCopyData)}});
    return;
  } else {
    return;
  }
  report(result.file, call, "MindSpore has no in-place '." + method + "()': the helper '" + helper + "' initialises the parameter",
         Fix{"call the helper " + helper, Applicability::Safe, {{call.begin(), call.end(), helper + "(" + arguments + ")"}},
             helperNeeds(helper)});
}

}  // namespace pyconv::init_rewrite
