# 64-bit Arm, little-endian, without SSE2: the portable twins run here.
set(CMAKE_SYSTEM_PROCESSOR aarch64)
set(INVITE_CROSS_TRIPLET aarch64-linux-gnu)
set(INVITE_CROSS_QEMU qemu-aarch64)
include("${CMAKE_CURRENT_LIST_DIR}/debian-cross.cmake")
