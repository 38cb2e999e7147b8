// libFuzzer target over the whole engine (docs/fuzzing.md): one input is one Python file, run
// with every built-in check, Safe and Unsafe fixes to their fixed point, in process — what
// `pyconv-tidy --fix --unsafe-fixes FILE` does with no configuration file. Besides crashes and
// sanitizer reports (libFuzzer, ASan, UBSan), the target aborts when
//   - the engine gives the file an error (fixes that undo each other) or a check throws;
//   - the output has a syntax problem (tree-sitter's ERROR/MISSING nodes and what the engine
//     knows CPython rejects) while the input had none;
//   - a second run over the output, read back from the bytes that would be written, changes it.
// Whether CPython itself accepts each output is asked outside the fuzzer, by
// scripts/fuzz-replay-cpython.py over the corpus (a CPython per input would cost more than the
// engine run it checks).
#include <fmt/format.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <iostream>
#include <memory>
#include <string>

#include "config/Config.hpp"
#include "engine/CheckRunner.hpp"
#include "engine/CheckSelection.hpp"
#include "engine/Driver.hpp"
#include "engine/Runners.hpp"
#include "io/UnifiedDiff.hpp"
#include "migration/ForeignFramework.hpp"
#include "plugin/PluginSet.hpp"
#include "pyconv/SourceFile.hpp"
#include "pyconv/Tree.hpp"

namespace pyconv {
namespace {

// The tool's in-place fix run, set up through the driver's own pieces (configuration, check
// selection, run settings) so the fuzzer runs what the command line runs.
class FixRun {
 public:
  FixRun() : resolver_(std::string("{}"), std::nullopt), selection_(plugins_, std::nullopt) {
    // `{}` as --config: no configuration file is searched for, whatever the folder holds.
    plugins_.loadDirectory(builtinPluginDirectory());  // <fuzzer>/../lib/pyconv-tidy/plugins, as the tool
    if (plugins_.checks().empty()) abortWith("no checks loaded from " + builtinPluginDirectory().string(), "");
    options_.mode = Mode::Fix;
    options_.unsafeFixes = true;
    // No per-file budget: a slow input must show as libFuzzer's timeout, not as a file error.
    options_.timeoutPerFile = 0;
    const EffectiveConfig& config = resolver_.forFile("fuzz_input.py");
    runners_ = std::make_unique<Runners>(plugins_, selection_, options_, 1);
    runners_->setLeaveAlone(isOtherFrameworksCode);
    settings_ = &runners_->prepare(config, std::cerr);
    runner_ = &runners_->runner(0, config);
  }

  FileOutcome process(const SourceFile& source) { return runner_->process(source, settings_->fix); }

  [[noreturn]] static void abortWith(const std::string& what, const std::string& detail) {
    std::fputs(fmt::format("pyconv-fuzz: invariant violated: {}\n{}", what, detail).c_str(), stderr);
    std::fflush(stderr);
    std::abort();  // libFuzzer saves the input as a crash-* file
  }

 private:
  PluginSet plugins_;  // declared first: outlives every check made from it
  DriverOptions options_;
  ConfigResolver resolver_;
  CheckSelection selection_;
  std::unique_ptr<Runners> runners_;
  const RunSettings* settings_ = nullptr;
  CheckRunner* runner_ = nullptr;
};

FixRun& fixRun() {
  static auto* run = new FixRun();  // never destroyed: checks may not outlive their plugins at exit
  return *run;
}

void checkOneInput(const std::string& bytes) {
  std::string error;
  const auto source = SourceFile::fromBytes("fuzz_input.py", bytes, error);
  if (!source) return;  // not UTF-8, or binary: the tool reports it in one line and reads nothing
  FixRun& run = fixRun();
  const FileOutcome first = run.process(*source);
  if (first.error) FixRun::abortWith("the engine gave the file an error: " + *first.error, "");

  // A file no check can match is not parsed and comes back unchanged: only a parsed, clean input
  // can have been broken (hasSyntaxErrors means nothing for the other).
  if (first.parsed && !first.hasSyntaxErrors) {
    const auto output = Parser().parse(first.finalText);
    if (output->errorCount() > 0) {
      const SyntaxProblem& problem = output->syntaxProblems().front();
      FixRun::abortWith(fmt::format("the input parses and the output does not ({} at byte {})", problem.message,
                                    problem.begin),
                        unifiedDiff(source->text(), first.finalText, "input", "output"));
    }
  }

  // What --fix writes, read back as the next run would: byte-order mark and newlines included.
  const std::string written = source->bytesFor(first.finalText);
  const auto reread = SourceFile::fromBytes("fuzz_input.py", written, error);
  if (!reread) FixRun::abortWith("the output cannot be read back: " + error, "");
  const FileOutcome second = run.process(*reread);
  if (second.error) FixRun::abortWith("the second run gave the output an error: " + *second.error, "");
  if (second.finalText != first.finalText) {
    FixRun::abortWith("a second run changes the output (not a fixed point)",
                      unifiedDiff(first.finalText, second.finalText, "first run", "second run"));
  }
}

}  // namespace
}  // namespace pyconv

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  pyconv::fixRun();  // plugins load once, before the first input, outside every timed run
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    pyconv::checkOneInput(std::string(reinterpret_cast<const char*>(data), size));
  } catch (const std::exception& e) {
    // The driver turns an exception into exit code 2 for the whole run: a check's bug.
    pyconv::FixRun::abortWith(std::string("an exception escaped the engine: ") + e.what(), "");
  }
  return 0;
}
