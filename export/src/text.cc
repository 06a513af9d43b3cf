// Text for the writers: cleaning to valid, XML-legal NFC, escaping for XML and HTML, colours and
// number formatting.

#include <algorithm>
#include <charconv>
#include <cmath>

#include <unicode/normalizer2.h>

#include "export_internal.h"

namespace bilat {

namespace {

// XML 1.0 Char, minus the C1 controls (legal but never meant in news text, and "discouraged"
// by the XML recommendation itself).
bool IsXmlChar(char32_t c) {
  if (c < 0x20) return c == '\t' || c == '\n' || c == '\r';
  if (c >= 0x7F && c <= 0x9F) return false;
  if (c >= 0xD800 && c <= 0xDFFF) return false;
  return c != 0xFFFE && c != 0xFFFF && c <= 0x10FFFF;
}

// Appends `c` escaped for XML/HTML; `attr` also escapes the whitespace that attribute-value
// normalisation would fold into spaces.
void AppendEscaped(std::string& out, char c, bool attr) {
  switch (c) {
    case '&':
      out += "&amp;";
      return;
    case '<':
      out += "&lt;";
      return;
    case '>':
      out += "&gt;";
      return;
    case '"':
      out += "&quot;";
      return;
    case '\'':
      out += "&apos;";
      return;
    case '\r':
      out += "&#13;";
      return;  // a raw CR would be read back as a newline
    case '\n':
      out += attr ? "&#10;" : "\n";
      return;
    case '\t':
      out += attr ? "&#9;" : "\t";
      return;
    default:
      out += c;
  }
}

// Bytes that AppendEscaped changes (for text: not tab and newline).
inline bool NeedsEscape(char c, bool attr) {
  switch (c) {
    case '&':
    case '<':
    case '>':
    case '"':
    case '\'':
    case '\r':
      return true;
    case '\n':
    case '\t':
      return attr;
    default:
      return false;
  }
}

std::string Escape(std::string_view text, bool attr) {
  std::string scratch;
  std::string_view clean = export_internal::CleanView(text, scratch);
  std::string out;
  out.reserve(clean.size() + clean.size() / 8);
  export_internal::AppendXmlEscaped(out, clean, attr);
  return out;
}

// Printable ASCII, tab, LF and CR: clean and already NFC.
inline bool CleanAscii(unsigned char u) {
  return (u >= 0x20 && u < 0x7F) || u == '\t' || u == '\n' || u == '\r';
}

// NFC as ICU sees it, read from the UTF-8 directly. REQUIRES: valid UTF-8.
bool IsNfc(std::string_view utf8) {
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(err);
  if (U_FAILURE(err)) return false;
  bool yes =
      nfc->isNormalizedUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())), err);
  return U_SUCCESS(err) && yes;
}

// Embeddings, overrides and isolates: hostile text could reorder what a reader sees.
bool IsBidiControl(char32_t c) {
  return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

}  // namespace

std::string KindColor(const std::string& kind) {
  // Tableau 10: distinct in print and for colour-blind readers.
  if (kind == "person") return "#4e79a7";
  if (kind == "ministry") return "#f28e2b";
  if (kind == "country") return "#59a14f";
  if (kind == "agreement") return "#e15759";
  if (kind == "organization") return "#b07aa1";
  if (kind == "city") return "#76b7b2";
  if (kind == "event") return "#edc948";
  return "#9c9c9c";
}

std::string XmlEscape(std::string_view text) { return Escape(text, /*attr=*/false); }

namespace export_internal {

std::string_view CleanView(std::string_view text, std::string& scratch) {
  // Printable ASCII (and tab, LF, CR) is clean and already NFC: most ids, kinds and English text.
  size_t i = 0;
  while (i < text.size() && CleanAscii(static_cast<unsigned char>(text[i]))) ++i;
  if (i == text.size()) return text;
  // Drop what is not allowed; when nothing is, the text is its own cleaned form if it is NFC.
  bool dropped = false;
  std::string kept;
  while (i < text.size()) {
    size_t at = i;
    char32_t c = DecodeUtf8(text, i);
    // DecodeUtf8 returns U+FFFD for bad bytes too; only a real, encoded U+FFFD is kept.
    bool bad =
        (c == 0xFFFD && text.substr(at, 3) != "\xEF\xBF\xBD") || !IsXmlChar(c) || IsBidiControl(c);
    if (bad && !dropped) {
      dropped = true;
      kept.assign(text.substr(0, at));
    } else if (!bad && dropped) {
      kept.append(text.substr(at, i - at));
    }
  }
  if (!dropped) {
    if (IsNfc(text)) return text;
    scratch = ToNfc(text);
    return scratch;
  }
  scratch = IsNfc(kept) ? std::move(kept) : ToNfc(kept);
  return scratch;
}

std::string CleanText(std::string_view text) {
  std::string scratch;
  std::string_view clean = CleanView(text, scratch);
  if (clean.data() == scratch.data() && !scratch.empty()) return scratch;
  return std::string(clean);
}

void AppendXmlEscaped(std::string& out, std::string_view clean, bool attr) {
  size_t run = 0;
  for (size_t i = 0; i < clean.size(); ++i) {
    if (!NeedsEscape(clean[i], attr)) continue;
    out.append(clean.data() + run, i - run);
    AppendEscaped(out, clean[i], attr);
    run = i + 1;
  }
  out.append(clean.data() + run, clean.size() - run);
}

std::string FillPlaceholders(std::string_view text,
                             const std::map<std::string, std::string>& values) {
  std::string out;
  for (size_t i = 0; i < text.size();) {
    size_t close = text[i] == '{' ? text.find('}', i) : std::string_view::npos;
    if (close != std::string_view::npos) {
      auto it = values.find(std::string(text.substr(i + 1, close - i - 1)));
      if (it != values.end()) {
        out += it->second;
        i = close + 1;
        continue;
      }
    }
    out += text[i++];
  }
  return out;
}

std::string XmlAttr(std::string_view text) { return Escape(text, /*attr=*/true); }

std::string HtmlEscape(std::string_view text) {
  // Not the apostrophe: HTML does not need it escaped, and "d&apos;Estaing" would no longer
  // read as a name to tools that fold the text of a TimelineJS event.
  std::string scratch;
  std::string out;
  for (char c : export_internal::CleanView(text, scratch)) {
    if (c == '\'')
      out += c;
    else
      AppendEscaped(out, c, /*attr=*/false);
  }
  return out;
}

std::string Join(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i) out += sep;
    out += parts[i];
  }
  return out;
}

std::string FormatDouble(double v) {
  if (!std::isfinite(v)) return "0";
  char buf[64];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
  if (ec != std::errc()) return "0";
  return std::string(buf, end);
}

double NodeSize(size_t degree) {
  // Rounded to 1/1000 so that the text stays short and identical on every platform.
  double size = 10.0 + 4.0 * std::sqrt(static_cast<double>(degree));
  return std::round(size * 1000.0) / 1000.0;
}

}  // namespace export_internal
}  // namespace bilat
