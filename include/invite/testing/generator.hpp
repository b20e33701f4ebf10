#ifndef INVITE_TESTING_GENERATOR_HPP_INCLUDED
#define INVITE_TESTING_GENERATOR_HPP_INCLUDED

// Seeded documents of the contract, valid and invalid, each with its exact verdict.
//
// Everything here is written from docs/contract.md alone: it never calls the library's parser,
// writer or validators, so what it produces can be held against them. A document is built as a
// model of its text (every token, every byte of whitespace), written out, and read back by a
// reading of the contract (detail/prediction.hpp) that gives the errors the library must report:
// code, JSON Pointer and byte offset, in order. The same profile and seed give the same bytes on
// every platform, compiler, standard library and byte order (random_source.hpp); tests/testing
// checks that a digest over many seeds is the same under g++ and clang++.

#include <invite/codec/error.hpp>
#include <invite/codec/parse_options.hpp>
#include <invite/contract/request_struct.hpp>
#include <invite/contract/response_struct.hpp>
#include <invite/testing/answers.hpp>
#include <invite/testing/detail/breakages.hpp>
#include <invite/testing/detail/every_legal_value.hpp>
#include <invite/testing/detail/json_model.hpp>
#include <invite/testing/detail/legal_speller.hpp>
#include <invite/testing/detail/malformations.hpp>
#include <invite/testing/detail/prediction.hpp>
#include <invite/testing/detail/realistic_traffic.hpp>
#include <invite/testing/random_source.hpp>
#include <invite/testing/liberties.hpp>
#include <invite/testing/test_document.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace invite::testing {

namespace detail {

/// One way to break a document, the code it is there for, and how often each profile draws it.
enum class breakage : unsigned char {
  id_out_of_range, id_type, format_value, format_type, expiry_value, expiry_type, items_empty, items_too_many,
  items_type, item_type, name_blank, name_too_long, name_control, name_type, email_value, email_type, email_repeated,
  link_value, link_type, status_empty, status_type, member_missing, member_unknown, member_repeated, alias_conflict,
  root_type, malformed, oversized
};

struct breakage_entry {
  breakage kind;
  error_code code;
  unsigned every_form_weight; // of 1000-odd
  unsigned realistic_weight;  // the mistakes clients make most, most
};

inline constexpr breakage_entry breakage_table[] = {
    {breakage::id_out_of_range, error_code::out_of_range, 40, 10},
    {breakage::id_type, error_code::type_mismatch, 40, 60},
    {breakage::format_value, error_code::invalid_enum, 30, 60},
    {breakage::format_type, error_code::type_mismatch, 15, 5},
    {breakage::expiry_value, error_code::invalid_datetime, 40, 40},
    {breakage::expiry_type, error_code::type_mismatch, 15, 5},
    {breakage::items_empty, error_code::too_short, 20, 10},
    {breakage::items_too_many, error_code::too_long, 4, 2},
    {breakage::items_type, error_code::type_mismatch, 15, 5},
    {breakage::item_type, error_code::type_mismatch, 25, 5},
    {breakage::name_blank, error_code::too_short, 35, 60},
    {breakage::name_too_long, error_code::too_long, 25, 5},
    {breakage::name_control, error_code::invalid_characters, 35, 10},
    {breakage::name_type, error_code::type_mismatch, 20, 10},
    {breakage::email_value, error_code::invalid_email, 60, 120},
    {breakage::email_type, error_code::type_mismatch, 20, 10},
    {breakage::email_repeated, error_code::duplicate_value, 40, 40},
    {breakage::link_value, error_code::invalid_url, 50, 10},
    {breakage::link_type, error_code::type_mismatch, 15, 5},
    {breakage::status_empty, error_code::too_short, 30, 5},
    {breakage::status_type, error_code::type_mismatch, 15, 5},
    {breakage::member_missing, error_code::missing_field, 60, 40},
    {breakage::member_unknown, error_code::unknown_field, 60, 80},
    {breakage::member_repeated, error_code::duplicate_field, 50, 10},
    {breakage::alias_conflict, error_code::alias_conflict, 40, 10},
    {breakage::root_type, error_code::type_mismatch, 10, 5},
    {breakage::malformed, error_code::invalid_json, 90, 80},
    {breakage::oversized, error_code::payload_too_large, 10, 0},
};

inline bool applies_to(breakage kind, document_kind document) noexcept {
  switch (kind) {
    case breakage::format_value:
    case breakage::format_type:
    case breakage::expiry_value:
    case breakage::expiry_type:
    case breakage::email_repeated:
    case breakage::alias_conflict: return document == document_kind::request;
    case breakage::link_value:
    case breakage::link_type:
    case breakage::status_empty:
    case breakage::status_type: return document == document_kind::response;
    default: return true;
  }
}

inline bool apply_breakage(breakage kind, breakage_context& context) {
  switch (kind) {
    case breakage::id_out_of_range: return break_id(context, true);
    case breakage::id_type: return break_id(context, false);
    case breakage::format_value: return break_format(context, false);
    case breakage::format_type: return break_format(context, true);
    case breakage::expiry_value: return break_expiry(context, false);
    case breakage::expiry_type: return break_expiry(context, true);
    case breakage::items_empty: return break_item_count(context, false);
    case breakage::items_too_many: return break_item_count(context, true);
    case breakage::items_type: return break_array_type(context);
    case breakage::item_type: return break_item_type(context);
    case breakage::name_blank: return break_name(context, error_code::too_short);
    case breakage::name_too_long: return break_name(context, error_code::too_long);
    case breakage::name_control: return break_name(context, error_code::invalid_characters);
    case breakage::name_type: return break_name(context, error_code::type_mismatch);
    case breakage::email_value: return break_email(context, false);
    case breakage::email_type: return break_email(context, true);
    case breakage::email_repeated: return repeat_email(context);
    case breakage::link_value: return break_link(context, false);
    case breakage::link_type: return break_link(context, true);
    case breakage::status_empty: return break_status(context, false);
    case breakage::status_type: return break_status(context, true);
    case breakage::member_missing: return remove_member(context);
    case breakage::member_unknown: return add_unknown_member(context);
    case breakage::member_repeated: return repeat_member(context);
    case breakage::alias_conflict: return add_alias_conflict(context);
    case breakage::root_type: return replace_root(context);
    default: return false; // GCOVR_EXCL_LINE: malformed and oversized work on the text; both callers do them themselves
  }
}

} // namespace detail

