#include "plugin/PluginRecord.hpp"

#include <algorithm>
#include <charconv>
#include <map>

#include "pyconv/PluginInfo.hpp"

namespace pyconv {
namespace {

bool printable(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return c >= 0x20 && c < 0x7F; });
}

}  // namespace

std::optional<PluginRecord> parsePluginRecord(std::string_view bytes, std::string& error) {
  auto fail = [&](std::string reason) {
    error = "malformed plugin record (" + std::move(reason) + ")";
    return std::nullopt;
  };
  if (bytes.size() > kMaxPluginRecordBytes) return fail("too large");
  const auto end = bytes.find('\0');
  if (end == std::string_view::npos) return fail("not terminated");
  if (bytes.find_first_not_of('\0', end) != std::string_view::npos) return fail("more than one record");
  std::string_view text = bytes.substr(0, end);
  if (text.empty() || text.back() != '\n') return fail("not a list of lines");
  text.remove_suffix(1);

  std::map<std::string_view, std::string_view, std::less<>> fields;
  bool first = true;
  for (std::size_t start = 0; start <= text.size();) {
    const auto stop = std::min(text.find('\n', start), text.size());
    const std::string_view line = text.substr(start, stop - start);
    start = stop + 1;
    if (!printable(line)) return fail("a line that is not printable ASCII");
    if (first) {
      if (line != PYCONV_PLUGIN_MAGIC) return fail("no '" PYCONV_PLUGIN_MAGIC "' line");
      first = false;
      continue;
    }
    const auto equals = line.find('=');
    if (equals == std::string_view::npos || equals == 0) return fail("a line that is not key=value");
    if (!fields.emplace(line.substr(0, equals), line.substr(equals + 1)).second) {
      return fail("'" + std::string(line.substr(0, equals)) + "' given twice");
    }
  }
  for (const char* key : {"api", "abi", "name", "version"}) {
    if (!fields.count(key)) return fail(std::string("no '") + key + "'");
  }
  PluginRecord record;
  const std::string_view api = fields["api"];
  const auto [stop, status] = std::from_chars(api.data(), api.data() + api.size(), record.apiVersion);
  if (api.empty() || status != std::errc() || stop != api.data() + api.size()) return fail("api is not a number");
  record.abiTag = fields["abi"];
  record.name = fields["name"];
  record.version = fields["version"];
  return record;
}

}  // namespace pyconv
