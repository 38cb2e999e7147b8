#include "engine/Runners.hpp"

namespace pyconv {

Runners::Runners(const PluginSet& plugins, CheckSelection& selection, const DriverOptions& options, std::size_t workers)
    : plugins_(plugins), selection_(selection), options_(options), perWorker_(workers) {}

const RunSettings& Runners::prepare(const EffectiveConfig& config, std::ostream& warnings) {
  auto [it, fresh] = settings_.try_emplace(&config);
  if (!fresh) return it->second;
  RunSettings& s = it->second;
  s.checks = selection_.checksFor(config, warnings);
  s.pipeline = !options_.pipeline.empty() ? options_.pipeline : config.pipeline;
  s.options = config.options;
  s.optionFolders = config.optionFolders;
  const Mode mode = options_.mode;
  // Report mode computes fixes only to export them; --validate computes every fix (nothing is
  // written) to see whether the file is a fixed point.
  s.fix.enabled = mode != Mode::Report || !options_.exportFixesPath.empty();
  // Tree mode is an explicit conversion: Safe and Unsafe fixes unless --safe-only.
  s.fix.policy.applyUnsafe = mode == Mode::Validate || isTreeMode(mode) ? !options_.safeOnly
                                                                        : options_.unsafeFixes || config.unsafeFixes.value_or(false);
  s.fix.timeBudget = std::chrono::seconds(options_.timeoutPerFile);
  s.fix.maxIterations = options_.maxIterationsGiven ? options_.maxIterations : config.maxIterations.value_or(options_.maxIterations);
  s.fix.fixErrors = options_.fixErrors;
  s.fix.readUnmatchable = mode == Mode::Validate;
  return s;
}

CheckRunner& Runners::runner(std::size_t worker, const EffectiveConfig& config) {
  auto& slot = perWorker_.at(worker)[&config];
  if (!slot.runner) {
    const RunSettings& s = settings_.at(&config);
    slot.options = std::make_unique<OptionStore>(s.options, s.optionFolders);
    slot.runner = std::make_unique<CheckRunner>(plugins_, s.checks, s.pipeline, slot.options.get());
    slot.runner->setLeaveAlone(leaveAlone_);
  }
  return *slot.runner;
}

}  // namespace pyconv
