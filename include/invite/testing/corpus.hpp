#ifndef INVITE_TESTING_CORPUS_HPP_INCLUDED
#define INVITE_TESTING_CORPUS_HPP_INCLUDED

// Corpora for load tests and benchmarks: N bodies from a seed, a chosen share of them invalid,
// each with the verdict a server must give (the errors of the body, hence its HTTP status).
// make_corpus() keeps them in memory (the project's benchmarks time these); write_corpus() puts
// them in a folder for wrk, k6, Gatling or a user's own benchmark, and tools/invite-corpus is
// the command that does both. Every body is read with default parse_options, as a server reads.

#include <invite/codec/error.hpp>
#include <invite/testing/detail/unicode.hpp>
#include <invite/testing/generator.hpp>
#include <invite/testing/random_source.hpp>
#include <invite/testing/liberties.hpp>
#include <invite/testing/test_document.hpp>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

namespace invite::testing {

/// A share as a fraction, so that it means the same everywhere (no floating point).
struct share {
  std::uint64_t numerator = 0;
  std::uint64_t denominator = 1;
};

/// "0.25", "25%", "1/4", "0" or "1": a share between 0 and 1, or nullopt.
inline std::optional<share> parse_share(std::string_view text) {
  const auto digits = [](std::string_view part, std::uint64_t& value) {
    if (part.empty() || part.size() > 12) return false;
    value = 0;
    for (const char c : part) {
      if (c < '0' || c > '9') return false;
      value = value * 10 + static_cast<std::uint64_t>(c - '0');
    }
    return true;
  };
  share out;
  if (const std::size_t slash = text.find('/'); slash != std::string_view::npos) {
    if (!digits(text.substr(0, slash), out.numerator) || !digits(text.substr(slash + 1), out.denominator)) return std::nullopt;
  } else if (!text.empty() && text.back() == '%') {
    if (!digits(text.substr(0, text.size() - 1), out.numerator)) return std::nullopt;
    out.denominator = 100;
  } else if (const std::size_t dot = text.find('.'); dot != std::string_view::npos) {
    std::uint64_t whole = 0, fraction = 0;
    const std::string_view decimals = text.substr(dot + 1);
    if (!digits(dot == 0 ? std::string_view("0") : text.substr(0, dot), whole) || !digits(decimals, fraction)) return std::nullopt;
    out.denominator = 1;
    for (std::size_t i = 0; i < decimals.size(); ++i) out.denominator *= 10;
    out.numerator = whole * out.denominator + fraction;
  } else if (!digits(text, out.numerator)) {
    return std::nullopt;
  }
  if (out.denominator == 0 || out.numerator > out.denominator) return std::nullopt;
  return out;
}

struct corpus_settings {
  std::size_t count = 1000;
  std::uint64_t seed = 1;
  /// Bodies i for which floor((i + 1) * share) > floor(i * share) are invalid: exactly
  /// floor(count * share) of them, spread evenly (with 1/3, every third).
  share invalid = {1, 3};
  profile style = profile::realistic_traffic;
  document_kind kind = document_kind::request;
};

/// Whether body `index` of a corpus is one of its invalid ones.
inline bool corpus_slot_is_invalid(std::size_t index, share invalid) noexcept {
  const std::uint64_t i = index;
  return (i + 1) * invalid.numerator / invalid.denominator > i * invalid.numerator / invalid.denominator;
}

/// One body of a corpus, from its own seed (case_seed(settings.seed, index)), so that any body
/// can be made again alone. realistic_traffic draws the size of each as a server sees them: most
/// small, some up to 500 items; one in four pretty-printed.
inline test_document corpus_document(const corpus_settings& settings, std::size_t index) {
  generator maker(case_seed(settings.seed, index), settings.style);
  random_source& random = maker.random();
  const bool invalid = corpus_slot_is_invalid(index, settings.invalid);
  if (settings.style == profile::every_legal_form) {
    if (invalid) return maker.invalid_document_default_options(settings.kind);
    spelling_liberties liberties;
    return maker.valid_document(settings.kind, liberties);
  }
  static constexpr std::size_t sizes[] = {1, 1, 1, 2, 2, 3, 5, 8, 20, 50, 120, 300, 500};
  const std::size_t items = random.pick(sizes);
  if (invalid) return maker.invalid_document_default_options(settings.kind, items);
  spelling_liberties liberties;
  liberties.style = random.one_in(4) ? layout::pretty : layout::minified;
  test_document out;
  out.kind = settings.kind;
  out.json = settings.kind == document_kind::request ? maker.spell(maker.request(items), liberties)
                                                      : maker.spell(maker.response(items), liberties);
  return out;
}

inline std::vector<test_document> make_corpus(const corpus_settings& settings) {
  std::vector<test_document> corpus;
  corpus.reserve(settings.count);
  for (std::size_t i = 0; i < settings.count; ++i) corpus.push_back(corpus_document(settings, i));
  return corpus;
}

/// The HTTP status a server owes a body under docs/contract.md §10: 413 for payload_too_large,
/// 400 for any other error, 200 for a valid body.
inline int expected_status(const test_document& document) noexcept {
  if (document.valid) return 200;
  return !document.errors.empty() && document.errors[0].code == error_code::payload_too_large ? 413 : 400;
}

/// One line of verdicts.ndjson: the body's file, kind, verdict, status and errors.
inline std::string verdict_line(const test_document& document, std::string_view file) {
  std::string line = "{\"file\":";
  detail::append_json_string_literal(line, file);
  line += ",\"kind\":\"" + std::string(to_string(document.kind)) + "\"";
  line += ",\"valid\":" + std::string(document.valid ? "true" : "false");
  line += ",\"status\":" + std::to_string(expected_status(document));
  line += ",\"errors\":[";
  for (std::size_t i = 0; i < document.errors.size(); ++i) {
    const expected_error& e = document.errors[i];
    line += i > 0 ? ",{\"code\":\"" : "{\"code\":\"";
    line += to_string(e.code);
    line += "\",\"path\":";
    detail::append_json_string_literal(line, e.path);
    line += ",\"offset\":" + std::to_string(e.offset) + "}";
  }
  line += "],\"how\":";
  detail::append_json_string_literal(line, document.how);
  line += "}";
  return line;
}

/// The name of body `index`: six digits and .json, so that the files sort in corpus order.
inline std::string corpus_file_name(std::size_t index) {
  std::string digits = std::to_string(index);
  if (digits.size() < 6) digits.insert(0, 6 - digits.size(), '0');
  return digits + ".json";
}

/// Writes each body to DIRECTORY/NNNNNN.json and their verdicts, one JSON object a line and in
/// the same order, to DIRECTORY/verdicts.ndjson (made if missing). On failure, says why in
/// `problem` and returns false.
inline bool write_corpus(const std::vector<test_document>& corpus, const std::string& directory, std::string& problem) {
  namespace fs = std::filesystem;
  std::error_code failure;
  fs::create_directories(directory, failure);
  if (failure) {
    problem = "cannot create " + directory + ": " + failure.message();
    return false;
  }
  std::ofstream verdicts(fs::path(directory) / "verdicts.ndjson", std::ios::binary);
  for (std::size_t i = 0; i < corpus.size() && verdicts; ++i) {
    const std::string name = corpus_file_name(i);
    std::ofstream body(fs::path(directory) / name, std::ios::binary);
    body.write(corpus[i].json.data(), static_cast<std::streamsize>(corpus[i].json.size()));
    if (!body) {
      problem = "cannot write " + (fs::path(directory) / name).string();
      return false;
    }
    verdicts << verdict_line(corpus[i], name) << '\n';
  }
  verdicts.flush();
  if (!verdicts) {
    problem = "cannot write " + (fs::path(directory) / "verdicts.ndjson").string();
    return false;
  }
  return true;
}

} // namespace invite::testing

#endif // INVITE_TESTING_CORPUS_HPP_INCLUDED
