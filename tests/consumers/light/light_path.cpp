// The translation unit a server would have by the dozen: the light header and nothing else.
#include <invite/light.hpp>

#include "exercise.hpp"
#include "transcripts.hpp"

// What keeps it light: none of the engine's dependencies may have come in.
#if defined(SIMDJSON_VERSION) || defined(SIMDJSON_H)
#error "<invite/light.hpp> included simdjson"
#endif
#if defined(DATE_H)
#error "<invite/light.hpp> included date"
#endif
#if defined(BOOST_DESCRIBE_STRUCT) || defined(BOOST_DESCRIBE_ENUM)
#error "<invite/light.hpp> included Boost.Describe"
#endif
#if defined(INVITE_CODEC_PARSER_HPP_INCLUDED) || defined(INVITE_CODEC_WRITER_HPP_INCLUDED) || \
    defined(INVITE_CODEC_VALIDATE_HPP_INCLUDED)
#error "<invite/light.hpp> included the codec's engine"
#endif

std::string light_path_transcript() { return exercise_contract(); }
