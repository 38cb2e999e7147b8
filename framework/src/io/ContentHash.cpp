#include "io/ContentHash.hpp"

#include <fmt/format.h>
#include <xxhash.h>

namespace pyconv {

std::string contentHash(std::string_view bytes) {
  return fmt::format("xxh3-{:016x}", XXH3_64bits(bytes.data(), bytes.size()));
}

}  // namespace pyconv
