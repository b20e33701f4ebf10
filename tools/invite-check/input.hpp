#ifndef INVITE_TOOLS_INVITE_CHECK_INPUT_HPP_INCLUDED
#define INVITE_TOOLS_INVITE_CHECK_INPUT_HPP_INCLUDED

#include <cstddef>
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

namespace invite_check {

/// A file opened for binary reading, or standard input for the name "-".
class input_file {
public:
  explicit input_file(const std::string& name);
  ~input_file();
  input_file(const input_file&) = delete;
  input_file& operator=(const input_file&) = delete;

  /// Null when opening failed; open_error() then says why.
  std::FILE* get() const noexcept { return file_; }
  int open_error() const noexcept { return open_error_; }

  /// The bytes left to read when the file is a regular file (its size, less what was read of
  /// standard input before us); empty for pipes, terminals and devices.
  std::optional<std::size_t> regular_size() const noexcept { return regular_size_; }

private:
  std::FILE* file_ = nullptr;
  std::optional<std::size_t> regular_size_;
  bool owned_ = false;
  int open_error_ = 0;
};

/// Replaces `into` with the first `limit` bytes of the file (all of it when shorter).
/// Returns 0, or the errno of a failed read.
int read_at_most(std::FILE* file, std::size_t limit, std::string& into);

/// Splits a file into lines without ever holding more than `keep_limit` bytes of one line, so
/// that an endless line costs bounded memory; one reader serves file after file.
class line_reader {
public:
  explicit line_reader(std::size_t keep_limit);

  void start(std::FILE* file) noexcept;

  /// The next line without its LF (and without a CR right before the LF), cut to keep_limit
  /// bytes; `number` counts from 1, `blank` tells a line of only spaces, tabs and CRs.
  /// False at the end of the file or on a read error (see error()); a last line without LF
  /// is still returned, an unfinished line cut by a read error is not.
  bool next(std::string& line, std::size_t& number, bool& blank);

  /// 0, or the errno of a failed read.
  int error() const noexcept { return error_; }

private:
  bool refill();

  std::size_t keep_limit_;
  std::vector<char> chunk_;
  std::size_t chunk_begin_ = 0;
  std::size_t chunk_end_ = 0;
  std::FILE* file_ = nullptr;
  std::size_t line_number_ = 0;
  int error_ = 0;
  bool at_end_ = false;
};

/// a + b, or the largest size_t when that overflows.
constexpr std::size_t saturating_add(std::size_t a, std::size_t b) noexcept {
  return a > static_cast<std::size_t>(-1) - b ? static_cast<std::size_t>(-1) : a + b;
}

} // namespace invite_check

#endif // INVITE_TOOLS_INVITE_CHECK_INPUT_HPP_INCLUDED
