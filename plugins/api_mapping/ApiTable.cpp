#include "ApiTable.hpp"

#include <stdexcept>

namespace pyconv::api_mapping {

std::string_view embeddedApiMap();  // data/api_map.tsv, compiled in (cmake/EmbedText.cmake)

namespace {

std::vector<std::string> split(std::string_view s, char separator) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  for (;;) {
    const auto at = s.find(separator, start);
    parts.emplace_back(s.substr(start, at == std::string_view::npos ? std::string_view::npos : at - start));
    if (at == std::string_view::npos) return parts;
    start = at + 1;
  }
}

}  // namespace

const ApiTable& ApiTable::builtin() {
  static const ApiTable table = [] {
    ApiTable t;
    t.mergeText(embeddedApiMap(), "built-in api_map.tsv");
    return t;
  }();
  return table;
}

void ApiTable::mergeText(std::string_view tsv, const std::string& origin) {
  std::vector<std::string> header;
  std::size_t lineNumber = 0;
  for (const std::string& raw : split(tsv, '\n')) {
    ++lineNumber;
    const std::string line = !raw.empty() && raw.back() == '\r' ? raw.substr(0, raw.size() - 1) : raw;
    if (line.empty() || line.front() == '#') continue;
    const auto fields = split(line, '\t');
    if (header.empty()) {
      header = fields;
      continue;
    }
    auto field = [&](std::string_view name) -> std::string {
      for (std::size_t i = 0; i < header.size() && i < fields.size(); ++i) {
        if (header[i] == name) return fields[i];
      }
      return {};
    };
    const std::string torch = field("torch_api"), target = field("target");
    if (torch.empty() || target.empty()) {
      throw std::runtime_error(origin + ":" + std::to_string(lineNumber) + ": a row needs torch_api and target");
    }
    ApiRow row{target, field("safety") == "safe", {}, {}, {}, field("note")};
    for (const auto& pair : split(field("rename_kwargs"), ',')) {
      if (pair.empty()) continue;
      const auto colon = pair.find(':');
      if (colon == std::string::npos || colon == 0 || colon + 1 == pair.size()) {
        throw std::runtime_error(origin + ":" + std::to_string(lineNumber) + ": rename_kwargs '" + pair +
                                 "' is not TORCH:MINDSPORE");
      }
      row.renameKwargs[pair.substr(0, colon)] = pair.substr(colon + 1);
    }
    for (auto& k : split(field("drop_kwargs"), ',')) {
      if (k.empty()) continue;
      const auto at = k.find('@');
      if (at != std::string::npos) {
        std::size_t position = 0;
        const auto digits = k.substr(at + 1);
        if (digits.empty() || digits.find_first_not_of("0123456789") != std::string::npos) {
          throw std::runtime_error(origin + ":" + std::to_string(lineNumber) + ": drop_kwargs '" + k +
                                   "' is not NAME@POSITION");
        }
        position = std::stoul(digits);
        k.resize(at);
        row.dropPositions[position] = k;
      }
      row.dropKwargs.push_back(k);
    }
    rows_[torch] = std::move(row);
  }
}

const ApiRow* ApiTable::find(std::string_view torchName) const {
  const auto it = rows_.find(torchName);
  return it == rows_.end() ? nullptr : &it->second;
}

const std::vector<std::string>& generallyDroppedKwargs() {
  static const std::vector<std::string> kwargs = {"layout", "device", "pin_memory", "memory_format", "requires_grad", "out"};
  return kwargs;
}

}  // namespace pyconv::api_mapping
