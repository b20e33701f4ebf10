#ifndef INVITE_TESTING_FUZZ_MUTATOR_HPP_INCLUDED
#define INVITE_TESTING_FUZZ_MUTATOR_HPP_INCLUDED

// Structure-aware mutation for libFuzzer: turns a contract document into another plausible one,
// so that a fuzz target spends its time inside the handler rather than at the JSON parser's
// first error. Each mutation edits the text as JSON tokens: a value replaced by one the contract
// allows or one it refuses, chosen by the key it stands under (names, e-mails, dates, formats,
// links, statuses, ids, items); members in another order; a key under its alias, or replaced by
// another key or a misspelling; a member repeated, under its alias too; a member or item left
// out; items added or repeated; a container emptied; a value of another type; a character
// escaped or unescaped; a letter's case flipped; whitespace; a cut at a token; a fresh document
// now and then (most often when the text no longer closes its brackets and strings), and
// libFuzzer's own byte mutation when it is handed over. Three mutations in four keep a valid
// document valid, so that the chains of mutations libFuzzer runs still reach the handler. Any
// bytes are accepted as input.
//
//   extern "C" size_t LLVMFuzzerMutate(uint8_t* data, size_t size, size_t max_size);
//   extern "C" size_t LLVMFuzzerCustomMutator(uint8_t* data, size_t size, size_t max_size, unsigned seed) {
//     return invite::testing::mutate_document(data, size, max_size, seed, {invite::testing::document_kind::request, &LLVMFuzzerMutate});
//   }
//   extern "C" size_t LLVMFuzzerCustomCrossOver(const uint8_t* a, size_t a_size, const uint8_t* b, size_t b_size,
//                                               uint8_t* out, size_t max_out, unsigned seed) {
//     return invite::testing::cross_over_documents(a, a_size, b, b_size, out, max_out, seed);
//   }
//
// fuzz/fuzz_structured_handler.cpp is a whole target; fuzz/README.md measures what this buys.

#include <invite/testing/detail/breakages.hpp>
#include <invite/testing/detail/calendar.hpp>
#include <invite/testing/detail/every_legal_value.hpp>
#include <invite/testing/detail/json_model.hpp>
#include <invite/testing/detail/legal_speller.hpp>
#include <invite/testing/detail/token_scan.hpp>
#include <invite/testing/detail/unicode.hpp>
#include <invite/testing/generator.hpp>
#include <invite/testing/random_source.hpp>
#include <invite/testing/test_document.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace invite::testing {

/// libFuzzer's LLVMFuzzerMutate, or any function of its shape: mutates data[0, size) in place
/// into at most max_size bytes and returns the new size.
using byte_mutator = std::size_t (*)(std::uint8_t* data, std::size_t size, std::size_t max_size);

struct mutator_settings {
  document_kind kind = document_kind::request;
  /// libFuzzer's own byte mutation (&LLVMFuzzerMutate), used for one mutation in
  /// `byte_mutation_one_in`, so that byte-level flaws are still explored; nullptr: never.
  byte_mutator bytes = nullptr;
  unsigned byte_mutation_one_in = 8;
};

namespace detail {

class document_mutator {
public:
  document_mutator(std::string text, std::uint64_t seed, document_kind kind)
      : text_(std::move(text)), random_(seed), kind_(kind), speller_(random_, spelling_liberties{}) {}

  std::string& text() noexcept { return text_; }

