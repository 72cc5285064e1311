// Is a sentence written in capitals? A headline or a shouted quote ("THEY TOLD US NOTHING"), where
// case says nothing about names: an all-capital "US" there may be the pronoun.
#pragma once

#include <span>

#include "faultline/document.h"

namespace faultline {

// True when most of the tokens' words of two or more ASCII letters are written in capitals.
bool written_in_capitals(const Document& doc, std::span<const Token> tokens);

}  // namespace faultline
