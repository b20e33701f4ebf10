#ifndef INVITE_TEST_JSONTESTSUITE_FILES_HPP_INCLUDED
#define INVITE_TEST_JSONTESTSUITE_FILES_HPP_INCLUDED

// The files of JSONTestSuite's test_parsing folder, read as raw bytes.

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <system_error>
#include <vector>

namespace invite_test {

struct suite_file {
  std::string name;     // e.g. "n_array_comma_and_number.json"
  std::string contents; // the bytes, unchanged

  char kind() const { return name.empty() ? '\0' : name[0]; } // 'y', 'n' or 'i'
};

/// Every *.json file of `directory`, sorted by name; empty when the folder cannot be read.
inline std::vector<suite_file> read_suite_files(const std::filesystem::path& directory) {
  std::vector<suite_file> files;
  std::error_code failure;
  for (const auto& entry : std::filesystem::directory_iterator(directory, failure)) {
    if (entry.path().extension() != ".json") {
      continue;
    }
    std::ifstream stream(entry.path(), std::ios::binary);
    files.push_back({entry.path().filename().string(),
                     std::string(std::istreambuf_iterator<char>(stream), {})});
  }
  std::sort(files.begin(), files.end(),
            [](const suite_file& a, const suite_file& b) { return a.name < b.name; });
  return files;
}

} // namespace invite_test

#endif // INVITE_TEST_JSONTESTSUITE_FILES_HPP_INCLUDED
