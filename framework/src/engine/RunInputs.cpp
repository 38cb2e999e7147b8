#include "engine/RunInputs.hpp"

#include <fmt/format.h>

#include "engine/OutputGuard.hpp"

namespace pyconv {
namespace {

// A report inside either tree would become an input, or a person's file there, next time.
void refuseReviewInsideTrees(const DriverOptions& options) {
  const auto review = std::filesystem::weakly_canonical(options.reviewDir);
  for (const auto& root : {options.sourceRoot, options.destinationRoot}) {
    const auto inside = review.lexically_relative(std::filesystem::weakly_canonical(root));
    if (!inside.empty() && *inside.begin() != "..") {
      throw UsageError(fmt::format("--review-report {} is inside {}; write it outside both trees", options.reviewDir, root));
    }
  }
  if (!options.parityResults.empty() && !std::filesystem::is_regular_file(options.parityResults)) {
    throw UsageError(fmt::format("--parity-results {}: no such file", options.parityResults));
  }
}

}  // namespace

std::vector<std::filesystem::path> RunInputs::emittedFiles() const {
  std::vector<std::filesystem::path> files;
  for (const auto& e : plan.entries) {
    if (e.config && e.action != TreeEntry::Action::Refuse) files.push_back(e.destination);
  }
  for (const auto& [path, config] : work) files.push_back(path);
  return files;
}

RunInputs resolveInputs(const DriverOptions& options, ConfigResolver& resolver) {
  RunInputs run;
  if (isTreeMode(options.mode)) {
    run.manifest = Manifest::load(options.destinationRoot);
    run.plan = planTree(options.sourceRoot, options.destinationRoot, run.manifest, resolver);
    for (const auto& e : run.plan.entries) {
      if (e.config) run.configs.push_back(e.config);
    }
  } else {
    run.inputs = collectInputFiles(options.inputs);
    for (const auto& file : run.inputs.files) {
      const EffectiveConfig& config = resolver.forFile(file.path);
      if ((!file.named || options.forceExclude) && config.excludes(file.path)) continue;
      run.work.emplace_back(file.path, &config);
      run.configs.push_back(&config);
    }
  }
  if (!options.reviewDir.empty()) refuseReviewInsideTrees(options);
  if (!options.exportFixesPath.empty()) {
    std::vector<std::filesystem::path> read;
    for (const auto& e : run.plan.entries) read.insert(read.end(), {e.source, e.destination});
    for (const auto& [path, config] : run.work) read.push_back(path);
    refuseOutputOverInput("--export-fixes", options.exportFixesPath, read);
  }
  return run;
}

}  // namespace pyconv
