#pragma once
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "config/Config.hpp"
#include "engine/Driver.hpp"
#include "engine/FileReport.hpp"
#include "engine/Runners.hpp"
#include "migration/Manifest.hpp"
#include "migration/TreeWrite.hpp"

namespace pyconv {

// One file of `--src-root IN --dst-root OUT`, and what happens to it (docs/design/architecture.md).
struct TreeEntry {
  enum class Action {
    Convert,    // .py, destination missing: converted from the source
    Reconvert,  // .py, destination as the tool last wrote it: converted again from the source
    Continue,   // .py, destination edited by hand or not the tool's: converted where it stands
    Copy,       // other file, destination missing
    Recopy,     // other file, destination as the tool last wrote it
    Keep,       // other file, destination edited by hand: left alone
    Refuse,     // not carried out: `refusal` says why (a link in the destination, a name not UTF-8)
  };
  std::string relative;
  std::filesystem::path source, destination, destinationRoot;
  Action action = Action::Convert;
  const EffectiveConfig* config = nullptr;  // for .py files
  SeenHash seen;                            // the destination as planned; it must still be so when replaced
  std::optional<mode_t> mode;               // the source's permission bits (nullopt: keep the destination's)
  std::string refusal;                      // one line, for Refuse
};

// Every file under the source, and the links found there: tree mode neither follows nor copies
// a symbolic link of the source (it could lead outside it), it names each one.
struct TreePlan {
  std::vector<TreeEntry> entries;
  std::vector<std::filesystem::path> skippedLinks;
};

struct TreeOutcome {
  FileReport report;
  std::optional<std::string> written;  // bytes the tool wrote (the manifest records their hash)
  bool forget = false;                 // the destination is a person's now: drop its manifest entry
};

// Checks the roots (one-line UsageError when unusable) and plans every file under the source.
TreePlan planTree(const std::filesystem::path& source, const std::filesystem::path& destination, const Manifest& manifest,
                  ConfigResolver& configs);

// Carries out one entry; `runner` is used for .py files.
TreeOutcome runTreeEntry(const TreeEntry& entry, CheckRunner* runner, const RunSettings* settings,
                         const DriverOptions& options);

}  // namespace pyconv
