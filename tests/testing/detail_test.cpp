// The testing module's inner pieces, and what the public surface reaches of them rarely or never:
// the forgiving token scan the fuzz mutator edits, the mutator on responses, the JSON string
// literal that reports and corpus lines write any bytes as, the verdict predicted for a text
// longer than max_bytes (which shrinking a failing case meets), the invitation a breakage adds
// to a response, and a flaw malform() does not apply. Each held against the library or the
// independent well-formedness oracle of the test support. Compiled unoptimised, in a program of
// its own (see CMakeLists.txt).

#include <invite/invite.hpp>
#include <invite/testing.hpp>

#include <invite_test/json_oracle.hpp>
#include <invite_test/kept_verdicts.hpp>

#include <catch2/catch.hpp>

#include <cstdint>
#include <set>
#include <string>
#include <vector>

namespace {

using namespace invite::testing;
using detail::token_kind;
using detail::nowhere;

std::string mutated(const std::string& input, std::size_t max_size, unsigned seed, const mutator_settings& settings) {
  std::vector<std::uint8_t> buffer(max_size > input.size() ? max_size : input.size());
  std::copy(input.begin(), input.end(), buffer.begin());
  const std::size_t size = mutate_document(buffer.data(), input.size(), max_size, seed, settings);
  REQUIRE(size <= max_size);
  return std::string(reinterpret_cast<const char*>(buffer.data()), size);
}

} // namespace

TEST_CASE("the token scan: every kind of token, brackets matched, values, keys and their text", "[testing][detail]") {
  const detail::token_scan scan(R"({ "k\u0041\n\"": [1.5e3, true, {}], "x":? } )");
  std::vector<token_kind> kinds;
  for (const detail::text_token& token : scan.tokens()) kinds.push_back(token.kind);
  const std::vector<token_kind> expected = {
      token_kind::open_object, token_kind::whitespace, token_kind::string,      token_kind::colon,
      token_kind::whitespace,  token_kind::open_array, token_kind::number,      token_kind::comma,
      token_kind::whitespace,  token_kind::word,       token_kind::comma,       token_kind::whitespace,
      token_kind::open_object, token_kind::close_object, token_kind::close_array, token_kind::comma,
      token_kind::whitespace,  token_kind::string,     token_kind::colon,       token_kind::other,
      token_kind::whitespace,  token_kind::close_object, token_kind::whitespace};
  REQUIRE(kinds == expected);
  CHECK(scan.tokens()[0].match == 21);
  CHECK(scan.tokens()[5].match == 14);
  CHECK(scan.tokens()[12].match == 13);
  CHECK(scan.tokens()[6].parent == 5);
  CHECK(scan.value_end(5) == scan.tokens()[14].end); // an array: to its closing bracket
  CHECK(scan.value_end(6) == scan.tokens()[6].end);  // a number: the token
  // Nothing solid after the last bracket, nor before the first.
  CHECK(scan.next_solid(21) == nowhere);
  CHECK(scan.previous_solid(0) == nowhere);
  CHECK(scan.next_solid(2) == 3);
  CHECK(scan.previous_solid(5) == 3);
  // Values: strings that are no keys, numbers, words, objects and arrays; nothing else.
  CHECK_FALSE(scan.starts_value(2)); // a key
  CHECK(scan.starts_value(5));
  CHECK(scan.starts_value(6));
  CHECK(scan.starts_value(9));
  CHECK(scan.starts_value(12));
  CHECK_FALSE(scan.starts_value(3));
  CHECK_FALSE(scan.starts_value(19));
  CHECK(scan.is_key(2));
  CHECK(scan.is_key(17));
  // Escapes of ASCII characters resolved, a simple one and \u0041; the key of a value.
  CHECK(scan.string_text(2) == "kA\n\"");
  CHECK(scan.key_before(5) == "kA\n\"");
  CHECK(scan.key_before(0).empty());
  CHECK(scan.key_before(6).empty()); // an item: no colon before it

  // Whatever is not JSON: an unclosed string runs to the end, an unmatched bracket matches nothing.
  const detail::token_scan broken("]{\"ab");
  REQUIRE(broken.tokens().size() == 3);
  CHECK(broken.tokens()[0].kind == token_kind::close_array);
  CHECK(broken.tokens()[0].match == nowhere);
  CHECK(broken.tokens()[1].match == nowhere);
  CHECK(broken.tokens()[2].kind == token_kind::string);
  CHECK(broken.tokens()[2].end == 5);
  CHECK(detail::token_scan("").tokens().empty());
}