  /// One mutation; false when the text offers no place for the one drawn. Three in four of them
  /// keep a valid document valid (a value the contract allows, an escape, whitespace, members
  /// in another order, a key under its alias, an item more or fewer), so that chains of them,
  /// which libFuzzer runs, still reach the handler; the rest break it in the contract's ways.
  bool mutate() {
    const token_scan scan(text_);
    // A text whose brackets or strings do not close gets a fresh document half the time.
    if (!closes(scan) && random_.coin()) return fresh_document();
    const std::uint64_t draw = random_.below(100);
    if (draw < 35) return replace_value(scan, value_kind::valid);
    if (draw < 43) return toggle_escape(scan);
    if (draw < 48) return add_whitespace(scan);
    if (draw < 54) return swap_members(scan);
    if (draw < 59) return rename_to_alias(scan);
    if (draw < 64) return add_item(scan);
    if (draw < 69) return leave_out(scan, false);
    if (draw < 72) return fresh_document();
    if (draw < 74) return flip_case(scan);
    if (draw < 81) return replace_value(scan, value_kind::refused);
    if (draw < 84) return replace_value(scan, value_kind::wrong_type);
    if (draw < 87) return replace_key(scan);
    if (draw < 90) return repeat_member(scan);
    if (draw < 93) return leave_out(scan, true);
    if (draw < 95) return repeat_item(scan);
    if (draw < 97) return empty_container(scan);
    return cut(scan);
  }

  /// Replaces a value of this text by a value of `other`.
  bool splice(std::string_view other) {
    const token_scan here(text_);
    const token_scan there(other);
    const std::size_t target = random_value_token(here);
    const std::size_t source = random_value_token(there);
    if (target == nowhere || source == nowhere) return false;
    const text_token& from = there.tokens()[source];
    const std::string piece(other.substr(from.begin, there.value_end(source) - from.begin));
    replace(here.tokens()[target].begin, here.value_end(target), piece);
    return true;
  }

private:
  void replace(std::size_t begin, std::size_t end, std::string_view with) { text_.replace(begin, end - begin, with); }

  std::size_t random_index_of(const token_scan& scan, bool (*wanted)(const token_scan&, std::size_t)) {
    std::vector<std::size_t> found;
    for (std::size_t i = 0; i < scan.tokens().size(); ++i) {
      if (wanted(scan, i)) found.push_back(i);
    }
    return found.empty() ? nowhere : random_.pick(found);
  }

  std::size_t random_value_token(const token_scan& scan) {
    return random_index_of(scan, [](const token_scan& s, std::size_t i) { return s.starts_value(i); });
  }

  // A fresh document: valid three times in four.
  bool fresh_document() {
    generator maker(random_.bits());
    text_ = random_.one_in(4) ? maker.invalid_document(kind_).json : maker.valid_document(kind_).json;
    return true;
  }

  std::string spelled(const json_node& node) {
    if (node.type == json_type::string || node.opaque || (node.type != json_type::object && node.type != json_type::array)) {
      return node.token;
    }
    json_document document;
    document.root = node;
    return renderer(false).render(document).text;
  }

  enum class value_kind : unsigned char { valid, refused, wrong_type };

  // A value the contract allows or refuses for the member named `key`.
  std::string value_for(std::string_view key, value_kind kind) {
    if (kind == value_kind::wrong_type) return spelled(wrong_type(speller_, json_type::string));
    const bool valid = kind == value_kind::valid;
    if (key == "name" || key == "candidate_name") {
      if (valid) return speller_.string_token(random_name(random_));
      return spelled(invalid_name(speller_, random_.pick(std::array<error_code, 3>{error_code::too_short, error_code::too_long,
                                                                                   error_code::invalid_characters})));
    }
    if (key == "email" || key == "candidate_email") {
      return valid ? speller_.string_token(random_email(random_)) : spelled(invalid_email(speller_));
    }
    if (key == "expiry_date") {
      if (random_.one_in(4)) return "null";
      std::optional<expiry_time> when;
      while (!when) when = random_expiry(random_);
      return valid ? speller_.string_token(format_expiry(*when)) : spelled(invalid_expiry(speller_));
    }
    if (key == "invite_format") {
      return valid ? speller_.string_token(random_.coin() ? "getlink" : "sendlink") : spelled(invalid_format(speller_));
    }
    if (key == "invite_link") return valid ? speller_.string_token(random_link(random_)) : spelled(invalid_link(speller_));
    if (key == "status") return valid ? speller_.string_token(random_status(random_)) : "\"\"";
    if (key == "assessment_id" || key == "report_id" || key == "candidate_id") {
      return valid ? std::to_string(random_id(random_)) : spelled(id_out_of_range(speller_));
    }
    if (key == "candidates" || key == "invites") return items(valid ? 1 + random_.index(3) : 0);
    return spelled(speller_.random_value());
  }

