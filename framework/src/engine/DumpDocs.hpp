#pragma once
#include <ostream>
#include <string>

namespace pyconv {

class PluginSet;

// --dump-docs DIR: writes every loaded check's documentation to DIR/checks/<check>.md, and
// DIR/AGENTS.md, the rules document for coding agents that finish a conversion (principles, the
// loop of commands, one section per rule family with each check's first example, and what the tool
// leaves to a person), rendered from the template compiled into the tool; DIR/CLAUDE.md points to
// it. Returns the exit code: 0 written, 2 a file could not be written.
int dumpDocs(const PluginSet& plugins, const std::string& dir, std::ostream& out, std::ostream& err);

}  // namespace pyconv
