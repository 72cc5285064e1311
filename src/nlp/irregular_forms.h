// Lemmas that WordNet does not give, or gives wrongly, for tagged news text.
//
// WordNet knows dictionary words; it does not know the clitics and clipped forms that Treebank
// tokenization produces ("'s", "n't", "ca" of "can't"), and its exception lists have no entry for
// function words. These entries are consulted before WordNet, keyed by the lower-cased form and the
// exact Penn tag.
#pragma once

#include <span>
#include <string_view>

#include "faultline/tags.h"

namespace faultline {

struct IrregularForm {
  std::string_view form;   // lower case, as the tokenizer writes it
  PosTag tag;              // the entry applies only to tokens with this tag
  std::string_view lemma;  // lower case
};

std::span<const IrregularForm> irregular_forms();

}  // namespace faultline
