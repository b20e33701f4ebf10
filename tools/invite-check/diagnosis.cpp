#include "diagnosis.hpp"

#include <invite/codec/text_position.hpp>

#include <string>

namespace invite_check {
namespace {

struct signature {
  std::string_view bytes;
  std::string_view what;
};

// First bytes that no JSON text can start with and that name what the file is instead. Longer
// signatures come before their prefixes (UTF-32 LE before UTF-16 LE).
constexpr signature signatures[] = {
    {std::string_view("\xFF\xFE\x00\x00", 4), "a UTF-32 (little-endian) byte-order mark"},
    {std::string_view("\x00\x00\xFE\xFF", 4), "a UTF-32 (big-endian) byte-order mark"},
    {"\xFF\xFE", "a UTF-16 (little-endian) byte-order mark"},
    {"\xFE\xFF", "a UTF-16 (big-endian) byte-order mark"},
    {"\x89PNG\r\n\x1A\n", "the signature of a PNG image"},
    {"\xFF\xD8\xFF", "the signature of a JPEG image"},
    {"GIF87a", "the signature of a GIF image"},
    {"GIF89a", "the signature of a GIF image"},
    {"%PDF-", "the signature of a PDF document"},
    {"PK\x03\x04", "the signature of a ZIP archive (also .docx, .xlsx, .jar)"},
    {"PK\x05\x06", "the signature of an empty ZIP archive"},
    {"\x1F\x8B", "the signature of gzip-compressed data"},
    {"BZh", "the signature of bzip2-compressed data"},
    {std::string_view("\xFD" "7zXZ\x00", 6), "the signature of xz-compressed data"},
    {"\x28\xB5\x2F\xFD", "the signature of zstd-compressed data"},
    {"7z\xBC\xAF\x27\x1C", "the signature of a 7-Zip archive"},
    {"\x7F" "ELF", "the signature of an ELF executable"},
    {"\xCA\xFE\xBA\xBE", "the signature of a Java class or a Mach-O executable"},
    {"\xCF\xFA\xED\xFE", "the signature of a Mach-O executable"},
    {std::string_view("\x00" "asm", 4), "the signature of a WebAssembly module"},
    {std::string_view("SQLite format 3\x00", 16), "the signature of an SQLite database"},
    {"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", "the signature of an OLE2 file (.doc, .xls, .msi)"},
    {"\x1A\x45\xDF\xA3", "the signature of a Matroska or WebM video"},
    {"RIFF", "the signature of a RIFF file (WAV, AVI, WebP)"},
};

std::string hex_byte(unsigned char byte) {
  constexpr char digits[] = "0123456789abcdef";
  return std::string("0x") + digits[byte >> 4] + digits[byte & 0xf];
}

// The first byte of malformed UTF-8 in `text`, and how many bytes the malformed piece spans.
std::optional<std::pair<std::size_t, std::size_t>> first_malformed_utf8(std::string_view text) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  std::size_t at = 0;
  while (at < text.size()) {
    if (bytes[at] < 0x80) {
      ++at;
      continue;
    }
    const std::size_t length = invite::detail::utf8_character_length(bytes + at, text.size() - at);
    const unsigned char lead = bytes[at];
    const std::size_t expected = lead < 0xc2 ? 0 : lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : lead < 0xf5 ? 4 : 0;
    if (length != expected) return std::pair{at, length};
    at += length;
  }
  return std::nullopt;
}

void explain_not_text(invite::error& e, std::string_view text) {
  for (const signature& s : signatures) {
    if (text.substr(0, s.bytes.size()) == s.bytes) {
      e.offset = 0;
      e.message = "not JSON text: it starts with " + std::string(s.what);
      if (s.what.find("byte-order mark") != std::string_view::npos) {
        e.message += "; JSON text must be UTF-8";
      }
      return;
    }
  }
  if (const std::size_t nul = text.find('\0'); nul != std::string_view::npos) {
    e.offset = nul;
    e.message = "not JSON text: a NUL byte at byte " + std::to_string(nul) +
                ", which JSON text never holds (binary data, or text in UTF-16 or UTF-32?)";
    return;
  }
  if (const auto malformed = first_malformed_utf8(text)) {
    const auto [at, length] = *malformed;
    e.offset = at;
    e.message = "not UTF-8 text: malformed UTF-8 at byte " + std::to_string(at) + " (";
    for (std::size_t i = 0; i < length; ++i) {
      if (i > 0) e.message += ' ';
      e.message += hex_byte(static_cast<unsigned char>(text[at + i]));
    }
    e.message += "); is the file in another encoding, such as Latin-1 or Windows-1252?";
  }
}

} // namespace

void explain_errors(std::vector<invite::error>& errors, std::string_view text, const read_facts& facts,
                    const invite::parse_options& options) {
  for (invite::error& e : errors) {
    if (e.code == invite::error_code::payload_too_large) {
      const std::string limit = std::to_string(options.max_bytes);
      if (facts.whole_size && *facts.whole_size > options.max_bytes) {
        e.message = "the document is " + std::to_string(*facts.whole_size) + " bytes, more than the " +
                    limit + " accepted";
      } else {
        e.message = "the document is more than the " + limit + " bytes accepted";
      }
    } else if (e.code == invite::error_code::invalid_json) {
      explain_not_text(e, text);
    }
  }
}

} // namespace invite_check
