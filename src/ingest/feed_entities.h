// Bounds what the entities declared in a feed's DTD may cost (feed_reader.cc).
//
// The feed parse never substitutes entities, so libxml2 leaves each reference
// to a user-declared entity as a reference node and dyad expands it when it
// reads the text. A small feed that declares one large entity and references
// it many times (or nests entities, "billion laughs") would still cost far
// more than its size: libxml2 re-parses an entity's replacement text for some
// references, and every expansion copies it. Both are charged here to one
// budget per feed, proportional to the feed's size.
#pragma once

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <cstddef>
#include <string>

namespace dyad {

class FeedEntityBudget {
 public:
  // Bytes of replacement text a feed of `feed_size` bytes may expand: honest
  // feeds declare a few short entities (&nbsp; as "&#160;"), whose expansion
  // is smaller than their references.
  static size_t BytesFor(size_t feed_size);

  explicit FeedEntityBudget(size_t feed_size);

  // Counts, for the parse of `ctxt` on this thread, the replacement text of
  // every user-declared entity libxml2 looks up, and stops the parse once the
  // budget is spent. Undone by the destructor.
  class ParseGuard {
   public:
    ParseGuard(FeedEntityBudget& budget, xmlParserCtxt* ctxt);
    ~ParseGuard();
    ParseGuard(const ParseGuard&) = delete;
    ParseGuard& operator=(const ParseGuard&) = delete;

   private:
    FeedEntityBudget* previous_;
  };

  // Appends to `out` the character data of the sibling list starting at
  // `first` (an element's or attribute's children), entity references
  // expanded while the budget lasts.
  void AppendText(const xmlNode* first, std::string& out);

  // True once the parse or the expansion needed more than the budget.
  bool exhausted() const { return exhausted_; }
  size_t byte_limit() const { return byte_limit_; }

 private:
  static xmlEntity* CountedGetEntity(void* ctx, const xmlChar* name);
  bool Charge(size_t bytes, size_t& left);

  size_t byte_limit_;
  size_t parse_bytes_left_;   // replacement text libxml2 may parse
  size_t expand_bytes_left_;  // replacement text dyad may copy out
  size_t expand_nodes_left_;  // nodes of replacement text dyad may visit
  bool exhausted_ = false;
};

}  // namespace dyad
