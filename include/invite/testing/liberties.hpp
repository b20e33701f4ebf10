#ifndef INVITE_TESTING_LIBERTIES_HPP_INCLUDED
#define INVITE_TESTING_LIBERTIES_HPP_INCLUDED

// What the generator makes, and how it writes a value as JSON text beyond the value itself.

namespace invite::testing {

enum class profile : unsigned char {
  /// Values from the whole of what the contract allows, with its corners often (255 code points
  /// of any plane, 254-octet e-mails, ids at both ends, 29 February of year 0, 1 and 500 items),
  /// spelled in random legal ways. For finding bugs.
  every_legal_form,
  /// Documents as clients and servers send them: short names from many scripts, one e-mail each,
  /// a fixed share of the awkward spellings, minified or pretty. For timing; the project's
  /// benchmarks measure on these.
  realistic_traffic,
};

/// How realistic_traffic lays a document out.
enum class layout : unsigned char { minified, pretty };

/// The liberties a spelling takes. every_legal_form draws each liberty it is allowed for every
/// place it could apply; turning one off spells that part the plain way (the property runs do,
/// to find the plainest text that still fails). realistic_traffic follows its own fixed pattern
/// and reads only `style`.
struct spelling_liberties {
  /// Undeclared members with random well-formed values: the text is then valid only with
  /// parse_options::allow_unknown_fields.
  bool unknown_fields = false;
  /// candidate_name and candidate_email for some candidates.
  bool aliases = true;
  /// Members in any order.
  bool any_key_order = true;
  /// Spaces, tabs, line feeds and carriage returns between tokens.
  bool whitespace = true;
  /// Escapes nothing needs: \/, \uXXXX for any character (surrogate pairs above U+FFFF), hex
  /// digits in both cases, short forms or \u for the characters that must be escaped.
  bool optional_escapes = true;
  /// "expiry_date": null for an absent expiry.
  bool null_expiry = true;
  /// realistic_traffic's layout.
  layout style = layout::minified;
};

/// The plainest spelling: no liberty taken (members in the contract's order, canonical keys, no
/// whitespace, only the escapes JSON requires).
inline spelling_liberties plain_spelling() noexcept {
  spelling_liberties plain;
  plain.aliases = plain.any_key_order = plain.whitespace = plain.optional_escapes = plain.null_expiry = false;
  return plain;
}

} // namespace invite::testing

#endif // INVITE_TESTING_LIBERTIES_HPP_INCLUDED
