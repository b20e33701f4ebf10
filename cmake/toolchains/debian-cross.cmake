# What the toolchain files beside this one share: Debian's cross g++ for INVITE_CROSS_TRIPLET,
# and qemu-user (INVITE_CROSS_QEMU) to run what it builds, the tests and Catch's listing of them
# at build time alike. scripts/cross-test.sh says where the target's libraries come from.
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_CXX_COMPILER ${INVITE_CROSS_TRIPLET}-g++)
# Debian's cross packages put the target's loader and C and C++ libraries in /usr/<triplet>.
set(CMAKE_CROSSCOMPILING_EMULATOR ${INVITE_CROSS_QEMU} -L /usr/${INVITE_CROSS_TRIPLET})
