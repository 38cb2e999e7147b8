#pragma once
#include <cstddef>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

#include "pyconv/Export.hpp"

namespace pyconv {

// A file that is not a well-formed ELF64 shared object for this machine; the message is short
// and names no file (the caller adds it).
class PYCONV_API ElfError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The bytes of section `name` of the ELF64 shared object `file`, read from the file with plain
// reads: nothing is mapped or loaded, so none of its code runs. Every offset and size taken from
// the file is checked against the file's real size before use (a crafted header cannot make this
// read out of bounds or allocate more than the file holds). Returns nullopt when there is no such
// section; throws ElfError when the file is not a regular file, not ELF64 for this machine, is
// malformed, has the section twice, or the section is larger than `maxBytes`.
PYCONV_API std::optional<std::string> readElfSection(const std::filesystem::path& file, std::string_view name,
                                                     std::size_t maxBytes);

}  // namespace pyconv
