#include "report.hpp"

#include "common/printable.hpp"

#include <invite/codec/spelling/json_string.hpp>

#include <algorithm>
#include <map>
#include <ostream>
#include <string>

namespace invite_conform {

using invite_tools::printable;

namespace {

struct tally {
  std::size_t passed = 0, failed = 0, not_run = 0, on_status_alone = 0;
};

tally count(const std::vector<outcome>& outcomes) {
  tally out;
  for (const auto& o : outcomes) {
    if (!o.ran) ++out.not_run;
    else if (o.passed) ++out.passed;
    else ++out.failed;
    if (o.ran && o.passed && o.on_status_alone) ++out.on_status_alone;
  }
  return out;
}

std::string xml_escape(const std::string& text) {
  std::string out;
  for (char c : printable(text)) {
    switch (c) {
    case '&': out += "&amp;"; break;
    case '<': out += "&lt;"; break;
    case '>': out += "&gt;"; break;
    case '"': out += "&quot;"; break;
    default: out.push_back(c);
    }
  }
  return out;
}

void add_json_member(std::string& line, const char* name, const std::string& text) {
  line += ",\"";
  line += name;
  line += "\":";
  invite::spelling::append_json_string(line, printable(text));
}

} // namespace

void write_text(std::ostream& out, const std::vector<check>& checks, const std::vector<outcome>& outcomes,
                const text_options& options) {
  // Symptoms in order of frequency, then of first appearance; each with its failures in order.
  std::vector<std::string> symptoms;
  std::map<std::string, std::vector<std::size_t>> failures_of;
  for (std::size_t i = 0; i < checks.size(); ++i) {
    if (!outcomes[i].ran || outcomes[i].passed) continue;
    auto& list = failures_of[outcomes[i].failed.symptom];
    if (list.empty()) symptoms.push_back(outcomes[i].failed.symptom);
    list.push_back(i);
  }
  std::stable_sort(symptoms.begin(), symptoms.end(), [&](const std::string& a, const std::string& b) {
    return failures_of[a].size() > failures_of[b].size();
  });
  for (const std::string& symptom : symptoms) {
    const std::vector<std::size_t>& list = failures_of[symptom];
    out << "FAILED " << list.size() << (list.size() == 1 ? " check: " : " checks: ") << printable(symptom) << '\n';
    for (std::size_t shown = 0; shown < list.size() && shown < options.examples; ++shown) {
      const std::size_t i = list[shown];
      out << "  " << printable(checks[i].name) << ": " << printable(outcomes[i].failed.message) << '\n'
          << "      reproduce: " << printable(checks[i].reproduce) << '\n';
    }
    if (list.size() > options.examples) {
      out << "  ... " << list.size() - options.examples << " more" << (options.verbose ? " below" : " (--verbose lists every failure)")
          << '\n';
    }
  }
  if (options.verbose) {
    for (std::size_t i = 0; i < checks.size(); ++i) {
      if (!outcomes[i].ran || outcomes[i].passed) continue;
      out << "FAIL " << printable(checks[i].name) << ": " << printable(outcomes[i].failed.message)
          << "; reproduce: " << printable(checks[i].reproduce) << '\n';
    }
  }
  const tally total = count(outcomes);
  if (!options.strict_errors) {
    out << "invite-conform: " << total.on_status_alone << " negative "
        << (total.on_status_alone == 1 ? "check" : "checks")
        << " passed on the status alone (the answer was not application/problem+json); "
           "--strict-errors fails them and compares the errors of every problem+json body\n";
  }
  if (total.not_run != 0) {
    out << "invite-conform: stopped after " << total.failed << " failures (--max-failures " << options.max_failures
        << "); " << total.not_run << " checks not run\n";
  }
  out << "invite-conform: " << total.passed << " passed, " << total.failed << " failed" << std::endl;
}

void write_json_lines(std::ostream& out, const std::vector<check>& checks, const std::vector<outcome>& outcomes) {
  for (std::size_t i = 0; i < checks.size(); ++i) {
    const outcome& o = outcomes[i];
    std::string line = "{\"group\":";
    invite::spelling::append_json_string(line, printable(checks[i].group));
    add_json_member(line, "name", checks[i].name);
    if (!o.ran) {
      line += ",\"skipped\":true";
    } else if (o.passed) {
      line += ",\"passed\":true";
      if (o.on_status_alone) line += ",\"on_status_alone\":true";
    } else {
      line += ",\"passed\":false";
      add_json_member(line, "symptom", o.failed.symptom);
      add_json_member(line, "message", o.failed.message);
      add_json_member(line, "reproduce", checks[i].reproduce);
    }
    out << line << "}\n";
  }
  const tally total = count(outcomes);
  out << "{\"passed\":" << total.passed << ",\"failed\":" << total.failed << ",\"not_run\":" << total.not_run
      << ",\"passed_on_status_alone\":" << total.on_status_alone << "}" << std::endl;
}

void write_junit(std::ostream& out, const std::vector<check>& checks, const std::vector<outcome>& outcomes) {
  std::map<std::string, std::vector<std::size_t>> groups;
  for (std::size_t i = 0; i < checks.size(); ++i) groups[checks[i].group].push_back(i);
  const tally total = count(outcomes);
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out << "<testsuites name=\"invite-conform\" tests=\"" << checks.size() << "\" failures=\"" << total.failed
      << "\" skipped=\"" << total.not_run << "\">\n";
  for (const auto& [group, members] : groups) {
    std::vector<outcome> mine;
    for (std::size_t i : members) mine.push_back(outcomes[i]);
    const tally in_group = count(mine);
    out << "  <testsuite name=\"" << xml_escape(group) << "\" tests=\"" << members.size() << "\" failures=\""
        << in_group.failed << "\" skipped=\"" << in_group.not_run << "\">\n";
    for (std::size_t i : members) {
      out << "    <testcase classname=\"invite-conform." << xml_escape(group) << "\" name=\"" << xml_escape(checks[i].name) << "\"";
      if (outcomes[i].ran && outcomes[i].passed) {
        out << "/>\n";
      } else if (!outcomes[i].ran) {
        out << ">\n      <skipped message=\"not run: --max-failures stopped the run\"/>\n    </testcase>\n";
      } else {
        out << ">\n      <failure message=\"" << xml_escape(outcomes[i].failed.message) << "\" type=\""
            << xml_escape(outcomes[i].failed.symptom) << "\">" << xml_escape("reproduce: " + checks[i].reproduce)
            << "</failure>\n    </testcase>\n";
      }
    }
    out << "  </testsuite>\n";
  }
  out << "</testsuites>\n";
}

} // namespace invite_conform
