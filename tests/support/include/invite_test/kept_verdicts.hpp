#ifndef INVITE_TEST_KEPT_VERDICTS_HPP_INCLUDED
#define INVITE_TEST_KEPT_VERDICTS_HPP_INCLUDED

// The library's verdict on a predicted document, from one parser and one result per kind kept
// across documents (as a server keeps them), held against the prediction.

#include <invite/invite.hpp>
#include <invite/testing.hpp>

#include <string>
#include <string_view>

namespace invite_test {

class kept_verdicts {
public:
  /// How the library's verdict on `json`, read as `kind` under `options`, differs from what
  /// `predicted` says; empty when it does not.
  std::string difference(const invite::testing::test_document& predicted, invite::testing::document_kind kind,
                         std::string_view json, const invite::parse_options& options) {
    if (kind == invite::testing::document_kind::request) {
      parser_.parse(json, requests_, options);
      return invite::testing::difference(predicted, requests_.ok(), requests_.errors(), requests_.notes());
    }
    parser_.parse(json, responses_, options);
    return invite::testing::difference(predicted, responses_.ok(), responses_.errors(), responses_.notes());
  }

  /// The same for a document's own text, kind and options.
  std::string difference(const invite::testing::test_document& document) {
    return difference(document, document.kind, document.json, document.options);
  }

private:
  invite::parser parser_;
  invite::result<invite::request> requests_;
  invite::result<invite::response> responses_;
};

} // namespace invite_test

#endif // INVITE_TEST_KEPT_VERDICTS_HPP_INCLUDED
