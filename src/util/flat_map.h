// Open-addressing hash maps for the per-token look-ups of the analysis
// (token -> interned id, trie edge -> child, word -> cached lemma). They run
// for every token of every story: std::unordered_map's node chasing, prime
// modulo and murmur hash were a tenth of the run time.
//
// Linear probing in a power-of-two table kept at most half full; no erase
// (the users only add, or clear all at once). Not thread-safe for writes;
// const look-ups may run concurrently.
#pragma once

#include <bit>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace dyad {

// A fast hash for short strings (words): eight bytes per multiply.
inline uint64_t FastHash(std::string_view s) {
  const char* p = s.data();
  size_t n = s.size();
  uint64_t h = 0x9E3779B97F4A7C15ULL ^ (n * 0xff51afd7ed558ccdULL);
  while (n >= 8) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    h = (h ^ w) * 0xbf58476d1ce4e5b9ULL;
    h ^= h >> 31;
    p += 8;
    n -= 8;
  }
  if (n > 0) {
    // The last 1-7 bytes as a little-endian word. A memcpy of a variable
    // length is a library call, and a loop over the bytes was a third of
    // the cost of hashing a word; fixed 4-, 2- and 1-byte loads give the same
    // word on a little-endian machine.
    uint64_t w = 0;
    if constexpr (std::endian::native == std::endian::little) {
      size_t at = 0;
      if (n & 4) {
        uint32_t x;
        std::memcpy(&x, p, 4);
        w = x;
        at = 4;
      }
      if (n & 2) {
        uint16_t x;
        std::memcpy(&x, p + at, 2);
        w |= static_cast<uint64_t>(x) << (8 * at);
        at += 2;
      }
      if (n & 1) w |= static_cast<uint64_t>(static_cast<unsigned char>(p[at])) << (8 * at);
    } else {
      for (size_t i = 0; i < n; ++i) w |= static_cast<uint64_t>(static_cast<unsigned char>(p[i])) << (8 * i);
    }
    h = (h ^ w) * 0x94d049bb133111ebULL;
    h ^= h >> 29;
  }
  return h * 0xbf58476d1ce4e5b9ULL;
}

// String keys (copied into one arena) to values V.
template <typename V>
class FlatStringMap {
 public:
  FlatStringMap() { Rehash(16); }

  size_t size() const { return size_; }

  const V* Find(std::string_view key) const {
    uint64_t h = FastHash(key);
    for (size_t i = Home(h);; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (!s.used) return nullptr;
      if (s.hash == h && Key(s) == key) return &s.value;
    }
  }

  // Inserts (key, value) unless the key is present; returns the stored value
  // and whether it was inserted.
  std::pair<V*, bool> TryEmplace(std::string_view key, V value) {
    if ((size_ + 1) * 2 > slots_.size()) Rehash(slots_.size() * 2);
    uint64_t h = FastHash(key);
    size_t i = Home(h);
    for (;; i = (i + 1) & mask_) {
      Slot& s = slots_[i];
      if (!s.used) break;
      if (s.hash == h && Key(s) == key) return {&s.value, false};
    }
    Slot& s = slots_[i];
    s.used = true;
    s.hash = h;
    s.key_begin = static_cast<uint32_t>(arena_.size());
    s.key_size = static_cast<uint32_t>(key.size());
    s.value = std::move(value);
    arena_.append(key);
    ++size_;
    return {&s.value, true};
  }

  void Clear() {
    arena_.clear();
    size_ = 0;
    slots_.assign(16, Slot{});
    mask_ = 15;
  }

  // Calls f(key, value) for every entry, in no particular order.
  template <typename F>
  void ForEach(F f) const {
    for (const Slot& s : slots_) {
      if (s.used) f(Key(s), s.value);
    }
  }

 private:
  struct Slot {
    uint64_t hash = 0;
    uint32_t key_begin = 0;
    uint32_t key_size = 0;
    bool used = false;
    V value{};
  };
  size_t Home(uint64_t h) const { return static_cast<size_t>(h >> 32) & mask_; }
  // No substr: its bounds check and the string-to-view conversion were a
  // fifth of a look-up, for offsets the map itself wrote.
  std::string_view Key(const Slot& s) const { return std::string_view(arena_.data() + s.key_begin, s.key_size); }

  void Rehash(size_t capacity) {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(capacity, Slot{});
    mask_ = capacity - 1;
    for (Slot& s : old) {
      if (!s.used) continue;
      size_t i = Home(s.hash);
      while (slots_[i].used) i = (i + 1) & mask_;
      slots_[i] = std::move(s);
    }
  }

  std::vector<Slot> slots_;
  std::string arena_;
  size_t mask_ = 0;
  size_t size_ = 0;
};

// A fixed set of words, for the per-token "is it one of these" checks.
class FlatStringSet {
 public:
  FlatStringSet(std::initializer_list<std::string_view> words) {
    for (std::string_view w : words) map_.TryEmplace(w, 1);
  }
  bool Contains(std::string_view w) const { return map_.Find(w) != nullptr; }

 private:
  FlatStringMap<char> map_;
};

// 64-bit keys other than ~0 to 32-bit values; 0 means "absent" on Find.
class FlatU64Map {
 public:
  FlatU64Map() { Rehash(16); }

  size_t size() const { return size_; }

  uint32_t Find(uint64_t key) const {
    for (size_t i = Home(key);; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.key == key) return s.value;
      if (s.key == kEmpty) return 0;
    }
  }

  // Room for `n` entries without rehashing.
  void Reserve(size_t n) {
    size_t capacity = slots_.size();
    while (n * 2 > capacity) capacity *= 2;
    if (capacity != slots_.size()) Rehash(capacity);
  }

  // Inserts unless present; returns the stored value.
  uint32_t TryEmplace(uint64_t key, uint32_t value) {
    if ((size_ + 1) * 2 > slots_.size()) Rehash(slots_.size() * 2);
    size_t i = Home(key);
    for (; slots_[i].key != kEmpty; i = (i + 1) & mask_) {
      if (slots_[i].key == key) return slots_[i].value;
    }
    slots_[i] = {key, value};
    ++size_;
    return value;
  }

  // Calls f(key, value) for every entry, in no particular order.
  template <typename F>
  void ForEach(F f) const {
    for (const Slot& s : slots_) {
      if (s.key != kEmpty) f(s.key, s.value);
    }
  }

 private:
  static constexpr uint64_t kEmpty = ~0ULL;
  struct Slot {
    uint64_t key = kEmpty;
    uint32_t value = 0;
  };
  size_t Home(uint64_t key) const { return static_cast<size_t>((key * 0x9E3779B97F4A7C15ULL) >> 32) & mask_; }

  void Rehash(size_t capacity) {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(capacity, Slot{});
    mask_ = capacity - 1;
    for (const Slot& s : old) {
      if (s.key == kEmpty) continue;
      size_t i = Home(s.key);
      while (slots_[i].key != kEmpty) i = (i + 1) & mask_;
      slots_[i] = s;
    }
  }

  std::vector<Slot> slots_;
  size_t mask_ = 0;
  size_t size_ = 0;
};

}  // namespace dyad
