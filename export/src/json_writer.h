// json_writer.h — a streaming JSON writer whose bytes are those of
// nlohmann::json::dump(indent, ' ', /*ensure_ascii=*/false, error_handler_t::replace) of the same
// document, without building the document. Not part of the public API.
#pragma once

#include <charconv>
#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "export_internal.h"

namespace bilat::export_internal {

// True when `s` is well-formed UTF-8 (no overlong forms, no surrogates, nothing past U+10FFFF):
// exactly what nlohmann's decoder accepts.
bool IsValidUtf8(std::string_view s);

// Appends `s` as a JSON string literal, quotes included, as nlohmann's dump does with
// ensure_ascii = false and error_handler_t::replace: \" \\ \b \f \n \r \t, other control
// characters as \u00xx (lower-case hex), everything else (DEL and non-ASCII included) as is;
// invalid UTF-8 is replaced as nlohmann replaces it (U+FFFD).
void AppendJsonString(std::string& out, std::string_view s);
// A double as nlohmann prints it: the shortest form that reads back ("1.0", "2.5", "1e+20"),
// "null" when not finite.
void AppendJsonDouble(std::string& out, double v);

// Writes one JSON document, value by value, as nlohmann::json::dump(indent_step) would print the
// same document (pretty-printed: "[]" and "{}" when empty, else one member per line, `indent_step`
// spaces per level, `"key": value`). Keys are written in the order given and never deduplicated.
// REQUIRES: calls form one well-nested value; Key() before each value inside an object only.
class JsonWriter {
 public:
  explicit JsonWriter(OutBuffer& out, unsigned indent_step = 1)
      : out_(out), buf_(out.buffer()), step_(indent_step) {}

  void BeginObject() { Open('{', true); }
  void EndObject() { Close('}'); }
  void BeginArray() { Open('[', false); }
  void EndArray() { Close(']'); }
  void Key(std::string_view key);

  void String(std::string_view s) {
    BeforeValue();
    AppendJsonString(buf_, s);
    out_.Check();
  }
  void Int(long long v) { Integer(v); }
  void Uint(unsigned long long v) { Integer(v); }
  void Double(double v) {
    BeforeValue();
    AppendJsonDouble(buf_, v);
    out_.Check();
  }
  void Bool(bool v) {
    BeforeValue();
    buf_.append(v ? "true" : "false");
    out_.Check();
  }
  void Null() {
    BeforeValue();
    buf_.append("null");
    out_.Check();
  }

  // Convenience: "key": value.
  void Field(std::string_view key, std::string_view s) {
    Key(key);
    String(s);
  }

 private:
  struct Frame {
    bool object;
    size_t count;
  };
  template <typename T>
  void Integer(T v) {
    BeforeValue();
    char tmp[24];
    auto r = std::to_chars(tmp, tmp + sizeof tmp, v);
    buf_.append(tmp, static_cast<size_t>(r.ptr - tmp));
    out_.Check();
  }
  void NewLine(size_t depth) {
    buf_.push_back('\n');
    buf_.append(depth * step_, ' ');
  }
  // In an array: the separator and indentation before the next element (in an object, Key()
  // wrote them).
  void BeforeValue() {
    if (stack_.empty() || stack_.back().object) return;
    Frame& f = stack_.back();
    if (f.count++) buf_.push_back(',');
    NewLine(stack_.size());
  }
  void Open(char c, bool object) {
    BeforeValue();
    buf_.push_back(c);
    stack_.push_back({object, 0});
  }
  void Close(char c) {
    size_t count = stack_.back().count;
    stack_.pop_back();
    if (count) NewLine(stack_.size());
    buf_.push_back(c);
    out_.Check();
  }

  OutBuffer& out_;
  std::string& buf_;
  size_t step_;
  std::vector<Frame> stack_;
};

}  // namespace bilat::export_internal