  // Whether every bracket and string of the text closes: what a valid document needs first.
  static bool closes(const token_scan& scan) {
    for (const text_token& token : scan.tokens()) {
      if ((token.kind == token_kind::open_object || token.kind == token_kind::open_array ||
           token.kind == token_kind::close_object || token.kind == token_kind::close_array) &&
          token.match == nowhere) {
        return false;
      }
      if (token.kind == token_kind::string && (token.end - token.begin < 2 || scan.text()[token.end - 1] != '"')) return false;
    }
    return true;
  }

  std::string item() {
    const bool request = kind_ == document_kind::request;
    // One draw a statement: the order in which arguments are evaluated is the compiler's.
    std::vector<json_member> fields;
    const char* name_key = request && random_.one_in(4) ? "candidate_name" : "name";
    json_node name = speller_.string(random_name(random_));
    fields.push_back(speller_.member(name_key, std::move(name)));
    const char* email_key = request && random_.one_in(4) ? "candidate_email" : "email";
    json_node email = speller_.string(random_email(random_));
    fields.push_back(speller_.member(email_key, std::move(email)));
    if (!request) {
      fields.push_back(speller_.member("report_id", speller_.integer(random_id(random_))));
      fields.push_back(speller_.member("candidate_id", speller_.integer(random_id(random_))));
      fields.push_back(speller_.member("assessment_id", speller_.integer(random_id(random_))));
      fields.push_back(speller_.member("invite_link", speller_.string(random_link(random_))));
      fields.push_back(speller_.member("status", speller_.string(random_status(random_))));
    }
    return spelled(speller_.object(std::move(fields)));
  }

  std::string items(std::size_t count) {
    std::string out = "[";
    for (std::size_t i = 0; i < count; ++i) out += (i > 0 ? "," : "") + item();
    return out + "]";
  }

  // A value replaced, by one chosen by the key it is under (an item of candidates or invites
  // by another item, the root by a fresh document).
  bool replace_value(const token_scan& scan, value_kind kind) {
    const std::size_t index = random_value_token(scan);
    if (index == nowhere) return false;
    const text_token& token = scan.tokens()[index];
    std::string value;
    if (token.parent == nowhere) return kind == value_kind::valid ? fresh_document() : false;
    if (scan.tokens()[token.parent].kind == token_kind::open_array) {
      const std::string array_key = scan.key_before(token.parent);
      if (kind == value_kind::valid && (array_key == "candidates" || array_key == "invites")) {
        value = item();
      } else {
        value = spelled(kind == value_kind::wrong_type ? wrong_type(speller_, json_type::object) : speller_.random_value());
      }
    } else {
      value = value_for(scan.key_before(index), kind);
    }
    replace(token.begin, scan.value_end(index), value);
    return true;
  }

  // Two members of one object in each other's place.
  bool swap_members(const token_scan& scan) {
    std::size_t first_begin = 0, first_end = 0;
    std::string_view key;
    if (!random_member(scan, first_begin, first_end, key)) return false;
    std::size_t parent = nowhere;
    for (const text_token& token : scan.tokens()) {
      if (token.begin == first_begin) parent = token.parent;
    }
    std::vector<std::pair<std::size_t, std::size_t>> others;
    for (std::size_t i = 0; i < scan.tokens().size(); ++i) {
      if (!scan.is_key(i) || scan.tokens()[i].parent != parent || scan.tokens()[i].begin <= first_end) continue;
      const std::size_t value = scan.next_solid(scan.next_solid(i));
      if (value == nowhere || !scan.starts_value(value)) continue;
      others.emplace_back(scan.tokens()[i].begin, scan.value_end(value));
    }
    if (others.empty()) return false;
    const auto [second_begin, second_end] = random_.pick(others);
    const std::string first(text_.substr(first_begin, first_end - first_begin));
    const std::string second(text_.substr(second_begin, second_end - second_begin));
    replace(second_begin, second_end, first); // the later one first: the earlier offsets stay
    replace(first_begin, first_end, second);
    return true;
  }

