#ifndef INVITE_CODEC_DESCRIBE_HPP_INCLUDED
#define INVITE_CODEC_DESCRIBE_HPP_INCLUDED

// Boost.Describe, and brackets for descriptions that keep users' warning flags quiet: under
// clang -std=c++17 -Wpedantic, BOOST_DESCRIBE_STRUCT(X, (), ...) trips
// -Wgnu-zero-variadic-macro-arguments, and our headers must not force flags on anyone.

#include <boost/describe/enum.hpp>
#include <boost/describe/enumerators.hpp>
#include <boost/describe/members.hpp>
#include <boost/describe/modifiers.hpp>
#include <boost/describe/class.hpp>
#include <boost/mp11/algorithm.hpp>

#if defined(__clang__)
#define INVITE_DESCRIBE_BEGIN                                                                      \
  _Pragma("clang diagnostic push")                                                                 \
      _Pragma("clang diagnostic ignored \"-Wgnu-zero-variadic-macro-arguments\"")
#define INVITE_DESCRIBE_END _Pragma("clang diagnostic pop")
#else
#define INVITE_DESCRIBE_BEGIN
#define INVITE_DESCRIBE_END
#endif

#endif // INVITE_CODEC_DESCRIBE_HPP_INCLUDED
