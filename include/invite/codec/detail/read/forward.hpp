#ifndef INVITE_CODEC_DETAIL_READ_FORWARD_HPP_INCLUDED
#define INVITE_CODEC_DETAIL_READ_FORWARD_HPP_INCLUDED

// The one entry point every reader calls for a nested value; value.hpp defines it. Declared
// apart because objects and arrays read values that are objects and arrays.

#include <invite/codec/detail/outcome.hpp>
#include <invite/codec/detail/read/context.hpp>

#include <simdjson.h>

#include <cstddef>

namespace invite::detail {

/// Reads `value` into `out`, checking what Parts::value declares for it (rules and options,
/// field_rules.hpp); `scope` is the enclosing array's view for uniqueness, or a null pointer.
template <class Parts, class T, class Scope>
outcome read_value(read_context& context, simdjson::ondemand::value& value, T& out, Scope* scope, std::size_t depth);

} // namespace invite::detail

#endif // INVITE_CODEC_DETAIL_READ_FORWARD_HPP_INCLUDED