  // A candidate's name or e-mail under its other key (valid while the object has not the other).
  bool rename_to_alias(const token_scan& scan) {
    const std::size_t index = random_index_of(scan, [](const token_scan& s, std::size_t i) {
      if (!s.is_key(i)) return false;
      const std::string key = s.string_text(i);
      return key == "name" || key == "candidate_name" || key == "email" || key == "candidate_email";
    });
    if (index == nowhere) return false;
    const text_token& token = scan.tokens()[index];
    const std::string key = scan.string_text(index);
    const std::string_view other = key == "name" ? "candidate_name" : key == "candidate_name" ? "name"
                                 : key == "email" ? "candidate_email" : "email";
    replace(token.begin, token.end, speller_.string_token(other));
    return true;
  }

  bool replace_key(const token_scan& scan) {
    const std::size_t index = random_index_of(scan, [](const token_scan& s, std::size_t i) { return s.is_key(i); });
    if (index == nowhere) return false;
    static constexpr std::string_view keys[] = {
        "assessment_id", "invite_format", "expiry_date", "candidates", "name", "candidate_name", "email", "candidate_email",
        "invites", "report_id", "candidate_id", "invite_link", "status", "Name", "candidate_mail", "assessmentId", "a/b~c", ""};
    const std::string key = random_.one_in(4) ? speller_.random_key() : std::string(random_.pick(keys));
    replace(scan.tokens()[index].begin, scan.tokens()[index].end, speller_.string_token(key));
    return true;
  }

  // [begin, end) of a member (key to value) chosen at random; `key` as written, without quotes.
  bool random_member(const token_scan& scan, std::size_t& begin, std::size_t& end, std::string_view& key) {
    const std::size_t index = random_index_of(scan, [](const token_scan& s, std::size_t i) { return s.is_key(i); });
    if (index == nowhere) return false;
    const std::size_t colon = scan.next_solid(index);
    const std::size_t value = scan.next_solid(colon);
    if (value == nowhere || !scan.starts_value(value)) return false;
    begin = scan.tokens()[index].begin;
    end = scan.value_end(value);
    const text_token& token = scan.tokens()[index];
    key = token.end - token.begin >= 2 ? scan.text().substr(token.begin + 1, token.end - token.begin - 2) : std::string_view();
    return true;
  }

  bool repeat_member(const token_scan& scan) {
    std::size_t begin = 0, end = 0;
    std::string_view key;
    if (!random_member(scan, begin, end, key)) return false;
    std::string member(text_.substr(begin, end - begin));
    const std::size_t key_length = key.size() + 2;
    if (random_.coin()) { // under its alias, or its canonical key
      const std::string_view other = key == "name" ? "candidate_name" : key == "candidate_name" ? "name"
                                   : key == "email" ? "candidate_email" : key == "candidate_email" ? "email" : key;
      member.replace(0, key_length, speller_.string_token(other));
    }
    text_.insert(end, "," + member);
    return true;
  }

  // A member (`member`) or an item left out, with a comma beside it.
  bool leave_out(const token_scan& scan, bool member) {
    std::size_t begin = 0, end = 0;
    if (member) {
      std::string_view key;
      if (!random_member(scan, begin, end, key)) return false;
    } else {
      // An item of an array of two or more, which stays long enough.
      const std::size_t index = random_index_of(scan, [](const token_scan& s, std::size_t i) {
        const std::size_t parent = s.tokens()[i].parent;
        if (!s.starts_value(i) || parent == nowhere || s.tokens()[parent].kind != token_kind::open_array) return false;
        std::size_t siblings = 0;
        for (std::size_t k = parent + 1; k < s.tokens().size() && siblings < 2; ++k) siblings += s.tokens()[k].parent == parent && s.starts_value(k);
        return siblings >= 2;
      });
      if (index == nowhere) return false;
      begin = scan.tokens()[index].begin;
      end = scan.value_end(index);
    }
    // The comma after it, or else the one before.
    std::size_t after = end;
    while (after < text_.size() && is_json_whitespace(text_[after])) ++after;
    if (after < text_.size() && text_[after] == ',') {
      end = after + 1;
    } else {
      std::size_t before = begin;
      while (before > 0 && is_json_whitespace(text_[before - 1])) --before;
      if (before > 0 && text_[before - 1] == ',') begin = before - 1;
    }
    text_.erase(begin, end - begin);
    return true;
  }

