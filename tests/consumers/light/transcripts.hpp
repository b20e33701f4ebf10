#ifndef INVITE_CONSUMER_TRANSCRIPTS_HPP_INCLUDED
#define INVITE_CONSUMER_TRANSCRIPTS_HPP_INCLUDED

// What exercise.hpp wrote down, once through each path.

#include <string>

std::string light_path_transcript();       // light_path.cpp
std::string header_only_path_transcript(); // header_only_path.cpp

#endif // INVITE_CONSUMER_TRANSCRIPTS_HPP_INCLUDED
