#pragma once
#include <cstdint>

// What identifies a plugin to the host: the plugin API version and the ABI tag. Both are written
// as plain text into the plugin file's `.pyconv_plugin` section (PluginExport.hpp), which the host
// reads from the file before it loads it, so nothing of a mismatched plugin ever runs.
namespace pyconv {

// Bumped whenever an SDK class changes layout or a virtual function is added or removed, or the
// plugin record changes. 2: Fix::removal. 3: the record is a `.pyconv_plugin` section read before
// loading (the PluginInfo struct is gone); OptionStore knows the folder of each option;
// Tree::syntaxProblems. 4: MatchFinder::addQuery with several prefilters, enclosingOfKind. 5:
// MatchResult knows its query's capture names (an unknown name throws), Query::captureNames. 6: a
// check declares itself (CheckSpec: phase, typed options, run condition); CheckFactories holds
// declarations; onStartOfFile/onEndOfFile are onStartOfPass/onEndOfPass. 7: the typed syntax layer
// (syntax::Kind, syntax::Field and the views generated from the grammar; Node::is, Node::fields);
// enclosingOfKind takes a syntax::Kind; CheckSpec declares metrics (with roles) and verdict parts.
// 8: FileContext reads a semantic model the engine shares between passes over one parse; Tree
// keeps the parents Node::parent found; MatchFinder::combining.
#define PYCONV_PLUGIN_API_VERSION 8
inline constexpr uint32_t kPluginApiVersion = PYCONV_PLUGIN_API_VERSION;

// The ELF section holding the record, and the line that opens it.
#define PYCONV_PLUGIN_SECTION ".pyconv_plugin"
#define PYCONV_PLUGIN_MAGIC "pyconv-plugin"

}  // namespace pyconv

#define PYCONV_STRINGIFY_INNER(x) #x
#define PYCONV_STRINGIFY(x) PYCONV_STRINGIFY_INNER(x)

// Compiler, libstdc++ dual ABI and grammar: a plugin built with any other value cannot share
// C++ objects with the host safely. PYCONV_GRAMMAR_ID comes from the SDK's compile definitions.
#define PYCONV_ABI_TAG                                                                    \
  "gcc-" PYCONV_STRINGIFY(__GNUC__) "." PYCONV_STRINGIFY(__GNUC_MINOR__) ";cxx11abi=" \
      PYCONV_STRINGIFY(_GLIBCXX_USE_CXX11_ABI) ";grammar=" PYCONV_GRAMMAR_ID
