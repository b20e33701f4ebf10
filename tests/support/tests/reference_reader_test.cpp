// The reference of the contract that the fuzz targets and the benchmark hold the library to must
// itself be right: it gives every conformance vector its verdict (the vectors are written from
// docs/contract.md, not from either reader), and it reads every generated document back to the
// value that was spelled. None of this asks the library.

#include "../../conformance/conformance_vectors.hpp"

#include <invite_test/document_generator.hpp>
#include <invite_test/dom_oracle.hpp>
#include <invite_test/json_oracle.hpp>
#include <invite_test/random_source.hpp>
#include <invite_test/reference_reader.hpp>
#include <invite_test/simdjson_dom_access.hpp>

#include <invite/invite.hpp>

#include <catch2/catch.hpp>

#include <cstdint>
#include <optional>
#include <string>

namespace {

using namespace invite_test;

// The reference's verdict on a whole body: the byte limit first, then well-formedness (both
// oracles must agree on it), then the rules.
class reference_judge {
public:
  template <class T>
  bool valid(const std::string& json, const invite::parse_options& options, T& value) {
    if (json.size() > options.max_bytes) return false;
    const std::optional<simdjson::dom::element> root = oracle_.parse(json);
    CHECK(root.has_value() == is_well_formed_json(json));
    if (!root) return false;
    return reference_reader<simdjson_dom_access>(state_, options.allow_unknown_fields).read(*root, value);
  }

private:
  dom_oracle oracle_;
  reference_state state_;
};

} // namespace

TEST_CASE("the reference gives every conformance vector its verdict", "[robustness][reference]") {
  reference_judge judge;
  std::size_t checked = 0;
  for (const conformance::conformance_vector& vector : conformance::all_vectors()) {
    INFO("vector " << vector.name);
    bool valid = false;
    if (vector.is_response) {
      invite::response value{};
      valid = judge.valid(vector.document, vector.options, value);
    } else {
      invite::request value{};
      valid = judge.valid(vector.document, vector.options, value);
    }
    CHECK(valid == vector.valid);
    ++checked;
  }
  CHECK(checked >= 250);
}

TEST_CASE("the reference reads every generated document back to its value", "[robustness][reference]") {
  reference_judge judge;
  invite::parse_options allowing_unknown;
  allowing_unknown.allow_unknown_fields = true;
  for (const document_profile profile : {document_profile::every_legal_form, document_profile::realistic_traffic}) {
    for (std::uint64_t index = 0; index < 1000; ++index) {
      document_generator generator(profile, document_seed(0xEFE2E7CE, index));
      INFO("profile " << static_cast<int>(profile) << ", document " << index);
      const invite::request request = generator.request();
      invite::request read_request{};
      CHECK(judge.valid(generator.spell(request, {true, layout::pretty}), allowing_unknown, read_request));
      CHECK(read_request == request);
      const invite::response response = generator.response();
      invite::response read_response{};
      CHECK(judge.valid(generator.spell(response, {true, layout::minified}), allowing_unknown, read_response));
      CHECK(read_response == response);
    }
  }
}

TEST_CASE("the reference refuses what the contract refuses in a generated document", "[robustness][reference]") {
  reference_judge judge;
  const invite::parse_options strict;
  document_generator generator(document_profile::realistic_traffic, 5);
  invite::request request = generator.request(3);
  invite::request read{};
  REQUIRE(judge.valid(generator.spell(request), strict, read));

  const auto refused = [&](invite::request broken) {
    invite::request ignored{};
    return !judge.valid(generator.spell(broken), strict, ignored);
  };
  invite::request repeated_email = request;
  repeated_email.candidates[2].email = "X" + request.candidates[0].email.substr(1);
  repeated_email.candidates[0].email[0] = 'x';
  CHECK(refused(repeated_email));
  invite::request blank_name = request;
  blank_name.candidates[1].name = "   ";
  CHECK(refused(blank_name));
  invite::request zero_id = request;
  zero_id.assessment_id = 0;
  CHECK(refused(zero_id));
  invite::request no_candidates = request;
  no_candidates.candidates.clear();
  CHECK(refused(no_candidates));
  invite::request bad_email = request;
  bad_email.candidates[0].email = "a@-x.io";
  CHECK(refused(bad_email));
}
