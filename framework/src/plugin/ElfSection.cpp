#include "plugin/ElfSection.hpp"

#include <elf.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

namespace pyconv {
namespace {

#if defined(__x86_64__)
constexpr Elf64_Half kMachine = EM_X86_64;
#elif defined(__aarch64__)
constexpr Elf64_Half kMachine = EM_AARCH64;
#else
#error "pyconv-tidy reads plugin records of x86-64 and AArch64 ELF files only"
#endif
static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__, "the reader takes ELF fields in host order");

// Section names and the name table are short; a larger table is a crafted file.
constexpr std::uint64_t kMaxNameTableBytes = 1 << 20;

// An open file and its size; reads only whole ranges inside the file.
class File {
 public:
  explicit File(const std::filesystem::path& path) {
    fd_ = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd_ < 0) throw ElfError(std::strerror(errno));
    struct stat st {};
    if (::fstat(fd_, &st) != 0 || !S_ISREG(st.st_mode)) {
      ::close(fd_);
      throw ElfError("not a regular file");
    }
    size_ = static_cast<std::uint64_t>(st.st_size);
  }
  ~File() { ::close(fd_); }
  File(const File&) = delete;
  File& operator=(const File&) = delete;

  // True when [offset, offset + length) lies inside the file (no overflow).
  bool holds(std::uint64_t offset, std::uint64_t length) const { return offset <= size_ && length <= size_ - offset; }

  void read(std::uint64_t offset, void* into, std::size_t length) const {
    if (!holds(offset, length)) throw ElfError("a header points outside the file");
    auto* bytes = static_cast<char*>(into);
    for (std::size_t done = 0; done < length;) {
      const ssize_t n = ::pread(fd_, bytes + done, length - done, static_cast<off_t>(offset + done));
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) throw ElfError(n < 0 ? std::strerror(errno) : "the file ended early");
      done += static_cast<std::size_t>(n);
    }
  }

 private:
  int fd_ = -1;
  std::uint64_t size_ = 0;
};

Elf64_Ehdr readHeader(const File& file) {
  Elf64_Ehdr header{};
  if (!file.holds(0, sizeof header)) throw ElfError("too short for an ELF file");
  file.read(0, &header, sizeof header);
  if (std::memcmp(header.e_ident, ELFMAG, SELFMAG) != 0) throw ElfError("not an ELF file");
  if (header.e_ident[EI_CLASS] != ELFCLASS64 || header.e_ident[EI_DATA] != ELFDATA2LSB ||
      header.e_machine != kMachine) {
    throw ElfError("an ELF file for another machine");
  }
  if (header.e_type != ET_DYN) throw ElfError("not a shared library");
  if (header.e_shentsize != sizeof(Elf64_Shdr)) throw ElfError("malformed ELF file (section header size)");
  // Extended numbering (e_shnum 0, e_shstrndx SHN_XINDEX) is for files with 65280+ sections.
  if (header.e_shnum == 0 || header.e_shstrndx == SHN_UNDEF || header.e_shstrndx >= header.e_shnum) {
    throw ElfError("malformed ELF file (no usable section table)");
  }
  return header;
}

}  // namespace

std::optional<std::string> readElfSection(const std::filesystem::path& path, std::string_view name,
                                          std::size_t maxBytes) {
  const File file(path);
  const Elf64_Ehdr header = readHeader(file);
  const std::uint64_t tableBytes = std::uint64_t{header.e_shnum} * sizeof(Elf64_Shdr);
  if (!file.holds(header.e_shoff, tableBytes)) throw ElfError("malformed ELF file (section table outside the file)");
  std::vector<Elf64_Shdr> sections(header.e_shnum);
  file.read(header.e_shoff, sections.data(), tableBytes);
  for (const auto& section : sections) {
    if (section.sh_type != SHT_NOBITS && !file.holds(section.sh_offset, section.sh_size)) {
      throw ElfError("malformed ELF file (a section lies outside the file)");
    }
  }
  const Elf64_Shdr& namesSection = sections[header.e_shstrndx];
  if (namesSection.sh_type != SHT_STRTAB || namesSection.sh_size == 0 || namesSection.sh_size > kMaxNameTableBytes) {
    throw ElfError("malformed ELF file (section name table)");
  }
  std::string names(namesSection.sh_size, '\0');
  file.read(namesSection.sh_offset, names.data(), names.size());
  if (names.back() != '\0') throw ElfError("malformed ELF file (section name table)");

  const Elf64_Shdr* found = nullptr;
  for (const auto& section : sections) {
    if (section.sh_name >= names.size()) throw ElfError("malformed ELF file (section name)");
    if (std::string_view(names.c_str() + section.sh_name) != name) continue;  // NUL-terminated: checked above
    if (found != nullptr) throw ElfError("malformed plugin (two " + std::string(name) + " sections)");
    found = &section;
  }
  if (found == nullptr) return std::nullopt;
  if (found->sh_type != SHT_PROGBITS) throw ElfError("malformed plugin (" + std::string(name) + " holds no data)");
  if (found->sh_size > maxBytes) throw ElfError("malformed plugin (" + std::string(name) + " is too large)");
  std::string bytes(found->sh_size, '\0');
  file.read(found->sh_offset, bytes.data(), bytes.size());
  return bytes;
}

}  // namespace pyconv
