#ifndef INVITE_TOOLS_COMMON_OPTIONS_HPP_INCLUDED
#define INVITE_TOOLS_COMMON_OPTIONS_HPP_INCLUDED

// What the tools' command lines answer alike: --help (or -h) and --version wherever they stand,
// and an option left without its value at the end.

#include <string>
#include <string_view>

namespace invite_tools {

/// An argument that every tool answers the same way, whatever else the command line holds.
enum class standard_option { none, help, version };

inline standard_option standard_option_of(std::string_view argument) noexcept {
  if (argument == "--help" || argument == "-h") return standard_option::help;
  if (argument == "--version") return standard_option::version;
  return standard_option::none;
}

/// The problem with `option`, last on the command line where a value should follow it: an
/// option that needs one, or something that is no option at all.
inline std::string missing_value_problem(std::string_view option) {
  return std::string(option) + (option.substr(0, 2) == "--" ? " needs a value" : ": unknown argument");
}

} // namespace invite_tools

#endif // INVITE_TOOLS_COMMON_OPTIONS_HPP_INCLUDED
