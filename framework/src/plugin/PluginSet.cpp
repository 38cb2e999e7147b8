#include "plugin/PluginSet.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <boost/dll/shared_library.hpp>
#include <cstring>

#include "engine/Display.hpp"
#include "pyconv/PluginInfo.hpp"

namespace pyconv {
namespace {

struct LoadedPlugin {
  // Declaration order matters: members are destroyed in reverse, so the module goes before the
  // library that holds its code.
  boost::dll::shared_library library;
  std::unique_ptr<Module> module;
  PluginDescription description;
};

}  // namespace

struct PluginSet::Impl {
  std::vector<std::unique_ptr<LoadedPlugin>> plugins;
  // Factories hold plugin code too; declared last so they are destroyed first.
  std::vector<CheckFactories::Entry> checks;
};

PluginSet::PluginSet() : impl_(std::make_unique<Impl>()) {}

PluginSet::~PluginSet() {
  impl_->checks.clear();
  // Unload in reverse order of loading.
  while (!impl_->plugins.empty()) impl_->plugins.pop_back();
}

void PluginSet::load(const std::filesystem::path& file) {
  const std::string path = file.string();
  auto plugin = std::make_unique<LoadedPlugin>();
  // A FIFO would block dlopen's read forever; a device is no plugin.
  if (std::error_code ec; std::filesystem::exists(file, ec) && !std::filesystem::is_regular_file(file, ec)) {
    throw PluginError(fmt::format("cannot load plugin {}: not a regular file", displayPath(path)));
  }
  try {
    plugin->library.load(file, boost::dll::load_mode::rtld_now | boost::dll::load_mode::rtld_local);
  } catch (const std::exception& e) {
    throw PluginError(fmt::format("cannot load plugin {}: {}", path, e.what()));
  }
  if (!plugin->library.has("pyconv_plugin_info") || !plugin->library.has("pyconv_create_module")) {
    throw PluginError(fmt::format("{} is not a pyconv-tidy plugin (it exports no pyconv_plugin_info)", path));
  }
  // Plain data first: nothing of the plugin's C++ runs before its ABI is known to match.
  const PluginInfo& info = plugin->library.get_alias<const PluginInfo>("pyconv_plugin_info");
  if (info.struct_size < sizeof(PluginInfo) || info.api_version != kPluginApiVersion) {
    throw PluginError(fmt::format("plugin {} was built for plugin API version {}, this pyconv-tidy has {}",
                                  path, info.api_version, kPluginApiVersion));
  }
  const char* hostTag = PYCONV_ABI_TAG;
  if (info.abi_tag == nullptr || std::strcmp(info.abi_tag, hostTag) != 0) {
    throw PluginError(fmt::format("plugin {} was built with ABI '{}', this pyconv-tidy needs '{}'", path,
                                  info.abi_tag ? info.abi_tag : "(none)", hostTag));
  }
  plugin->description = {path, info.name ? info.name : "", info.version ? info.version : ""};
  auto& create = plugin->library.get_alias<std::unique_ptr<Module>()>("pyconv_create_module");
  plugin->module = create();
  CheckFactories factories;
  plugin->module->addCheckFactories(factories);
  factories.setPluginPath(path);
  for (const auto& entry : factories.entries()) {
    if (const auto* existing = findCheck(entry.name)) {
      throw PluginError(fmt::format("plugin {} registers check '{}', which another plugin already provides",
                                    path, existing->name));
    }
  }
  for (const auto& entry : factories.entries()) impl_->checks.push_back(entry);
  std::sort(impl_->checks.begin(), impl_->checks.end(),
            [](const auto& a, const auto& b) { return a.name < b.name; });
  impl_->plugins.push_back(std::move(plugin));
}

void PluginSet::loadDirectory(const std::filesystem::path& directory) {
  std::error_code error;
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(directory, error)) {
    if (entry.path().extension() == ".so") files.push_back(entry.path());
  }
  if (error) throw PluginError(fmt::format("cannot read plugin folder {}: {}", directory.string(), error.message()));
  std::sort(files.begin(), files.end());
  for (const auto& file : files) load(file);
}

const std::vector<CheckFactories::Entry>& PluginSet::checks() const { return impl_->checks; }

const CheckFactories::Entry* PluginSet::findCheck(std::string_view name) const {
  for (const auto& entry : impl_->checks) {
    if (entry.name == name) return &entry;
  }
  return nullptr;
}

std::vector<PluginDescription> PluginSet::plugins() const {
  std::vector<PluginDescription> result;
  for (const auto& plugin : impl_->plugins) result.push_back(plugin->description);
  return result;
}

std::filesystem::path builtinPluginDirectory() {
  std::error_code error;
  const auto executable = std::filesystem::read_symlink("/proc/self/exe", error);
  if (error) return {};
  return executable.parent_path().parent_path() / "lib" / "pyconv-tidy" / "plugins";
}

}  // namespace pyconv
