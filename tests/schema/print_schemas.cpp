// Prints the generated schemas, one JSON object per line, for validators outside C++.
#include <invite/invite.hpp>

#include <iostream>

int main() {
  for (const bool allow : {false, true}) {
    invite::parse_options options;
    options.allow_unknown_fields = allow;
    const char* flag = allow ? "true" : "false";
    std::cout << R"({"kind":"request","allow_unknown_fields":)" << flag
              << R"(,"schema":)" << invite::json_schema<invite::request>(options, "request") << "}\n";
    std::cout << R"({"kind":"response","allow_unknown_fields":)" << flag
              << R"(,"schema":)" << invite::json_schema<invite::response>(options, "response") << "}\n";
  }
}
