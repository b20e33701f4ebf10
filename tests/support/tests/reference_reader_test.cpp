// The reference of the contract that the fuzz targets and the benchmark hold the library to must
// itself be right: it gives every conformance vector its verdict (the vectors are written from
// docs/contract.md, not from either reader), it reads every generated document back to the
// value that was spelled, and it gives every generated invalid document the verdict the
// generator predicted. None of this asks the library.

#include "../../conformance/conformance_vectors.hpp"

#include <invite_test/dom_oracle.hpp>
#include <invite_test/json_oracle.hpp>
#include <invite_test/reference_reader.hpp>
#include <invite_test/simdjson_dom_access.hpp>

#include <invite/invite.hpp>
#include <invite/testing/generator.hpp>

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
  using invite::testing::profile;
  reference_judge judge;
  invite::parse_options allowing_unknown;
  allowing_unknown.allow_unknown_fields = true;
  invite::testing::spelling_liberties pretty_with_unknown;
  pretty_with_unknown.unknown_fields = true;
  pretty_with_unknown.style = invite::testing::layout::pretty;
  invite::testing::spelling_liberties with_unknown;
  with_unknown.unknown_fields = true;
  for (const profile style : {profile::every_legal_form, profile::realistic_traffic}) {
    for (std::uint64_t index = 0; index < 1000; ++index) {
      invite::testing::generator maker(invite::testing::case_seed(0xEFE2E7CE, index), style);
      INFO("profile " << static_cast<int>(style) << ", document " << index);
      const invite::request request = maker.request();
      invite::request read_request{};
      CHECK(judge.valid(maker.spell(request, pretty_with_unknown), allowing_unknown, read_request));
      CHECK(read_request == request);
      const invite::response response = maker.response();
      invite::response read_response{};
      CHECK(judge.valid(maker.spell(response, with_unknown), allowing_unknown, read_response));
      CHECK(read_response == response);
    }
  }
}

TEST_CASE("the reference gives every generated document the verdict the generator predicted", "[robustness][reference]") {
  using invite::testing::document_kind;
  reference_judge judge;
  std::size_t invalid = 0;
  for (std::uint64_t index = 0; index < 3000; ++index) {
    invite::testing::generator maker(invite::testing::case_seed(0x5EFE7E, index));
    const document_kind kind = index % 2 == 0 ? document_kind::request : document_kind::response;
    const invite::testing::test_document document =
        index % 3 == 0 ? maker.valid_document(kind) : maker.invalid_document(kind);
    INFO("document " << index << ": " << document.how << "\n" << document.json.substr(0, 1000));
    invalid += document.valid ? 0 : 1;
    if (kind == document_kind::request) {
      invite::request value{};
      CHECK(judge.valid(document.json, document.options, value) == document.valid);
    } else {
      invite::response value{};
      CHECK(judge.valid(document.json, document.options, value) == document.valid);
    }
  }
  CHECK(invalid >= 1900);
}

TEST_CASE("the reference refuses what the contract refuses in a generated document", "[robustness][reference]") {
  reference_judge judge;
  const invite::parse_options strict;
  invite::testing::generator maker(5, invite::testing::profile::realistic_traffic);
  invite::request request = maker.request(3);
  invite::request read{};
  REQUIRE(judge.valid(maker.spell(request), strict, read));

  const auto refused = [&](invite::request broken) {
    invite::request ignored{};
    return !judge.valid(maker.spell(broken), strict, ignored);
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
