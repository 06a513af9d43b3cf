// JSON string reading shared by the hand-written readers of extract/ (fact lines, article lines):
// exactly what nlohmann's parser accepts in a string, without building a JSON value.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace bilat::json_internal {

// Valid UTF-8 as nlohmann's parser and serialiser accept it (no overlong forms, no surrogates,
// nothing past U+10FFFF).
bool ValidUtf8(std::string_view s);
// Length of the valid UTF-8 sequence at p (as ValidUtf8 accepts), 0 when there is none (p < end).
size_t Utf8Len(const char* p, const char* end);

// The body of a JSON string, from just past its opening quote: unescapes it into `out` and leaves
// `p` just past the closing quote. On an error `p` is where it was found (for unterminated
// strings and bad UTF-8, report the string's start instead). Both hand-written readers use it.
enum class StringError { kNone, kUnterminated, kControl, kBadUnicode, kLoneSurrogate, kBadEscape,
                         kInvalidUtf8 };
StringError ReadStringBody(const char*& p, const char* end, std::string& out);

}  // namespace bilat::json_internal