  bool repeat_item(const token_scan& scan) {
    const std::size_t index = random_index_of(scan, [](const token_scan& s, std::size_t i) {
      return s.starts_value(i) && s.tokens()[i].parent != nowhere && s.tokens()[s.tokens()[i].parent].kind == token_kind::open_array;
    });
    if (index == nowhere) return false;
    const std::size_t end = scan.value_end(index);
    const std::string item(text_.substr(scan.tokens()[index].begin, end - scan.tokens()[index].begin));
    std::string copies;
    const std::size_t count = random_.one_in(4) ? 2 + random_.index(30) : 1;
    for (std::size_t i = 0; i < count; ++i) copies += "," + item;
    text_.insert(end, copies);
    return true;
  }

  bool add_item(const token_scan& scan) {
    const std::size_t index = random_index_of(scan, [](const token_scan& s, std::size_t i) {
      return s.tokens()[i].kind == token_kind::open_array && s.tokens()[i].match != nowhere;
    });
    if (index == nowhere) return false;
    const text_token& open = scan.tokens()[index];
    const bool empty = scan.next_solid(index) == open.match;
    text_.insert(open.end, item() + (empty ? "" : ","));
    return true;
  }

  bool empty_container(const token_scan& scan) {
    const std::size_t index = random_index_of(scan, [](const token_scan& s, std::size_t i) {
      const token_kind kind = s.tokens()[i].kind;
      return (kind == token_kind::open_array || kind == token_kind::open_object) && s.tokens()[i].match != nowhere;
    });
    if (index == nowhere) return false;
    replace(scan.tokens()[index].end, scan.tokens()[scan.tokens()[index].match].begin, "");
    return true;
  }

  bool toggle_escape(const token_scan& scan) {
    const std::size_t index = random_index_of(scan, [](const token_scan& s, std::size_t i) {
      return s.tokens()[i].kind == token_kind::string && s.tokens()[i].end - s.tokens()[i].begin > 2;
    });
    if (index == nowhere) return false;
    const text_token& token = scan.tokens()[index];
    std::vector<std::size_t> plain, escaped;
    for (std::size_t at = token.begin + 1; at + 1 < token.end;) {
      const char c = text_[at];
      if (c == '\\') {
        if (at + 5 < token.end && text_[at + 1] == 'u' && text_[at + 2] == '0' && text_[at + 3] >= '2' && text_[at + 3] <= '7') {
          escaped.push_back(at);
        }
        at += at + 1 < token.end && text_[at + 1] == 'u' ? 6u : 2u;
        continue;
      }
      if (static_cast<unsigned char>(c) >= 0x20 && static_cast<unsigned char>(c) < 0x7F && c != '"') plain.push_back(at);
      ++at;
    }
    if (!escaped.empty() && (plain.empty() || random_.coin())) {
      const std::size_t at = random_.pick(escaped);
      const auto hex = [](char h) {
        return h >= '0' && h <= '9' ? h - '0' : (h | 0x20) >= 'a' && (h | 0x20) <= 'f' ? (h | 0x20) - 'a' + 10 : -1;
      };
      const int high = hex(text_[at + 4]), low = hex(text_[at + 5]);
      if (high < 0 || low < 0) return false;
      const char c = static_cast<char>(high * 16 + low);
      if (c == '"' || c == '\\' || c == 0x7F) return false;
      replace(at, at + 6, std::string(1, c));
      return true;
    }
    if (plain.empty()) return false;
    const std::size_t at = random_.pick(plain);
    std::string escape;
    append_u_escape(escape, static_cast<unsigned char>(text_[at]), random_.coin());
    replace(at, at + 1, random_.one_in(4) && text_[at] == '/' ? "\\/" : escape);
    return true;
  }

