#include "ndjson_run.hpp"

#include <fcntl.h>
#include <spawn.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <vector>

extern char** environ;

namespace invite_test {

temporary_file::temporary_file(const std::string& suffix, const std::string& content) {
  const char* directory = std::getenv("TMPDIR");
  std::string pattern = std::string(directory != nullptr && *directory != '\0' ? directory : "/tmp") +
                        "/invite_bench_XXXXXX" + suffix;
  std::vector<char> name(pattern.begin(), pattern.end());
  name.push_back('\0');
  const int fd = mkstemps(name.data(), static_cast<int>(suffix.size()));
  if (fd < 0) return;
  std::size_t written = 0;
  while (written < content.size()) {
    const ssize_t n = ::write(fd, content.data() + written, content.size() - written);
    if (n <= 0) break;
    written += static_cast<std::size_t>(n);
  }
  ::close(fd);
  path_ = name.data();
  if (written != content.size()) {
    std::remove(path_.c_str());
    path_.clear();
  }
}

temporary_file::~temporary_file() {
  if (!path_.empty()) std::remove(path_.c_str());
}

int run_invite_check_ndjson(const std::string& tool, const std::string& input, const std::string& output_path) {
  posix_spawn_file_actions_t actions;
  if (posix_spawn_file_actions_init(&actions) != 0) return -1;
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, output_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  std::string tool_argument = tool;
  std::string flag = "--ndjson";
  std::string input_argument = input;
  char* arguments[] = {tool_argument.data(), flag.data(), input_argument.data(), nullptr};
  pid_t child = 0;
  const int started = posix_spawn(&child, tool.c_str(), &actions, nullptr, arguments, environ);
  posix_spawn_file_actions_destroy(&actions);
  if (started != 0) return -1;
  int status = 0;
  if (waitpid(child, &status, 0) != child) return -1;
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

} // namespace invite_test
