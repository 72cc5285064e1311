#include "knowledge/pattern_syntax.h"

#include <vector>

#include "knowledge/dictionary_lines.h"

namespace faultline {
namespace {

bool is_blank(char c) { return c == ' ' || c == '\t'; }

PatternElement leaf(std::string_view part) {
  PatternElement e;
  if (part == "$") {
    e.kind = PatternElementKind::kSource;
  } else if (part == "+") {
    e.kind = PatternElementKind::kTarget;
  } else if (part == "%") {
    e.kind = PatternElementKind::kCompound;
  } else if (part == "^") {
    e.kind = PatternElementKind::kSkip;
  } else if (part.front() == '&') {
    e.kind = PatternElementKind::kSynset;
    e.text = to_upper(part);
    if (e.text.size() > 1 && e.text.back() == '_') e.text.pop_back();
  } else {
    e.kind = PatternElementKind::kWord;
    e.text = to_upper(part);
  }
  return e;
}

// Parses one side of the '*'.
std::string parse_side(std::string_view text, std::vector<PatternElement>& out) {
  struct Open {
    PatternElement group;
    char close;
  };
  std::vector<Open> stack;
  auto sink = [&]() -> std::vector<PatternElement>& { return stack.empty() ? out : stack.back().group.children; };

  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && is_blank(text[i])) ++i;
    if (i >= text.size()) break;
    size_t start = i;
    while (i < text.size() && !is_blank(text[i])) ++i;
    std::string_view token = text.substr(start, i - start);

    while (!token.empty() && (token.front() == '{' || token.front() == '(')) {
      PatternElement group;
      group.kind = token.front() == '{' ? PatternElementKind::kNounPhrase : PatternElementKind::kPrepPhrase;
      stack.push_back({std::move(group), token.front() == '{' ? '}' : ')'});
      token.remove_prefix(1);
    }
    size_t closes = 0;
    while (!token.empty() && (token.back() == '}' || token.back() == ')')) {
      ++closes;
      token.remove_suffix(1);
    }
    std::string_view closers = text.substr(start + (i - start) - closes, closes);

    // Split on '_' into adjacent elements.
    size_t p = 0;
    std::vector<PatternElement>* target = &sink();
    while (p <= token.size()) {
      size_t u = token.find('_', p);
      if (u == std::string_view::npos) u = token.size();
      std::string_view part = token.substr(p, u - p);
      if (!part.empty()) {
        if (part.find_first_of("{}()*") != std::string_view::npos) {
          return cat("unexpected '", std::string(1, part[part.find_first_of("{}()*")]), "' inside \"", token, "\"");
        }
        if (part == "&") return "'&' without a synset name";
        target->push_back(leaf(part));
        // A '_' after the part joins it to what follows (a trailing '_' before a blank does not).
        target->back().joined_next = u < token.size() && u + 1 < token.size();
      }
      p = u + 1;
    }

    for (char c : closers) {
      if (stack.empty() || stack.back().close != c) return cat("unbalanced '", std::string(1, c), "'");
      PatternElement group = std::move(stack.back().group);
      stack.pop_back();
      if (group.children.empty()) {
        return group.kind == PatternElementKind::kNounPhrase ? "empty {...} noun phrase" : "empty (...) phrase";
      }
      if (group.kind == PatternElementKind::kPrepPhrase && group.children.front().kind != PatternElementKind::kWord &&
          group.children.front().kind != PatternElementKind::kSynset) {
        return "a (...) phrase must start with its preposition";
      }
      sink().push_back(std::move(group));
    }
  }
  if (!stack.empty()) return cat("missing '", std::string(1, stack.back().close), "'");
  return {};
}

void format_elements(const std::vector<PatternElement>& elements, std::string& out) {
  for (size_t k = 0; k < elements.size(); ++k) {
    const PatternElement& e = elements[k];
    switch (e.kind) {
      case PatternElementKind::kWord:
      case PatternElementKind::kSynset: out += e.text; break;
      case PatternElementKind::kSource: out += '$'; break;
      case PatternElementKind::kTarget: out += '+'; break;
      case PatternElementKind::kCompound: out += '%'; break;
      case PatternElementKind::kSkip: out += '^'; break;
      case PatternElementKind::kNounPhrase:
        out += '{';
        format_elements(e.children, out);
        out += '}';
        break;
      case PatternElementKind::kPrepPhrase:
        out += '(';
        format_elements(e.children, out);
        out += ')';
        break;
    }
    if (k + 1 < elements.size()) out += e.joined_next ? '_' : ' ';
  }
}

}  // namespace

std::string parse_pattern_text(std::string_view text, PatternEntry& pattern) {
  size_t star = text.find('*');
  if (star == std::string_view::npos) return "pattern has no '*' for the verb";
  if (text.find('*', star + 1) != std::string_view::npos) return "pattern has more than one '*'";
  std::string_view pre = text.substr(0, star);
  std::string_view post = text.substr(star + 1);
  pattern.pre.clear();
  pattern.post.clear();
  pattern.pre_joined_to_verb = !pre.empty() && pre.back() == '_';
  pattern.verb_joined_next = !post.empty() && post.front() == '_';
  if (pattern.verb_joined_next) post.remove_prefix(1);
  if (std::string why = parse_side(pre, pattern.pre); !why.empty()) return why;
  if (std::string why = parse_side(post, pattern.post); !why.empty()) return why;
  if (pattern.pre_joined_to_verb && !pattern.pre.empty()) pattern.pre.back().joined_next = true;
  return {};
}

std::string parse_code_text(std::string_view text, CodeText& code) {
  text = trim(text);
  if (text.empty()) return "empty code []";
  for (char c : text) {
    bool ok = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-' || c == '+' ||
              c == ':' || c == '#' || c == '?';
    if (!ok) return cat("unexpected character '", std::string(1, c), "' in code [", std::string(text), "]");
  }
  size_t colon = text.find(':');
  if (colon == std::string_view::npos) {
    code.primary = std::string(text);
    code.paired.clear();
  } else {
    if (text.find(':', colon + 1) != std::string_view::npos) return cat("more than one ':' in code [", std::string(text), "]");
    code.primary = std::string(text.substr(0, colon));
    code.paired = std::string(text.substr(colon + 1));
    if (code.paired.empty()) return cat("nothing after ':' in code [", std::string(text), "]");
  }
  return {};
}

std::string format_pattern(const PatternEntry& pattern) {
  std::string out;
  format_elements(pattern.pre, out);
  if (!pattern.pre.empty()) out += pattern.pre_joined_to_verb ? "_" : " ";
  out += '*';
  if (!pattern.post.empty()) {
    out += pattern.verb_joined_next ? '_' : ' ';
    format_elements(pattern.post, out);
  }
  return out;
}

}  // namespace faultline
