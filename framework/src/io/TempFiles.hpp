#pragma once
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "pyconv/Export.hpp"

namespace pyconv {

// The temporary files writeFileAtomically makes: `.NAME.pyconv-XXXXXX` next to NAME (mkstemp's
// six letters and digits). Nothing else is ever named so, which is what lets a later run
// recognise, and remove, one that a killed run left behind.
PYCONV_API std::string temporaryTemplate(const std::filesystem::path& path);
PYCONV_API bool isTemporaryName(std::string_view filename);

// Holds the name of one temporary while it exists, where a signal handler can read it: the
// template is copied into a fixed slot before mkstemp fills it in, and the slot is released
// (by release() or the destructor) once the file was renamed or removed. When every slot is busy
// the name lives in the object only (the next run's cleanup still finds the file).
class PYCONV_API TemporaryName {
 public:
  explicit TemporaryName(const std::string& templateName);
  ~TemporaryName();
  TemporaryName(const TemporaryName&) = delete;
  TemporaryName& operator=(const TemporaryName&) = delete;

  char* data();  // for mkstemp; then the file's name
  void release();

 private:
  int slot_ = -1;
  std::string fallback_;
};

// On SIGINT, SIGTERM and SIGHUP, removes the temporaries being written, then dies of the signal
// as before. Only async-signal-safe calls run in the handler (unlink, signal, raise).
PYCONV_API void removeTemporariesOnSignals();

// Removes the regular files under `root` (hidden folders apart: tree mode never writes there)
// whose names are temporaries' names, and returns them.
PYCONV_API std::vector<std::filesystem::path> removeStaleTemporaries(const std::filesystem::path& root);

}  // namespace pyconv
