#include "events/match_events.h"

#include <algorithm>

#include "events/act_parties.h"
#include "events/codebook.h"
#include "events/implied_events.h"
#include "events/verb_classes.h"

namespace dyad {
namespace {

// "flew a joint patrol", "jointly attacked", "together with": the act's
// words say its doers act as one.
bool JointAct(const DocumentContext& ctx, const PatternMatch& m) {
  for (uint32_t i = m.begin; i < m.end; ++i) {
    const std::string_view w = ctx.r.tokens.text(i);
    if (w == "joint" || w == "jointly" || w == "together" || w == "combined") return true;
  }
  return false;
}

// The state with which `party` last acted both ways in the story so far
// (X→party and party→X), other than `except`; "" if none.
std::string MutualPartyOf(const EventSink& sink, const std::string& party, const std::string& except) {
  const std::vector<EventRecord>& records = sink.records();
  for (size_t k = records.size(); k-- > 0;) {
    const EventRecord& e = records[k];
    if (e.source.country != party || e.target.country.empty() || e.target.country == except) continue;
    const std::string& other = e.target.country;
    for (const EventRecord& back : records) {
      if (back.source.country == other && back.target.country == party && back.root == e.root) return other;
    }
  }
  return "";
}

// Two subjects of an act with no named target do it with each other when it
// is an intent to cooperate, a consultation, support or a concession ("X and
// Y pledged closer ties", "agreed to a ceasefire"); sympathy, appeals, aid
// and mediation they give together to a third.
bool MutualBetweenSubjects(const std::string& code) {
  if (code.rfind("033", 0) == 0 || code.rfind("045", 0) == 0) return false;
  int root = RootOf(code);
  return root == 3 || root == 4 || root == 5 || root == 8;
}

// A demand for the release of a state's own nationals or property
// ("demanded the release of two French activists", "insists on the return
// of every Japanese citizen") is made of whoever holds them, never of the
// state itself.
bool DemandsReleaseOfOwn(const std::string& code) { return code.rfind("1053", 0) == 0; }

// "Zaire accused Rwanda and Burundi of invading, and Kigali denied the
// charge": a denial answers whoever accused the denier in the sentence (the
// last disapproval, 11x, coded against its state), not a fellow accused.
const ResolvedActor* Accuser(const SentenceContext& sc, const ResolvedActor& denier, const EventSink& sink) {
  const std::vector<EventRecord>& records = sink.records();
  for (auto e = records.rbegin(); e != records.rend(); ++e) {
    if (e->evidence.empty() || e->evidence.front().sentence != sc.sentence()) break;
    if (e->root == "11" && e->target.country == denier.country && !e->source.country.empty() &&
        e->source.country != denier.country) {
      return sc.StateActor(e->source.country);
    }
  }
  return nullptr;
}

// A verb that shares its act with its object ("met", "signed":
// verb_classes.tsv) among the match's words: "Shultz met Gromyko", "an
// agreement signed with Tanzania".
bool SharedVerbIn(const DocumentContext& ctx, const PatternMatch& m) {
  for (uint32_t i = m.begin; i < m.end; ++i) {
    if (ctx.verb_classes.IsShared(ctx.r.tokens.text(i))) return true;
  }
  return false;
}

}  // namespace

bool AddMatchEvents(const SentenceContext& sc, const DocumentContext& ctx, const PatternMatch& m,
                    const std::string& code, const MatchParties& parties, bool done_then,
                    std::vector<FramedAct>* framed, std::vector<ToldAct>* told, EventSink* sink) {
  const VerbPattern& p = *m.pattern;
  bool coded = false;
  // A reaction is told to answer an act, and a rejection made by a cue
  // ("refused to pull back") is none.
  // So is an act done "in response" or "in retaliation" with nothing after
  // ("…, and South Korean jets staged a drill in response").
  const bool reaction =
      p.partner && ((AnswersAnAct(p.code) && AnswersAnAct(code)) || EndsInResponse(ctx.r.tokens, m));
  TellAct(m, p.code, parties.sources, parties.targets, told);
  // A generic reading of two subjects' pledge ("Argentina and Britain agreed
  // to cooperate in identifying soldiers on the Falklands") is between them,
  // as the plain "agreed to" it stands in for.
  const bool generic_pair = p.fallback && parties.plural_subject;
  if (parties.has_target && !generic_pair) {
    for (const ResolvedActor* src : parties.sources) {
      for (const ResolvedActor* tgt : parties.targets) {
        // "Turkish and Iraqi forces began drills near the Habur crossing",
        // "… near Baku": a place of one of the doers is where they acted
        // together, not the other's target.
        if (parties.sources.size() > 1 && sc.IsLocation(tgt) &&
            std::any_of(parties.sources.begin(), parties.sources.end(),
                        [&](const ResolvedActor* a) { return !a->country.empty() && a->country == tgt->country; })) {
          // "Armenia and Azerbaijan agreed to a ceasefire in Nagorno-Karabakh":
          // two subjects of a mutual act do it with each other.
          const ResolvedActor* other = parties.sources.size() == 2
                                           ? (parties.sources[0] == src ? parties.sources[1] : parties.sources[0])
                                           : nullptr;
          if (other != nullptr && MutualBetweenSubjects(code) && !src->country.empty() &&
              other->country != src->country && !other->country.empty()) {
            sink->Add(*src, other, code, sc, m);
            coded = true;
          }
          continue;
        }
        // A compound on either side ("both sides") stands for the other state.
        bool same = !src->country.empty() && src->country == tgt->country;
        if (same && (parties.sources.size() > 1 || parties.targets.size() > 1 || IsMutualCode(code))) continue;
        // "Saudi Arabia, the UAE, Bahrain and Egypt … closed their airspace,
        // sea lanes and the Saudi land border": what one of several doers
        // owns is theirs together, no target of the others.
        if (!same && parties.sources.size() > 1 && !IsMutualCode(code) && sc.NamedByAdjective(tgt) &&
            std::any_of(parties.sources.begin(), parties.sources.end(),
                        [&](const ResolvedActor* a) { return !a->country.empty() && a->country == tgt->country; })) {
          continue;
        }
        // The holder is the other state the sentence names, if it names one.
        if (same && DemandsReleaseOfOwn(code)) {
          if (const ResolvedActor* other = sc.NamedPartner(*src, m, parties.sources)) {
            sink->Add(*src, other, code, sc, m);
            coded = true;
            continue;
          }
        }
        // "Ukrainian prosecutors opened an inquiry into the killings in
        // Irpin": a town of the doer's own state is where the act happened,
        // not a party to it. Force is the exception: a government that
        // bombs its own town ("Syrian forces dropped chlorine on Douma")
        // acts on it, and others accuse it of that.
        if (same && RootOf(code) < 18 && sc.IsPlace(tgt)) continue;
        sink->Add(*src, tgt, code, sc, m);
        // "Shultz met Gromyko": a meeting, talks or a signing told by a verb
        // that shares it (verb_classes.tsv) is each party's act with the
        // other (not "talks with Ethiopia remained stalled", "spoke to").
        if (IsMutualCode(code) && !p.nominal && !tgt->country.empty() && !src->country.empty() &&
            !sc.IsLocation(tgt) && SharedVerbIn(ctx, m)) {
          sink->Add(*tgt, src, code, sc, m);
        }
        coded = true;
        // The parties of talks a third state hosts travel to them, but
        // the story tells the talks, not their trips.
        if (!parties.host_of_occasion) AddImpliedVisit(*src, *tgt, code, sc, m, sink);
      }
    }
    if (done_then && FramesCall(code, parties.targets)) framed->push_back({m.end, parties.sources, parties.targets});
  } else if (p.both || generic_pair) {
    // Two parties: "X and Y held talks"; three ("Canada, the United States
    // and Mexico reached a trade agreement") act pairwise; more, with the
    // first (below).
    // One party meeting abroad ("a Bhutanese delegation held talks in
    // Beijing") meets its host.
    if (!parties.plural_subject && RootOf(code) == 4) {
      // "Biden warned Putin during a video call": the call told after an
      // act is between the act's parties, whoever the clause's subject
      // is ("Putin was warned by Biden during a call").
      if (const FramedAct* act = ActFramedBy(sc, ctx, m, *framed)) {
        for (const ResolvedActor* src : act->sources) {
          for (const ResolvedActor* tgt : act->targets) {
            if (src->country.empty() || src->country == tgt->country) continue;
            sink->Add(*src, tgt, code, sc, m);
            coded = true;
          }
        }
        return coded;
      }
      if (parties.sources.size() == 1) {
        if (const ResolvedActor* other = PersonFramedBy(sc, ctx, m, *parties.sources[0])) {
          sink->Add(*parties.sources[0], other, code, sc, m);
          sink->Add(*other, parties.sources[0], code, sc, m);
          return true;
        }
      }
      for (const ResolvedActor* src : parties.sources) {
        const ResolvedActor* host = sc.HostVenue(m, *src);
        if (host == nullptr) continue;
        sink->Add(*src, host, code, sc, m);
        coded = true;
        AddImpliedVisit(*src, *host, code, sc, m, sink);
      }
      return coded;
    }
    if (!parties.plural_subject) return coded;
    // Three or more only meet, agree or cooperate with each other; what
    // they agree to or pledge together ("agreed to lift their blockade
    // of Qatar") concerns a third. An intent to do a mutual act ("will
    // jointly develop a fighter") is mutual as the act is.
    auto mutual_root = [](int root) { return root >= 4 && root <= 6; };
    const int both_root = RootOf(code);
    const bool mutual = mutual_root(both_root) || (both_root == 3 && mutual_root(RootOf(p.code)));
    if (parties.sources.size() > 2 && !mutual) return coded;
    // "Niger and Senegal pledged to contribute battalions": a pledge of two
    // whose verb hands something over is for a third, not for each other.
    if (both_root == 3 && m.end < sc.View().end && ctx.r.tokens.text(m.end - 1) == "to" &&
        ctx.verb_classes.IsGiving(ctx.lemmas[m.end])) {
      return coded;
    }
    // "The UAE and Bahrain signed agreements normalising relations with
    // Israel": each did the act with the third party, not with the other.
    if (mutual) {
      const std::vector<const ResolvedActor*> third = sc.WithThirdParty(m, parties.sources);
      for (const ResolvedActor* a : parties.sources) {
        for (const ResolvedActor* b : third) {
          if (a->country.empty()) continue;
          sink->Add(*a, b, code, sc, m);
          coded = true;
          AddImpliedVisit(*a, *b, code, sc, m, sink);
        }
      }
      if (!third.empty()) return coded;
    }
    if (sc.WithUnnamedParty(m)) return coded;
    // "US and Iraqi troops clashed with militants near Mosul": force the
    // subjects used on another party is theirs together, not each other's.
    if (both_root >= 13 && sc.WithFoe(m)) return coded;
    // "Warships from India, the United States, Japan, Australia and Singapore
    // began an exercise": four or more act with the one named first, the
    // host or the convener; what the others do with each other goes untold.
    const bool with_first = parties.sources.size() >= 4;
    for (const ResolvedActor* a : parties.sources) {
      for (const ResolvedActor* b : parties.sources) {
        if (a == b || a->country == b->country) continue;
        if (with_first && a != parties.sources.front() && b != parties.sources.front()) continue;
        sink->Add(*a, b, code, sc, m);
        coded = true;
        // "Tokayev and Mirziyoyev held talks in Tashkent": the guest's visit.
        AddImpliedVisit(*a, *b, code, sc, m, sink);
      }
    }
  } else if (p.partner) {
    const int root = RootOf(code);
    // "… suspended ties with the Pacific nation": a party named, unknown.
    const bool unnamed_party = sc.WithUnnamedParty(m);
    for (const ResolvedActor* src : parties.sources) {
      if (root >= 10) {
        std::vector<const ResolvedActor*> answered = sc.AnsweredInApposition(m, *src);
        for (const ResolvedActor* a : answered) sink->Add(*src, a, code, sc, m);
        coded = coded || !answered.empty();
        if (!answered.empty()) continue;
      }
      // "…, the US Navy said, calling the seizure a violation": the doer of
      // the act told before, if the sentence names it; one of no state
      // ("Gunmen killed …, and Beijing condemned the attack") has none.
      if (reaction) {
        if (const ToldAct* act = ActAnswered(ctx, m, *src, parties.sources, *told)) {
          for (const std::string& doer : act->doers) {
            if (doer == src->country) continue;
            sink->Add(*src, sc.StateActor(doer), code, sc, m);
            coded = true;
          }
          continue;
        }
      }
      if (code.rfind("016", 0) == 0 && !src->country.empty()) {
        if (const ResolvedActor* accuser = Accuser(sc, *src, *sink)) {
          sink->Add(*src, accuser, code, sc, m);
          coded = true;
          continue;
        }
      }
      // "Saudi Arabia and Iran agreed to restore ties. Iraq hosted five
      // rounds of talks": a mediation or talks hosted with no party named
      // are between the two of the story's latest act done both ways.
      if (code.rfind("045", 0) == 0 && !unnamed_party && sc.NamedPartner(*src, m, parties.sources) == nullptr) {
        const std::string* pair = ctx.mutual_pair;
        if (!pair[0].empty() && !pair[1].empty() && pair[0] != src->country && pair[1] != src->country) {
          sink->Add(*src, sc.StateActor(pair[0]), code, sc, m);
          sink->Add(*src, sc.StateActor(pair[1]), code, sc, m);
          coded = true;
          continue;
        }
      }
      // "Armenia and Azerbaijan agreed to a ceasefire": two subjects of
      // a cooperative act are each other's party; two that condemn,
      // strike or seize together ("Biden and Kishida condemned the
      // launch") are allies, and their party is someone else.
      // Two at odds and no one else in view ("Armenia and Azerbaijan both
      // ordered mobilisation") are each other's party too.
      const ResolvedActor* partner = nullptr;
      const bool pair = TwoStates(parties.sources);
      const ResolvedActor* other = pair ? (parties.sources[0] == src ? parties.sources[1] : parties.sources[0]) : nullptr;
      if (pair && MutualBetweenSubjects(code) && !unnamed_party) {
        partner = other;
      } else {
        partner = sc.Partner(*src, m, parties.sources, root >= 10, IsAid(code));
        // Words (10-14), cuts and coercion (16-17) are aimed at a third
        // party ("Peru and Uruguay recalled their ambassadors" from a state
        // the story names elsewhere); mobilisation and force (15, 18-20)
        // are mutual.
        // Not two that act jointly ("Russian and Chinese bombers flew a joint
        // patrol"): allies, whose party is someone else.
        if (partner == nullptr && (root < 10 || root == 15 || root >= 18) && !unnamed_party && !JointAct(ctx, m)) {
          partner = other;
        }
      }
      if (partner == nullptr) continue;
      sink->Add(*src, partner, code, sc, m);
      coded = true;
      for (const ResolvedActor* listed : sc.ListedAfterPartner(*partner, m)) {
        if (listed->country != src->country) sink->Add(*src, listed, code, sc, m);
      }
      // "Saudi Arabia and Iran agreed to restore relations. China hosted and
      // brokered the talks": a mediation is between both parties of the
      // story's last act of one with another.
      if (code.rfind("045", 0) == 0) {
        if (const std::string other_party = MutualPartyOf(*sink, partner->country, src->country); !other_party.empty()) {
          sink->Add(*src, sc.StateActor(other_party), code, sc, m);
        }
      }
    }
  } else if (p.here) {
    // "Portugal and FRELIMO signed an agreement here": two parties of a
    // mutual act do it with each other, wherever they are.
    if (IsMutualCode(code) && TwoStates(parties.sources)) {
      sink->Add(*parties.sources[0], parties.sources[1], code, sc, m);
      sink->Add(*parties.sources[1], parties.sources[0], code, sc, m);
      return true;
    }
    const ResolvedActor* here = sc.DatelineCountry();
    if (here == nullptr) return coded;
    for (const ResolvedActor* src : parties.sources) {
      sink->Add(*src, here, code, sc, m);
      // "signed an agreement here": the host signed it too.
      if (IsMutualCode(code) && !src->country.empty() && SharedVerbIn(ctx, m)) sink->Add(*here, src, code, sc, m);
    }
    coded = true;
  } else if (p.untargeted) {
    for (const ResolvedActor* src : parties.sources) sink->Add(*src, nullptr, code, sc, m);
    coded = true;
  }
  return coded;
}

}  // namespace dyad
