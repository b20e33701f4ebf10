// RFC 3339 reads whole seconds or 1/n of one: 3/4 of a second is neither, and its instants
// would not read back.
// expect: rfc3339_format needs a Duration counting whole seconds or 1/n of one
#include <invite/codec/time_formats.hpp>

#include <chrono>
#include <ratio>

using three_quarters = std::chrono::duration<long long, std::ratio<3, 4>>;

int main() {
  date::sys_time<three_quarters> value{};
  return invite::rfc3339_format<three_quarters>::parse("2026-03-01T10:00:00.75Z", value) ? 0 : 1;
}
