// compile_knowledge(): a DictionarySet to the immutable lookup tables of Knowledge.
#include <algorithm>
#include <functional>
#include <string>
#include <utility>

#include "knowledge/dictionary_lines.h"
#include "knowledge/english_forms.h"
#include "knowledge/knowledge_impl.h"

namespace faultline {
namespace {

std::string basename_of(const std::string& path) {
  size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

EventCode code_view(const CodeText& c) { return {c.primary, c.paired}; }

class Compiler {
 public:
  Compiler(Knowledge::Impl& k, Diagnostics& d) : k_(k), diag_(d) {}

  void run() {
    synsets();
    actors();
    agents();
    discards();
    verbs();
    transformations();
  }

 private:
  // "CAMEO.2.0.txt:731": rule ids name the file without its directory, so they read the same on
  // every machine.
  std::string_view rule(const SourceLocation& where) {
    const std::string* file = where.file.get();
    if (file != last_file_) {
      last_file_ = file;
      last_base_ = file ? basename_of(*file) : std::string("?");
    }
    return k_.keep(cat(last_base_, ":", std::to_string(where.line)));
  }

  void warn(const SourceLocation& where, std::string message) {
    diag_.warning(where.file ? *where.file : "?", where.line, std::move(message));
  }
  void error(const SourceLocation& where, std::string message) {
    diag_.error(where.file ? *where.file : "?", where.line, std::move(message));
  }

  std::vector<WordId>& ids(const Phrase& phrase) {
    scratch_.clear();
    for (const std::string& w : phrase) scratch_.push_back(k_.words.intern(w));
    return scratch_;
  }

  void actors() {
    size_t duplicates = 0;
    const SourceLocation* first_duplicate = nullptr;
    for (uint32_t i = 0; i < k_.set.actors.size(); ++i) {
      const ActorEntry& e = k_.set.actors[i];
      k_.actors.push_back({k_.keep(join_phrase(e.phrases[0])), e.codes, rule(e.where)});
      k_.dated_codes += e.codes.size();
      for (size_t p = 0; p < e.phrases.size(); ++p) {
        uint32_t old = k_.actor_trie.insert(ids(e.phrases[p]), i);
        ++k_.actor_phrases;
        if (old != PhraseTrie::kNone && old != i) {
          if (duplicates++ == 0) first_duplicate = &e.phrase_where[p];
        }
      }
    }
    // PETRARCH lets the later entry win; the files do this often enough that one line says it.
    if (duplicates > 0) {
      warn(*first_duplicate, std::to_string(duplicates) +
                                 " actor phrase(s) were already defined by an earlier entry; the later entry "
                                 "wins (this is the first)");
    }
  }

  void agents() {
    for (uint32_t i = 0; i < k_.set.agents.size(); ++i) {
      const AgentEntry& e = k_.set.agents[i];
      k_.agents.push_back({k_.keep(join_phrase(e.phrase)), e.code, e.placement, rule(e.where)});
      k_.agent_trie.insert(ids(e.phrase), i);
      ++k_.agent_phrases;
      for (const Phrase& p : e.plurals) {
        k_.agent_trie.insert(ids(p), i);
        ++k_.agent_phrases;
      }
    }
  }

  void discards() {
    std::vector<uint32_t> lengths;
    for (uint32_t i = 0; i < k_.set.discards.size(); ++i) {
      const DiscardEntry& e = k_.set.discards[i];
      Knowledge::Impl::DiscardRec rec;
      rec.view = {k_.keep(join_phrase(e.phrase)), e.level, rule(e.where)};
      rec.words = e.phrase;
      rec.stem = e.last_word_is_stem;
      uint64_t h = WordTable::hash(rec.words[0]);
      uint32_t head = k_.discard_first.get(h);
      k_.discard_next.push_back(head);
      k_.discard_first.set(h, i);
      k_.note_discard_hash(h);
      if (rec.stem && rec.words.size() == 1) lengths.push_back(static_cast<uint32_t>(rec.words[0].size()));
      k_.discards.push_back(std::move(rec));
    }
    std::sort(lengths.begin(), lengths.end());
    lengths.erase(std::unique(lengths.begin(), lengths.end()), lengths.end());
    k_.stem_lengths = std::move(lengths);
  }

  // Expands a synset's members (nested synsets included) into word-id phrases.
  bool expand_synset(uint32_t id, std::vector<std::vector<WordId>>& out, std::vector<bool>& visiting) {
    if (visiting[id]) return false;
    visiting[id] = true;
    const SynsetEntry& s = k_.set.synsets[synset_entry_[id]];
    for (const SynsetEntry::Member& m : s.members) {
      if (m.phrase.size() == 1 && m.phrase[0].starts_with("&")) {
        uint32_t inner = k_.synset_names.find(std::string_view(m.phrase[0]).substr(1));
        if (inner == WordTable::kNone) {
          error(m.where, cat("synset ", m.phrase[0], " is not defined"));
          continue;
        }
        if (!expand_synset(inner, out, visiting)) {
          error(m.where, cat("synset ", m.phrase[0], " contains itself"));
        }
        continue;
      }
      out.push_back(ids(m.phrase));
      if (m.plural) {
        Phrase plural = m.phrase;
        plural.back() = regular_plural(plural.back());
        out.push_back(ids(plural));
      }
    }
    visiting[id] = false;
    return true;
  }

  void synsets() {
    for (uint32_t i = 0; i < k_.set.synsets.size(); ++i) {
      const SynsetEntry& s = k_.set.synsets[i];
      std::string_view bare = std::string_view(s.name).substr(1);
      uint32_t id = k_.synset_names.find(bare);
      if (id != WordTable::kNone) {
        // A later definition adds members (PETRARCH keeps one set per name).
        warn(s.where, cat("synset ", s.name, " is defined again; its members are added to the first definition"));
        continue;
      }
      id = k_.synset_names.intern(bare);
      synset_entry_.push_back(i);
    }
    // Merge repeated definitions into the first.
    for (uint32_t i = 0; i < k_.set.synsets.size(); ++i) {
      uint32_t id = k_.synset_names.find(std::string_view(k_.set.synsets[i].name).substr(1));
      if (synset_entry_[id] != i) {
        auto& into = k_.set.synsets[synset_entry_[id]].members;
        auto& from = k_.set.synsets[i].members;
        into.insert(into.end(), from.begin(), from.end());
        from.clear();
      }
    }
    k_.synset_roots.resize(synset_entry_.size());
    for (uint32_t id = 0; id < synset_entry_.size(); ++id) k_.synset_roots[id] = k_.synset_trie.add_root();
    std::vector<bool> visiting(synset_entry_.size(), false);
    for (uint32_t id = 0; id < synset_entry_.size(); ++id) {
      std::vector<std::vector<WordId>> phrases;
      expand_synset(id, phrases, visiting);
      for (const auto& p : phrases) {
        if (p.empty()) continue;
        k_.synset_trie.insert(p, 1, k_.synset_roots[id]);
        ++k_.synset_phrases;
      }
    }
  }

  // Appends a side's elements contiguously (children after them); returns false if a synset is
  // undefined (reported).
  bool compile_side(const std::vector<PatternElement>& side, const SourceLocation& where, uint32_t& first) {
    first = static_cast<uint32_t>(k_.elements.size());
    k_.elements.resize(k_.elements.size() + side.size());
    for (size_t i = 0; i < side.size(); ++i) {
      const PatternElement& e = side[i];
      CompiledElement c;
      c.kind = e.kind;
      c.joined_next = e.joined_next;
      if (e.kind == PatternElementKind::kWord) {
        c.value = k_.words.intern(e.text);
      } else if (e.kind == PatternElementKind::kSynset) {
        uint32_t id = k_.synset_names.find(std::string_view(e.text).substr(1));
        if (id == WordTable::kNone) {
          error(where, cat("synset ", e.text, " is not defined; pattern skipped"));
          return false;
        }
        c.value = id;
      } else if (!e.children.empty()) {
        if (!compile_side(e.children, where, c.first_child)) return false;
        c.child_count = static_cast<uint32_t>(e.children.size());
      }
      k_.elements[first + i] = c;
    }
    return true;
  }

  struct PendingPattern {
    uint32_t pre_first, pre_count, post_first, post_count;
    const PatternEntry* entry;
    uint32_t block;
  };

  void verbs() {
    std::vector<std::pair<WordId, uint32_t>> forms;  // (form, verb)
    std::vector<PendingPattern> pending;
    for (uint32_t b = 0; b < k_.set.verb_blocks.size(); ++b) {
      const VerbBlock& block = k_.set.verb_blocks[b];
      Knowledge::Impl::BlockRec rec;
      rec.view = {k_.keep(block.name), code_view(block.code), {}, rule(block.where)};
      rec.first_pattern = static_cast<uint32_t>(pending.size());
      for (const VerbEntry& v : block.verbs) {
        Knowledge::Impl::VerbRec vr;
        vr.view.name = k_.keep(join_phrase(v.words));
        vr.view.verb_word = k_.words.intern(v.words[v.verb_index]);
        vr.view.code = code_view(v.has_code ? v.code : block.code);
        vr.view.block = b;
        vr.view.rule = rule(v.where);
        vr.before_first = static_cast<uint32_t>(k_.particle_pool.size());
        for (uint32_t w = 0; w < v.verb_index; ++w) k_.particle_pool.push_back(k_.words.intern(v.words[w]));
        vr.before_count = v.verb_index;
        vr.after_first = static_cast<uint32_t>(k_.particle_pool.size());
        for (size_t w = v.verb_index + 1; w < v.words.size(); ++w) k_.particle_pool.push_back(k_.words.intern(v.words[w]));
        vr.after_count = static_cast<uint32_t>(v.words.size() - v.verb_index - 1);
        uint32_t id = static_cast<uint32_t>(k_.verbs.size());
        forms.emplace_back(vr.view.verb_word, id);
        for (const std::string& f : v.forms) forms.emplace_back(k_.words.intern(f), id);
        k_.verbs.push_back(vr);
      }
      for (const PatternEntry& p : block.patterns) {
        PendingPattern pp{0, static_cast<uint32_t>(p.pre.size()), 0, static_cast<uint32_t>(p.post.size()), &p, b};
        size_t mark = k_.elements.size();
        if (!compile_side(p.pre, p.where, pp.pre_first) || !compile_side(p.post, p.where, pp.post_first)) {
          k_.elements.resize(mark);
          continue;
        }
        pending.push_back(pp);
      }
      rec.pattern_count = static_cast<uint32_t>(pending.size()) - rec.first_pattern;
      if (block.verbs.empty()) warn(block.where, cat("verb block ", block.name, " has no verbs"));
      k_.blocks.push_back(rec);
    }
    // Patterns point into `elements`, which is final now.
    for (const PendingPattern& pp : pending) {
      Pattern p;
      p.pre = std::span<const CompiledElement>(k_.elements.data() + pp.pre_first, pp.pre_count);
      p.post = std::span<const CompiledElement>(k_.elements.data() + pp.post_first, pp.post_count);
      p.pre_joined_to_verb = pp.entry->pre_joined_to_verb;
      p.verb_joined_next = pp.entry->verb_joined_next;
      p.code = code_view(pp.entry->code);
      p.block = pp.block;
      p.text = pp.entry->text;
      p.rule = rule(pp.entry->where);
      k_.patterns.push_back(p);
    }
    for (auto& b : k_.blocks) b.view.patterns = std::span<const Pattern>(k_.patterns.data() + b.first_pattern, b.pattern_count);

    // Form index: multi-word verbs first (more particles first), then in dictionary order.
    std::sort(forms.begin(), forms.end());
    forms.erase(std::unique(forms.begin(), forms.end()), forms.end());
    auto particles = [&](uint32_t v) { return k_.verbs[v].before_count + k_.verbs[v].after_count; };
    std::stable_sort(forms.begin(), forms.end(), [&](const auto& a, const auto& b) {
      if (a.first != b.first) return a.first < b.first;
      return particles(a.second) > particles(b.second);
    });
    k_.verb_forms = forms.size();
    form_pairs_ = std::move(forms);
  }

  void transformations() {
    auto code_of = [&](const std::string& verb) -> EventCode {
      if (verb == "Q") return {};
      WordId w = k_.words.find(verb);
      if (w == kNoWord) return {};
      auto first = std::lower_bound(form_pairs_.begin(), form_pairs_.end(), std::make_pair(w, 0u));
      if (first == form_pairs_.end() || first->first != w) return {};
      return k_.verbs[first->second].view.code;
    };
    for (const TransformationEntry& t : k_.set.transformations) {
      Transformation x;
      x.entry = &t;
      x.inner_code = code_of(t.inner_verb);
      x.upper_code = code_of(t.upper_verb);
      x.rule = rule(t.where);
      if (t.inner_verb != "Q" && x.inner_code.primary.empty()) {
        warn(t.where, cat("transformation verb ", t.inner_verb, " is not a verb of the dictionary"));
      }
      if (x.upper_code.primary.empty()) {
        warn(t.where, cat("transformation verb ", t.upper_verb, " is not a verb of the dictionary"));
      }
      k_.transformations.push_back(x);
    }
  }

 public:
  // Builds the per-word offsets once every word is interned.
  void finish() {
    size_t n = k_.words.size();
    k_.form_offsets.assign(n + 1, 0);
    for (const auto& [w, v] : form_pairs_) ++k_.form_offsets[w + 1];
    for (size_t i = 0; i < n; ++i) k_.form_offsets[i + 1] += k_.form_offsets[i];
    k_.form_verbs.resize(form_pairs_.size());
    for (size_t i = 0; i < form_pairs_.size(); ++i) k_.form_verbs[i] = form_pairs_[i].second;
    for (auto& v : k_.verbs) {
      v.view.before = std::span<const WordId>(k_.particle_pool.data() + v.before_first, v.before_count);
      v.view.after = std::span<const WordId>(k_.particle_pool.data() + v.after_first, v.after_count);
    }
  }

 private:
  Knowledge::Impl& k_;
  Diagnostics& diag_;
  std::vector<WordId> scratch_;
  std::vector<uint32_t> synset_entry_;  // synset id -> index in set.synsets
  std::vector<std::pair<WordId, uint32_t>> form_pairs_;
  const std::string* last_file_ = nullptr;
  std::string last_base_;
};

}  // namespace

std::shared_ptr<const Knowledge> compile_knowledge(DictionarySet set, Diagnostics& diagnostics) {
  auto impl = std::make_unique<Knowledge::Impl>();
  impl->set = std::move(set);
  Compiler compiler(*impl, diagnostics);
  compiler.run();
  compiler.finish();
  return std::shared_ptr<const Knowledge>(new Knowledge(std::move(impl)));
}

}  // namespace faultline
