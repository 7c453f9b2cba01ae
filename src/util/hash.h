// Content hashes for idempotent ingest: equal content, equal hash.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace dyad {

// 64-bit FNV-1a, chained across calls by passing the previous value as `seed`.
uint64_t Fnv1a64(std::string_view data, uint64_t seed = 0xcbf29ce484222325ULL);

// 16 lower-case hex digits.
std::string Hex64(uint64_t value);

}  // namespace dyad
