#ifndef INVITE_CODEC_DETAIL_SPARES_HPP_INCLUDED
#define INVITE_CODEC_DETAIL_SPARES_HPP_INCLUDED

// What a reused result keeps between parses so that steady state allocates nothing, even for
// mixed traffic: the errors and notes of the last document and the array items it no longer
// uses, moved aside with their strings' capacity instead of destroyed. A shorter array after a
// longer one, or a valid document after an invalid one, then costs no allocation when the long
// or invalid one comes back.

#include <invite/codec/error.hpp>

#include <cstddef>
#include <memory>
#include <string_view>
#include <utility>
#include <vector>

namespace invite::detail {

class spares {
public:
  spares() = default;
  // A copy starts with none: spares are a cache of capacity, not part of a result's value.
  spares(const spares&) noexcept {}
  spares& operator=(const spares&) noexcept { return *this; }
  spares(spares&&) noexcept = default;
  spares& operator=(spares&&) noexcept = default;
  ~spares() = default;

  std::vector<error>& errors() noexcept { return errors_; }
  /// Apart from the spare errors, so that notes and errors each settle at their own sizes.
  std::vector<error>& notes() noexcept { return notes_; }

  /// Spare items of type Item, to put items in; one pool per type, made on first use.
  template <class Item>
  std::vector<Item>& items() {
    if (std::vector<Item>* found = find_items<Item>()) return *found;
    pools_.emplace_back(&type_key<Item>, std::make_unique<pool<Item>>());
    return static_cast<pool<Item>&>(*pools_.back().second).items;
  }

  /// Spare items of type Item to take from, or null when none were ever kept (a fresh result
  /// then makes no pool, which would cost it an allocation).
  template <class Item>
  std::vector<Item>* find_items() noexcept {
    const void* const key = &type_key<Item>;
    for (const auto& entry : pools_) {
      if (entry.first == key) return &static_cast<pool<Item>&>(*entry.second).items;
    }
    return nullptr;
  }

private:
  struct pool_base {
    virtual ~pool_base() = default;
  };
  template <class Item>
  struct pool final : pool_base {
    std::vector<Item> items;
  };
  template <class>
  static constexpr char type_key = 0;

  std::vector<error> errors_;
  std::vector<error> notes_;
  std::vector<std::pair<const void*, std::unique_ptr<pool_base>>> pools_;
};

/// Moves the items of `items` from `keep` on into the spares, then drops them: their strings
/// keep their capacity for the next document that needs that many items. The last item goes in
/// first, so that growing takes each back at the position it had: position by position, the
/// capacity then settles at what the traffic needs there, and stops moving.
template <class Item>
void shrink_keeping_capacity(std::vector<Item>& items, std::size_t keep, spares& spare) {
  if (keep >= items.size()) return;
  std::vector<Item>& pool = spare.items<Item>();
  for (std::size_t i = items.size(); i-- > keep;) pool.push_back(std::move(items[i]));
  items.resize(keep);
}

/// Appends one item, a spare one when there is one (its old value is overwritten by the reader).
template <class Item>
Item& grow_by_one(std::vector<Item>& items, spares& spare) {
  std::vector<Item>* pool = spare.find_items<Item>();
  if (pool == nullptr || pool->empty()) return items.emplace_back();
  items.push_back(std::move(pool->back()));
  pool->pop_back();
  return items.back();
}

/// The errors (or notes) of a result and their spares: a new one takes a spare's strings, so
/// kept errors allocate nothing once the spares have grown to the usual count.
class error_sink {
public:
  error_sink() = default;
  error_sink(std::vector<error>& errors, spares& spare) noexcept : errors_(&errors), pool_(&spare.errors()) {}
  error_sink(std::vector<error>& list, std::vector<error>& pool) noexcept : errors_(&list), pool_(&pool) {}

  std::vector<error>& list() noexcept { return *errors_; }
  std::size_t size() const noexcept { return errors_->size(); }

  /// Empties the list, keeping its errors as spares: the last goes in first, so that the next
  /// document's first error takes back the first one's strings, and a document seen again gets
  /// each error's strings back where they were.
  // Inline for the common case, a list already empty (every valid document's errors, nearly
  // every document's notes); the move into the spares is out of line.
  void clear() {
    if (!errors_->empty()) spare_all();
  }

  /// A new error at `position` (path and message empty, their capacity kept).
  error& insert(std::size_t position, error_code code, std::size_t offset, std::string_view code_name = {}) {
    std::vector<error>& pool = *pool_;
    const auto where = errors_->begin() + static_cast<std::ptrdiff_t>(position);
    if (pool.empty()) {
      errors_->insert(where, error{code, {}, {}, offset});
    } else {
      errors_->insert(where, std::move(pool.back()));
      pool.pop_back();
    }
    error& added = (*errors_)[position];
    added.code = code;
    added.offset = offset;
    added.code_name = code_name;
    added.path.clear();
    added.message.clear();
    return added;
  }

  /// Drops the last error into the spares.
  void drop_last() {
    pool_->push_back(std::move(errors_->back()));
    errors_->pop_back();
  }

private:
  [[gnu::noinline]] void spare_all() {
    std::vector<error>& pool = *pool_;
    for (auto e = errors_->rbegin(); e != errors_->rend(); ++e) pool.push_back(std::move(*e));
    errors_->clear();
  }

  std::vector<error>* errors_ = nullptr;
  std::vector<error>* pool_ = nullptr;
};

} // namespace invite::detail

#endif // INVITE_CODEC_DETAIL_SPARES_HPP_INCLUDED
