// Entity budget of the feed reader (feed_entities.h).
#include "ingest/feed_entities.h"

#include <libxml/SAX2.h>
#include <libxml/entities.h>

#include <algorithm>
#include <string_view>
#include <vector>

namespace dyad {
namespace {

// Whatever the feed's size, this much expansion is allowed: far more than a
// DTD of HTML entity names needs, little enough memory not to matter.
constexpr size_t kMinBytes = size_t{1} << 20;
// Nodes of replacement text visited per feed: bounds the time spent on
// entities made of many empty elements, which cost nodes but no bytes.
constexpr size_t kMaxNodes = size_t{1} << 20;

// The budget of the parse running on this thread: libxml2's entity lookup
// callback has no room for it (nested parses of entity content get a context
// of their own).
thread_local FeedEntityBudget* current_budget = nullptr;

std::string_view AsView(const xmlChar* s) {
  return s == nullptr ? std::string_view() : std::string_view(reinterpret_cast<const char*>(s));
}

void PushSiblings(const xmlNode* first, std::vector<const xmlNode*>& stack) {
  size_t mark = stack.size();
  for (const xmlNode* node = first; node != nullptr; node = node->next) stack.push_back(node);
  std::reverse(stack.begin() + static_cast<std::ptrdiff_t>(mark), stack.end());
}

}  // namespace

size_t FeedEntityBudget::BytesFor(size_t feed_size) { return std::max(kMinBytes, 2 * feed_size); }

FeedEntityBudget::FeedEntityBudget(size_t feed_size)
    : byte_limit_(BytesFor(feed_size)),
      parse_bytes_left_(byte_limit_),
      expand_bytes_left_(byte_limit_),
      expand_nodes_left_(kMaxNodes) {}

FeedEntityBudget::ParseGuard::ParseGuard(FeedEntityBudget& budget, xmlParserCtxt* ctxt)
    : previous_(current_budget) {
  current_budget = &budget;
  ctxt->sax->getEntity = &FeedEntityBudget::CountedGetEntity;
}

FeedEntityBudget::ParseGuard::~ParseGuard() { current_budget = previous_; }

bool FeedEntityBudget::Charge(size_t bytes, size_t& left) {
  if (exhausted_ || bytes > left) {
    exhausted_ = true;
    return false;
  }
  left -= bytes;
  return true;
}

// Called by libxml2 (C code) for every reference to a non-predefined entity,
// in content, attribute values and entity values: must not throw.
xmlEntity* FeedEntityBudget::CountedGetEntity(void* ctx, const xmlChar* name) {
  xmlEntity* entity = xmlSAX2GetEntity(ctx, name);
  FeedEntityBudget* budget = current_budget;
  if (entity == nullptr || budget == nullptr) return entity;
  size_t length = entity->length > 0 ? static_cast<size_t>(entity->length) : 0;
  if (budget->Charge(length + 1, budget->parse_bytes_left_)) return entity;
  // The reference would be parsed or copied once too often: end the parse
  // (the caller reports the budget, not the parse error this causes).
  xmlStopParser(static_cast<xmlParserCtxt*>(ctx));
  return nullptr;
}

void FeedEntityBudget::AppendText(const xmlNode* first, std::string& out) {
  std::vector<const xmlNode*> stack;
  PushSiblings(first, stack);
  size_t entity_depth = 0;  // replacement texts being expanded; nullptr ends one
  while (!stack.empty() && !exhausted_) {
    const xmlNode* current = stack.back();
    stack.pop_back();
    if (current == nullptr) {
      --entity_depth;
      continue;
    }
    if (entity_depth > 0 && !Charge(1, expand_nodes_left_)) break;
    switch (current->type) {
      case XML_TEXT_NODE:
      case XML_CDATA_SECTION_NODE: {
        std::string_view text = AsView(current->content);
        if (entity_depth > 0 && !Charge(text.size(), expand_bytes_left_)) break;
        out += text;
        break;
      }
      case XML_ELEMENT_NODE:
        PushSiblings(current->children, stack);
        break;
      case XML_ENTITY_REF_NODE: {
        // A reference's children field points at the entity declaration, whose
        // children are the parsed replacement text.
        const xmlNode* entity = current->children;
        if (entity == nullptr || entity->type != XML_ENTITY_DECL) break;
        stack.push_back(nullptr);
        ++entity_depth;
        PushSiblings(entity->children, stack);
        break;
      }
      default:
        break;
    }
  }
}

}  // namespace dyad
