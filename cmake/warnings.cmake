# Warnings are errors in our own code; dependencies come in as SYSTEM include directories
# (imported targets are SYSTEM by default), so their headers never trip these flags.
function(invite_strict_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Werror)
endfunction()
