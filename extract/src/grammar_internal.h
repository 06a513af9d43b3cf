// The relation grammar: trigger phrases per language and relation, agreement heads, and the small
// closed word classes the extractor's rules use. Phrases are lower case WITH diacritics (Token::
// lower): folding would confuse Vietnamese words (tiếp 'receive' / tiếp tục 'continue', ký 'sign' /
// kỳ 'period'). Tone placement is normalised to the òa/ủy style (see text::Lower).
// Kept in one place so that a linguist can read and extend them without reading the rules.
#pragma once

#include <string_view>
#include <vector>

namespace bilat::grammar {

enum class Rel { kMet, kSigned, kVisited };

struct Trigger {
  std::string_view lang;
  Rel rel;
  std::string_view phrase;
  bool mutual;  // "A and B held talks": the subjects met each other
  bool noun;    // a noun ("visit", "meeting"): the actor may be a possessive or the subject
};

inline const std::vector<Trigger>& Triggers() {
  static const std::vector<Trigger> kTriggers = {
      // English: met
      {"en", Rel::kMet, "held talks with", false, false},
      {"en", Rel::kMet, "had talks with", false, false},
      {"en", Rel::kMet, "held phone talks with", false, false},
      {"en", Rel::kMet, "held a phone call with", false, false},
      {"en", Rel::kMet, "held talks", true, false},
      {"en", Rel::kMet, "had talks", true, false},
      {"en", Rel::kMet, "holds talks with", false, false},
      {"en", Rel::kMet, "hold talks with", false, false},
      {"en", Rel::kMet, "held a meeting with", false, false},
      {"en", Rel::kMet, "had a meeting with", false, false},
      {"en", Rel::kMet, "held a working session with", false, false},
      {"en", Rel::kMet, "had a working session with", false, false},
      {"en", Rel::kMet, "working session with", false, true},
      {"en", Rel::kMet, "a meeting with", false, true},
      {"en", Rel::kMet, "meeting with", false, true},
      {"en", Rel::kMet, "talks with", false, true},
      {"en", Rel::kMet, "met with", false, false},
      {"en", Rel::kMet, "met", true, false},
      {"en", Rel::kMet, "meets", true, false},
      {"en", Rel::kMet, "received", false, false},
      {"en", Rel::kMet, "receives", false, false},
      {"en", Rel::kMet, "hosted", false, false},
      {"en", Rel::kMet, "hosts", false, false},
      {"en", Rel::kMet, "talked with", false, false},
      {"en", Rel::kMet, "talked about", true, false},
      {"en", Rel::kMet, "talked", true, false},
      {"en", Rel::kMet, "discussed", true, false},
      {"en", Rel::kMet, "paid a courtesy call on", false, false},
      {"en", Rel::kMet, "paid a courtesy visit to", false, false},
      {"en", Rel::kMet, "exchanged gifts with", false, false},
      {"en", Rel::kMet, "welcomed", false, false},
      {"en", Rel::kMet, "their meeting", true, true},
      {"en", Rel::kMet, "their talks", true, true},
      {"en", Rel::kMet, "co-chaired", true, false},
      {"en", Rel::kMet, "talks between", false, true},
      {"en", Rel::kMet, "meeting between", false, true},
      {"en", Rel::kMet, "receiving", false, false},
      {"en", Rel::kMet, "had a phone conversation with", false, false},
      {"en", Rel::kMet, "held online talks with", false, false},
      {"en", Rel::kMet, "when meeting", false, false},
      {"en", Rel::kMet, "while meeting", false, false},
      {"en", Rel::kMet, "upon meeting", false, false},
      {"en", Rel::kMet, "when receiving", false, false},
      {"en", Rel::kMet, "while receiving", false, false},
      {"en", Rel::kMet, "had a talk with", false, false},
      {"en", Rel::kMet, "held a talk with", false, false},
      {"en", Rel::kMet, "had a talks with", false, false},
      {"en", Rel::kMet, "had a talks", true, false},
      {"en", Rel::kMet, "held a talks", true, false},
      {"en", Rel::kMet, "hosted a reception for", false, false},
      {"en", Rel::kMet, "hosted a reception", false, false},
      {"en", Rel::kMet, "held a reception for", false, false},
      // English: signed
      {"en", Rel::kSigned, "signed", true, false},
      {"en", Rel::kSigned, "sign", true, false},
      {"en", Rel::kSigned, "signs", true, false},
      {"en", Rel::kSigned, "inked", true, false},
      // English: visited
      {"en", Rel::kVisited, "visited", false, false},
      {"en", Rel::kVisited, "visits", false, false},
      {"en", Rel::kVisited, "paid a visit to", false, false},
      {"en", Rel::kVisited, "paid an official visit to", false, false},
      {"en", Rel::kVisited, "paid a state visit to", false, false},
      {"en", Rel::kVisited, "paid a working visit to", false, false},
      {"en", Rel::kVisited, "official visit to", false, true},
      {"en", Rel::kVisited, "state visit to", false, true},
      {"en", Rel::kVisited, "working visit to", false, true},
      {"en", Rel::kVisited, "visit to", false, true},
      {"en", Rel::kVisited, "trip to", false, true},
      {"en", Rel::kVisited, "is visiting", false, false},
      {"en", Rel::kVisited, "are visiting", false, false},
      {"en", Rel::kVisited, "was visiting", false, false},
      {"en", Rel::kVisited, "were visiting", false, false},
      {"en", Rel::kVisited, "paying an official visit to", false, false},
      {"en", Rel::kVisited, "paying a state visit to", false, false},
      {"en", Rel::kVisited, "paying a working visit to", false, false},
      {"en", Rel::kVisited, "paying a visit to", false, false},
      {"en", Rel::kVisited, "pay an official visit to", false, false},
      {"en", Rel::kVisited, "pay a state visit to", false, false},
      {"en", Rel::kVisited, "arrived in", false, false},
      // Vietnamese: met
      {"vi", Rel::kMet, "hội đàm với", false, false},
      {"vi", Rel::kMet, "hội đàm", true, false},
      {"vi", Rel::kMet, "hội kiến", false, false},
      {"vi", Rel::kMet, "điện đàm với", false, false},
      {"vi", Rel::kMet, "đón tiếp", false, false},
      {"vi", Rel::kMet, "tiếp", false, false},
      {"vi", Rel::kMet, "làm việc với", false, false},
      {"vi", Rel::kMet, "gặp gỡ", true, false},
      {"vi", Rel::kMet, "gặp", true, false},
      {"vi", Rel::kMet, "trao quà lưu niệm", true, false},
      {"vi", Rel::kMet, "trao quà", true, false},
      {"vi", Rel::kMet, "tiếp kiến", false, false},
      {"vi", Rel::kMet, "có cuộc gặp với", false, false},
      {"vi", Rel::kMet, "chủ trì lễ đón chính thức", false, false},
      {"vi", Rel::kMet, "chủ trì lễ đón", false, false},
      {"vi", Rel::kMet, "có cuộc hội đàm với", false, false},
      {"vi", Rel::kMet, "chào xã giao", false, false},
      {"vi", Rel::kMet, "hội đàm giữa", false, true},
      {"vi", Rel::kMet, "cuộc gặp giữa", false, true},
      {"vi", Rel::kMet, "trình quốc thư lên", false, false},
      {"vi", Rel::kMet, "gặp gỡ với", false, false},
      {"vi", Rel::kMet, "đồng chủ trì", true, false},
      // Vietnamese: signed
      {"vi", Rel::kSigned, "thống nhất ký", true, false},
      {"vi", Rel::kSigned, "ký kết", true, false},
      {"vi", Rel::kSigned, "ký", true, false},
      // Vietnamese: visited
      {"vi", Rel::kVisited, "chuyến thăm chính thức", false, true},
      {"vi", Rel::kVisited, "chuyến thăm cấp nhà nước", false, true},
      {"vi", Rel::kVisited, "chuyến thăm và làm việc", false, true},
      {"vi", Rel::kVisited, "chuyến thăm", false, true},
      {"vi", Rel::kVisited, "thăm chính thức", false, false},
      {"vi", Rel::kVisited, "thăm cấp nhà nước", false, false},
      {"vi", Rel::kVisited, "sang thăm chính thức", false, false},
      {"vi", Rel::kVisited, "đến thăm chính thức", false, false},
      {"vi", Rel::kVisited, "sang thăm", false, false},
      {"vi", Rel::kVisited, "đến thăm", false, false},
      {"vi", Rel::kVisited, "thăm và làm việc tại", false, false},
      {"vi", Rel::kVisited, "thăm, làm việc tại", false, false},
      // A bare "thăm" only with the country right after it ("X thăm Việt Nam"): see
      // kVisitGapBare in the extractor.
      {"vi", Rel::kVisited, "thăm", false, false},
  };
  return kTriggers;
}

// Words that, shortly before a trigger, make it something other than a fact: witnessing,
// invitations, plans, hopes, negation.
inline const std::vector<std::string_view>& BlockingWords() {
  static const std::vector<std::string_view> kWords = {
      "witnessed", "witness", "witnessing", "invitation",  "invitations", "invite",  "invited",
      "inviting",  "will",    "would",      "expected",    "plan",        "plans",   "planned",
      "hope",      "hopes",   "upcoming",   "forthcoming", "not",         "never",   "proposed",
      "scheduled", "to",      "chứng kiến", "lời mời",     "presence",    "sắp",     "mời",
      "sẽ",        "dự kiến", "mong muốn",  "chưa",        "không",       "đề nghị", "kế hoạch"};
  return kWords;
}

struct AgreementHead {
  std::string_view lang, phrase, type;  // type: canonical English kind
  bool plural;
};

inline const std::vector<AgreementHead>& AgreementHeads() {
  static const std::vector<AgreementHead> kHeads = {
      {"en", "memorandum of understanding", "memorandum of understanding", false},
      {"en", "memoranda of understanding", "memorandum of understanding", true},
      {"en", "memorandums of understanding", "memorandum of understanding", true},
      {"en", "mou", "memorandum of understanding", false},
      {"en", "mous", "memorandum of understanding", true},
      {"en", "letter of intent", "letter of intent", false},
      {"en", "letters of intent", "letter of intent", true},
      {"en", "joint vision statement", "joint vision statement", false},
      {"en", "vision statement", "joint vision statement", false},
      {"en", "joint statement", "joint statement", false},
      {"en", "joint declaration", "joint declaration", false},
      {"en", "free trade agreement", "free trade agreement", false},
      {"en", "fta", "free trade agreement", false},
      {"en", "agreement", "agreement", false},
      {"en", "agreements", "agreement", true},
      {"en", "accord", "agreement", false},
      {"en", "treaty", "treaty", false},
      {"en", "treaties", "treaty", true},
      {"en", "protocol", "protocol", false},
      {"en", "cooperation programme", "cooperation programme", false},
      {"en", "cooperation program", "cooperation programme", false},
      {"en", "cooperation programmes", "cooperation programme", true},
      {"en", "cooperation programs", "cooperation programme", true},
      {"en", "action programme", "cooperation programme", false},
      {"vi", "bản ghi nhớ", "memorandum of understanding", false},
      {"vi", "biên bản ghi nhớ", "memorandum of understanding", false},
      {"vi", "ý định thư", "letter of intent", false},
      {"vi", "tuyên bố tầm nhìn chung", "joint vision statement", false},
      {"vi", "tuyên bố chung", "joint statement", false},
      {"vi", "bản thỏa thuận", "agreement", false},
      {"vi", "thỏa thuận", "agreement", false},
      {"vi", "thỏa ước", "agreement", false},
      {"vi", "thảo thuận", "agreement", false},  // a common misspelling of "thỏa thuận"
      {"vi", "hiệp định", "agreement", false},
      {"vi", "hiệp ước", "treaty", false},
      {"vi", "nghị định thư", "protocol", false},
      {"vi", "chương trình hợp tác", "cooperation programme", false},
  };
  return kHeads;
}

// Phrases that refer back to the two protagonists of the story ("the two ministers"), to their
// ministries or to their countries.
enum class PairRef { kPersons, kBodies, kCountries };
struct PairPhrase {
  std::string_view lang, phrase;
  PairRef ref;
};
inline const std::vector<PairPhrase>& PairPhrases() {
  static const std::vector<PairPhrase> kPhrases = {
      {"en", "the two ministers", PairRef::kPersons},
      {"en", "both ministers", PairRef::kPersons},
      {"en", "the two leaders", PairRef::kPersons},
      {"en", "both leaders", PairRef::kPersons},
      {"en", "the two officials", PairRef::kPersons},
      {"en", "the two sides", PairRef::kPersons},
      {"en", "both sides", PairRef::kPersons},
      {"en", "the two ministries", PairRef::kBodies},
      {"en", "both ministries", PairRef::kBodies},
      {"en", "the two countries", PairRef::kCountries},
      {"en", "both countries", PairRef::kCountries},
      {"en", "the countries", PairRef::kCountries},
      {"en", "the two nations", PairRef::kCountries},
      {"en", "the two governments", PairRef::kCountries},
      {"en", "both governments", PairRef::kCountries},
      {"vi", "hai bộ trưởng", PairRef::kPersons},
      {"vi", "hai vị bộ trưởng", PairRef::kPersons},
      {"vi", "hai lãnh đạo", PairRef::kPersons},
      {"vi", "hai bên", PairRef::kPersons},
      {"vi", "hai bộ", PairRef::kBodies},
      {"vi", "hai nước", PairRef::kCountries},
      {"vi", "hai quốc gia", PairRef::kCountries},
      {"vi", "hai chính phủ", PairRef::kCountries},
  };
  return kPhrases;
}

// Capitalised words after which a capitalised run is a place or an organisation, not a person.
inline const std::vector<std::string_view>& NonPersonHeads() {
  static const std::vector<std::string_view> kWords = {
      "city",     "province",    "district",   "street",    "square",   "construction", "company",
      "group",    "bank",        "university", "hospital",  "airport",  "port",         "bridge",
      "park",     "corporation", "jsc",        "co",        "ltd",      "newspaper",    "agency",
      "ministry", "committee",   "council",    "school",    "museum",   "pagoda",       "temple",
      "lake",     "river",       "mountain",   "road",      "ward",     "commune",      "village",
      "island",   "islands",     "summit",     "forum",     "festival", "award",        "prize",
      "hall",     "center",      "centre",     "institute", "academy",  "tower",        "station",
      "stadium",  "commission",  "federation", "union",     "association", "chamber",
      "office",   "department",  "board",      "fund",      "organisation", "organization",
      "assembly", "secretariat", "politburo"};
  return kWords;
}

// Words that start the name of a Vietnamese organisation or place, never a person's name, though
// some fold like family names ("Viện" like "Viên", "Trường" like "Trương"): lower case WITH
// diacritics. "Phòng Thương mại ...", "Viện Hàn lâm ...", "Trường Đại học ...".
inline const std::vector<std::string_view>& VietnameseOrgHeads() {
  static const std::vector<std::string_view> kWords = {
      "phòng", "viện",  "trường", "sở",   "cục",  "ủy",   "hội",  "công",  "ngân",
      "trung", "đại",   "học",    "bệnh", "nhà",  "khu",  "tỉnh", "thành", "quận", "huyện",
      "xã",    "biển",  "vịnh",   "sông", "núi",  "đảo",  "ban",  "quỹ",   "đài",  "báo",
      "hãng",  "tòa",   "cảng",   "sân",  "chợ",  "đền",  "chùa", "phủ",   "điện", "liên",
      "hiệp",  "tổ",    "câu",  "làng", "phố",  "đường"};
  return kWords;
}

// Seas, oceans and other places whose names contain a country's or read like a person's:
// reserved before any look-up, so that "Ấn Độ Dương" gives no India and "Thái Bình Dương" no
// person. Lower case with diacritics.
inline const std::vector<std::string_view>& GeographicFeatures() {
  static const std::vector<std::string_view> kPhrases = {
      "ấn độ dương",       "thái bình dương",   "đại tây dương",    "bắc băng dương",
      "nam băng dương",    "biển đông",         "biển hoa đông",    "biển hoa nam",
      "biển nhật bản",     "biển bắc",          "khu phố pháp",     "phố pháp",
      "indian ocean",      "pacific ocean",     "atlantic ocean",   "arctic ocean",
      "south china sea",   "east china sea",    "east sea",         "sea of japan",
      "french quarter",    "indo-pacific",      "ấn độ dương - thái bình dương",
      "english channel",   "gulf of thailand",  "vịnh thái lan",    "indochina",
      "đông dương",        "ấn độ - thái bình dương"};
  return kPhrases;
}

// Name particles that may stand lower-case inside a Western name ("Charles de Gaulle").
inline const std::vector<std::string_view>& NameParticles() {
  static const std::vector<std::string_view> kWords = {"de",  "van", "von", "der", "da", "di",
                                                       "du",  "del", "bin", "al",  "el", "dos",
                                                       "das", "le",  "la",  "ter", "ten"};
  return kWords;
}

}  // namespace bilat::grammar