TEST_CASE("mutants of valid responses stay plausible: many valid, some with a fresh invite, the rest broken in many ways",
          "[testing][detail][mutator]") {
  // As a response: the items the mutator adds or puts in place of others are invites, with the
  // members only a response has (report_id, candidate_id, assessment_id, invite_link, status).
  mutator_settings settings;
  settings.kind = document_kind::response;
  invite::parser parser;
  invite::result<invite::response> parsed;
  std::size_t valid = 0, total = 0, grown = 0;
  std::set<invite::error_code> codes;
  for (unsigned seed = 0; seed < 600; ++seed) {
    generator maker(seed, seed % 2 == 0 ? profile::every_legal_form : profile::realistic_traffic);
    const std::string input = maker.valid_document(document_kind::response).json;
    if (input.size() > 4096) continue;
    parser.parse(input, parsed);
    REQUIRE(parsed.ok());
    const std::size_t invites_before = parsed.value().invites.size();
    std::set<std::string> emails_before;
    for (const invite::invitation& invitation : parsed.value().invites) emails_before.insert(invitation.email);
    const std::string mutant = mutated(input, 4096, seed, settings);
    CHECK(mutant == mutated(input, 4096, seed, settings));
    parser.parse(mutant, parsed);
    ++total;
    if (parsed.ok()) {
      ++valid;
      bool new_email = false;
      for (const invite::invitation& invitation : parsed.value().invites) {
        new_email = new_email || emails_before.count(invitation.email) == 0;
      }
      grown += parsed.value().invites.size() > invites_before && new_email;
      continue;
    }
    for (const invite::error& e : parsed.errors()) codes.insert(e.code);
  }
  INFO(valid << " valid (" << grown << " with a fresh invite more) of " << total << "; " << codes.size() << " codes");
  CHECK(total > 500);
  CHECK(valid * 4 >= total);
  CHECK(grown > 0);          // a fresh invite added, with every member a response needs
  CHECK(codes.size() >= 10); // broken in the response's many ways, not only as JSON
}

TEST_CASE("a JSON string literal of any bytes escapes controls and stray bytes, keeps whole UTF-8", "[testing][detail]") {
  std::string out = "x"; // appended to, not replaced
  // 'a', U+0001, '"', '\', DEL, a byte that starts nothing (FF), an overlong lead (C0), a whole
  // two-byte sequence (é), a three-byte lead whose second continuation is missing (E2 82), and
  // a two-byte lead cut off by the end (C3).
  detail::append_json_string_literal(out, std::string("a\x01\"\\\x7F\xFF\xC0\xC3\xA9\xE2\x82\xC3", 12));
  const std::string expected = std::string("x\"a\\u0001\\\"\\\\\\u007f\\u00ff\\u00c0") + "\xC3\xA9" + "\\u00e2\\u0082\\u00c3\"";
  CHECK(out == expected);
  CHECK_FALSE(invite_test::where_json_stops(out.substr(1)).has_value()); // one well-formed JSON text

  std::string empty;
  detail::append_json_string_literal(empty, "");
  CHECK(empty == "\"\"");
}

TEST_CASE("the verdict of a text longer than max_bytes is payload_too_large alone, as the library says", "[testing][detail]") {
  invite_test::kept_verdicts library;
  std::size_t checked = 0;
  for (unsigned seed = 0; seed < 40; ++seed) {
    const document_kind kind = seed % 2 == 0 ? document_kind::request : document_kind::response;
    generator maker(seed);
    // An invalid model too: its own errors give way to the size, as in the library.
    detail::modelled_document made =
        seed % 4 < 2 ? maker.valid_modelled(kind, spelling_liberties{}) : maker.invalid_modelled(kind, false);
    const detail::rendered_document text = detail::renderer(false).render(made.model);
    INFO("seed " << seed << ": " << text.text);
    if (text.text.empty()) continue; // cut short to nothing: no max_bytes is below its size
    ++checked;
    // One byte too many, and exactly as many as allowed (the boundary: then the size is no error).
    for (const std::size_t excess : {std::size_t{1}, std::size_t{0}}) {
      invite::parse_options options;
      options.max_bytes = text.text.size() - excess;
      test_document predicted;
      detail::predict(made.model, text, kind, options, predicted);
      predicted.json = text.text;
      const bool payload_too_large = !predicted.errors.empty() && predicted.errors[0].code == invite::error_code::payload_too_large;
      CHECK(payload_too_large == (excess == 1));
      if (excess == 1) CHECK(predicted.errors.size() == 1);
      CHECK(library.difference(predicted, kind, text.text, options).empty());
    }
  }
  CHECK(checked >= 30);
}

