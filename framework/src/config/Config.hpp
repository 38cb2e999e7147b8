#pragma once
#include <filesystem>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "pyconv/Export.hpp"

namespace pyconv {

// A configuration that cannot be used: one line naming the file (exit code 2).
class PYCONV_API ConfigError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// One `.pyconv-tidy` file (YAML) as written.
struct ConfigFile {
  std::string origin;  // file path, or "<command line>"
  std::optional<std::string> checks;
  std::map<std::string, std::string> checkOptions;
  std::optional<std::vector<std::string>> pipeline;
  std::vector<std::string> plugins;  // absolute (resolved against the file's folder)
  std::vector<std::string> exclude;  // globs on paths relative to `root`
  std::optional<std::string> target, targetVersion, packageAnchor;
  std::optional<int> maxIterations;
  std::optional<bool> unsafeFixes;
  bool inheritParent = false;
  std::filesystem::path root;  // the folder the file stands in
  std::vector<std::string> unknownKeys;
};

// What applies to one input file: its config files merged (outermost first).
struct EffectiveConfig {
  std::vector<const ConfigFile*> sources;  // outermost first; empty: no configuration
  std::optional<std::string> checks;       // parent and child lists joined (clang-tidy)
  std::map<std::string, std::string> options;  // CheckOptions plus Target, TargetVersion, PackageAnchor
  std::map<std::string, std::filesystem::path> optionFolders;  // CheckOptions key -> folder of the file that set it
  std::vector<std::string> pipeline;       // empty: the default
  std::vector<std::string> plugins;
  std::string target = "mindone";
  std::string targetVersion = "2.7";
  std::optional<int> maxIterations;
  std::optional<bool> unsafeFixes;

  bool excludes(const std::filesystem::path& file) const;
};

PYCONV_API ConfigFile parseConfig(const std::string& yaml, const std::string& origin, const std::filesystem::path& root);
PYCONV_API std::string dumpConfig(const EffectiveConfig& config, const std::vector<std::string>& checks);

// Finds and merges configuration for each file: `--config`/`--config-file` when given (no
// search), else the nearest `.pyconv-tidy` upward from the file, followed further up while a
// file says `InheritParentConfig: true`. Results are cached per folder, and folders whose chain of
// files is the same share one EffectiveConfig: the engine builds check instances per configuration,
// so a tree of 400 folders without configuration files must not make 400 identical sets.
class PYCONV_API ConfigResolver {
 public:
  ConfigResolver(std::optional<std::string> inlineYaml, std::optional<std::filesystem::path> configFile);
  ~ConfigResolver();
  const EffectiveConfig& forFile(const std::filesystem::path& file);
  std::vector<const ConfigFile*> allFiles() const;

 private:
  const ConfigFile* load(const std::filesystem::path& path, std::string& error);
  const EffectiveConfig& merged(std::vector<const ConfigFile*> chain);

  std::map<std::string, std::unique_ptr<ConfigFile>> files_;
  std::map<std::filesystem::path, const EffectiveConfig*> byFolder_;
  std::map<std::vector<const ConfigFile*>, const EffectiveConfig*> byChain_;
  std::vector<std::unique_ptr<EffectiveConfig>> configs_;
  const ConfigFile* fixed_ = nullptr;  // from --config or --config-file
};

}  // namespace pyconv
