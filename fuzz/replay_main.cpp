// Runs a fuzz target without libFuzzer: every file named on the command line, and every file
// under every folder named, goes once through LLVMFuzzerTestOneInput. This is how the seed
// corpora and the kept crash inputs run in the ordinary test suite, with any compiler, so that
// the targets keep compiling and the bugs they found stay fixed.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <system_error>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

// A target may say, once every input has run, why the replay proved nothing (for instance that
// no input reached the checks it exists for); nullptr when it did. Targets without one are not
// asked.
extern "C" __attribute__((weak)) const char* InviteFuzzReplayShortfall();

namespace {

namespace fs = std::filesystem;

// Hidden files (.gitkeep and the like) are bookkeeping, not inputs.
bool is_input(const fs::directory_entry& entry) {
  return entry.is_regular_file() && entry.path().filename().string().front() != '.';
}

} // namespace

int main(int argc, char** argv) {
  std::vector<fs::path> inputs;
  for (int i = 1; i < argc; ++i) {
    const fs::path named = argv[i];
    std::error_code status;
    if (fs::is_directory(named, status)) {
      for (const fs::directory_entry& entry : fs::recursive_directory_iterator(named)) {
        if (is_input(entry)) inputs.push_back(entry.path());
      }
    } else if (fs::is_regular_file(named, status)) {
      inputs.push_back(named);
    } else {
      // A folder that went missing would otherwise pass as "nothing to replay".
      std::fprintf(stderr, "replay: no such file or folder: %s\n", argv[i]);
      return 2;
    }
  }
  std::sort(inputs.begin(), inputs.end());
  if (inputs.empty()) {
    std::fprintf(stderr, "replay: no inputs\n");
    return 2;
  }

  for (const fs::path& input : inputs) {
    std::ifstream file(input, std::ios::binary);
    if (!file) {
      std::fprintf(stderr, "replay: cannot read %s\n", input.string().c_str());
      return 2;
    }
    // A buffer of exactly the file's size, as libFuzzer gives, so that sanitizers see overreads.
    const std::vector<char> content{std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
    std::vector<std::uint8_t> bytes(content.begin(), content.end());
    std::fprintf(stderr, "replay: %s (%zu bytes)\n", input.string().c_str(), bytes.size());
    LLVMFuzzerTestOneInput(bytes.data(), bytes.size());
  }
  std::printf("replayed %zu inputs\n", inputs.size());
  if (InviteFuzzReplayShortfall != nullptr) {
    if (const char* shortfall = InviteFuzzReplayShortfall()) {
      std::fprintf(stderr, "replay: %s\n", shortfall);
      return 1;
    }
  }
  return 0;
}
