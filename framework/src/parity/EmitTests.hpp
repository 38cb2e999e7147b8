#pragma once
#include <filesystem>
#include <ostream>
#include <vector>

namespace pyconv {

// --emit-tests DIR : for each converted file that defines a transformers model
// family, writes DIR/test_<stem>.py naming the converted file (relative to DIR), the torch module
// it came from, the configuration class and the model classes; plus the support modules
// pyconv_parity.py and pyconv_cpu_standins.py that the tests import. Every emitted file carries the
// hash of its text: a file whose text no longer matches (edited by hand) or that the tool did not
// write is never replaced. Returns the number of errors (files that could not be written).
int emitParityTests(const std::vector<std::filesystem::path>& files, const std::filesystem::path& dir,
                    std::ostream& err);

}  // namespace pyconv
