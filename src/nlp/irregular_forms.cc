#include "nlp/irregular_forms.h"

#include <array>

namespace faultline {
namespace {

using enum PosTag;

// Written for this project from English grammar; each group says why WordNet cannot supply it.
constexpr std::array kForms = std::to_array<IrregularForm>({
    // Clitics split off by Treebank tokenization ("he's", "they're", "I'm", "we've", "she'd").
    // WordNet has no entries for them. A VBZ "'s" is "is" far more often than "has" in news text.
    {"'s", VBZ, "be"},
    {"’s", VBZ, "be"},
    {"'re", VBP, "be"},
    {"’re", VBP, "be"},
    {"'m", VBP, "be"},
    {"’m", VBP, "be"},
    {"ai", VBP, "be"},  // "ai n't"
    {"'ve", VBP, "have"},
    {"’ve", VBP, "have"},
    {"'ve", VB, "have"},  // "could 've"
    {"’ve", VB, "have"},
    {"'d", VBD, "have"},  // "they'd left"
    {"’d", VBD, "have"},
    {"'d", MD, "would"},  // "they'd leave"
    {"’d", MD, "would"},
    {"'ll", MD, "will"},
    {"’ll", MD, "will"},
    // The same clitics as informal web text writes them, without the apostrophe ("it s", "i m").
    {"s", VBZ, "be"},
    {"re", VBP, "be"},
    {"m", VBP, "be"},
    {"ve", VBP, "have"},
    {"ve", VB, "have"},
    {"d", MD, "would"},
    {"ll", MD, "will"},
    {"nt", RB, "not"},
    // The first halves of "can't", "won't", "shan't" as Treebank splits them, and the negation.
    {"ca", MD, "can"},
    {"wo", MD, "will"},
    {"sha", MD, "shall"},
    {"n't", RB, "not"},
    {"n’t", RB, "not"},
    // "gonna", "wanna" split as "gon na", "wan na".
    {"gon", VBG, "go"},
    {"wan", VB, "want"},
    {"wan", VBP, "want"},
    {"na", TO, "to"},
    // WordNet's exception list maps these plurals to a sense that news text rarely means
    // ("the media" is not a plural of "medium", military "bases" are not "basis"), or its
    // detachment rules strip a plural that is also the singular ("species" -> "specie").
    {"media", NN, "media"},
    {"media", NNS, "media"},
    {"data", NNS, "data"},
    {"bases", NNS, "base"},
    {"species", NNS, "species"},
    {"species", NN, "species"},
    {"arms", NNS, "arms"},  // weapons: "arms deal", "arms embargo"
});

}  // namespace

std::span<const IrregularForm> irregular_forms() { return kForms; }

}  // namespace faultline
