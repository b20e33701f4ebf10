#include "requests.hpp"

#include "shell_quote.hpp"

#include <cstdio>
#include <filesystem>

namespace invite_conform {

namespace {

std::string bracketed_host(const endpoint_url& url) {
  return url.host.find(':') != std::string::npos ? "[" + url.host + "]" : url.host;
}

std::string host_header(const endpoint_url& url) {
  return url.port == (url.tls ? "443" : "80") ? bracketed_host(url) : bracketed_host(url) + ":" + url.port;
}

// For commands, which have no default port of their own to agree with the URL's.
std::string host_and_port(const endpoint_url& url) { return bracketed_host(url) + ":" + url.port; }

// Commands may be run from another directory.
std::string absolute(const std::string& file) { return std::filesystem::absolute(file).string(); }

std::string seconds(const settings& run) { return std::to_string((run.timeout.count() + 999) / 1000); }

} // namespace

head_options polite_head(const settings& run) {
  head_options head;
  head.api_key = run.key();
  return head;
}

std::string raw_request(const settings& run, const head_options& head, std::string_view body) {
  std::string out = head.method + " " + run.url.path + " HTTP/1.1\r\nHost: " + host_header(run.url) +
                    "\r\nUser-Agent: invite-conform\r\nAccept: application/json, application/problem+json\r\n";
  for (const auto& [name, value] : run.headers) out += name + ": " + value + "\r\n";
  if (head.api_key) out += "apiKey: " + *head.api_key + "\r\n";
  if (head.content_type) out += "Content-Type: " + *head.content_type + "\r\n";
  if (!head.keep_alive) out += "Connection: close\r\n";
  if (head.chunked) {
    out += "Transfer-Encoding: chunked\r\n\r\n";
    // Several chunks, to make the server put them together.
    constexpr std::size_t piece = 64;
    for (std::size_t at = 0; at < body.size(); at += piece) {
      const std::string_view chunk = body.substr(at, piece);
      char size[20];
      std::snprintf(size, sizeof size, "%zx", chunk.size());
      out += size;
      out += "\r\n";
      out += chunk;
      out += "\r\n";
    }
    out += "0\r\n\r\n";
    return out;
  }
  if (head.method == "POST" || !body.empty() || head.content_length) {
    out += "Content-Length: " + (head.content_length ? *head.content_length : std::to_string(body.size())) + "\r\n";
  }
  out += "\r\n";
  out += body;
  return out;
}

std::string curl_command(const settings& run, const head_options& head, const std::string& body_argument,
                         std::string_view piped_body) {
  std::string out = piped_body.empty() ? std::string() : "printf " + printf_format(piped_body) + " | ";
  out += "curl -sS -i --max-time " + seconds(run);
  if (run.trust.insecure) out += " --insecure";
  if (!run.trust.ca_file.empty()) out += " --cacert " + shell_quote(absolute(run.trust.ca_file));
  if (head.method != "POST" || body_argument.empty()) out += " -X " + head.method;
  out += " " + shell_quote(run.url.text());
  for (const auto& [name, value] : run.headers) out += " -H " + shell_quote(name + ": " + value);
  if (head.api_key) out += " -H " + shell_quote("apiKey: " + *head.api_key);
  out += " -H " + shell_quote("Content-Type: " + head.content_type.value_or(""));
  if (head.chunked) out += " -H 'Transfer-Encoding: chunked'";
  if (!body_argument.empty()) out += " --data-binary " + body_argument;
  return out;
}

std::string raw_command(const settings& run, const std::string& bytes, bool half_close) {
  std::string out = "printf " + printf_format(bytes) + " | ";
  if (run.url.tls) {
    // s_client -quiet keeps reading after its input ends, as a client awaiting its answer does.
    out += "timeout " + seconds(run) + " openssl s_client -quiet -connect " + shell_quote(host_and_port(run.url));
    if (!run.trust.ca_file.empty()) out += " -CAfile " + shell_quote(absolute(run.trust.ca_file)) + " -verify_return_error";
  } else {
    // curl's telnet:// sends standard input as it is: the nearest thing to nc everywhere.
    out += "curl -sS --max-time " + seconds(run) + " telnet://" + shell_quote(host_and_port(run.url));
  }
  if (half_close) out += "  # the client then stops sending";
  return out;
}

} // namespace invite_conform