  bool cut(const token_scan& scan) {
    if (scan.tokens().size() < 2) return false;
    text_.resize(scan.tokens()[1 + random_.index(scan.tokens().size() - 1)].begin);
    return true;
  }

  bool add_whitespace(const token_scan& scan) {
    if (scan.tokens().empty()) return false;
    const std::size_t at = scan.tokens()[random_.index(scan.tokens().size())].begin;
    text_.insert(at, std::string(random_.pick(std::array<std::string_view, 5>{" ", "\n", "\t", "\r\n  ", "    "})));
    return true;
  }

  bool flip_case(const token_scan& scan) {
    const std::size_t index = random_index_of(scan, [](const token_scan& s, std::size_t i) {
      return s.tokens()[i].kind == token_kind::string && !s.is_key(i);
    });
    if (index == nowhere) return false;
    std::vector<std::size_t> letters;
    for (std::size_t at = scan.tokens()[index].begin + 1; at < scan.tokens()[index].end; ++at) {
      if (ascii_lowercase(text_[at]) != ascii_uppercase(text_[at])) letters.push_back(at);
    }
    if (letters.empty()) return false;
    char& c = text_[random_.pick(letters)];
    c = c == ascii_lowercase(c) ? ascii_uppercase(c) : ascii_lowercase(c);
    return true;
  }

  std::string text_;
  random_source random_;
  document_kind kind_;
  legal_speller speller_;
};

inline std::size_t copy_out(const std::string& text, std::uint8_t* out, std::size_t max_size) {
  const std::size_t size = text.size() < max_size ? text.size() : max_size;
  if (size > 0) std::memcpy(out, text.data(), size);
  return size;
}

} // namespace detail

/// LLVMFuzzerCustomMutator's work: data[0, size) becomes another plausible document of at most
/// max_size bytes, drawn from `seed`; returns its size.
inline std::size_t mutate_document(std::uint8_t* data, std::size_t size, std::size_t max_size, unsigned seed,
                                   const mutator_settings& settings = {}) {
  random_source choice(seed);
  if (settings.bytes != nullptr && settings.byte_mutation_one_in > 0 && choice.one_in(settings.byte_mutation_one_in)) {
    return settings.bytes(data, size, max_size);
  }
  detail::document_mutator mutator(std::string(reinterpret_cast<const char*>(data), size), choice.bits(), settings.kind);
  // A few attempts, for mutations the text has no place for; a second mutation now and then.
  std::size_t made = 0;
  const std::size_t wanted = choice.one_in(3) ? 2 : 1;
  for (int attempt = 0; attempt < 16 && made < wanted; ++attempt) {
    if (mutator.mutate() && mutator.text().size() <= max_size) ++made;
  }
  return detail::copy_out(mutator.text(), data, max_size);
}

/// LLVMFuzzerCustomCrossOver's work: a value of the first document replaced by a value of the
/// second (an item, an object, a string, a number), into out[0, max_out_size).
inline std::size_t cross_over_documents(const std::uint8_t* first, std::size_t first_size, const std::uint8_t* second,
                                        std::size_t second_size, std::uint8_t* out, std::size_t max_out_size, unsigned seed) {
  const std::string other(reinterpret_cast<const char*>(second), second_size);
  detail::document_mutator mutator(std::string(reinterpret_cast<const char*>(first), first_size), seed, document_kind::request);
  mutator.splice(other);
  return detail::copy_out(mutator.text(), out, max_out_size);
}

} // namespace invite::testing

#endif // INVITE_TESTING_FUZZ_MUTATOR_HPP_INCLUDED
