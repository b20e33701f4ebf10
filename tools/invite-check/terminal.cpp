#include "terminal.hpp"

#include <cstdlib>
#include <cstring>

#include <sys/ioctl.h>
#include <unistd.h>

namespace invite_check {

text_style text_style_for(std::FILE* stream, color_choice choice) {
  text_style style;
  const int descriptor = fileno(stream);
  const bool terminal = descriptor >= 0 && ::isatty(descriptor) == 1;
  if (terminal) {
    winsize size{};
    if (::ioctl(descriptor, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) {
      style.width = size.ws_col;
    }
  }
  switch (choice) {
  case color_choice::always:
    style.color = true;
    break;
  case color_choice::never:
    style.color = false;
    break;
  case color_choice::automatic: {
    const char* no_color = std::getenv("NO_COLOR");
    const char* term = std::getenv("TERM");
    style.color = terminal && (no_color == nullptr || *no_color == '\0') &&
                  (term == nullptr || std::strcmp(term, "dumb") != 0);
    break;
  }
  }
  return style;
}

} // namespace invite_check
