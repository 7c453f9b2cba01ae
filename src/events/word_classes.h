// Small closed word classes the sentence rules read: punctuation that breaks
// a pattern gap, words that end the modifiers before an object, clause
// adverbs, auxiliaries, determiners and participles used as adjectives.
#pragma once

#include <algorithm>
#include <string_view>
#include <unordered_set>

namespace dyad {

inline bool IsPunct(std::string_view t) {
  return t == "," || t == ";" || t == "." || t == ":" || t == "(" || t == ")" || t == "\"" || t == "!" || t == "?";
}

// Words that end the modifiers allowed between a verb and its object.
inline const std::unordered_set<std::string_view>& SlotStops() {
  static const auto* words = new std::unordered_set<std::string_view>{
      "in", "at", "on", "to", "from", "with", "for", "by", "that", "and", "or", "which", "who", "as", "about",
      "over", "during", "after", "before", "while", "when", "but", "is", "are", "was", "were", "will", "would",
      "said", "says", "into", "under", "against", "between", "through", "since", "if", "not"};
  return *words;
}

inline bool IsAdverb(std::string_view w) {
  return w == "also" || w == "again" || w == "then" || w == "later" || w == "further" || w == "strongly" ||
         w == "firmly" || w == "repeatedly" || w == "immediately" || w == "subsequently";
}

inline bool IsAuxiliary(std::string_view w) {
  return w == "is" || w == "are" || w == "was" || w == "were" || w == "has" || w == "have" || w == "had" ||
         w == "been" || w == "will" || w == "would" || w == "also" || w == "later" || w == "then" || w == "be";
}

// "$2.5 billion", "€40 million": a sign written against the amount's digits.
inline bool IsCurrencySign(std::string_view w) {
  return w == "$" || w == "US$" || w == "\u20ac" || w == "\u00a3" || w == "\u00a5";
}

// Words of an amount of money besides its digits: scale words, currencies
// and their signs ("a 10 million pound loan", "a $2 billion credit line").
inline bool IsAmountWord(std::string_view w) {
  static const auto* words = new std::unordered_set<std::string_view>{
      "thousand", "million", "billion", "trillion", "bn", "m", "dollar", "dollars", "pound", "pounds", "sterling",
      "euro", "euros", "yen", "yuan", "renminbi", "rouble", "roubles", "ruble", "rubles", "franc", "francs", "rupee",
      "rupees", "riyal", "riyals", "dinar", "dinars", "mark", "marks", "krone", "kroner", "krona", "kronor", "peso",
      "pesos", "shilling", "shillings", "rand", "naira", "baht", "ringgit", "lira", "dirham", "dirhams"};
  return IsCurrencySign(w) || words->count(w) != 0;
}

// Words that open another clause or predicate: what follows them is no longer
// told of the verb before them ("warned Putin after a call", "thanked Sanchez,
// who said in a call …").
inline bool OpensClause(std::string_view w) {
  static const auto* words = new std::unordered_set<std::string_view>{
      "that", "which", "who", "whom", "whose", "when", "where", "while", "after", "before", "since", "because",
      "as", "and", "but", "or", "if", "unless", "although", "though", "whereas", "until", "following", "amid"};
  return words->count(w) != 0;
}

// Conjunctions that open an adverbial clause, one with a subject and a time
// of its own: "accused Baku of aggression after Azerbaijani forces shelled
// …" tells the shelling as the narrator's fact, not as part of the charge.
inline bool OpensAdverbialClause(std::string_view w) {
  static const auto* words = new std::unordered_set<std::string_view>{
      "after", "when", "as", "since", "because", "before", "while", "until", "although", "though", "whereas"};
  return words->count(w) != 0;
}

// Words a pattern's gap does not read across, as it does not read across a
// comma: a conjunction that opens another clause ("fired on the ship
// because …", "although Indian troops …"). "After", "before" and "while"
// also open phrases a pattern reads across ("saw no grounds for optimism
// after talks with", "beaten while held in Russian captivity"); "in
// retaliation for" and "in response to" stop it (document_context.cc), as
// "response" alone is also a noun ("disaster response teams").
inline bool StopsGap(std::string_view w) {
  static const auto* words = new std::unordered_set<std::string_view>{"because", "although", "though",
                                                                      "whereas"};
  return words->count(w) != 0;
}

// The noun of "in retaliation for", "in response to": an answer to another act.
inline bool IsAnswerNoun(std::string_view w) { return w == "retaliation" || w == "response"; }

// What may open an item of a list of actors before its noun: "and the
// Czechs", "and a Czech", "two Spaniards and 30 Poles".
inline bool OpensListItem(std::string_view w) {
  if (w == "the" || w == "a" || w == "an") return true;
  if (!w.empty() && w[0] >= '0' && w[0] <= '9') {
    return std::all_of(w.begin(), w.end(), [](char c) { return (c >= '0' && c <= '9') || c == ','; });
  }
  static const auto* counts = new std::unordered_set<std::string_view>{
      "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "several"};
  return counts->count(w) != 0;
}

// The unit of a span of time before "of": "after nine months of talks",
// "two rounds of negotiations".
inline bool IsTimeSpanUnit(std::string_view w) {
  return w == "hours" || w == "days" || w == "weeks" || w == "months" || w == "years" || w == "round" ||
         w == "rounds";
}

// A preposition that names what a reaction is about: "protested to China
// over the detention of …", "complained about", "protested against".
inline bool IsReactionPreposition(std::string_view w) { return w == "over" || w == "about" || w == "against"; }

// A pronoun that opens a relative clause: "an outrage that could not have …".
inline bool IsRelativePronoun(std::string_view w) { return w == "that" || w == "which" || w == "who"; }

// A modal or future auxiliary: "would release the pilot the next day".
inline bool IsModalAuxiliary(std::string_view w) {
  return w == "would" || w == "will" || w == "shall" || w == "'ll" || w == "could" || w == "may" || w == "might" ||
         w == "must";
}

inline bool IsDeterminer(std::string_view w) {
  return w == "the" || w == "a" || w == "an" || w == "his" || w == "her" || w == "its" || w == "their";
}

}  // namespace dyad
