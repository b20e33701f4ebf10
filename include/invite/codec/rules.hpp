#ifndef INVITE_CODEC_RULES_HPP_INCLUDED
#define INVITE_CODEC_RULES_HPP_INCLUDED

// The rule vocabulary, and field()/fields() to declare rules beside a type. Each rule is one
// self-contained type (rule.hpp says what a rule is); your own rules are written the same way.

#include <invite/codec/field.hpp>
#include <invite/codec/rule.hpp>
#include <invite/codec/rules/alias.hpp>         // alias
#include <invite/codec/rules/email.hpp>         // email_address
#include <invite/codec/rules/items.hpp>         // min_items, max_items, item_count, each, unique_in_array
#include <invite/codec/rules/numbers.hpp>       // integer_range, number_range
#include <invite/codec/rules/text.hpp>          // not_blank, min/max_code_points, no_control_characters
#include <invite/codec/rules/url.hpp>           // http_url
#include <invite/codec/rules/written_as.hpp>    // written_as<Format>

#endif // INVITE_CODEC_RULES_HPP_INCLUDED
