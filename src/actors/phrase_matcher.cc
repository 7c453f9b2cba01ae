#include "actors/phrase_matcher.h"

namespace dyad {

PhraseMatcher::PhraseMatcher() { nodes_.emplace_back(); }

bool PhraseMatcher::Add(const std::vector<std::string_view>& tokens, uint32_t payload) {
  if (tokens.empty()) return false;
  uint32_t node = 0;
  for (std::string_view t : tokens) {
    uint32_t id = *token_ids_.TryEmplace(t, static_cast<uint32_t>(token_ids_.size() + 1)).first;
    uint64_t key = (static_cast<uint64_t>(node) << 32) | id;
    uint32_t child = edges_.Find(key);
    if (child == 0) {
      nodes_.emplace_back();
      child = edges_.TryEmplace(key, static_cast<uint32_t>(nodes_.size() - 1));
      if (node == 0) {
        if (root_children_.size() <= id) root_children_.resize(id + 1, 0);
        root_children_[id] = child;
      }
    }
    node = child;
  }
  if (nodes_[node].payloads.empty()) ++phrases_;
  nodes_[node].payloads.push_back(payload);
  return true;
}

std::vector<uint32_t> PhraseMatcher::Intern(const std::vector<std::string_view>& tokens) const {
  std::vector<uint32_t> ids(tokens.size(), kUnknownToken);
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (const uint32_t* id = token_ids_.Find(tokens[i])) ids[i] = *id;
  }
  return ids;
}

uint32_t PhraseMatcher::Child(uint32_t node, uint32_t token) const {
  if (node == 0) return token < root_children_.size() ? root_children_[token] : 0;
  return edges_.Find((static_cast<uint64_t>(node) << 32) | token);
}

PhraseMatcher::Match PhraseMatcher::LongestAt(const std::vector<uint32_t>& ids, size_t pos) const {
  Match best{static_cast<uint32_t>(pos), static_cast<uint32_t>(pos), 0};
  uint32_t node = 0;
  for (size_t i = pos; i < ids.size() && ids[i] != kUnknownToken; ++i) {
    node = Child(node, ids[i]);
    if (node == 0) break;
    if (!nodes_[node].payloads.empty()) best = {static_cast<uint32_t>(pos), static_cast<uint32_t>(i + 1), node};
  }
  return best;
}

std::vector<PhraseMatcher::Match> PhraseMatcher::FindAll(const std::vector<uint32_t>& ids) const {
  std::vector<Match> out;
  size_t pos = 0;
  while (pos < ids.size()) {
    Match m = LongestAt(ids, pos);
    if (m.end > m.begin) {
      out.push_back(m);
      pos = m.end;
    } else {
      ++pos;
    }
  }
  return out;
}

}  // namespace dyad
