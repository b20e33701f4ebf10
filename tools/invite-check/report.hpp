#ifndef INVITE_TOOLS_INVITE_CHECK_REPORT_HPP_INCLUDED
#define INVITE_TOOLS_INVITE_CHECK_REPORT_HPP_INCLUDED

#include <invite/codec/error.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace invite_check {

/// "NAME: ok\n" when there are no errors, else "NAME:PATH: CODE: MESSAGE\n" for each error;
/// control characters are escaped so that one error is always one line.
void append_text_report(std::string& out, std::string_view name,
                        const std::vector<invite::error>& errors);

/// {"file":NAME,"valid":BOOL,"errors":[{"code":..,"path":..,"offset":N,"message":..}]} and "\n".
void append_json_report(std::string& out, std::string_view name,
                        const std::vector<invite::error>& errors);

/// `text` with each control character written as its JSON escape (\n, \u001b), for one-line
/// text output that cannot smuggle terminal escapes.
void append_printable(std::string& out, std::string_view text);

/// A JSON string literal of `text`; bytes that are not UTF-8 become U+FFFD, since file names
/// are arbitrary bytes and the output must stay valid JSON.
void append_json_string(std::string& out, std::string_view text);

} // namespace invite_check

#endif // INVITE_TOOLS_INVITE_CHECK_REPORT_HPP_INCLUDED
