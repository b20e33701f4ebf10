#include "input.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <sys/stat.h>
#include <unistd.h>

namespace invite_check {
namespace {

constexpr std::size_t chunk_size = 64 * 1024;

// A failed read normally leaves errno set; an unexpected 0 would print "Success".
int last_read_error() noexcept { return errno != 0 ? errno : EIO; }

bool is_blank_byte(char c) noexcept { return c == ' ' || c == '\t' || c == '\r'; }

} // namespace

input_file::input_file(const std::string& name) {
  if (name == "-") {
    file_ = stdin;
  } else {
    errno = 0;
    file_ = std::fopen(name.c_str(), "rb");
    if (file_ == nullptr) {
      open_error_ = errno != 0 ? errno : ENOENT;
      return;
    }
    owned_ = true;
  }
  const int descriptor = fileno(file_);
  struct stat status {};
  if (::fstat(descriptor, &status) == 0 && S_ISREG(status.st_mode)) {
    const off_t position = ::lseek(descriptor, 0, SEEK_CUR);
    if (position >= 0 && position <= status.st_size) {
      regular_size_ = static_cast<std::size_t>(status.st_size - position);
    }
  }
}

input_file::~input_file() {
  if (owned_) {
    std::fclose(file_);
  }
}

int read_at_most(std::FILE* file, std::size_t limit, std::string& into) {
  into.clear();
  while (into.size() < limit) {
    const std::size_t wanted = std::min(chunk_size, limit - into.size());
    const std::size_t old_size = into.size();
    into.resize(old_size + wanted);
    errno = 0;
    const std::size_t got = std::fread(&into[old_size], 1, wanted, file);
    into.resize(old_size + got);
    if (got < wanted) {
      return std::ferror(file) ? last_read_error() : 0;
    }
  }
  return 0;
}

line_reader::line_reader(std::size_t keep_limit)
    : keep_limit_(std::max<std::size_t>(keep_limit, 1)), chunk_(chunk_size) {}

void line_reader::start(std::FILE* file) noexcept {
  file_ = file;
  chunk_begin_ = chunk_end_ = 0;
  line_number_ = 0;
  error_ = 0;
  at_end_ = false;
}

bool line_reader::refill() {
  if (at_end_) {
    return false;
  }
  errno = 0;
  chunk_begin_ = 0;
  chunk_end_ = std::fread(chunk_.data(), 1, chunk_.size(), file_);
  if (chunk_end_ == 0) {
    at_end_ = true;
    if (std::ferror(file_)) {
      error_ = last_read_error();
    }
    return false;
  }
  return true;
}

bool line_reader::next(std::string& line, std::size_t& number, bool& blank) {
  line.clear();
  blank = true;
  bool saw_any_byte = false;
  bool cut = false;
  bool ended_by_newline = false;
  char last_byte = '\0';

  for (;;) {
    if (chunk_begin_ == chunk_end_ && !refill()) {
      if (error_ != 0 || !saw_any_byte) {
        return false;
      }
      break; // the last line has no LF
    }
    const char* begin = chunk_.data() + chunk_begin_;
    const std::size_t available = chunk_end_ - chunk_begin_;
    const void* newline = std::memchr(begin, '\n', available);
    const std::size_t length =
        newline != nullptr ? static_cast<std::size_t>(static_cast<const char*>(newline) - begin)
                           : available;

    if (length > 0) {
      saw_any_byte = true;
      last_byte = begin[length - 1];
      blank = blank && std::all_of(begin, begin + length, is_blank_byte);
      const std::size_t room = keep_limit_ - line.size();
      line.append(begin, std::min(room, length));
      cut = cut || length > room;
    }
    chunk_begin_ += length;
    if (newline != nullptr) {
      ++chunk_begin_;
      ended_by_newline = true;
      break;
    }
  }

  // A cut line stays longer than any limit it was cut for, CR or not.
  if (ended_by_newline && !cut && last_byte == '\r' && !line.empty()) {
    line.pop_back();
  }
  number = ++line_number_;
  return true;
}

} // namespace invite_check
