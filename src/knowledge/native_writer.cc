#include "knowledge/dictionary_lines.h"
#include "knowledge/english_forms.h"
#include "knowledge/knowledge.h"
#include "knowledge/native_format.h"
#include "knowledge/pattern_syntax.h"

namespace faultline {
namespace {

std::string code_text(const CodeText& c) { return c.text(); }

void write_dated_code(const DatedCode& c, std::string& out) {
  out.append(c.code);
  if (c.from != kUnknownDate && c.to != kUnknownDate) {
    out.append(" ").append(date_key_to_iso(c.from)).append(" to ").append(date_key_to_iso(c.to));
  } else if (c.from != kUnknownDate) {
    out.append(" from ").append(date_key_to_iso(c.from));
  } else if (c.to != kUnknownDate) {
    out.append(" until ").append(date_key_to_iso(c.to));
  }
}

void write_actors(const DictionarySet& set, std::string& out) {
  out += "\n[actors]\n";
  for (const ActorEntry& a : set.actors) {
    out += join_phrase(a.phrases[0]);
    // One code without dates fits on the phrase's line; anything more gets a line per code.
    bool inline_code = a.codes.size() == 1;
    if (inline_code) {
      out += " -> ";
      write_dated_code(a.codes[0], out);
    }
    out += '\n';
    for (size_t p = 1; p < a.phrases.size(); ++p) out.append("  + ").append(join_phrase(a.phrases[p])).append("\n");
    if (!inline_code) {
      for (const DatedCode& c : a.codes) {
        out += "  -> ";
        write_dated_code(c, out);
        out += '\n';
      }
    }
  }
}

void write_agents(const DictionarySet& set, std::string& out) {
  out += "\n[agents]\n";
  for (const AgentEntry& a : set.agents) {
    out.append(join_phrase(a.phrase)).append(" -> ");
    if (a.code.empty()) {
      out.append("nobody");
    } else if (a.placement == AgentPlacement::kSuffix) {
      out.append("~").append(a.code);
    } else {
      out.append(a.code).append("~");
    }
    Phrase regular = a.phrase;
    regular.back() = regular_plural(regular.back());
    if (a.plurals.empty()) {
      out += " (no plural)";
    } else if (!(a.plurals.size() == 1 && a.plurals[0] == regular)) {
      out += " (plural: ";
      for (size_t i = 0; i < a.plurals.size(); ++i) {
        if (i > 0) out += "; ";
        out += join_phrase(a.plurals[i]);
      }
      out += ')';
    }
    out += '\n';
  }
}

void write_discards(const DictionarySet& set, std::string& out) {
  out += "\n[discards]\n";
  for (const DiscardEntry& d : set.discards) {
    out.append(d.level == DiscardLevel::kDocument ? "document " : "sentence ").append(join_phrase(d.phrase));
    if (d.last_word_is_stem) out += '*';
    out += '\n';
  }
}

void write_synsets(const DictionarySet& set, std::string& out) {
  for (const SynsetEntry& s : set.synsets) {
    out.append("\n[synset ").append(std::string_view(s.name).substr(1)).append("]\n");
    for (const SynsetEntry::Member& m : s.members) {
      out += join_phrase(m.phrase);
      bool nested = m.phrase.size() == 1 && m.phrase[0].starts_with("&");
      if (!m.plural && !nested) out += " (no plural)";
      out += '\n';
    }
  }
}

void write_verbs(const DictionarySet& set, std::string& out) {
  for (const VerbBlock& b : set.verb_blocks) {
    out.append("\n[verbs ").append(b.name);
    if (b.code.primary != "---" || !b.code.paired.empty()) out.append(" -> ").append(code_text(b.code));
    out += "]\n";
    for (const VerbEntry& v : b.verbs) {
      for (size_t i = 0; i < v.words.size(); ++i) {
        if (i > 0) out += ' ';
        if (v.words.size() > 1 && i == v.verb_index) out += '+';
        out += v.words[i];
      }
      if (v.has_code) out.append(" -> ").append(code_text(v.code));
      if (v.forms_given) {
        out += " (forms:";
        for (const std::string& f : v.forms) out.append(" ").append(f);
        out += ')';
      }
      out += '\n';
    }
    for (const PatternEntry& p : b.patterns) {
      out.append("- ").append(format_pattern(p)).append(" -> ").append(code_text(p.code));
      if (!p.comment.empty()) out.append("  # ").append(p.comment);
      out += '\n';
    }
  }
}

void write_transformations(const DictionarySet& set, std::string& out) {
  out += "\n[transformations]\n";
  for (const TransformationEntry& t : set.transformations) {
    out.append(t.upper_source).append(" (").append(t.inner_source).append(" ").append(t.inner_target).append(" ");
    out.append(t.inner_verb).append(") ").append(t.upper_verb).append(" = ").append(t.result_source).append(" ");
    out.append(t.result_target).append(" ").append(t.result_code).append("\n");
  }
}

}  // namespace

std::string write_native_dictionary(const DictionarySet& set) {
  std::string out(kNativeHeader);
  out += '\n';
  if (!set.actors.empty()) write_actors(set, out);
  if (!set.agents.empty()) write_agents(set, out);
  if (!set.discards.empty()) write_discards(set, out);
  if (!set.synsets.empty()) write_synsets(set, out);
  if (!set.verb_blocks.empty()) write_verbs(set, out);
  if (!set.transformations.empty()) write_transformations(set, out);
  return out;
}

}  // namespace faultline
