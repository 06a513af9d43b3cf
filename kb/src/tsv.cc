// Reading the TSV and list files of resources/: lines, comments, header, UTF-8 and NFC. What the
// columns mean is load.cc's business.

#include <fstream>
#include <sstream>

#include "kb_internal.h"

namespace bilat::kb::internal {

namespace {

Status ReadFile(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError(path + ": cannot open");
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return Status::IOError(path + ": read error");
  *out = std::move(ss).str();
  return Status::OK();
}

// Offset of the first byte that is not valid UTF-8, or npos. A literal U+FFFD counts as invalid:
// in a hand-written table it is always the trace of an earlier bad conversion.
size_t FindInvalidUtf8(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    size_t at = i;
    if (DecodeUtf8(s, i) == 0xFFFD) return at;
  }
  return std::string_view::npos;
}

bool IsAscii(std::string_view s) {
  for (char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

std::string_view TrimSpaces(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool IsSkipped(std::string_view line) {
  return TrimSpaces(line).empty() || line.front() == '#';
}

std::vector<std::string> SplitTabs(std::string_view line) {
  std::vector<std::string> fields;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    fields.emplace_back(line.substr(start, tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return fields;
}

// Calls fn(line_number, line) for every line that is neither blank nor a comment, with the CR of
// CRLF files and a leading byte-order mark removed. Stops at the first non-OK status.
template <typename Fn>
Status ForEachLine(const std::string& text, Fn fn) {
  std::string_view rest(text);
  if (rest.substr(0, 3) == "\xEF\xBB\xBF") rest.remove_prefix(3);
  for (int number = 1; !rest.empty(); ++number) {
    size_t nl = rest.find('\n');
    std::string_view line = rest.substr(0, nl);
    rest.remove_prefix(nl == std::string_view::npos ? rest.size() : nl + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (IsSkipped(line)) continue;
    Status s = fn(number, line);
    if (!s.ok()) return s;
  }
  return Status::OK();
}

std::string FieldName(const std::vector<std::string>& columns, size_t i) {
  if (i < columns.size()) return columns[i];
  return "#" + std::to_string(i + 1);
}

// Checks UTF-8, trims surrounding spaces and NFC-normalises each field in place.
Status CleanFields(const std::string& path, int line, const std::vector<std::string>& columns,
                   std::vector<std::string>* fields) {
  for (size_t i = 0; i < fields->size(); ++i) {
    std::string& f = (*fields)[i];
    size_t bad = FindInvalidUtf8(f);
    if (bad != std::string::npos) {
      return Status::InvalidArgument(Where(path, line, FieldName(columns, i)) +
                                     "invalid UTF-8 at byte " + std::to_string(bad + 1));
    }
    f = std::string(TrimSpaces(f));
    if (!IsAscii(f)) f = ToNfc(f);
  }
  return Status::OK();
}

Status CheckFieldCount(const TsvFile& file, int line, size_t count) {
  const size_t want = file.columns.size();
  if (count < want) {
    return Status::InvalidArgument(Where(file.path, line, file.columns[count]) + "missing: line has " +
                                   std::to_string(count) + " fields, header has " +
                                   std::to_string(want));
  }
  if (count > want) {
    return Status::InvalidArgument(Where(file.path, line, FieldName(file.columns, want)) +
                                   "extra field: line has " + std::to_string(count) +
                                   " fields, header has " + std::to_string(want));
  }
  return Status::OK();
}

}  // namespace

std::string Where(std::string_view path, int line, std::string_view field) {
  std::string s(path);
  s += ':' + std::to_string(line) + ": field '";
  s += field;
  s += "': ";
  return s;
}

Status ReadTsv(const std::string& path, TsvFile* out) {
  std::string text;
  Status s = ReadFile(path, &text);
  if (!s.ok()) return s;
  TsvFile file;
  file.path = path;
  s = ForEachLine(text, [&](int number, std::string_view line) {
    std::vector<std::string> fields = SplitTabs(line);
    if (file.header_line == 0) {
      file.header_line = number;
      Status c = CleanFields(path, number, {}, &fields);
      file.columns = std::move(fields);
      return c;
    }
    Status c = CleanFields(path, number, file.columns, &fields);
    if (c.ok()) c = CheckFieldCount(file, number, fields.size());
    if (c.ok()) file.rows.push_back({number, std::move(fields)});
    return c;
  });
  if (!s.ok()) return s;
  if (file.header_line == 0) return Status::InvalidArgument(path + ":1: no header line");
  *out = std::move(file);
  return Status::OK();
}

Status ReadLines(const std::string& path, std::vector<std::string>* out) {
  std::string text;
  Status s = ReadFile(path, &text);
  if (!s.ok()) return s;
  std::vector<std::string> lines;
  s = ForEachLine(text, [&](int number, std::string_view line) {
    std::vector<std::string> fields{std::string(line)};
    Status c = CleanFields(path, number, {"entry"}, &fields);
    if (c.ok()) lines.push_back(std::move(fields[0]));
    return c;
  });
  if (s.ok()) *out = std::move(lines);
  return s;
}

}  // namespace bilat::kb::internal
