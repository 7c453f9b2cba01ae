// Invalid UTF-8 carried through a JSON parser without losing which bytes it
// was. JSON parsers reject invalid UTF-8, so a line is repaired before it is
// parsed; repairing to U+FFFD there would make ids "a\xFF" and "a\xFE" one id,
// and the second story would silently replace the first. Instead each invalid
// byte becomes a private-use code point that names it (U+10FF80..U+10FFFF for
// bytes 0x80..0xFF), and each field is finished after parsing: U+FFFD in
// text, the original bytes in ids, which Prepare then percent-encodes.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace dyad {

struct MarkedUtf8 {
  size_t bad_sequences = 0;   // as RepairUtf8 counts them
  size_t first_bad_byte = 0;  // offset in the input
  // False when the input may already hold code points in the marker range
  // (raw, or as a \uDBFx escape): then invalid bytes became U+FFFD at once,
  // as RepairUtf8 does, and ids lose them.
  bool reversible = true;
};

// Copies `in` to `*out` with every byte of an invalid sequence replaced by its
// marker. Valid input is copied as is (check validity first: this is slow).
MarkedUtf8 MarkInvalidUtf8(std::string_view in, std::string* out);

// Replaces markers by U+FFFD, one per broken sequence as RepairUtf8 does, so
// text reads the same whether or not its line needed markers. Returns how
// many U+FFFD it wrote.
size_t ReplaceMarkers(std::string* s);

// Replaces markers by the bytes they stand for (invalid UTF-8 again).
void RestoreMarkedBytes(std::string* s);

// For ids: when `*s` is not valid UTF-8, writes each byte of an invalid
// sequence as %XX (upper-case hex) and each '%' as %25, so distinct ids stay
// distinct and the original is recoverable; returns true. Valid ids are left
// alone (a valid id spelling "%FF" literally can still meet a rewritten one;
// the warning shows the rewritten id).
bool PercentEncodeInvalidUtf8(std::string* s);

}  // namespace dyad
