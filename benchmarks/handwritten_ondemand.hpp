#ifndef INVITE_BENCHMARKS_HANDWRITTEN_ONDEMAND_HPP_INCLUDED
#define INVITE_BENCHMARKS_HANDWRITTEN_ONDEMAND_HPP_INCLUDED

// The ceiling reference: a parser written by hand with simdjson On Demand for exactly this
// contract, as a careful engineer would write it for one endpoint — no reflection, no rule
// tables, keys matched by length and bytes, plain strings read straight from the input. Its
// rules come from the test support (<invite_test/contract_rules.hpp>), its checks on decoded
// strings from the library's validators (library_string_rules.hpp), as for every contender. It
// reports the same errors as the library (code, JSON Pointer, offset; messages aside), so that
// its verdicts can be held against the library's.

#include <invite_test/caseless_email_set.hpp>
#include <invite_test/input_copies.hpp>

#include <invite/invite.hpp>

#include <simdjson.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace invite_test {

/// One broken rule, as the library reports it minus the message.
struct contract_error {
  invite::error_code code;
  std::string path;
  std::size_t offset;
};

class handwritten_ondemand_parser {
public:
  /// Parses `json` into `out` (which should be empty); true when it is a valid request.
  bool parse(std::string_view json, invite::request& out, const invite::parse_options& options = {});

  /// The errors of the last parse, in document order, at most max_errors of them.
  const std::vector<contract_error>& errors() const noexcept { return errors_; }

private:
  using value = simdjson::ondemand::value;

  // Where a value sits: a member of the root, the item itself, or a member of an item.
  struct place {
    std::size_t item;      // no_item for members of the root
    std::string_view key;  // decoded
    bool has_key;
  };
  static constexpr std::size_t no_item = static_cast<std::size_t>(-1);

  void read_document(invite::request& out);
  bool read_request(value& root, invite::request& out);
  bool read_id(value& v, std::int64_t& out, const place& at);
  bool read_format(value& v, invite::format& out, const place& at);
  bool read_expiry(value& v, std::optional<date::local_time<std::chrono::minutes>>& out, const place& at);
  bool read_candidates(value& v, std::vector<invite::candidate>& out, const place& at);
  bool read_candidate(value& v, std::vector<invite::candidate>& items, std::size_t index);
  bool read_name(value& v, std::string& out, const place& at);
  bool read_email(value& v, std::vector<invite::candidate>& items, std::size_t index, const place& at);
  bool read_text(value& v, std::string_view& text);
  bool followed_by_separator(std::string_view token);
  bool read_key(simdjson::ondemand::field& field, std::string_view& key);
  void unknown_key(std::string_view key, const char* key_start, std::vector<std::string>& seen,
                   const place& at);
  bool mismatch(value& v, const place& at, std::size_t depth);
  bool skip(value& v, std::size_t depth);

  std::string path_of(const place& at) const;
  void report(invite::error_code code, const place& at, const char* where);
  bool malformed(const char* where);
  std::size_t offset_of(const char* where) const noexcept {
    return static_cast<std::size_t>(where - base_);
  }

  simdjson::ondemand::parser json_;
  padded_copy padded_;
  simdjson::padded_string_view input_;
  const char* base_ = nullptr;
  std::size_t size_ = 0;
  const invite::parse_options* options_ = nullptr;
  std::vector<contract_error> errors_;
  bool malformed_ = false;
  std::size_t malformed_offset_ = 0;
  caseless_email_set emails_;
  std::vector<std::string> root_unknown_keys_;
  std::vector<std::string> item_unknown_keys_;
};

} // namespace invite_test

#endif // INVITE_BENCHMARKS_HANDWRITTEN_ONDEMAND_HPP_INCLUDED
