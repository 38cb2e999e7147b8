#include "plugin/PluginSet.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>
#include <boost/dll/library_info.hpp>
#include <boost/dll/shared_library.hpp>

#include "io/Display.hpp"
#include "plugin/CheckDeclarations.hpp"
#include "plugin/ElfSection.hpp"
#include "plugin/PluginRecord.hpp"
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

namespace {

// Identifies `file` as a plugin built for this host from the file alone: nothing is loaded, so a
// library that is no plugin, or one built for another API or ABI, is refused before any of its
// code (static constructors included) runs. Returns its record; throws PluginError otherwise.
PluginRecord checkPluginFile(const std::filesystem::path& file) {
  const std::string shown = displayPath(file.string());
  std::error_code ec;
  const auto status = std::filesystem::status(file, ec);
  if (ec || !std::filesystem::exists(status)) throw PluginError(fmt::format("cannot load plugin {}: no such file", shown));
  // A FIFO would block the reads forever; a device is no plugin.
  if (!std::filesystem::is_regular_file(status)) {
    throw PluginError(fmt::format("cannot load plugin {}: not a regular file", shown));
  }
  std::optional<std::string> section;
  try {
    // Our bounds-checked reader goes first: it validates every offset and size in the file and
    // reads the record. Boost.DLL's reader then confirms the section from its own parse (and that
    // the file is a native shared library); it trusts the file's sizes, so it only ever sees a
    // file already validated, and its symbol reader (no bounds checks on names) is never used.
    section = readElfSection(file, PYCONV_PLUGIN_SECTION, kMaxPluginRecordBytes);
    boost::dll::library_info info(file);  // its readers are not const
    const auto sections = info.sections();
    const bool listed = std::find(sections.begin(), sections.end(), PYCONV_PLUGIN_SECTION) != sections.end();
    if (section.has_value() != listed) throw ElfError("malformed ELF file (section table)");
    if (!section) {
      throw PluginError(fmt::format("{} is not a pyconv-tidy plugin (it has no " PYCONV_PLUGIN_SECTION
                                    " record; plugins built for plugin API version 2 or older have none either, "
                                    "this pyconv-tidy has {})", shown, kPluginApiVersion));
    }
  } catch (const PluginError&) {
    throw;
  } catch (const std::exception& e) {
    throw PluginError(fmt::format("cannot load plugin {}: {}", shown, displayText(e.what())));
  }
  std::string error;
  const auto record = parsePluginRecord(*section, error);
  if (!record) throw PluginError(fmt::format("cannot load plugin {}: {}", shown, error));
  if (record->apiVersion != kPluginApiVersion) {
    throw PluginError(fmt::format("plugin {} was built for plugin API version {}, this pyconv-tidy has {}", shown,
                                  record->apiVersion, kPluginApiVersion));
  }
  if (record->abiTag != PYCONV_ABI_TAG) {
    throw PluginError(fmt::format("plugin {} was built with ABI '{}', this pyconv-tidy needs '{}'", shown,
                                  record->abiTag, PYCONV_ABI_TAG));
  }
  return *record;
}

}  // namespace

void PluginSet::load(const std::filesystem::path& file) {
  const std::string path = file.string();
  const PluginRecord record = checkPluginFile(file);
  auto plugin = std::make_unique<LoadedPlugin>();
  try {
    plugin->library.load(file, boost::dll::load_mode::rtld_now | boost::dll::load_mode::rtld_local);
  } catch (const std::exception& e) {
    throw PluginError(fmt::format("cannot load plugin {}: {}", displayPath(path), displayText(e.what())));
  }
  if (!plugin->library.has("pyconv_create_module")) {
    throw PluginError(fmt::format("{} is not a pyconv-tidy plugin (it exports no pyconv_create_module)", displayPath(path)));
  }
  plugin->description = {path, record.name, record.version};
  auto& create = plugin->library.get_alias<std::unique_ptr<Module>()>("pyconv_create_module");
  plugin->module = create();
  CheckFactories factories;
  plugin->module->addCheckFactories(factories);
  factories.setPluginPath(path);
  std::set<std::string> names;
  for (const auto& entry : factories.entries()) {
    if (const auto problems = declarationProblems(entry.spec); !problems.empty()) {
      throw PluginError(fmt::format("plugin {} declares a check badly: {}", displayPath(path), problems.front()));
    }
    if (!names.insert(entry.spec.name).second) {
      throw PluginError(fmt::format("plugin {} registers check '{}' twice", displayPath(path), entry.spec.name));
    }
    if (const auto* existing = findCheck(entry.spec.name)) {
      throw PluginError(fmt::format("plugin {} registers check '{}', which another plugin already provides",
                                    displayPath(path), existing->spec.name));
    }
  }
  for (const auto& entry : factories.entries()) impl_->checks.push_back(entry);
  std::sort(impl_->checks.begin(), impl_->checks.end(),
            [](const auto& a, const auto& b) { return a.spec.name < b.spec.name; });
  impl_->plugins.push_back(std::move(plugin));
}

void PluginSet::loadDirectory(const std::filesystem::path& directory) {
  std::error_code error;
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(directory, error)) {
    if (entry.path().extension() == ".so") files.push_back(entry.path());
  }
  if (error) {
    throw PluginError(fmt::format("cannot read plugin folder {}: {}", displayPath(directory.string()), error.message()));
  }
  std::sort(files.begin(), files.end());
  for (const auto& file : files) load(file);
}

const std::vector<CheckFactories::Entry>& PluginSet::checks() const { return impl_->checks; }

const CheckFactories::Entry* PluginSet::findCheck(std::string_view name) const {
  for (const auto& entry : impl_->checks) {
    if (entry.spec.name == name) return &entry;
  }
  return nullptr;
}

std::string PluginSet::pluginName(const std::string& path) const {
  for (const auto& plugin : impl_->plugins) {
    if (plugin->description.path == path) return plugin->description.name;
  }
  return path;
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
