#ifndef INVITE_TEST_VALUE_BUILDER_HPP_INCLUDED
#define INVITE_TEST_VALUE_BUILDER_HPP_INCLUDED

// Values of any described type, built from random draws, for holding validate() to parsing: the
// two must report the same (code, path) set for every value a JSON text can carry. Every member
// gets a value from a small set chosen to land on both sides of the rules people declare
// (texts empty, blank, long, with controls, e-mails and links good and bad, in both cases so
// uniqueness collides; integers at and past small ranges and at their type's ends; dates inside
// and outside 0000-9999; every enumerator; arrays empty, short and one past a cap of 3, 20
// or 500). Texts are always UTF-8, numbers finite and enums named: what only a struct can get
// wrong has no text to compare with.
//
// Draw is anything with `std::uint64_t below(std::uint64_t bound)` (bound > 0): a seeded
// source in tests, the fuzzer's bytes in fuzz/fuzz_validate.cpp.

#include <invite/codec/describe.hpp>
#include <invite/codec/detail/type_traits.hpp>

#include <boost/describe/enumerators.hpp>
#include <boost/describe/members.hpp>
#include <boost/mp11/algorithm.hpp>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

namespace invite_test {

namespace value_builder_detail {

// Pieces of text; a string is one to three of them, so lengths, cases and characters mix.
inline const char* const text_pieces[] = {
    "",        " ",       "Ada",      "ada@example.com", "ADA@EXAMPLE.COM", "a@b.co",   "x@y",
    "no at",   "@x.io",   "a@-x.io",  "https://x.io/i/1", "HTTP://X.IO",    "ftp://x.io", "https://",
    "\t",      "\x7F",    "\x1F",     "Zo\xC3\xAB",      "\xE6\x9D\x8E",    "\xF0\x9F\x98\x80", "  ",
    "sent",    "b@x.io",  "B@X.IO",   "-",               "0",               "~1/",      "a.b@c.d.e",
};

inline std::string repeated(const char* piece, std::size_t times) {
  std::string out;
  for (std::size_t i = 0; i < times; ++i) out += piece;
  return out;
}

template <class Draw>
std::string draw_text(Draw& draw) {
  switch (draw.below(16)) {
    case 0: return repeated("a", 255);               // at a common limit
    case 1: return repeated("\xC3\xA9", 256);        // past it in code points, not in bytes
    case 2: return repeated("a", 64) + "@x.io";       // a local part past 64 octets
    case 3: return "a@" + repeated("b", 250) + ".io"; // an address past 254 octets
    case 4: return "https://x.io/" + repeated("p", 2040);
    default: break;
  }
  std::string out;
  const std::uint64_t pieces = 1 + draw.below(3);
  for (std::uint64_t i = 0; i < pieces; ++i) out += text_pieces[draw.below(std::size(text_pieces))];
  return out;
}

template <class Integer, class Draw>
Integer draw_integer(Draw& draw) {
  constexpr Integer least = std::numeric_limits<Integer>::min();
  constexpr Integer most = std::numeric_limits<Integer>::max();
  switch (draw.below(10)) {
    case 0: return least;
    case 1: return most;
    case 2: return static_cast<Integer>(least + 1);
    case 3: return static_cast<Integer>(most - 1);
    case 4: return Integer{0};
    default: {
      // Small numbers around the ranges rules declare (1-9, 1-99, -5-5...), negative ones only
      // where the type has them.
      const auto small = static_cast<std::int64_t>(draw.below(24)) - (std::is_signed_v<Integer> ? 8 : 0);
      return static_cast<Integer>(small);
    }
  }
}

template <class Floating, class Draw>
Floating draw_floating(Draw& draw) {
  constexpr Floating values[] = {Floating(0),
                                 Floating(-0.0),
                                 Floating(0.5),
                                 Floating(0.25),
                                 Floating(1),
                                 Floating(-1),
                                 Floating(0.1),
                                 Floating(1e30),
                                 std::numeric_limits<Floating>::max(),
                                 std::numeric_limits<Floating>::lowest(),
                                 std::numeric_limits<Floating>::denorm_min(),
                                 -std::numeric_limits<Floating>::denorm_min(),
                                 std::numeric_limits<Floating>::min()};
  return values[draw.below(std::size(values))];
}

template <class Enum, class Draw>
Enum draw_enum(Draw& draw) {
  using enumerators = boost::describe::describe_enumerators<Enum>;
  constexpr std::size_t count = boost::mp11::mp_size<enumerators>::value;
  const std::uint64_t pick = draw.below(count);
  Enum out{};
  boost::mp11::mp_for_each<boost::mp11::mp_iota_c<count>>([&](auto index) {
    if (decltype(index)::value == pick) out = boost::mp11::mp_at_c<enumerators, decltype(index)::value>::value;
  });
  return out;
}

// Seconds from 1970 to the first instant of year 0000 and past the last of year 9999.
inline constexpr std::int64_t year_0000 = -62167219200;
inline constexpr std::int64_t year_10000 = 253402300800;

template <class TimePoint, class Draw>
TimePoint draw_time_point(Draw& draw) {
  using duration = typename TimePoint::duration;
  using std::chrono::duration_cast;
  std::int64_t seconds = 0;
  switch (draw.below(6)) {
    case 0: seconds = year_0000; break;
    case 1: seconds = year_10000 - 1; break;
    case 2: seconds = year_0000 - 60; break; // outside the years a format writes
    case 3: seconds = year_10000; break;
    default: seconds = static_cast<std::int64_t>(draw.below(4102444800)); break; // 1970-2100
  }
  // What a duration finer than a second cannot hold is left at the edge it can (a coarser one
  // holds every second drawn here).
  if constexpr (std::ratio_less_v<typename duration::period, std::ratio<1>>) {
    const auto least = duration_cast<std::chrono::seconds>(duration::min()).count() + 1;
    const auto most = duration_cast<std::chrono::seconds>(duration::max()).count() - 1;
    if (seconds < least) seconds = least;
    if (seconds > most) seconds = most;
  }
  duration since = duration_cast<duration>(std::chrono::seconds(seconds));
  if constexpr (std::ratio_less_v<typename duration::period, std::ratio<1>>) {
    since += duration(static_cast<typename duration::rep>(draw.below(duration::period::den)));
  }
  return TimePoint(since);
}

// Array lengths: empty, short, and one past the caps rules usually declare.
template <class Draw>
std::size_t draw_length(Draw& draw) {
  switch (draw.below(24)) {
    case 0: return 0;
    case 1: return 4;   // past 3
    case 2: return 21;  // past 20
    case 3: return 501; // past 500
    default: return 1 + static_cast<std::size_t>(draw.below(3));
  }
}

} // namespace value_builder_detail

/// A value of T drawn from `draw` (see above).
template <class T, class Draw>
T build_value(Draw& draw) {
  using namespace value_builder_detail;
  constexpr invite::detail::value_category category = invite::detail::category_v<T>;
  using category_t = invite::detail::value_category;
  if constexpr (category == category_t::optional) {
    if (draw.below(3) == 0) return T{};
    return T{build_value<typename T::value_type>(draw)};
  } else if constexpr (category == category_t::string) {
    return draw_text(draw);
  } else if constexpr (category == category_t::boolean) {
    return draw.below(2) == 1;
  } else if constexpr (category == category_t::integer) {
    return draw_integer<T>(draw);
  } else if constexpr (category == category_t::floating) {
    return draw_floating<T>(draw);
  } else if constexpr (category == category_t::enumeration) {
    return draw_enum<T>(draw);
  } else if constexpr (category == category_t::formatted) {
    return draw_time_point<T>(draw);
  } else if constexpr (category == category_t::array) {
    T items;
    const std::size_t length = draw_length(draw);
    items.reserve(length);
    // Long arrays repeat a few items, so that they stay cheap and uniqueness has work to do.
    for (std::size_t i = 0; i < length; ++i) {
      items.push_back(i < 8 ? build_value<typename T::value_type>(draw) : items[i % 8]);
    }
    return items;
  } else if constexpr (category == category_t::object) {
    T out{};
    boost::mp11::mp_for_each<invite::detail::public_members<T>>([&](auto descriptor) {
      auto& member = out.*descriptor.pointer;
      member = build_value<invite::detail::remove_cvref_t<decltype(member)>>(draw);
    });
    return out;
  } else {
    static_assert(invite::detail::dependent_false<T>, "invite_test: no way to build this type");
  }
}

} // namespace invite_test

#endif // INVITE_TEST_VALUE_BUILDER_HPP_INCLUDED
