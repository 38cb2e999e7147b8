// Parse-only baseline for throughput measurements: reads every .py file under the given inputs
// (as pyconv-tidy does) and parses it once, with no checks. Compare its MB/s with a report run
// of pyconv-tidy over the same files in the same session.
#include <fmt/format.h>

#include <chrono>
#include <iostream>

#include "engine/InputFiles.hpp"
#include "io/FileIO.hpp"
#include "pyconv/SourceFile.hpp"
#include "pyconv/Tree.hpp"

int main(int argc, char** argv) {
  const std::vector<std::string> inputs(argv + 1, argv + argc);
  const auto start = std::chrono::steady_clock::now();
  const auto files = pyconv::collectInputFiles(inputs);
  pyconv::Parser parser;
  std::size_t bytes = 0, errors = 0, parsed = 0;
  for (const auto& [path, named] : files.files) {
    std::string error;
    auto content = pyconv::readFile(path, error);
    if (!content) continue;
    auto source = pyconv::SourceFile::fromBytes(path.string(), std::move(*content), error);
    if (!source) continue;
    bytes += source->text().size();
    errors += parser.parse(source->text())->errorCount() > 0 ? 1 : 0;
    ++parsed;
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::cout << fmt::format("parsed {} files, {:.1f} MB in {:.3f} s: {:.1f} MB/s, {:.0f} files/s; {} with syntax errors\n",
                           parsed, bytes / 1e6, seconds, bytes / 1e6 / seconds, parsed / seconds, errors);
}
