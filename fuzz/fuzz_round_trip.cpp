// The round trip of docs/contract.md: for every valid document D, parse(to_json(parse(D))) equals
// parse(D) and writes the same bytes again; to_pretty_json parses to the same value too. And
// the canonical text is what the contract says: compact, keys in the contract's order, UTF-8,
// escaping exactly '"', '\', the control characters and nothing else.

#include "fuzz_target.hpp"

#include <invite_test/dom_oracle.hpp>
#include <invite_test/input_copies.hpp>
#include <invite_test/simdjson_dom_access.hpp>
#include <invite_test/utf8.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

namespace {

using invite_test::decode_utf8;
using invite_test::items_of;
using invite_test::members_of;

bool is_lower_hex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); }

// Only the escapes the contract lists, the short forms where they exist, no raw control
// character and no whitespace between tokens.
void check_canonical_spelling(std::string_view json) {
  INVITE_FUZZ_CHECK(decode_utf8(json).has_value());
  bool in_string = false;
  for (std::size_t i = 0; i < json.size(); ++i) {
    const auto c = static_cast<unsigned char>(json[i]);
    INVITE_FUZZ_CHECK(c >= 0x20 && c != 0x7F);
    if (!in_string) {
      INVITE_FUZZ_CHECK(c != ' ');
      in_string = c == '"';
      continue;
    }
    if (c == '"') {
      in_string = false;
      continue;
    }
    if (c != '\\') continue;
    INVITE_FUZZ_CHECK(i + 1 < json.size());
    const char kind = json[++i];
    if (kind == 'u') {
      INVITE_FUZZ_CHECK(i + 4 < json.size());
      INVITE_FUZZ_CHECK(json[i + 1] == '0' && json[i + 2] == '0');
      INVITE_FUZZ_CHECK(is_lower_hex(json[i + 3]) && is_lower_hex(json[i + 4]));
      const std::string hex(json.substr(i + 3, 2));
      const unsigned long unit = std::stoul(hex, nullptr, 16);
      INVITE_FUZZ_CHECK(unit < 0x20 || unit == 0x7F);
      INVITE_FUZZ_CHECK(unit != '\b' && unit != '\f' && unit != '\n' && unit != '\r' && unit != '\t');
      i += 4;
    } else {
      INVITE_FUZZ_CHECK(std::string_view("\"\\bfnrt").find(kind) != std::string_view::npos);
    }
  }
  INVITE_FUZZ_CHECK(!in_string);
}

template <std::size_t N>
void check_key_order(simdjson::dom::element object, const std::array<std::string_view, N>& order) {
  // Keys may be absent (expiry_date), never out of order.
  std::size_t next = 0;
  for (const simdjson::dom::key_value_pair member : members_of(object)) {
    while (next < N && member.key != order[next]) ++next;
    INVITE_FUZZ_CHECK(next < N);
    ++next;
  }
}

void check_layout(simdjson::dom::element root, const invite::request& value) {
  const std::array<std::string_view, 4> order = {"assessment_id", "invite_format", "expiry_date", "candidates"};
  check_key_order(root, order);
  INVITE_FUZZ_CHECK(members_of(root).size() == (value.expiry_date ? 4u : 3u));
  for (const simdjson::dom::element item : items_of(root["candidates"].value_unsafe())) {
    const std::array<std::string_view, 2> item_order = {"name", "email"};
    check_key_order(item, item_order);
    INVITE_FUZZ_CHECK(members_of(item).size() == 2);
  }
}

void check_layout(simdjson::dom::element root, const invite::response&) {
  INVITE_FUZZ_CHECK(members_of(root).size() == 1);
  for (const simdjson::dom::element item : items_of(root["invites"].value_unsafe())) {
    const std::array<std::string_view, 7> item_order = {"name", "email", "report_id", "candidate_id",
                                                        "assessment_id", "invite_link", "status"};
    check_key_order(item, item_order);
    INVITE_FUZZ_CHECK(members_of(item).size() == 7);
  }
}

// How many inputs went round the whole trip, by kind: a corpus of only invalid documents would
// pass every check above without making one.
struct round_trips {
  std::size_t requests = 0;
  std::size_t responses = 0;
};

round_trips& made() {
  static round_trips counts;
  return counts;
}

void count_round_trip(const invite::request&) { ++made().requests; }
void count_round_trip(const invite::response&) { ++made().responses; }

template <class T>
void check_round_trip(std::string_view json) {
  static invite::parser reused_parser;
  static invite_test::dom_oracle oracle;
  invite::parse_options lenient_options;
  lenient_options.allow_unknown_fields = true;

  const invite::result<T> strict = reused_parser.parse<T>(json);
  const invite::result<T> lenient = reused_parser.parse<T>(json, lenient_options);
  // Allowing unknown fields only ever takes errors away.
  if (strict.ok()) INVITE_FUZZ_CHECK(lenient.ok() && lenient.value() == strict.value());
  if (!lenient.ok()) return;

  const std::string canonical = invite::to_json(lenient.value());
  check_canonical_spelling(canonical);
  const std::optional<simdjson::dom::element> layout = oracle.parse(canonical);
  INVITE_FUZZ_CHECK(layout.has_value());
  check_layout(*layout, lenient.value());

  // Canonical output has no unknown fields, so it is valid under the strict options.
  const invite::result<T> again = reused_parser.parse<T>(canonical);
  INVITE_FUZZ_CHECK(again.ok());
  INVITE_FUZZ_CHECK(again.value() == lenient.value());
  INVITE_FUZZ_CHECK(invite::to_json(again.value()) == canonical);

  const std::string pretty = invite::to_pretty_json(lenient.value());
  const invite::result<T> from_pretty = reused_parser.parse<T>(pretty);
  INVITE_FUZZ_CHECK(from_pretty.ok());
  INVITE_FUZZ_CHECK(from_pretty.value() == lenient.value());
  INVITE_FUZZ_CHECK(invite::to_pretty_json(from_pretty.value()) == pretty);
  count_round_trip(lenient.value());
}

} // namespace

// The replay of the seed corpus (replay_main.cpp) must make round trips of both kinds: the
// committed corpus makes 14 of requests and 47 of responses.
extern "C" const char* InviteFuzzReplayShortfall() {
  constexpr std::size_t enough = 10;
  if (made().requests >= enough && made().responses >= enough) return nullptr;
  static char why[160];
  std::snprintf(why, sizeof why, "only %zu requests and %zu responses went round the trip, fewer than %zu of each",
                made().requests, made().responses, enough);
  return why;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::vector<char> bytes = invite_test::exact_copy(data, size);
  const std::string_view json(bytes.data(), bytes.size());
  // With unknown fields allowed one document can be both kinds, so both are tried.
  check_round_trip<invite::request>(json);
  check_round_trip<invite::response>(json);
  return 0;
}
