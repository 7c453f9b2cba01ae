#include "text/chinese_script.h"

#include <opencc/opencc.h>

#include "text/utf8.h"

namespace dyad {

bool IsHan(char32_t cp) {
  return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x20000 && cp <= 0x2FA1F) ||
         (cp >= 0xF900 && cp <= 0xFAFF) || cp == 0x3007;
}

bool HasHan(std::string_view text) {
  for (size_t pos = 0; pos < text.size();) {
    if (static_cast<unsigned char>(text[pos]) < 0x80) {
      ++pos;
      continue;
    }
    if (IsHan(DecodeUtf8(text, &pos))) return true;
  }
  return false;
}

Result<std::unique_ptr<HanConverter>> HanConverter::Open() {
  std::unique_ptr<HanConverter> c(new HanConverter());
  // OpenCC looks a bare name up in its data directory; Debian puts it here.
  for (const char* config : {"t2s.json", "/usr/share/opencc/t2s.json"}) {
    opencc_t handle = opencc_open(config);
    if (handle != reinterpret_cast<opencc_t>(-1)) {
      c->opencc_ = handle;
      return c;
    }
  }
  return Status::NotFound("OpenCC's t2s.json not found (install opencc-data / libopencc1.1)");
}

HanConverter::~HanConverter() {
  if (opencc_ != nullptr) opencc_close(static_cast<opencc_t>(opencc_));
}

std::string HanConverter::Convert(std::string_view utf8) const {
  char* out = opencc_convert_utf8(static_cast<opencc_t>(opencc_), utf8.data(), utf8.size());
  if (out == nullptr) return std::string(utf8);
  std::string converted(out);
  opencc_convert_utf8_free(out);
  return converted;
}

namespace {

std::u32string CodePoints(std::string_view utf8) {
  std::u32string cps;
  for (size_t pos = 0; pos < utf8.size();) cps.push_back(DecodeUtf8(utf8, &pos));
  return cps;
}

}  // namespace

std::u32string HanConverter::SimplifiedCodePoints(std::string_view utf8) const {
  std::u32string original = CodePoints(utf8);
  if (!HasHan(utf8)) return original;
  std::u32string whole = CodePoints(Convert(utf8));
  if (whole.size() == original.size()) return whole;
  // A phrase conversion changed the length: character by character.
  for (char32_t& cp : original) {
    if (!IsHan(cp)) continue;
    std::string one;
    AppendUtf8(cp, &one);
    std::u32string converted = CodePoints(Convert(one));
    if (converted.size() == 1) cp = converted[0];
  }
  return original;
}

std::string HanConverter::ToSimplified(std::string_view utf8) const {
  std::string out;
  out.reserve(utf8.size());
  for (char32_t cp : SimplifiedCodePoints(utf8)) AppendUtf8(cp, &out);
  return out;
}

const HanConverter* DefaultHanConverter() {
  static const std::unique_ptr<HanConverter> converter = [] {
    Result<std::unique_ptr<HanConverter>> c = HanConverter::Open();
    return c.ok() ? std::move(c).value() : nullptr;
  }();
  return converter.get();
}

std::string HanIndexForm(std::string_view folded, const HanConverter* converter) {
  if (!HasHan(folded)) return std::string(folded);
  std::string simplified = converter != nullptr ? converter->ToSimplified(folded) : std::string(folded);
  std::string out;
  out.reserve(simplified.size() * 4 / 3 + 2);
  for (size_t pos = 0; pos < simplified.size();) {
    size_t start = pos;
    char32_t cp = DecodeUtf8(simplified, &pos);
    bool han = IsHan(cp);
    if (han && !out.empty() && out.back() != ' ') out.push_back(' ');
    out.append(simplified, start, pos - start);
    if (han) out.push_back(' ');
  }
  return out;
}

}  // namespace dyad
