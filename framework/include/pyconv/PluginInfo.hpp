#pragma once
#include <cstdint>

// The plain-data record every plugin exports. The host reads it before it calls any C++ code of
// the plugin, so it must stay plain C data whatever else changes.
namespace pyconv {

// Bumped whenever an SDK class changes layout or a virtual function is added or removed.
inline constexpr uint32_t kPluginApiVersion = 3;  // 2: Fix::removal; 3: Tree::syntaxProblems

struct PluginInfo {
  uint32_t api_version;
  uint32_t struct_size;
  const char* name;
  const char* version;
  const char* abi_tag;
};

}  // namespace pyconv

#define PYCONV_STRINGIFY_INNER(x) #x
#define PYCONV_STRINGIFY(x) PYCONV_STRINGIFY_INNER(x)

// Compiler, libstdc++ dual ABI and grammar: a plugin built with any other value cannot share
// C++ objects with the host safely. PYCONV_GRAMMAR_ID comes from the SDK's compile definitions.
#define PYCONV_ABI_TAG                                                                    \
  "gcc-" PYCONV_STRINGIFY(__GNUC__) "." PYCONV_STRINGIFY(__GNUC_MINOR__) ";cxx11abi=" \
      PYCONV_STRINGIFY(_GLIBCXX_USE_CXX11_ABI) ";grammar=" PYCONV_GRAMMAR_ID
