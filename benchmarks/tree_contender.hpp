#ifndef INVITE_BENCHMARKS_TREE_CONTENDER_HPP_INCLUDED
#define INVITE_BENCHMARKS_TREE_CONTENDER_HPP_INCLUDED

// What the contenders built on a general JSON library share: the library parses the whole text
// into its tree, then the test support's reference reader walks that tree with the contract's
// rules (the string checks the library's validators, as for every contender), as a user of the
// library would write it. The contenders then differ only in their parsers and trees. Each
// document gets a fresh request, as code that returns one would.

#include "contenders.hpp"
#include "library_string_rules.hpp"

#include <invite_test/reference_reader.hpp>

#include <invite/invite.hpp>

#include <utility>

namespace invite_test {

template <class Access>
class tree_contender : public request_parser {
public:
  const invite::request& value() const override { return last_; }

protected:
  /// The verdict on a document whose tree is `root`, or nullptr when the library refused the
  /// text; value() then holds what the walk read.
  bool walk(const typename Access::node* root) {
    invite::request fresh{};
    using reader = reference_reader<Access, library_string_rules>;
    const bool valid = root != nullptr && reader(state_, false).read(*root, fresh);
    last_ = std::move(fresh);
    return valid;
  }

private:
  reference_state state_;
  invite::request last_{};
};

} // namespace invite_test

#endif // INVITE_BENCHMARKS_TREE_CONTENDER_HPP_INCLUDED