class generator {
public:
  /// The same profile and seed give the same values, texts and documents everywhere.
  explicit generator(std::uint64_t seed, profile style = profile::every_legal_form) noexcept
      : style_(style), random_(seed) {}

  // ---- values ---------------------------------------------------------------------------

  /// A valid request; every_legal_form draws 1 to 500 candidates (mostly few), realistic_traffic
  /// 1 to 3.
  invite::request request() { return make_request(std::nullopt); }
  invite::request request(std::size_t candidates) { return make_request(candidates); }

  /// A valid response, its invites counted as a request's candidates.
  invite::response response() { return make_response(std::nullopt); }
  invite::response response(std::size_t invites) { return make_response(invites); }

  // ---- texts ----------------------------------------------------------------------------

  /// A JSON text of `value` as the profile spells it. Valid if the value is (with
  /// allow_unknown_fields when `liberties.unknown_fields`); the value itself is not checked.
  std::string spell(const invite::request& value, const spelling_liberties& liberties = {}) { return render(model(value, liberties)); }
  std::string spell(const invite::response& value, const spelling_liberties& liberties = {}) { return render(model(value, liberties)); }

  // ---- documents with their verdicts ------------------------------------------------------

  /// A valid document: a value drawn and spelled; allow_unknown_fields when the spelling adds
  /// undeclared members.
  test_document valid_document(document_kind kind, const spelling_liberties& liberties = {}) {
    return valid_modelled(kind, liberties).document;
  }

  /// A document that breaks one to three rules (now and then it is not JSON at all, or too
  /// large for its options), with varied options: allow_unknown_fields, a small max_errors, a
  /// small max_bytes. Its errors are exactly what the library reports under those options.
  test_document invalid_document(document_kind kind) { return broken(kind, std::nullopt, true, 0).document; }

  /// A document whose errors include `wanted`, under default options (except payload_too_large,
  /// which comes from a max_bytes below the document's size). Every one of the sixteen codes can
  /// be asked for of a request or a response, except: invalid_enum, invalid_datetime,
  /// alias_conflict and duplicate_value exist only in requests, invalid_url only in responses
  /// (asked of the other kind, they give a document that is not JSON).
  test_document invalid_document(document_kind kind, error_code wanted) { return broken(kind, wanted, false, 0).document; }

