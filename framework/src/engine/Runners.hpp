#pragma once
#include <map>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "config/Config.hpp"
#include "engine/CheckRunner.hpp"
#include "engine/CheckSelection.hpp"
#include "engine/Driver.hpp"
#include "pyconv/Export.hpp"

namespace pyconv {

// What one effective configuration runs: its checks, pipeline, options and fix settings.
struct RunSettings {
  std::vector<std::string> checks;
  std::vector<std::string> pipeline;
  std::map<std::string, std::string> options;
  std::map<std::string, std::filesystem::path> optionFolders;
  FixOptions fix;
};

// Check runners per worker and configuration. Settings are prepared on the main thread (they
// may print warnings); each worker then makes its own runners (and option store), so no check
// instance or parser is ever shared between threads. Exported for the fuzzer (fuzz/), which runs
// files as the driver does.
class PYCONV_API Runners {
 public:
  Runners(const PluginSet& plugins, CheckSelection& selection, const DriverOptions& options, std::size_t workers);

  // Main thread only, before any worker starts.
  const RunSettings& prepare(const EffectiveConfig& config, std::ostream& warnings);
  // From worker `worker` only.
  CheckRunner& runner(std::size_t worker, const EffectiveConfig& config);
  // Main thread only, before any worker starts: every runner leaves these files alone.
  void setLeaveAlone(CheckRunner::FileFilter leaveAlone) { leaveAlone_ = std::move(leaveAlone); }
  const RunSettings& settings(const EffectiveConfig& config) const { return settings_.at(&config); }

 private:
  struct WorkerRunner {
    std::unique_ptr<OptionStore> options;
    std::unique_ptr<CheckRunner> runner;
  };
  const PluginSet& plugins_;
  CheckSelection& selection_;
  const DriverOptions& options_;
  std::map<const EffectiveConfig*, RunSettings> settings_;
  std::vector<std::map<const EffectiveConfig*, WorkerRunner>> perWorker_;
  CheckRunner::FileFilter leaveAlone_;
};

}  // namespace pyconv
