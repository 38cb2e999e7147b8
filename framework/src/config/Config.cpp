#include "config/Config.hpp"

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>

#include "io/FileIO.hpp"
#include "plugin/GlobList.hpp"

namespace pyconv {
namespace {

constexpr const char* kConfigName = ".pyconv-tidy";
// A configuration is a few lines of YAML; anything this large is not one.
constexpr std::uintmax_t kMaxConfigBytes = 1 << 20;

std::string where(const std::string& origin, const YAML::Node& node) {
  return node.Mark().is_null() ? origin : fmt::format("{}:{}", origin, node.Mark().line + 1);
}

template <class T>
T as(const YAML::Node& node, const std::string& origin, std::string_view key) {
  try {
    return node.as<T>();
  } catch (const YAML::Exception&) {
    throw ConfigError(fmt::format("{}: '{}' has the wrong type", where(origin, node), key));
  }
}

std::vector<std::string> stringList(const YAML::Node& node, const std::string& origin, std::string_view key) {
  if (node.IsScalar()) return {node.as<std::string>()};
  if (!node.IsSequence()) throw ConfigError(fmt::format("{}: '{}' must be a list of strings", where(origin, node), key));
  std::vector<std::string> out;
  for (const auto& item : node) out.push_back(as<std::string>(item, origin, key));
  return out;
}

}  // namespace

ConfigFile parseConfig(const std::string& yaml, const std::string& origin, const std::filesystem::path& root) {
  YAML::Node doc;
  try {
    doc = YAML::Load(yaml);
  } catch (const YAML::ParserException& e) {
    throw ConfigError(fmt::format("{}:{}: invalid YAML: {}", origin, e.mark.line + 1, e.msg));
  }
  ConfigFile config;
  config.origin = origin;
  config.root = root;
  if (doc.IsNull()) return config;
  if (!doc.IsMap()) throw ConfigError(fmt::format("{}: the configuration must be a YAML mapping", origin));
  for (const auto& entry : doc) {
    const std::string key = entry.first.as<std::string>();
    const YAML::Node& value = entry.second;
    if (key == "Checks") {
      // A string (clang-tidy) or a list of globs.
      const auto globs = stringList(value, origin, key);
      std::string joined;
      for (const auto& g : globs) joined += (joined.empty() ? "" : ",") + g;
      config.checks = joined;
    } else if (key == "CheckOptions") {
      if (!value.IsMap()) throw ConfigError(fmt::format("{}: 'CheckOptions' must be a mapping", where(origin, value)));
      for (const auto& option : value) config.checkOptions[option.first.as<std::string>()] = as<std::string>(option.second, origin, key);
    } else if (key == "Pipeline") {
      config.pipeline = stringList(value, origin, key);
    } else if (key == "Plugins") {
      for (const auto& plugin : stringList(value, origin, key)) config.plugins.push_back((root / plugin).lexically_normal().string());
    } else if (key == "Exclude") {
      config.exclude = stringList(value, origin, key);
    } else if (key == "Target") {
      config.target = as<std::string>(value, origin, key);
      if (*config.target != "mindone" && *config.target != "mindspore") {
        throw ConfigError(fmt::format("{}: Target must be 'mindone' or 'mindspore', not '{}'", where(origin, value), *config.target));
      }
    } else if (key == "TargetVersion") {
      config.targetVersion = as<std::string>(value, origin, key);
      // The mapping table, the name catalog and the runtime facts are measured on one pinned
      // MindSpore; another version would need its own (data/runtime/mindspore-<version>/).
      if (*config.targetVersion != "2.7") {
        throw ConfigError(fmt::format("{}: TargetVersion '{}' is not catalogued; only '2.7' (MindSpore 2.7.1.post1) is",
                                      where(origin, value), *config.targetVersion));
      }
    } else if (key == "PackageAnchor") {
      config.packageAnchor = as<std::string>(value, origin, key);
    } else if (key == "InheritParentConfig") {
      config.inheritParent = as<bool>(value, origin, key);
    } else if (key == "Fix") {
      if (!value.IsMap()) throw ConfigError(fmt::format("{}: 'Fix' must be a mapping", where(origin, value)));
      for (const auto& fix : value) {
        const std::string fixKey = fix.first.as<std::string>();
        if (fixKey == "MaxIterations") {
          config.maxIterations = as<int>(fix.second, origin, "Fix.MaxIterations");
          if (*config.maxIterations < 1) throw ConfigError(fmt::format("{}: Fix.MaxIterations must be at least 1", where(origin, fix.second)));
        } else if (fixKey == "UnsafeFixes") {
          config.unsafeFixes = as<bool>(fix.second, origin, "Fix.UnsafeFixes");
        } else {
          config.unknownKeys.push_back("Fix." + fixKey);
        }
      }
    } else {
      config.unknownKeys.push_back(key);
    }
  }
  return config;
}

bool EffectiveConfig::excludes(const std::filesystem::path& file) const {
  for (const ConfigFile* source : sources) {
    const std::string relative = std::filesystem::relative(std::filesystem::absolute(file), source->root).generic_string();
    for (const auto& glob : source->exclude) {
      if (GlobList::matches(glob, relative)) return true;
    }
  }
  return false;
}

ConfigResolver::ConfigResolver(std::optional<std::string> inlineYaml, std::optional<std::filesystem::path> configFile) {
  if (inlineYaml) {
    auto file = std::make_unique<ConfigFile>(parseConfig(*inlineYaml, "<command line>", std::filesystem::current_path()));
    fixed_ = file.get();
    files_.emplace("<command line>", std::move(file));
  } else if (configFile) {
    std::string error;
    fixed_ = load(*configFile, error);
    if (fixed_ == nullptr) {
      throw ConfigError(fmt::format("{}: cannot read the configuration file: {}", configFile->string(), error));
    }
  }
}

ConfigResolver::~ConfigResolver() = default;

const ConfigFile* ConfigResolver::load(const std::filesystem::path& path, std::string& error) {
  const std::string key = std::filesystem::absolute(path).lexically_normal().string();
  if (auto it = files_.find(key); it != files_.end()) return it->second.get();
  const auto text = readRegularFile(path, kMaxConfigBytes, error);
  if (!text) return nullptr;
  auto file = std::make_unique<ConfigFile>(parseConfig(*text, path.string(), std::filesystem::absolute(path).parent_path()));
  return files_.emplace(key, std::move(file)).first->second.get();
}

const EffectiveConfig& ConfigResolver::merged(std::vector<const ConfigFile*> chain) {
  if (auto it = byChain_.find(chain); it != byChain_.end()) return *it->second;
  auto config = std::make_unique<EffectiveConfig>();
  config->sources = std::move(chain);
  for (const ConfigFile* file : config->sources) {  // outermost first: inner files override
    if (file->checks) config->checks = config->checks ? *config->checks + "," + *file->checks : *file->checks;
    for (const auto& [key, value] : file->checkOptions) {
      config->options[key] = value;
      config->optionFolders[key] = file->root;  // a path in the value is relative to its file
    }
    if (file->pipeline) config->pipeline = *file->pipeline;
    config->plugins.insert(config->plugins.end(), file->plugins.begin(), file->plugins.end());
    if (file->target) config->target = *file->target;
    if (file->targetVersion) config->targetVersion = *file->targetVersion;
    if (file->packageAnchor) config->options["PackageAnchor"] = *file->packageAnchor;
    if (file->maxIterations) config->maxIterations = file->maxIterations;
    if (file->unsafeFixes) config->unsafeFixes = file->unsafeFixes;
  }
  config->options["Target"] = config->target;
  config->options["TargetVersion"] = config->targetVersion;
  byChain_[config->sources] = config.get();
  configs_.push_back(std::move(config));
  return *configs_.back();
}

const EffectiveConfig& ConfigResolver::forFile(const std::filesystem::path& file) {
  if (fixed_ != nullptr) {
    if (configs_.empty()) merged({fixed_});
    return *configs_.front();
  }
  const auto folder = std::filesystem::absolute(file).parent_path().lexically_normal();
  if (auto it = byFolder_.find(folder); it != byFolder_.end()) return *it->second;
  std::vector<const ConfigFile*> chain;  // innermost first while collecting
  for (auto dir = folder;; dir = dir.parent_path()) {
    const auto candidate = dir / kConfigName;
    if (std::filesystem::is_regular_file(candidate)) {
      std::string error;  // an unreadable file ends the search, as if it were absent
      const ConfigFile* config = load(candidate, error);
      if (config != nullptr) chain.push_back(config);
      if (config == nullptr || !config->inheritParent) break;
    }
    if (dir == dir.parent_path()) break;
  }
  std::reverse(chain.begin(), chain.end());
  const EffectiveConfig& result = merged(std::move(chain));
  byFolder_[folder] = &result;
  return result;
}

std::vector<const ConfigFile*> ConfigResolver::allFiles() const {
  std::vector<const ConfigFile*> result;
  for (const auto& [key, file] : files_) result.push_back(file.get());
  return result;
}

std::string dumpConfig(const EffectiveConfig& config, const std::vector<std::string>& checks) {
  YAML::Emitter out;
  out << YAML::BeginMap;
  std::string joined;
  for (const auto& c : checks) joined += (joined.empty() ? "" : ",") + c;
  out << YAML::Key << "Checks" << YAML::Value << YAML::SingleQuoted << (config.checks.value_or("*"));
  out << YAML::Key << "EnabledChecks" << YAML::Value << YAML::SingleQuoted << joined;
  out << YAML::Key << "CheckOptions" << YAML::Value << YAML::BeginMap;
  for (const auto& [key, value] : config.options) out << YAML::Key << key << YAML::Value << YAML::SingleQuoted << value;
  out << YAML::EndMap;
  if (!config.pipeline.empty()) out << YAML::Key << "Pipeline" << YAML::Value << config.pipeline;
  if (!config.plugins.empty()) out << YAML::Key << "Plugins" << YAML::Value << config.plugins;
  out << YAML::Key << "Target" << YAML::Value << config.target;
  out << YAML::Key << "TargetVersion" << YAML::Value << YAML::SingleQuoted << config.targetVersion;
  out << YAML::Key << "Fix" << YAML::Value << YAML::BeginMap;
  if (config.maxIterations) out << YAML::Key << "MaxIterations" << YAML::Value << *config.maxIterations;
  if (config.unsafeFixes) out << YAML::Key << "UnsafeFixes" << YAML::Value << *config.unsafeFixes;
  out << YAML::EndMap << YAML::EndMap;
  return std::string(out.c_str()) + "\n";
}

}  // namespace pyconv
