# Warnings are errors in our own code; dependencies come in as SYSTEM include directories
# (imported targets are SYSTEM by default), so their headers never trip these flags.
function(invite_strict_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Werror)
endfunction()

# What the README promises beyond that for the public headers, since users include them under
# their own flags: tests/consumers builds every header, and a user's code instantiating them,
# with these too.
set(INVITE_HEADER_EXTRA_WARNINGS -Wshadow -Wconversion -Wsign-conversion -Wold-style-cast)

function(invite_header_warnings target)
  invite_strict_warnings(${target})
  target_compile_options(${target} PRIVATE ${INVITE_HEADER_EXTRA_WARNINGS})
endfunction()
