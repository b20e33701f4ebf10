// RapidJSON: a Document per document (its memory pool is not meant to be reused across
// parses without care), UTF-8 validated as the contract demands, then the same walk; and its
// Writer over a StringBuffer. Both go through an allocator that counts, because RapidJSON calls
// malloc itself rather than operator new.

#include "contenders.hpp"
#include "tree_contender.hpp"

#include <invite_test/allocation_counter.hpp>
#include <invite_test/contract_rules.hpp>

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cstdlib>
#include <memory>
#include <optional>
#include <utility>

namespace invite_test {
namespace {

class counting_malloc_allocator {
public:
  [[maybe_unused]] static const bool kNeedFree = true; // part of the allocator concept
  void* Malloc(std::size_t size) {
    if (size == 0) return nullptr;
    note_allocation();
    return std::malloc(size);
  }
  void* Realloc(void* original, std::size_t, std::size_t size) {
    if (size == 0) {
      std::free(original);
      return nullptr;
    }
    note_allocation();
    return std::realloc(original, size);
  }
  static void Free(void* p) { std::free(p); }
};

using pool_allocator = rapidjson::MemoryPoolAllocator<counting_malloc_allocator>;
using document = rapidjson::GenericDocument<rapidjson::UTF8<>, pool_allocator, counting_malloc_allocator>;
using string_buffer = rapidjson::GenericStringBuffer<rapidjson::UTF8<>, counting_malloc_allocator>;
using writer = rapidjson::Writer<string_buffer, rapidjson::UTF8<>, rapidjson::UTF8<>, counting_malloc_allocator>;

struct rapidjson_access {
  using node = rapidjson::GenericValue<rapidjson::UTF8<>, pool_allocator>;

  static json_kind kind(const node& n) noexcept {
    if (n.IsObject()) return json_kind::object;
    if (n.IsArray()) return json_kind::array;
    if (n.IsString()) return json_kind::string;
    if (n.IsBool()) return json_kind::boolean;
    if (n.IsNull()) return json_kind::null;
    return json_kind::number;
  }
  static std::string_view text(const node& n) noexcept {
    return std::string_view(n.GetString(), n.GetStringLength());
  }
  static integer_kind integer(const node& n, std::int64_t& out) noexcept {
    if (n.IsInt64()) {
      out = n.GetInt64();
      return integer_kind::in_int64;
    }
    return n.IsUint64() ? integer_kind::beyond_int64 : integer_kind::not_integer;
  }
  static std::size_t size(const node& n) noexcept { return n.Size(); }
  template <class F>
  static void for_each_item(const node& n, F&& f) {
    for (const node& item : n.GetArray()) f(item);
  }
  template <class F>
  static void for_each_member(const node& n, F&& f) {
    for (const auto& member : n.GetObject()) {
      f(std::string_view(member.name.GetString(), member.name.GetStringLength()), member.value);
    }
  }
};

class rapidjson_parser final : public tree_contender<rapidjson_access> {
public:
  bool parse(std::string_view json) override {
    if (starts_with_byte_order_mark(json)) return walk(nullptr); // it would skip the mark
    document tree;
    tree.Parse<rapidjson::kParseValidateEncodingFlag>(json.data(), json.size());
    return walk(tree.HasParseError() ? nullptr : &tree);
  }
};

class rapidjson_writer final : public response_writer {
public:
  std::string_view write(const invite::response& value) override {
    buffer_.reset();
    buffer_.emplace();
    writer out(*buffer_);
    out.StartObject();
    out.Key("invites", 7);
    out.StartArray();
    for (const invite::invitation& item : value.invites) {
      out.StartObject();
      out.Key("name", 4);
      out.String(item.name.data(), static_cast<rapidjson::SizeType>(item.name.size()));
      out.Key("email", 5);
      out.String(item.email.data(), static_cast<rapidjson::SizeType>(item.email.size()));
      out.Key("report_id", 9);
      out.Int64(item.report_id);
      out.Key("candidate_id", 12);
      out.Int64(item.candidate_id);
      out.Key("assessment_id", 13);
      out.Int64(item.assessment_id);
      out.Key("invite_link", 11);
      out.String(item.invite_link.data(), static_cast<rapidjson::SizeType>(item.invite_link.size()));
      out.Key("status", 6);
      out.String(item.status.data(), static_cast<rapidjson::SizeType>(item.status.size()));
      out.EndObject();
    }
    out.EndArray();
    out.EndObject();
    return std::string_view(buffer_->GetString(), buffer_->GetSize());
  }

private:
  std::optional<string_buffer> buffer_;
};

} // namespace

void add_rapidjson_contenders(parse_contenders& parsers, write_contenders& writers) {
  parsers.push_back({"rapidjson", "RapidJSON: a Document per document, UTF-8 validated, the tree walked with the same rules",
                     [] { return std::make_unique<rapidjson_parser>(); }});
  writers.push_back({"rapidjson_writer", "RapidJSON: Writer over a fresh StringBuffer",
                     [] { return std::make_unique<rapidjson_writer>(); }});
}

} // namespace invite_test