TEST_CASE("an invitation a breakage adds to a response is a valid one, with every member a response needs",
          "[testing][detail]") {
  // The e-mail repeated, the one breakage that adds an item, applies to requests only; the
  // item it makes is still one of whichever kind it is asked for.
  invite::parser parser;
  invite::result<invite::response> responses;
  invite::result<invite::request> requests;
  for (unsigned seed = 0; seed < 50; ++seed) {
    random_source random(seed);
    detail::legal_speller speller(random, spelling_liberties{});
    detail::json_document unused;
    std::string how;
    for (const document_kind kind : {document_kind::response, document_kind::request}) {
      detail::breakage_context context{unused, kind, speller, how};
      detail::json_document wrapper;
      wrapper.root.type = detail::json_type::object;
      detail::json_node items;
      items.type = detail::json_type::array;
      detail::json_item item;
      item.value = detail::fresh_item(context);
      items.items.push_back(std::move(item));
      if (kind == document_kind::response) {
        wrapper.root.members.push_back(speller.member("invites", std::move(items)));
      } else {
        wrapper.root.members.push_back(speller.member("assessment_id", speller.integer(7)));
        wrapper.root.members.push_back(speller.member("invite_format", speller.string("getlink")));
        wrapper.root.members.push_back(speller.member("candidates", std::move(items)));
      }
      const std::string text = detail::renderer(false).render(wrapper).text;
      INFO("seed " << seed << ": " << text);
      if (kind == document_kind::response) {
        parser.parse(text, responses);
        REQUIRE(responses.ok());
        REQUIRE(responses.value().invites.size() == 1);
        CHECK(responses.value().invites[0].report_id > 0);
        CHECK(!responses.value().invites[0].invite_link.empty());
      } else {
        parser.parse(text, requests);
        CHECK(requests.ok()); // and no member a request does not declare
      }
    }
  }
}

TEST_CASE("malform() applies no flaw it is not for: cut_short is the renderer's, and leaves the document as it was",
          "[testing][detail]") {
  generator maker(3);
  detail::modelled_document made = maker.valid_modelled(document_kind::request, spelling_liberties{});
  const std::string before = detail::renderer(false).render(made.model).text;
  random_source random(3);
  detail::legal_speller speller(random, spelling_liberties{});
  std::string how;
  CHECK_FALSE(detail::malform(made.model, detail::malformation::cut_short, speller, how));
  CHECK(how.empty());
  CHECK(detail::renderer(false).render(made.model).text == before);
  // The same document takes a flaw it is for.
  CHECK(detail::malform(made.model, detail::malformation::trailing_comma, speller, how));
  CHECK(detail::renderer(false).render(made.model).text != before);
}

TEST_CASE("invalid documents of both kinds, unoptimised: each gets exactly the errors it predicts", "[testing][detail]") {
  // verdicts_test.cpp holds 100,000 seeds against the library; these few run the generator's
  // breakages in this unoptimised program too, so that its coverage sees their every line.
  invite_test::kept_verdicts library;
  std::size_t invalid = 0;
  for (unsigned seed = 0; seed < 800; ++seed) {
    const document_kind kind = seed % 2 == 0 ? document_kind::request : document_kind::response;
    generator maker(seed, seed % 4 < 2 ? profile::every_legal_form : profile::realistic_traffic);
    const test_document document = maker.invalid_document(kind);
    invalid += !document.valid;
    INFO("seed " << seed << " (" << document.how << "): " << document.json);
    CHECK(library.difference(document).empty());
  }
  CHECK(invalid > 700); // max_errors 0 leaves some without errors to show, not many
}
