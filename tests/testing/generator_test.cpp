// The generator's values and spellings, checked without the library: everything it makes is
// valid by docs/contract.md's rules (checked here by independent means), its spellings are
// well-formed and take every liberty they claim, a run covers the corners of the space it claims
// to cover, and the benchmark's documents are byte for byte the ones its performance baseline was
// measured on.

#include <invite/testing.hpp>

#include <invite_test/benchmark_documents.hpp>
#include <invite_test/canonical_json.hpp>
#include <invite_test/contract_rules.hpp>
#include <invite_test/json_oracle.hpp>
#include <invite_test/utf8.hpp>

#include <catch2/catch.hpp>

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <regex>
#include <set>
#include <string>
#include <vector>

namespace {

using namespace invite_test;
using invite::testing::case_seed;
using invite::testing::generator;
using invite::testing::layout;
using invite::testing::profile;
using invite::testing::spelling_liberties;

// The WHATWG HTML "valid e-mail address" as the standard writes it, as a regular expression.
const std::regex& whatwg_email() {
  static const std::regex pattern(
      "[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?"
      "(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*");
  return pattern;
}

bool is_contract_email(const std::string& address) {
  const auto at = address.find('@');
  return at != std::string::npos && at <= 64 && address.size() <= 254 &&
         std::regex_match(address, whatwg_email());
}

bool is_contract_name(const std::string& name) {
  const auto decoded = decode_utf8(name);
  if (!decoded) return false;
  const std::vector<char32_t>& code_points = *decoded;
  bool only_spaces = true;
  for (const char32_t c : code_points) {
    if (c < 0x20 || c == 0x7F || (c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF) {
      return false;
    }
    only_spaces = only_spaces && c == U' ';
  }
  return !code_points.empty() && code_points.size() <= 255 && !only_spaces;
}

std::string lowercase(std::string text) {
  for (char& c : text) {
    c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return text;
}

bool is_contract_link(const std::string& link) {
  const std::string lower = lowercase(link.substr(0, 8));
  const std::size_t scheme = lower.rfind("https://", 0) == 0  ? 8
                             : lower.rfind("http://", 0) == 0 ? 7
                                                              : 0;
  if (scheme == 0 || link.size() > 2048 || link.size() == scheme) {
    return false;
  }
  const char first_host_char = link[scheme];
  if (first_host_char == '/' || first_host_char == '?' || first_host_char == '#' ||
      first_host_char == ':' || first_host_char == '@' || first_host_char == '\\') {
    return false;
  }
  for (const char c : link) {
    if (c < 0x21 || c > 0x7E) {
      return false;
    }
  }
  return true;
}

std::size_t longest_utf8_sequence(const std::string& text) {
  std::size_t longest = 0;
  // Kept in a variable: a range-for over value() of a temporary optional would dangle.
  const std::vector<char32_t> code_points = decode_utf8(text).value();
  for (const char32_t c : code_points) {
    const std::size_t length = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    longest = length > longest ? length : longest;
  }
  return longest;
}

// The contract's rules on a request, by the independent means above.
void check_obeys_contract(const invite::request& request) {
  CHECK(request.assessment_id >= 1);
  REQUIRE(!request.candidates.empty());
  CHECK(request.candidates.size() <= 500);
  std::set<std::string> folded;
  for (const auto& item : request.candidates) {
    INFO(item.name << " / " << item.email);
    CHECK(is_contract_name(item.name));
    CHECK(is_contract_email(item.email));
    CHECK(folded.insert(lowercase(item.email)).second);
  }
}

void check_obeys_contract(const invite::response& response) {
  REQUIRE(!response.invites.empty());
  CHECK(response.invites.size() <= 500);
  for (const auto& item : response.invites) {
    INFO(item.name << " / " << item.email << " / " << item.invite_link);
    CHECK(is_contract_name(item.name));
    CHECK(is_contract_email(item.email));
    CHECK(is_contract_link(item.invite_link));
    CHECK(!item.status.empty());
    CHECK(item.report_id >= 1);
    CHECK(item.candidate_id >= 1);
    CHECK(item.assessment_id >= 1);
  }
}

constexpr std::uint64_t coverage_seed = 0x1D0C5EED;

// The every_legal_form generator of document `index` of the coverage run.
generator coverage_generator(std::uint64_t index) { return generator(case_seed(coverage_seed, index)); }

spelling_liberties with_unknown_fields(bool unknown) {
  spelling_liberties liberties;
  liberties.unknown_fields = unknown;
  return liberties;
}

spelling_liberties laid_out(layout style) {
  spelling_liberties liberties;
  liberties.style = style;
  return liberties;
}

// FNV-1a: enough to notice any change of a document's bytes, and written in five lines.
std::uint64_t fingerprint(const std::string& bytes) {
  std::uint64_t hash = 14695981039346656037ull;
  for (const char c : bytes) hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  return hash;
}

} // namespace

TEST_CASE("generated requests and responses obey the contract's rules",
          "[testing][generator]") {
  for (std::uint64_t index = 0; index < 600; ++index) {
    generator maker = coverage_generator(index);
    INFO("document " << index);
    const auto request = maker.request();
    check_obeys_contract(request);
    for (const bool unknown : {false, true}) {
      CHECK(is_well_formed_json(maker.spell(request, with_unknown_fields(unknown))));
    }
    CHECK(is_well_formed_json(canonical_json(request)));

    const auto response = maker.response();
    check_obeys_contract(response);
    for (const bool unknown : {false, true}) {
      CHECK(is_well_formed_json(maker.spell(response, with_unknown_fields(unknown))));
    }
  }
}

TEST_CASE("a run of 10,000 documents reaches every corner the generator claims",
          "[testing][generator]") {
  bool one_item = false, five_hundred_items = false, february_29 = false, year_0 = false,
       year_9999 = false, no_expiry = false, id_1 = false, id_max = false, name_255 = false,
       two_byte = false, three_byte = false, four_byte = false, quote_in_name = false,
       backslash_in_name = false, inner_space = false, local_64 = false, email_254 = false,
       uppercase_email = false, odd_atext = false, both_formats = false, link_2048 = false,
       uppercase_scheme = false, space_status = false, control_status = false,
       repeated_response_email = false;
  bool getlink = false, sendlink = false;
  for (std::uint64_t index = 0; index < 10000; ++index) {
    generator maker = coverage_generator(index);
    const auto request = maker.request();
    one_item |= request.candidates.size() == 1;
    five_hundred_items |= request.candidates.size() == 500;
    no_expiry |= !request.expiry_date;
    if (request.expiry_date) {
      const std::string when = format_expiry(*request.expiry_date);
      february_29 |= when.substr(4, 6) == "-02-29";
      year_0 |= when.rfind("0000-", 0) == 0;
      year_9999 |= when.rfind("9999-", 0) == 0;
    }
    id_1 |= request.assessment_id == 1;
    id_max |= request.assessment_id == INT64_MAX;
    getlink |= request.invite_format == invite::format::getlink;
    sendlink |= request.invite_format == invite::format::sendlink;
    for (const auto& item : request.candidates) {
      const auto code_points = decode_utf8(item.name).value();
      name_255 |= code_points.size() == 255;
      const std::size_t longest = longest_utf8_sequence(item.name);
      two_byte |= longest >= 2;
      three_byte |= longest >= 3;
      four_byte |= longest == 4 && code_points.size() == 255;
      quote_in_name |= item.name.find('"') != std::string::npos;
      backslash_in_name |= item.name.find('\\') != std::string::npos;
      const auto space = item.name.find(' ');
      inner_space |= space != std::string::npos && space > 0 && space + 1 < item.name.size();
      local_64 |= item.email.find('@') == 64;
      email_254 |= item.email.size() == 254;
      uppercase_email |= item.email.find_first_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ") != std::string::npos;
      odd_atext |= item.email.find_first_of("!#$%&'*+/=?^_`{|}~-") < item.email.find('@');
    }
    const auto response = maker.response();
    std::set<std::string> folded;
    for (const auto& item : response.invites) {
      link_2048 |= item.invite_link.size() == 2048;
      uppercase_scheme |= item.invite_link.rfind("HTTPS://", 0) == 0;
      space_status |= item.status == " ";
      control_status |= item.status.size() == 1 && (item.status[0] < 0x20 || item.status[0] == 0x7F);
      repeated_response_email |= !folded.insert(lowercase(item.email)).second;
    }
  }
  both_formats = getlink && sendlink;
  CHECK(one_item);
  CHECK(five_hundred_items);
  CHECK(february_29);
  CHECK(year_0);
  CHECK(year_9999);
  CHECK(no_expiry);
  CHECK(id_1);
  CHECK(id_max);
  CHECK(name_255);
  CHECK(two_byte);
  CHECK(three_byte);
  CHECK(four_byte);
  CHECK(quote_in_name);
  CHECK(backslash_in_name);
  CHECK(inner_space);
  CHECK(local_64);
  CHECK(email_254);
  CHECK(uppercase_email);
  CHECK(odd_atext);
  CHECK(both_formats);
  CHECK(link_2048);
  CHECK(uppercase_scheme);
  CHECK(space_status);
  CHECK(control_status);
  CHECK(repeated_response_email);
}

TEST_CASE("spellings use every legal way of writing a character", "[testing][generator]") {
  bool surrogate_pair = false, escaped_slash = false, uppercase_hex = false, alias_name = false,
       alias_email = false, null_expiry = false, tab_whitespace = false;
  for (std::uint64_t index = 0; index < 300; ++index) {
    generator maker = coverage_generator(index);
    const std::string text = maker.spell(maker.request(), with_unknown_fields(true));
    surrogate_pair |= std::regex_search(text, std::regex("\\\\u[dD][89abAB][0-9a-fA-F]{2}\\\\u[dD][c-fC-F]"));
    escaped_slash |= text.find("\\/") != std::string::npos;
    uppercase_hex |= std::regex_search(text, std::regex("\\\\u[0-9A-F]{3}[A-F]"));
    alias_name |= text.find("\"candidate_name\"") != std::string::npos;
    alias_email |= text.find("\"candidate_email\"") != std::string::npos;
    null_expiry |= text.find("null") != std::string::npos;
    tab_whitespace |= text.find('\t') != std::string::npos;
  }
  CHECK(surrogate_pair);
  CHECK(escaped_slash);
  CHECK(uppercase_hex);
  CHECK(alias_name);
  CHECK(alias_email);
  CHECK(null_expiry);
  CHECK(tab_whitespace);
}

TEST_CASE("realistic requests and responses obey the contract's rules and are well-formed",
          "[testing][generator]") {
  for (std::uint64_t index = 0; index < 200; ++index) {
    generator maker(case_seed(coverage_seed, index), profile::realistic_traffic);
    INFO("document " << index);
    const auto request = maker.request(1 + index % 40);
    CHECK(request.candidates.size() == 1 + index % 40);
    check_obeys_contract(request);
    for (const layout whitespace : {layout::minified, layout::pretty}) {
      CHECK(is_well_formed_json(maker.spell(request, laid_out(whitespace))));
    }
    const auto response = maker.response(1 + index % 40);
    CHECK(response.invites.size() == 1 + index % 40);
    check_obeys_contract(response);
    CHECK(is_well_formed_json(maker.spell(response, laid_out(layout::pretty))));
  }
}

TEST_CASE("the benchmark's documents are the bytes its performance baseline was measured on",
          "[testing][generator][benchmark]") {
  // Fingerprints of the documents benchmarks/ timed for its published figures. A change here
  // means the baseline no longer applies: if it is meant, measure the baseline again and
  // write the new fingerprints.
  struct pinned {
    const char* name;
    std::size_t size;
    std::uint64_t fingerprint;
  };
  const pinned expected[] = {
      {"request500_minified", 45627, 0x59d939e72979d6c5ull},
      {"request500_pretty", 58648, 0x1ee1a22093db2aafull},
      {"request1_minified", 139, 0x9d69a05ad0697b2eull},
      {"request_smallest", 87, 0xb54424fecb80c82eull},
  };
  const std::vector<request_document> documents = benchmark_request_documents();
  REQUIRE(documents.size() == std::size(expected));
  for (std::size_t i = 0; i < documents.size(); ++i) {
    INFO(documents[i].name);
    CHECK(documents[i].name == expected[i].name);
    CHECK(documents[i].json.size() == expected[i].size);
    CHECK(fingerprint(documents[i].json) == expected[i].fingerprint);
  }
  // The values the parsers must reproduce, in the contract's canonical spelling.
  CHECK(fingerprint(canonical_json(documents[0].value)) == 0x52b665a6f5b6e06cull);
  CHECK(documents[1].value == documents[0].value);
  CHECK(canonical_json(documents[2].value) == documents[2].json);
  CHECK(canonical_json(documents[3].value) == documents[3].json);

  const std::string response = canonical_json(benchmark_response());
  CHECK(response.size() == 133613);
  CHECK(fingerprint(response) == 0xaa5df0e6b4d69fb9ull);

  const std::string ndjson = benchmark_ndjson();
  CHECK(ndjson.size() == 2651724);
  CHECK(fingerprint(ndjson) == 0xe7d4529aa0d2f296ull);
}
