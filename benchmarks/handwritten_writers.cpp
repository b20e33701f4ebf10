// The hand-written writers of a 500-invite response: a careful appender (the reference: what a
// competent engineer writes by hand for this one type) and a naive one (what one writes without
// thinking about speed). Both follow the contract's escaping, so their bytes must equal
// invite::to_json's; main.cpp checks that before timing.

#include "contenders.hpp"

#include <invite_test/canonical_json.hpp>

#include <array>
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace invite_test {
namespace {

// The careful appender: the exact length first (escapes and digits counted), one reserve, then
// appends that never reallocate: each key as one literal, each run of characters that need no
// escaping at once, integers through std::to_chars. No SIMD and no trick that needs a test of
// its own: the baseline a library has to beat to be worth its generality.
namespace careful {

// For each byte, how many bytes its escape adds: 1 for \" \\ \b \f \n \r \t, 5 for \u00xx
// (the other controls and DEL), 0 when it is written as is.
constexpr std::array<unsigned char, 256> extra_bytes = [] {
  std::array<unsigned char, 256> table{};
  for (int c = 0; c < 0x20; ++c) table[static_cast<std::size_t>(c)] = 5;
  table[0x7F] = 5;
  for (const char c : {'"', '\\', '\b', '\f', '\n', '\r', '\t'}) table[static_cast<unsigned char>(c)] = 1;
  return table;
}();

std::size_t quoted_size(std::string_view text) {
  std::size_t size = text.size() + 2;
  for (const char c : text) size += extra_bytes[static_cast<unsigned char>(c)];
  return size;
}

std::size_t decimal_size(std::int64_t value) {
  std::uint64_t magnitude = value < 0 ? 0 - static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value);
  std::size_t digits = 1;
  while (magnitude >= 10000) {
    magnitude /= 10000;
    digits += 4;
  }
  while (magnitude >= 10) {
    magnitude /= 10;
    ++digits;
  }
  return digits + (value < 0 ? 1 : 0);
}

template <std::size_t N>
void append_literal(std::string& out, const char (&text)[N]) {
  out.append(text, N - 1);
}

void append_quoted(std::string& out, std::string_view text) {
  out.push_back('"');
  const char* run = text.data();
  const char* const end = run + text.size();
  for (const char* p = run; p != end; ++p) {
    const auto byte = static_cast<unsigned char>(*p);
    if (extra_bytes[byte] == 0) continue;
    out.append(run, static_cast<std::size_t>(p - run));
    run = p + 1;
    switch (byte) {
      case '"': append_literal(out, "\\\""); break;
      case '\\': append_literal(out, "\\\\"); break;
      case '\b': append_literal(out, "\\b"); break;
      case '\f': append_literal(out, "\\f"); break;
      case '\n': append_literal(out, "\\n"); break;
      case '\r': append_literal(out, "\\r"); break;
      case '\t': append_literal(out, "\\t"); break;
      default: {
        constexpr char hex[] = "0123456789abcdef";
        const char escape[] = {'\\', 'u', '0', '0', hex[byte >> 4], hex[byte & 0xF]};
        out.append(escape, sizeof escape);
      }
    }
  }
  out.append(run, static_cast<std::size_t>(end - run));
  out.push_back('"');
}

void append_decimal(std::string& out, std::int64_t value) {
  char digits[20];
  const std::to_chars_result written = std::to_chars(digits, digits + sizeof digits, value);
  out.append(digits, static_cast<std::size_t>(written.ptr - digits));
}

// The keys with their punctuation, each written as one literal.
constexpr char open_invites[] = "{\"invites\":[";
constexpr char open_name[] = "{\"name\":";
constexpr char email_key[] = ",\"email\":";
constexpr char report_id_key[] = ",\"report_id\":";
constexpr char candidate_id_key[] = ",\"candidate_id\":";
constexpr char assessment_id_key[] = ",\"assessment_id\":";
constexpr char invite_link_key[] = ",\"invite_link\":";
constexpr char status_key[] = ",\"status\":";

std::size_t response_size(const invite::response& value) {
  constexpr std::size_t keys_per_invite = sizeof open_name + sizeof email_key + sizeof report_id_key +
                                          sizeof candidate_id_key + sizeof assessment_id_key +
                                          sizeof invite_link_key + sizeof status_key - 7 + 1; // + '}'
  std::size_t size = sizeof open_invites - 1 + 2; // + "]}"
  for (const invite::invitation& item : value.invites) {
    size += keys_per_invite + quoted_size(item.name) + quoted_size(item.email) + decimal_size(item.report_id) +
            decimal_size(item.candidate_id) + decimal_size(item.assessment_id) + quoted_size(item.invite_link) +
            quoted_size(item.status);
  }
  if (value.invites.size() > 1) size += value.invites.size() - 1; // the commas between invites
  return size;
}

} // namespace careful

class careful_appender final : public response_writer {
public:
  std::string_view write(const invite::response& value) override {
    using namespace careful;
    std::string out;
    out.reserve(response_size(value));
    append_literal(out, open_invites);
    bool first = true;
    for (const invite::invitation& item : value.invites) {
      if (!first) out.push_back(',');
      first = false;
      append_literal(out, open_name);
      append_quoted(out, item.name);
      append_literal(out, email_key);
      append_quoted(out, item.email);
      append_literal(out, report_id_key);
      append_decimal(out, item.report_id);
      append_literal(out, candidate_id_key);
      append_decimal(out, item.candidate_id);
      append_literal(out, assessment_id_key);
      append_decimal(out, item.assessment_id);
      append_literal(out, invite_link_key);
      append_quoted(out, item.invite_link);
      append_literal(out, status_key);
      append_quoted(out, item.status);
      out.push_back('}');
    }
    append_literal(out, "]}");
    last_ = std::move(out);
    return last_;
  }

  // An exact reservation is what makes this the careful reference: a fresh string reserved to
  // n holds exactly n, so anything else means response_size() counted wrong.
  std::string problem() const override {
    if (last_.capacity() == last_.size()) return {};
    return "reserved " + std::to_string(last_.capacity()) + " bytes for " + std::to_string(last_.size());
  }

private:
  std::string last_;
};

// What one writes without thinking about speed: += per piece, std::to_string, a switch per
// character (the test support's canonical string writer, which is written that way).
class naive_appender final : public response_writer {
public:
  std::string_view write(const invite::response& value) override {
    std::string out;
    out += "{\"invites\":[";
    bool first = true;
    for (const invite::invitation& item : value.invites) {
      if (!first) out += ',';
      first = false;
      out += "{\"name\":";
      append_canonical_string(out, item.name);
      out += ",\"email\":";
      append_canonical_string(out, item.email);
      out += ",\"report_id\":";
      out += std::to_string(item.report_id);
      out += ",\"candidate_id\":";
      out += std::to_string(item.candidate_id);
      out += ",\"assessment_id\":";
      out += std::to_string(item.assessment_id);
      out += ",\"invite_link\":";
      append_canonical_string(out, item.invite_link);
      out += ",\"status\":";
      append_canonical_string(out, item.status);
      out += '}';
    }
    out += "]}";
    last_ = std::move(out);
    return last_;
  }

private:
  std::string last_;
};

} // namespace

void add_handwritten_writers(parse_contenders&, write_contenders& writers) {
  writers.push_back({"careful_appender",
                     "reference: by hand for this type: the exact size counted first, one reserve, keys as "
                     "literals, unescaped runs appended at once, std::to_chars",
                     [] { return std::make_unique<careful_appender>(); }, true});
  writers.push_back({"naive_appender", "std::string +=, std::to_string, a switch per character",
                     [] { return std::make_unique<naive_appender>(); }, true});
}

} // namespace invite_test
