// The relation grammar, compiled from the knowledge base's grammar tables (resources/grammar/
// {en,vi}.tsv, documented in docs/grammar.md): trigger phrases per language and relation,
// agreement heads, references to the story's pair, blocking words, and the small closed word
// classes the extractor's rules use. Phrases are lower case WITH diacritics (Token::lower):
// folding would confuse Vietnamese words (tiếp 'receive' / tiếp tục 'continue', ký 'sign' / kỳ
// 'period'). Tone placement is normalised to the òa/ủy style (see text::Lower).
// A user adds a phrase by editing those files, or with `--kb FILE` (a table whose header has a
// `phrase` column): no rebuild.
#pragma once

#include <string_view>
#include <vector>

#include "bilat/kb.h"

namespace bilat::grammar {

enum class Rel { kMet, kSigned, kVisited };

struct Trigger {
  std::string_view lang;
  Rel rel;
  std::string_view phrase;
  bool mutual;  // "A and B held talks": the subjects met each other
  bool noun;    // a noun ("visit", "meeting"): the actor may be a possessive or the subject
};

struct AgreementHead {
  std::string_view lang, phrase, type;  // type: canonical English kind
  bool plural;
};

// Phrases that refer back to the two protagonists of the story ("the two ministers"), to their
// ministries or to their countries.
enum class PairRef { kPersons, kBodies, kCountries };
struct PairPhrase {
  std::string_view lang, phrase;
  PairRef ref;
};

// The grammar of one knowledge base. Views point into the knowledge base's strings, which
// outlive it (the Extractor holds both).
struct Grammar {
  explicit Grammar(const kb::KnowledgeBase& kb) {
    for (const kb::GrammarRule& g : kb.grammar()) {
      auto has = [&](std::string_view f) {
        for (const auto& x : g.flags)
          if (x == f) return true;
        return false;
      };
      if (g.kind == "trigger") {
        Rel rel = g.value == "met" ? Rel::kMet : g.value == "signed" ? Rel::kSigned : Rel::kVisited;
        triggers.push_back({g.lang, rel, g.phrase, has("mutual"), has("noun")});
      } else if (g.kind == "agreement_head") {
        agreement_heads.push_back({g.lang, g.phrase, g.value, has("plural")});
      } else if (g.kind == "pair") {
        PairRef ref = g.value == "persons"  ? PairRef::kPersons
                      : g.value == "bodies" ? PairRef::kBodies
                                            : PairRef::kCountries;
        pair_phrases.push_back({g.lang, g.phrase, ref});
      } else if (g.kind == "blocking") {
        blocking_words.push_back(g.phrase);
      } else if (g.kind == "non_person_head") {
        non_person_heads.push_back(g.phrase);
      } else if (g.kind == "name_particle") {
        name_particles.push_back(g.phrase);
      } else if (g.kind == "org_head") {
        vietnamese_org_heads.push_back(g.phrase);
      } else if (g.kind == "geographic") {
        geographic_features.push_back(g.phrase);
      } else if (g.kind == "new_in_office") {
        (has("after") ? new_in_office_after : new_in_office).push_back(g.phrase);
      } else if (g.kind == "organization_word") {
        organization_words.push_back(g.phrase);
      } else if (g.kind == "late") {
        late.push_back(g.phrase);
      } else if (g.kind == "condolence") {
        condolence.push_back(g.phrase);
      }
    }
  }

  std::vector<Trigger> triggers;
  std::vector<AgreementHead> agreement_heads;
  std::vector<PairPhrase> pair_phrases;
  // Words that, shortly before a trigger, make it something other than a fact: witnessing,
  // invitations, plans, hopes, negation (any language).
  std::vector<std::string_view> blocking_words;
  // Capitalised words after which a capitalised run is a place or an organisation, not a person;
  // also the last words of an organisation's name, which end before a person's ("... Central
  // Committee Nguyen Phu Trong").
  std::vector<std::string_view> non_person_heads;
  // Name particles that may stand lower-case inside a Western name ("Charles de Gaulle").
  std::vector<std::string_view> name_particles;
  // Words that start a Vietnamese organisation's or place's name, never a person's, though some
  // fold like family names ("Viện" like "Viên", "Trường" like "Trương").
  std::vector<std::string_view> vietnamese_org_heads;
  // Seas, oceans and other places whose names contain a country's or read like a person's:
  // reserved before any look-up ("Ấn Độ Dương" gives no India, "Thái Bình Dương" no person).
  std::vector<std::string_view> geographic_features;
  // Words that, before a title, say its holder has just taken the post ("the new ambassador",
  // "newly appointed", "tân Đại sứ"): the story falls in the first year of that tenure.
  std::vector<std::string_view> new_in_office;
  std::vector<std::string_view> new_in_office_after;  // flag `after`: after the title ("Đại sứ mới")
  // Words that make a post's complement the KB does not know an organisation, not a ministry
  // ("Director General of the Lyon Chamber of Commerce"): matched on folded words.
  std::vector<std::string_view> organization_words;
  // Before a (titled) name, "the late", "cố": that person had died (KB `died`) before the story.
  std::vector<std::string_view> late;
  // Condolences in the story ("chia buồn", "condolences"): the death was recent, within 60 days.
  std::vector<std::string_view> condolence;
};

}  // namespace bilat::grammar
