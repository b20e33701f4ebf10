#ifndef INVITE_VERSION_HPP_INCLUDED
#define INVITE_VERSION_HPP_INCLUDED

// The one place the version is written; CMakeLists.txt reads these three lines.
#define INVITE_VERSION_MAJOR 0
#define INVITE_VERSION_MINOR 3
#define INVITE_VERSION_PATCH 0

#define INVITE_VERSION_STRING "0.3.0"

#endif // INVITE_VERSION_HPP_INCLUDED
