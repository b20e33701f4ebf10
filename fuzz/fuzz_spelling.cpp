// The pure validators of include/invite/codec/spelling/ against the reference rules of
// <invite_test/contract_rules.hpp>. The first byte chooses the check, the rest is its input:
//   0 is_valid_email, 1 is_valid_http_url (the contract's 2048 octets), 2 is_valid_http_url (a limit of 0-255
//   from the next byte), 3 parse_minute_datetime and its round trip through
//   append_minute_datetime, 4 append_minute_datetime of any minute count (the next 8 bytes),
//   5 invite::spelling::inspect_text on the valid UTF-8 made of the input.

#include "fuzz_target.hpp"

#include <invite_test/contract_rules.hpp>
#include <invite_test/input_copies.hpp>
#include <invite_test/utf8.hpp>

#include <invite/contract/limits.hpp>
#include <invite/codec/spelling/datetime.hpp>
#include <invite/codec/spelling/email.hpp>
#include <invite/codec/spelling/utf8.hpp>
#include <invite/codec/spelling/url.hpp>

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include <date/date.h>

namespace {

namespace reference = invite_test; // the contract's rules, written without the library

void check_datetime_text(std::string_view text) {
  const auto parsed = invite::spelling::parse_minute_datetime(text);
  const auto expected = reference::minutes_since_1970(text);
  INVITE_FUZZ_CHECK(parsed.has_value() == expected.has_value());
  if (!parsed) return;
  INVITE_FUZZ_CHECK(parsed->time_since_epoch().count() == *expected);
  std::string written;
  invite::spelling::append_minute_datetime(written, *parsed);
  INVITE_FUZZ_CHECK(written == text);
}

// Years 0000-9999 are written as the contract spells them and read back to the same minute;
// others carry a sign or a fifth digit and do not read back.
void check_datetime_minutes(long long minutes) {
  const reference::expiry_time when{std::chrono::minutes{minutes}};
  std::string written;
  invite::spelling::append_minute_datetime(written, when);
  const long long first = reference::minutes_before_year(0);
  const long long past_last = reference::minutes_before_year(10000);
  if (minutes < first || minutes >= past_last) {
    INVITE_FUZZ_CHECK(!invite::spelling::parse_minute_datetime(written).has_value());
    INVITE_FUZZ_CHECK(written.size() > 16 || written.front() == '-');
    INVITE_FUZZ_CHECK((written.front() == '-') == (minutes < first));
    return;
  }
  const auto day = date::floor<date::days>(when);
  const date::year_month_day calendar{day};
  const auto minute_of_day = (when - day).count();
  char expected[32];
  std::snprintf(expected, sizeof expected, "%04d-%02u-%02u %02d:%02d", static_cast<int>(calendar.year()),
                static_cast<unsigned>(calendar.month()), static_cast<unsigned>(calendar.day()),
                static_cast<int>(minute_of_day / 60), static_cast<int>(minute_of_day % 60));
  INVITE_FUZZ_CHECK(written == expected);
  const auto parsed = invite::spelling::parse_minute_datetime(written);
  INVITE_FUZZ_CHECK(parsed.has_value() && *parsed == when);
}

// Any bytes become valid UTF-8: each byte that does not start a valid sequence stands for the
// code point of its own value (U+0080-U+00FF), so the expected facts are known exactly.
void check_text(std::string_view bytes) {
  std::string utf8;
  std::vector<char32_t> code_points;
  std::size_t i = 0;
  while (i < bytes.size()) {
    bool taken = false;
    for (std::size_t length = 1; length <= 4 && i + length <= bytes.size() && !taken; ++length) {
      const auto decoded = reference::decode_utf8(bytes.substr(i, length));
      if (decoded && decoded->size() == 1) {
        utf8.append(bytes.substr(i, length));
        code_points.push_back(decoded->front());
        i += length;
        taken = true;
      }
    }
    if (taken) continue;
    const auto byte = static_cast<unsigned char>(bytes[i++]);
    utf8.push_back(static_cast<char>(0xC0 | (byte >> 6)));
    utf8.push_back(static_cast<char>(0x80 | (byte & 0x3F)));
    code_points.push_back(byte);
  }
  bool has_control = false;
  bool blank = true;
  for (const char32_t cp : code_points) {
    has_control |= cp < 0x20 || cp == 0x7F;
    blank &= cp == 0x20;
  }
  // The same facts wherever the text starts relative to an 8-byte word.
  for (std::size_t offset = 0; offset < 8; ++offset) {
    const std::vector<char> shifted = [&] {
      std::vector<char> block(offset + utf8.size());
      std::copy(utf8.begin(), utf8.end(), block.begin() + static_cast<std::ptrdiff_t>(offset));
      return block;
    }();
    const auto facts = invite::spelling::inspect_text(std::string_view(shifted.data() + offset, utf8.size()));
    INVITE_FUZZ_CHECK(facts.code_points == code_points.size());
    INVITE_FUZZ_CHECK(facts.has_control == has_control);
    INVITE_FUZZ_CHECK(facts.blank == blank);
  }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 1) return 0;
  const std::uint8_t choice = data[0];
  const std::vector<char> bytes = invite_test::exact_copy(data + 1, size - 1);
  const std::string_view text(bytes.data(), bytes.size());
  switch (choice % 6) {
    case 0: INVITE_FUZZ_CHECK(invite::spelling::is_valid_email(text) == reference::is_valid_email(text)); break;
    case 1:
      INVITE_FUZZ_CHECK(invite::spelling::is_valid_http_url(text, invite::contract_limits::max_invite_link_octets) ==
                        reference::is_valid_invite_link(text));
      break;
    case 2:
      if (!text.empty()) {
        const auto limit = static_cast<unsigned char>(text.front());
        const std::string_view url = text.substr(1);
        INVITE_FUZZ_CHECK(invite::spelling::is_valid_http_url(url, limit) == reference::is_valid_invite_link(url, limit));
      }
      break;
    case 3: check_datetime_text(text); break;
    case 4:
      if (text.size() >= 8) {
        long long minutes = 0;
        std::memcpy(&minutes, text.data(), sizeof minutes);
        check_datetime_minutes(minutes);
      }
      break;
    default: check_text(text); break;
  }
  return 0;
}
