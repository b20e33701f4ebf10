// The generated schemas and the library's verdicts, for validators outside C++
// (tests/schema/check_agreement.py).
//
//   invite_print_schemas            one JSON object per line: {"type","allow_unknown_fields","schema"}
//                                   for every type below, strict and lenient
//   invite_print_schemas --verdicts reads documents from stdin, each as a line
//                                   "TYPE ALLOW_UNKNOWN_FIELDS MAX_BYTES SIZE" and SIZE bytes, and
//                                   prints a line per document: "valid", or "invalid" and its codes
#include "every_member_type.hpp"
#include "sample_types.hpp" // tests/codec

#include <invite/invite.hpp>

#include <cstddef>
#include <cstring>
#include <iostream>
#include <iterator>
#include <string>
#include <string_view>

namespace {

// Every type the test compares, by the name the driver uses.
template <class Visit>
void for_each_type(Visit&& visit) {
  visit("request", static_cast<const invite::request*>(nullptr));
  visit("response", static_cast<const invite::response*>(nullptr));
  visit("sample_ticket", static_cast<const sample::ticket*>(nullptr));
  visit("every_member", static_cast<const every_member::everything*>(nullptr));
}

void print_schemas() {
  for (const bool allow : {false, true}) {
    invite::parse_options options;
    options.allow_unknown_fields = allow;
    for_each_type([&](std::string_view name, const auto* type) {
      using T = std::remove_cv_t<std::remove_pointer_t<decltype(type)>>;
      std::cout << R"({"type":")" << name << R"(","allow_unknown_fields":)" << (allow ? "true" : "false")
                << R"(,"schema":)" << invite::json_schema<T>(options, name) << "}\n";
    });
  }
}

int print_verdicts() {
  std::string type;
  int allow = 0;
  std::size_t max_bytes = 0;
  std::size_t size = 0;
  std::string document;
  while (std::cin >> type >> allow >> max_bytes >> size) {
    std::cin.get(); // the newline before the document
    document.resize(size);
    if (!std::cin.read(document.data(), static_cast<std::streamsize>(size))) {
      std::cerr << "a document ends early\n";
      return 2;
    }
    invite::parse_options options;
    options.allow_unknown_fields = allow != 0;
    options.max_bytes = max_bytes;
    bool known = false;
    for_each_type([&](std::string_view name, const auto* t) {
      using T = std::remove_cv_t<std::remove_pointer_t<decltype(t)>>;
      if (known || name != type) return;
      known = true;
      const invite::result<T> parsed = invite::parse<T>(document, options);
      if (parsed.ok()) {
        std::cout << "valid\n";
        return;
      }
      std::cout << "invalid";
      for (const invite::error& e : parsed.errors()) std::cout << ' ' << e.name();
      std::cout << '\n';
    });
    if (!known) {
      std::cerr << "no type named " << type << '\n';
      return 2;
    }
  }
  return std::cin.eof() ? 0 : 2;
}

} // namespace

int main(int argc, char** argv) {
  if (argc == 2 && std::strcmp(argv[1], "--verdicts") == 0) return print_verdicts();
  if (argc != 1) {
    std::cerr << "usage: invite_print_schemas [--verdicts]\n";
    return 2;
  }
  print_schemas();
}
