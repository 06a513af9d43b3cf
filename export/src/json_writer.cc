// The streaming JSON writer: nlohmann's dump() format, written straight into the output buffer.

#include "json_writer.h"

#include <cmath>

#include <nlohmann/json.hpp>

namespace bilat::export_internal {

bool IsValidUtf8(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const auto* end = p + s.size();
  while (p < end) {
    unsigned char c = *p;
    if (c < 0x80) {
      ++p;
      continue;
    }
    // Unicode Table 3-7 (well-formed byte sequences).
    auto cont = [&](size_t k, unsigned char lo = 0x80, unsigned char hi = 0xBF) {
      return p + k < end && p[k] >= lo && p[k] <= hi;
    };
    if (c >= 0xC2 && c <= 0xDF) {
      if (!cont(1)) return false;
      p += 2;
    } else if (c == 0xE0) {
      if (!cont(1, 0xA0) || !cont(2)) return false;
      p += 3;
    } else if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) {
      if (!cont(1) || !cont(2)) return false;
      p += 3;
    } else if (c == 0xED) {
      if (!cont(1, 0x80, 0x9F) || !cont(2)) return false;
      p += 3;
    } else if (c == 0xF0) {
      if (!cont(1, 0x90) || !cont(2) || !cont(3)) return false;
      p += 4;
    } else if (c >= 0xF1 && c <= 0xF3) {
      if (!cont(1) || !cont(2) || !cont(3)) return false;
      p += 4;
    } else if (c == 0xF4) {
      if (!cont(1, 0x80, 0x8F) || !cont(2) || !cont(3)) return false;
      p += 4;
    } else {
      return false;
    }
  }
  return true;
}

namespace {

// Bytes written as they are: not a control character, quote or backslash.
inline bool Plain(unsigned char c) { return c >= 0x20 && c != '"' && c != '\\'; }

}  // namespace

void AppendJsonString(std::string& out, std::string_view s) {
  if (!IsValidUtf8(s)) {
    // Never for cleaned text; nlohmann's replacement of bad bytes has its own rules (a byte that
    // ends a bad sequence may start the next), so let it do exactly that.
    out += nlohmann::json(std::string(s))
               .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return;
  }
  out.push_back('"');
  size_t run = 0;  // start of the bytes not yet copied
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (Plain(c)) continue;
    out.append(s.data() + run, i - run);
    run = i + 1;
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\f':
        out += "\\f";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default: {
        static const char kHex[] = "0123456789abcdef";
        char u[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
        out.append(u, sizeof u);
      }
    }
  }
  out.append(s.data() + run, s.size() - run);
  out.push_back('"');
}

void AppendJsonDouble(std::string& out, double v) {
  if (!std::isfinite(v)) {
    out += "null";
    return;
  }
  char buf[64];
  char* end = nlohmann::detail::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, static_cast<size_t>(end - buf));
}

void JsonWriter::Key(std::string_view key) {
  Frame& f = stack_.back();
  if (f.count++) buf_.push_back(',');
  NewLine(stack_.size());
  AppendJsonString(buf_, key);
  buf_.append(": ");
}

}  // namespace bilat::export_internal
