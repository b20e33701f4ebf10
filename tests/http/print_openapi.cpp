// Prints invite::openapi_document(), or with --problems DIR, the problem+json body the library
// writes for every invalid request vector under DIR (one per line), for check_openapi.py.

#include <invite/codec/problem_details.hpp>
#include <invite/contract/openapi.hpp>
#include <invite/invite.hpp>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

int main(int argc, char** argv) {
  if (argc == 1) {
    std::cout << invite::openapi_document() << '\n';
    return 0;
  }
  if (argc != 3 || std::string(argv[1]) != "--problems") {
    std::cerr << "usage: invite_print_openapi [--problems VECTORS_DIR]\n";
    return 2;
  }
  for (const auto& entry : std::filesystem::recursive_directory_iterator(argv[2])) {
    const std::string path = entry.path().string();
    if (path.size() < 5 || path.compare(path.size() - 5, 5, ".json") != 0 || path.find(".expect.json") != std::string::npos) continue;
    std::ifstream in(path, std::ios::binary);
    const std::string body((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const auto request = invite::parse_request(body);
    if (!request) std::cout << invite::problem_details(request.errors()) << '\n';
  }
  return 0;
}