  /// An invalid document under default options, as a server reads bodies, for corpora; built on a
  /// valid value of `items` items (0: as many as the profile draws).
  test_document invalid_document_default_options(document_kind kind, std::size_t items = 0) {
    return broken(kind, std::nullopt, false, items).document;
  }

  // ---- answers --------------------------------------------------------------------------

  /// What a correct server sends for `asked` (which must be valid).
  invite::response answer(const invite::request& asked) { return correct_answer(asked, random_, style_); }

  /// A valid response that does not answer `asked`, with check_response's errors about it.
  near_miss wrong_answer(const invite::request& asked) { return near_miss_answer(asked, random_, style_); }

  /// The generator's own random source, for choices that go with its documents.
  random_source& random() noexcept { return random_; }

  // ---- for what builds on the generator (the property runs shrink models) -----------------

  detail::modelled_document valid_modelled(document_kind kind, const spelling_liberties& liberties) {
    detail::modelled_document out;
    out.model = kind == document_kind::request ? model(request(), liberties) : model(response(), liberties);
    parse_options options;
    options.allow_unknown_fields = liberties.unknown_fields;
    out.document = finish(out.model, kind, options, false);
    return out;
  }

  detail::modelled_document invalid_modelled(document_kind kind, bool vary_options) {
    return broken(kind, std::nullopt, vary_options, 0);
  }

  /// The model of a spelled value.
  detail::json_document model(const invite::request& value, const spelling_liberties& liberties) {
    if (style_ == profile::realistic_traffic) return detail::realistic_document(value, liberties.style);
    detail::legal_speller speller(random_, liberties);
    return detail::legal_document(value, speller);
  }
  detail::json_document model(const invite::response& value, const spelling_liberties& liberties) {
    if (style_ == profile::realistic_traffic) return detail::realistic_document(value, liberties.style);
    detail::legal_speller speller(random_, liberties);
    return detail::legal_document(value, speller);
  }

private:
  invite::request make_request(std::optional<std::size_t> count) {
    if (style_ == profile::realistic_traffic) return detail::realistic_request(random_, count ? *count : 1 + random_.index(3));
    return detail::random_request(random_, count);
  }

  invite::response make_response(std::optional<std::size_t> count) {
    if (style_ == profile::realistic_traffic) return detail::realistic_response(random_, count ? *count : 1 + random_.index(3));
    return detail::random_response(random_, count);
  }

  static std::string render(detail::json_document document) { return detail::renderer(false).render(document).text; }

  test_document finish(detail::json_document& document, document_kind kind, const parse_options& options, bool cut_short) {
    detail::renderer writer(cut_short);
    detail::rendered_document text = writer.render(document);
    if (cut_short && !text.cut_points.empty()) {
      document.cut = random_.pick(text.cut_points);
      text = detail::renderer(false).render(document);
    }
    test_document out;
    detail::predict(document, text, kind, options, out);
    out.json = std::move(text.text);
    return out;
  }

  detail::breakage draw_breakage(document_kind kind, bool default_options) {
    unsigned total = 0;
    for (const detail::breakage_entry& entry : detail::breakage_table) {
      if (detail::applies_to(entry.kind, kind)) total += weight(entry, default_options);
    }
    std::uint64_t draw = random_.below(total);
    for (const detail::breakage_entry& entry : detail::breakage_table) {
      if (!detail::applies_to(entry.kind, kind)) continue;
      if (draw < weight(entry, default_options)) return entry.kind;
      draw -= weight(entry, default_options);
    }
    return detail::breakage::malformed; // GCOVR_EXCL_LINE: unreachable, draw < total ends the loop
  }

  // Under default options nothing is longer than max_bytes: oversized is left out.
  unsigned weight(const detail::breakage_entry& entry, bool default_options) const noexcept {
    if (default_options && entry.kind == detail::breakage::oversized) return 0;
    return style_ == profile::realistic_traffic ? entry.realistic_weight : entry.every_form_weight;
  }

