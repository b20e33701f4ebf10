#ifndef INVITE_CODEC_RESULT_HPP_INCLUDED
#define INVITE_CODEC_RESULT_HPP_INCLUDED

#include <invite/codec/detail/spares.hpp>
#include <invite/codec/error.hpp>

#include <cstddef>
#include <utility>
#include <vector>

namespace invite {

/// A parsed value and the errors found while parsing it; valid exactly when there are none.
///
/// A default-constructed result is not valid: it holds a value-initialised T and no errors, as
/// a document that was never read. Reusing one result across parses keeps the capacity of its
/// strings, vectors, errors and notes (array items, errors and notes a document no longer needs
/// are kept aside for the next one), so a server loop allocates nothing in steady state.
template <class T>
class [[nodiscard]] result {
public:
  using value_type = T;

  result() = default;

  /// True when the document broke no rule (even when max_errors kept the errors from view).
  explicit operator bool() const noexcept { return valid_; }
  bool ok() const noexcept { return valid_; }

  /// The parsed value. It reflects the last document alone: what it did not set (or set
  /// wrongly) is value-initialised; after invalid_json or payload_too_large, all of it is.
  T& value() & noexcept { return value_; }
  const T& value() const& noexcept { return value_; }
  T&& value() && noexcept { return std::move(value_); }

  T& operator*() & noexcept { return value_; }
  const T& operator*() const& noexcept { return value_; }
  T* operator->() noexcept { return &value_; }
  const T* operator->() const noexcept { return &value_; }

  /// The errors in document order, at most parse_options::max_errors of them.
  const std::vector<error>& errors() const noexcept { return errors_; }

  /// What the parse tolerated because its options allowed it, each as the error a strict parse
  /// reports for it (today: unknown_field at an undeclared key, under allow_unknown_fields), in
  /// document order, at most parse_options::max_notes of them. Notes never decide validity;
  /// they let a tolerant reader see what it let through (a server's new field, say). None after
  /// invalid_json or payload_too_large: nothing of such a document was taken.
  const std::vector<error>& notes() const noexcept { return notes_; }

private:
  template <class>
  friend class result_access;

  T value_{};
  std::vector<error> errors_;
  std::vector<error> notes_;
  detail::spares spares_;
  bool valid_ = false;
};

/// The codec's door into a result; not for users.
template <class T>
class result_access {
public:
  static T& value(result<T>& r) noexcept { return r.value_; }
  static std::vector<error>& errors(result<T>& r) noexcept { return r.errors_; }
  static std::vector<error>& notes(result<T>& r) noexcept { return r.notes_; }
  static detail::spares& spares(result<T>& r) noexcept { return r.spares_; }
  static void set_valid(result<T>& r, bool valid) noexcept { r.valid_ = valid; }
};

} // namespace invite

#endif // INVITE_CODEC_RESULT_HPP_INCLUDED
