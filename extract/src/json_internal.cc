// JSON string reading (json_internal.h).
#include "json_internal.h"

#include "bilat/common.h"

namespace bilat::json_internal {

size_t Utf8Len(const char* p, const char* end) {
  unsigned char c = static_cast<unsigned char>(*p);
  if (c < 0x80) return 1;
  size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
  if (len == 0 || c > 0xF4 || static_cast<size_t>(end - p) < len) return 0;
  char32_t cp = c & (0x7F >> len);
  for (size_t k = 1; k < len; ++k) {
    unsigned char cc = static_cast<unsigned char>(p[k]);
    if ((cc & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (cc & 0x3F);
  }
  static constexpr char32_t kMin[5] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < kMin[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return len;
}

bool ValidUtf8(std::string_view s) {
  const char* p = s.data();
  const char* end = p + s.size();
  while (p < end) {
    if (static_cast<unsigned char>(*p) < 0x80) {  // (most bytes, even of Vietnamese)
      ++p;
      continue;
    }
    size_t len = Utf8Len(p, end);
    if (!len) return false;
    p += len;
  }
  return true;
}

namespace {

int HexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool Hex4(const char*& p, const char* end, unsigned& v) {
  if (end - p < 4) return false;
  v = 0;
  for (int i = 0; i < 4; ++i) {
    int h = HexDigit(p[i]);
    if (h < 0) return false;
    v = v * 16 + static_cast<unsigned>(h);
  }
  p += 4;
  return true;
}

}  // namespace

StringError ReadStringBody(const char*& p, const char* end, std::string& out) {
  out.clear();
  const char* from = p;
  bool ascii = true;
  while (true) {
    if (p == end) return StringError::kUnterminated;
    unsigned char c = static_cast<unsigned char>(*p);
    if (c == '"') break;
    if (c < 0x20) return StringError::kControl;
    if (c != '\\') {
      ascii &= c < 0x80;
      ++p;
      continue;
    }
    out.append(from, p);
    ++p;
    if (p == end) return StringError::kUnterminated;
    char e = *p++;
    switch (e) {
      case '"': out += '"'; break;
      case '\\': out += '\\'; break;
      case '/': out += '/'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      case 'u': {
        unsigned cp;
        if (!Hex4(p, end, cp)) return StringError::kBadUnicode;
        if (cp >= 0xDC00 && cp <= 0xDFFF) return StringError::kLoneSurrogate;
        if (cp >= 0xD800 && cp <= 0xDBFF) {
          unsigned lo;
          if (end - p < 2 || p[0] != '\\' || p[1] != 'u') return StringError::kLoneSurrogate;
          p += 2;
          if (!Hex4(p, end, lo)) return StringError::kBadUnicode;
          if (lo < 0xDC00 || lo > 0xDFFF) return StringError::kLoneSurrogate;
          cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
        }
        AppendUtf8(out, static_cast<char32_t>(cp));
        break;
      }
      default:
        return StringError::kBadEscape;
    }
    from = p;
  }
  out.append(from, p);
  ++p;
  if (!ascii && !ValidUtf8(out)) return StringError::kInvalidUtf8;
  return StringError::kNone;
}

}  // namespace bilat::json_internal
