#include "report.hpp"

#include <invite/codec/spelling/json_string.hpp>

#include <map>
#include <ostream>

namespace invite_conform {

namespace {

std::size_t failures(const std::vector<outcome>& outcomes) {
  std::size_t failed = 0;
  for (const auto& o : outcomes) failed += o.passed ? 0 : 1;
  return failed;
}

std::string xml_escape(const std::string& text) {
  std::string out;
  for (unsigned char c : text) {
    switch (c) {
    case '&': out += "&amp;"; break;
    case '<': out += "&lt;"; break;
    case '>': out += "&gt;"; break;
    case '"': out += "&quot;"; break;
    default:
      // XML 1.0 cannot carry most control characters, even escaped.
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') out += "?";
      else out.push_back(static_cast<char>(c));
    }
  }
  return out;
}

} // namespace

void write_text(std::ostream& out, const std::vector<check>& checks, const std::vector<outcome>& outcomes) {
  for (std::size_t i = 0; i < checks.size(); ++i) {
    if (outcomes[i].passed) continue;
    out << "FAIL " << checks[i].name << ": " << outcomes[i].message << "; reproduce: " << checks[i].reproduce << '\n';
  }
  const std::size_t failed = failures(outcomes);
  out << "invite-conform: " << outcomes.size() - failed << " passed, " << failed << " failed" << std::endl;
}

void write_json_lines(std::ostream& out, const std::vector<check>& checks, const std::vector<outcome>& outcomes) {
  for (std::size_t i = 0; i < checks.size(); ++i) {
    std::string line = "{\"group\":";
    invite::spelling::append_json_string(line, checks[i].group);
    line += ",\"name\":";
    invite::spelling::append_json_string(line, checks[i].name);
    line += outcomes[i].passed ? ",\"passed\":true" : ",\"passed\":false";
    if (!outcomes[i].passed) {
      line += ",\"message\":";
      invite::spelling::append_json_string(line, outcomes[i].message);
      line += ",\"reproduce\":";
      invite::spelling::append_json_string(line, checks[i].reproduce);
    }
    out << line << "}\n";
  }
  const std::size_t failed = failures(outcomes);
  out << "{\"passed\":" << outcomes.size() - failed << ",\"failed\":" << failed << "}" << std::endl;
}

void write_junit(std::ostream& out, const std::vector<check>& checks, const std::vector<outcome>& outcomes) {
  std::map<std::string, std::vector<std::size_t>> groups;
  for (std::size_t i = 0; i < checks.size(); ++i) groups[checks[i].group].push_back(i);
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out << "<testsuites name=\"invite-conform\" tests=\"" << checks.size() << "\" failures=\"" << failures(outcomes) << "\">\n";
  for (const auto& [group, members] : groups) {
    std::size_t failed = 0;
    for (std::size_t i : members) failed += outcomes[i].passed ? 0 : 1;
    out << "  <testsuite name=\"" << xml_escape(group) << "\" tests=\"" << members.size() << "\" failures=\"" << failed << "\">\n";
    for (std::size_t i : members) {
      out << "    <testcase classname=\"invite-conform." << xml_escape(group) << "\" name=\"" << xml_escape(checks[i].name) << "\"";
      if (outcomes[i].passed) {
        out << "/>\n";
        continue;
      }
      out << ">\n      <failure message=\"" << xml_escape(outcomes[i].message) << "\">"
          << xml_escape("reproduce: " + checks[i].reproduce) << "</failure>\n    </testcase>\n";
    }
    out << "  </testsuite>\n";
  }
  out << "</testsuites>\n";
}

} // namespace invite_conform
