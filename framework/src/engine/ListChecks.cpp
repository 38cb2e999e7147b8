#include "engine/ListChecks.hpp"

#include <nlohmann/json.hpp>

#include "plugin/PluginSet.hpp"

namespace pyconv {
namespace {

nlohmann::json declarationOf(const CheckSpec& spec, const std::string& plugin) {
  nlohmann::json options = nlohmann::json::array();
  for (const OptionSpec& option : spec.options) {
    nlohmann::json entry = {{"name", option.name},
                            {"kind", optionKindName(option.kind)},
                            {"default", option.defaultValue},
                            {"summary", option.summary}};
    if (option.kind == OptionKind::Choice) entry["choices"] = option.choices;
    options.push_back(std::move(entry));
  }
  nlohmann::json json = {{"name", spec.name},
                         {"summary", spec.summary},
                         {"plugin", plugin},
                         {"phase", phaseName(spec.phase)},
                         {"options", std::move(options)}};
  if (spec.onlyWhen) json["onlyWhen"] = {{"key", spec.onlyWhen->key}, {"value", spec.onlyWhen->value}};
  if (!spec.metrics.empty()) {
    nlohmann::json metrics = nlohmann::json::array();
    for (const MetricSpec& metric : spec.metrics) {
      nlohmann::json m = {{"name", metric.name}, {"role", metricRoleName(metric.role)}, {"summary", metric.summary}};
      if (!metric.package.empty()) m["package"] = metric.package;
      metrics.push_back(std::move(m));
    }
    json["metrics"] = std::move(metrics);
  }
  if (spec.verdict) {
    json["verdict"] = {{"noun", spec.verdict->noun}, {"passed", spec.verdict->passed}, {"jsonKey", spec.verdict->jsonKey}};
  }
  return json;
}

}  // namespace

void listChecks(const PluginSet& plugins, const std::vector<std::string>& enabled, bool json, std::ostream& out) {
  if (!json) {
    out << "Enabled checks:\n";
    for (const auto& name : enabled) out << "    " << name << '\n';
    return;
  }
  nlohmann::json checks = nlohmann::json::array();
  for (const auto& name : enabled) {
    if (const auto* entry = plugins.findCheck(name)) {
      checks.push_back(declarationOf(entry->spec, plugins.pluginName(entry->pluginPath)));
    }
  }
  out << nlohmann::json{{"checks", std::move(checks)}}.dump(2) << '\n';
}

}  // namespace pyconv
