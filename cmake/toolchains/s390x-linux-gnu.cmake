# IBM Z, 64-bit and big-endian: code that assumes little-endian words fails here.
set(CMAKE_SYSTEM_PROCESSOR s390x)
set(INVITE_CROSS_TRIPLET s390x-linux-gnu)
set(INVITE_CROSS_QEMU qemu-s390x)
include("${CMAKE_CURRENT_LIST_DIR}/debian-cross.cmake")
