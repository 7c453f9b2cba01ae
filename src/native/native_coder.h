// The coder of stories written in Vietnamese or Chinese: the same events as
// from English copy (CAMEO, actors coded by the office held that day, the
// event's own date, evidence in the original language), from each language's
// own lexicon (data/native/vi, data/native/zh) and word order.
//
// Thread safety: Analyze is const; one NativeCoder serves many threads.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "actors/actor_dictionary.h"
#include "dyad/document.h"
#include "dyad/records.h"
#include "dyad/status.h"
#include "events/codebook.h"
#include "events/mode_table.h"
#include "native/native_lexicon.h"
#include "text/chinese_script.h"
#include "text/sentence_splitter.h"

namespace dyad {

struct NativeAnalysis {
  std::vector<EventRecord> events;  // merged within the story
  std::vector<Mention> mentions;
  std::string folded_body;          // the body as the full-text index keeps it
};

class NativeCoder {
 public:
  // Loads data/native/{vi,zh} and the codebook and mode table under
  // `data_dir`; a bad line names file and line.
  static Result<std::unique_ptr<NativeCoder>> Load(const std::string& data_dir, const ActorDictionary* dictionary);

  // Whether stories tagged `lang` are read by this coder ("vi", "zh", "zh-Hant").
  bool Reads(std::string_view lang) const;

  NativeAnalysis Analyze(const Document& doc, const std::vector<SentenceSpan>& sentences) const;

  const HanConverter& han() const { return *han_; }
  const NativeLexicon& lexicon(bool chinese) const { return chinese ? *zh_ : *vi_; }

 private:
  NativeCoder() = default;
  const ActorDictionary* dictionary_ = nullptr;
  const HanConverter* han_ = nullptr;  // DefaultHanConverter()
  std::unique_ptr<NativeLexicon> vi_, zh_;
  std::unique_ptr<Codebook> codebook_;
  std::unique_ptr<ModeTable> modes_;
};

}  // namespace dyad
