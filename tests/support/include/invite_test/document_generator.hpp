#ifndef INVITE_TEST_DOCUMENT_GENERATOR_HPP_INCLUDED
#define INVITE_TEST_DOCUMENT_GENERATOR_HPP_INCLUDED

// Seeded, reproducible valid requests and responses, and the JSON texts that spell them. One
// generator with two profiles: every_legal_form, for finding bugs, and realistic_traffic, for
// timing. Everything is written from docs/contract.md alone: it never calls the library's parser
// or writer, so what it produces can be held against them.

#include <invite_test/detail/every_legal_form.hpp>
#include <invite_test/detail/realistic_traffic.hpp>
#include <invite_test/random_source.hpp>

#include <invite/invite.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

namespace invite_test {

enum class document_profile {
  /// Values from the whole of what the contract allows, with its corners often (255 code points
  /// of any plane, 254-octet e-mails, ids at both ends, 29 February of year 0, 1 and 500
  /// items), spelled in random legal ways: aliases, key order, whitespace, every escape, null
  /// for an absent expiry, and unknown fields when asked for.
  every_legal_form,
  /// Documents as clients and servers send them: short names from many scripts, one e-mail
  /// each, and a fixed share of the awkward spellings. The benchmark measures on these.
  realistic_traffic,
};

/// How a value is spelled beyond the value itself.
struct spelling_options {
  /// every_legal_form: add undeclared keys with random well-formed values.
  bool unknown_fields = false;
  /// realistic_traffic: minified or pretty (every_legal_form draws its whitespace).
  layout whitespace = layout::minified;
};

class document_generator {
public:
  /// The same profile and seed give the same documents on every machine and compiler.
  document_generator(document_profile profile, std::uint64_t seed) noexcept : profile_(profile), random_(seed) {}

  /// A valid request with a number of candidates the profile draws (realistic: 1 to 3).
  invite::request request() { return make_request(std::nullopt); }
  invite::request request(std::size_t candidate_count) { return make_request(candidate_count); }

  /// A valid response with a number of invitations the profile draws (realistic: 1 to 3).
  invite::response response() { return make_response(std::nullopt); }
  invite::response response(std::size_t invite_count) { return make_response(invite_count); }

  /// A JSON text of `value`, which must be valid, as the profile spells it.
  std::string spell(const invite::request& value, const spelling_options& options = {}) {
    return spell_value(value, options);
  }
  std::string spell(const invite::response& value, const spelling_options& options = {}) {
    return spell_value(value, options);
  }

  /// The generator's own random source, for choices that go with its documents.
  random_source& random() noexcept { return random_; }

private:
  std::size_t realistic_count(std::optional<std::size_t> count) { return count ? *count : 1 + random_.index(3); }

  invite::request make_request(std::optional<std::size_t> count) {
    if (profile_ == document_profile::realistic_traffic) return detail::realistic_request(random_, realistic_count(count));
    return detail::random_request(random_, count);
  }

  invite::response make_response(std::optional<std::size_t> count) {
    if (profile_ == document_profile::realistic_traffic) return detail::realistic_response(random_, realistic_count(count));
    return detail::random_response(random_, count);
  }

  template <class T>
  std::string spell_value(const T& value, const spelling_options& options) {
    if (profile_ == document_profile::realistic_traffic) return detail::spell_realistically(value, options.whitespace);
    return detail::spell_randomly(value, random_, options.unknown_fields);
  }

  document_profile profile_;
  random_source random_;
};

} // namespace invite_test

#endif // INVITE_TEST_DOCUMENT_GENERATOR_HPP_INCLUDED