  // One of the breakages that give `wanted`, drawn by the profile's weights.
  detail::breakage breakage_for(document_kind kind, error_code wanted) {
    unsigned total = 0;
    for (const detail::breakage_entry& entry : detail::breakage_table) {
      if (entry.code == wanted && detail::applies_to(entry.kind, kind)) total += entry.every_form_weight;
    }
    if (total == 0) return detail::breakage::malformed; // a code this kind never has
    std::uint64_t draw = random_.below(total);
    for (const detail::breakage_entry& entry : detail::breakage_table) {
      if (entry.code != wanted || !detail::applies_to(entry.kind, kind)) continue;
      if (draw < entry.every_form_weight) return entry.kind;
      draw -= entry.every_form_weight;
    }
    return detail::breakage::malformed; // GCOVR_EXCL_LINE: unreachable, draw < total ends the loop
  }

  detail::modelled_document broken(document_kind kind, std::optional<error_code> wanted, bool vary_options, std::size_t items) {
    spelling_liberties liberties;
    if (style_ == profile::realistic_traffic) {
      liberties = plain_spelling();
      liberties.style = random_.one_in(4) ? layout::pretty : layout::minified;
    }
    detail::json_document document;
    if (kind == document_kind::request) {
      document = model(items > 0 ? request(items) : request(), liberties);
    } else {
      document = model(items > 0 ? response(items) : response(), liberties);
    }
    detail::legal_speller speller(random_, liberties);
    parse_options options;
    if (vary_options) {
      options.allow_unknown_fields = random_.one_in(5);
      if (random_.one_in(10)) options.max_errors = random_.index(4);
    }
    std::string how;
    detail::breakage_context context{document, kind, speller, how, style_ == profile::realistic_traffic};
    bool cut_short = false;
    bool oversized = false;
    const auto apply = [&](detail::breakage chosen) {
      if (chosen == detail::breakage::oversized) {
        oversized = true;
        return true;
      }
      if (chosen != detail::breakage::malformed) return detail::apply_breakage(chosen, context);
      const auto flaw = static_cast<detail::malformation>(random_.below(static_cast<std::uint64_t>(detail::malformation::count)));
      if (flaw == detail::malformation::cut_short) {
        cut_short = true;
        return true;
      }
      return detail::malform(document, flaw, speller, how);
    };
    if (wanted) {
      // Every breakage finds its place in a valid document of at least one item.
      const detail::breakage chosen = breakage_for(kind, *wanted);
      for (int attempt = 0; attempt < 100 && !apply(chosen); ++attempt) {
      }
    } else {
      const std::size_t count = random_.one_in(4) ? 2 + random_.index(2) : 1;
      for (std::size_t made = 0; made < count;) made += apply(draw_breakage(kind, !vary_options)) ? 1u : 0u;
    }
    if (cut_short) how += how.empty() ? "cut short" : "; cut short";
    detail::modelled_document result;
    result.document = finish(document, kind, options, cut_short);
    test_document& out = result.document;
    if (oversized && !out.json.empty()) { // nothing is longer than an empty text
      out.options.max_bytes = random_.index(out.json.size());
      out.how = how.empty() ? "longer than max_bytes" : how + "; longer than max_bytes";
      out.errors = {expected_error{error_code::payload_too_large, "", 0}};
      out.notes.clear();
      out.valid = false;
      if (out.options.max_errors == 0) out.errors.clear();
      result.model = std::move(document);
      return result;
    }
    if (out.valid && !wanted) {
      // The breakage came to nothing under these options (an undeclared member, allowed): one
      // more, with the options the document has.
      return broken_again(std::move(document), kind, out.options, std::move(how));
    }
    out.how = std::move(how);
    result.model = std::move(document);
    return result;
  }

  detail::modelled_document broken_again(detail::json_document document, document_kind kind, const parse_options& options,
                                         std::string how) {
    spelling_liberties liberties = style_ == profile::realistic_traffic ? plain_spelling() : spelling_liberties{};
    detail::legal_speller speller(random_, liberties);
    detail::breakage_context context{document, kind, speller, how, style_ == profile::realistic_traffic};
    for (;;) {
      const detail::breakage chosen = draw_breakage(kind, true);
      if (chosen == detail::breakage::malformed || chosen == detail::breakage::oversized ||
          chosen == detail::breakage::member_unknown) {
        continue;
      }
      if (!detail::apply_breakage(chosen, context)) continue;
      detail::modelled_document result;
      result.document = finish(document, kind, options, false);
      if (!result.document.valid) {
        result.document.how = std::move(how);
        result.model = std::move(document);
        return result;
      }
    }
  }

  profile style_;
  random_source random_;
};

} // namespace invite::testing

#endif // INVITE_TESTING_GENERATOR_HPP_INCLUDED
