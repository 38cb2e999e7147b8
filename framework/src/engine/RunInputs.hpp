#pragma once
// What a run that reads files works on, resolved before any check is made: the files and their
// configurations (in place: the inputs; tree mode: the plan of the source tree and the manifest),
// with the guards on the run's outputs (a review report or a fixes file must not land on an input).
#include <filesystem>
#include <utility>
#include <vector>

#include "config/Config.hpp"
#include "engine/Driver.hpp"
#include "engine/InputFiles.hpp"
#include "migration/Manifest.hpp"
#include "migration/TreeMode.hpp"

namespace pyconv {

struct RunInputs {
  Manifest manifest;  // tree mode: the destination's
  TreePlan plan;      // tree mode: every file under the source
  std::vector<std::pair<std::filesystem::path, const EffectiveConfig*>> work;  // in place: the files to check
  InputFiles inputs;  // in place: what the command line named, and the inputs that could not be used
  std::vector<const EffectiveConfig*> configs;  // the configuration of every file, in order

  // The files --emit-tests reads: the converted destinations in tree mode, else the inputs.
  std::vector<std::filesystem::path> emittedFiles() const;
};

// Throws UsageError (one line) for an unusable tree root, a review report inside a tree, missing
// parity results, or an --export-fixes file that is one of the inputs.
RunInputs resolveInputs(const DriverOptions& options, ConfigResolver& resolver);

}  // namespace pyconv
