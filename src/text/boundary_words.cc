#include "text/boundary_words.h"

#include <array>

namespace faultline {
namespace {

constexpr std::string_view kTitles[] = {
    "Mr",   "Mrs",  "Ms",    "Messrs", "Mme",  "Mlle", "Dr",   "Drs",  "Prof", "Rev",  "Fr",
    "Msgr", "Gen",  "Gens",  "Lt",     "Col",  "Maj",  "Capt", "Cmdr", "Adm",  "Brig", "Sgt",
    "Cpl",  "Pvt",  "Det",   "Insp",   "Supt", "Rep",  "Reps", "Sen",  "Sens", "Gov",  "Govs",
    "Pres", "Amb",  "Hon",   "Atty",   "Gov",  "Lieut", "Comdr", "Cdr", "St",  "Ste",  "Mt",
    "Ft",   "Sr",   "Jr",    "Sra",    "Srta", "Mssrs", "Dep", "Asst", "Assoc", "Sec"};

constexpr std::string_view kBeforeNumber[] = {"No", "Nos", "Art", "Arts", "Vol", "Vols", "Fig",
                                              "Figs", "Ch", "Chap", "Para", "pp", "Sect", "Nr", "Rs",
                                              "no", "nos", "art", "vol", "fig", "ch", "para"};

constexpr std::string_view kMonths[] = {"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
                                        "Sep", "Sept", "Oct", "Nov", "Dec"};

// Company and address words, US state abbreviations (AP style), Latin and other shorthand.
constexpr std::string_view kGeneral[] = {
    "Inc",   "Ltd",  "Co",   "Corp",  "Cos",  "Bros",  "Plc",  "Esq",  "Ave",  "Blvd", "Rd",
    "Hwy",   "Dept", "Univ", "Assn",  "Intl", "Ala",   "Ariz", "Ark",  "Calif", "Colo", "Conn",
    "Del",   "Fla",  "Ga",   "Ill",   "Ind",  "Kan",   "Kans", "Ky",   "La",   "Md",   "Mass",
    "Mich",  "Minn", "Miss", "Mo",    "Mont", "Neb",   "Nebr", "Nev",  "Okla", "Ore",  "Pa",
    "Tenn",  "Tex",  "Va",   "Vt",    "Wash", "Wis",   "Wyo",  "etc",  "vs",   "al",   "approx",
    "dept",  "est",  "ext",  "cf",    "viz",  "ca",    "incl", "govt", "min",  "max",  "misc", "ibid", "Ibid", "op", "cit",
    "Mon",   "Tue",  "Tues", "Wed",   "Thu",  "Thur",  "Thurs", "Fri", "Sat",  "Sun"};

constexpr std::string_view kStarters[] = {
    "The",     "A",        "An",      "But",     "And",      "Or",       "So",      "Yet",
    "He",      "She",      "It",      "They",    "We",       "I",        "You",     "This",
    "That",    "These",    "Those",   "There",   "Here",     "His",      "Her",     "Its",
    "Their",   "Our",      "My",      "In",      "On",       "At",       "For",     "From",
    "With",    "After",    "Before",  "When",    "While",    "If",       "As",      "Although",
    "Though",  "Because",  "Since",   "However", "Meanwhile", "Moreover", "Also",   "Still",
    "Then",    "Now",      "What",    "Who",     "Why",      "How",      "Where",   "Some",
    "Many",    "Most",     "All",     "Both",    "Each",     "Not",      "Officials", "Police",
    "During",  "Despite",  "Under",   "Until",   "Last",     "Earlier",  "Later",   "Other",
    "Such",    "According", "Among",  "Several", "Today",    "Yesterday", "Nevertheless",
    "Instead", "Indeed",   "Thus",    "Further", "Furthermore", "Asked", "By",      "To"};

constexpr std::string_view kContinuations[] = {
    "the",  "a",     "an",    "of",    "to",    "in",     "on",    "at",    "by",    "for",
    "from", "with",  "and",   "or",    "nor",   "but",    "as",    "than",  "that",  "which",
    "who",  "whom",  "whose", "is",    "are",   "was",    "were",  "be",    "been",  "has",
    "have", "had",   "will",  "would", "could", "should", "shall", "may",   "might", "must",
    "can",  "its",   "their", "his",   "her",   "our",    "your",  "my",    "this",  "these",
    "into", "onto",  "about", "after", "before", "between", "under", "over", "against",
    "during", "including", "via", "per", "among", "amid", "upon", "within", "without", "toward",
    "towards", "if", "when", "while", "because", "although", "where", "whether", "not", "very"};

}  // namespace

BoundaryWords::BoundaryWords() {
  for (auto w : kGeneral) abbreviations_.emplace(w, AbbreviationKind::kGeneral);
  for (auto w : kMonths) abbreviations_[w] = AbbreviationKind::kMonth;
  for (auto w : kBeforeNumber) abbreviations_[w] = AbbreviationKind::kBeforeNumber;
  for (auto w : kTitles) abbreviations_[w] = AbbreviationKind::kTitle;
  starters_.insert(std::begin(kStarters), std::end(kStarters));
  continuations_.insert(std::begin(kContinuations), std::end(kContinuations));
}

AbbreviationKind BoundaryWords::abbreviation(std::string_view word) const {
  if (word.empty() || word.size() > 8) return AbbreviationKind::kNone;
  if (auto it = abbreviations_.find(word); it != abbreviations_.end()) return it->second;
  if (word[0] >= 'A' && word[0] <= 'Z') {
    std::array<char, 8> lower{};
    word.copy(lower.data(), word.size());
    lower[0] = static_cast<char>(lower[0] - 'A' + 'a');
    auto it = abbreviations_.find(std::string_view(lower.data(), word.size()));
    // Only lower-case shorthand ("etc", "approx") is found this way; "Pa" must not match "pa".
    if (it != abbreviations_.end() && it->second == AbbreviationKind::kGeneral) return it->second;
  }
  return AbbreviationKind::kNone;
}

bool BoundaryWords::is_sentence_starter(std::string_view word) const { return starters_.contains(word); }

bool BoundaryWords::is_continuation(std::string_view word) const { return continuations_.contains(word); }

}  // namespace faultline
