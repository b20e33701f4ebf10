#ifndef INVITE_BENCHMARKS_NDJSON_RUN_HPP_INCLUDED
#define INVITE_BENCHMARKS_NDJSON_RUN_HPP_INCLUDED

// Runs the built invite-check on a file, as a user would from a shell: the benchmark times the
// whole process (start-up, reading, checking, writing a line per document).

#include <string>

namespace invite_test {

/// A file that is removed when this object is destroyed.
class temporary_file {
public:
  /// Creates a new file in the temporary directory holding `content`; path() is empty on failure.
  temporary_file(const std::string& suffix, const std::string& content);
  ~temporary_file();
  temporary_file(const temporary_file&) = delete;
  temporary_file& operator=(const temporary_file&) = delete;

  const std::string& path() const noexcept { return path_; }

private:
  std::string path_;
};

/// Runs `tool --ndjson input` with standard output sent to `output_path`; the exit status, or
/// -1 when the process could not be started or did not exit normally.
int run_invite_check_ndjson(const std::string& tool, const std::string& input, const std::string& output_path);

} // namespace invite_test

#endif // INVITE_BENCHMARKS_NDJSON_RUN_HPP_INCLUDED
