// PETRARCH validation XML (the format of PETRARCH's unit-test records).
//
// Unlike the news reader (src/text/petrarch_xml_reader.cc), which streams <Sentence> texts, this
// reads the whole file with pugixml: gold files are small, and the expected codings, the sticky
// <Config> options and the <Environment> all need the document's structure and order.
#include <pugixml.hpp>

#include <algorithm>
#include <string>

#include "eval/gold.h"
#include "text/dates.h"

namespace faultline {
namespace {

bool is_xml_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string trimmed(std::string_view s) {
  while (!s.empty() && is_xml_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_xml_space(s.back())) s.remove_suffix(1);
  return std::string(s);
}

size_t line_at(std::string_view content, ptrdiff_t offset) {
  if (offset < 0) return 0;
  size_t end = std::min(content.size(), static_cast<size_t>(offset));
  return 1 + static_cast<size_t>(std::count(content.begin(), content.begin() + static_cast<ptrdiff_t>(end), '\n'));
}

void set_option(CoderOptions& options, std::string name, std::string value) {
  for (auto& [n, v] : options) {
    if (n == name) {
      v = std::move(value);
      return;
    }
  }
  options.emplace_back(std::move(name), std::move(value));
}

class PetrarchGoldParser {
 public:
  PetrarchGoldParser(std::string_view content, const std::filesystem::path& path)
      : content_(content), path_(path) {}

  Result<GoldSet> parse() {
    // Without parse_eol, like the news reader: the text the coder sees is the text of `faultline code`.
    constexpr unsigned kFlags = pugi::parse_cdata | pugi::parse_escapes | pugi::parse_wconv_attribute;
    pugi::xml_parse_result parsed = xml_.load_buffer(content_.data(), content_.size(), kFlags, pugi::encoding_utf8);
    if (!parsed) {
      return corrupt(where(parsed.offset) + "invalid XML: " + parsed.description());
    }
    gold_.path = path_;
    gold_.format = GoldFormat::kPetrarchXml;
    pugi::xml_node root = xml_.document_element();
    if (std::string_view(root.name()) == "Sentence" || std::string_view(root.name()) == "Sentences") {
      if (Status s = read_sentences(xml_); !s.ok()) return s;
    } else {
      if (pugi::xml_node env = root.child("Environment")) {
        if (Status s = read_environment(env); !s.ok()) return s;
      }
      if (Status s = read_sentences(root); !s.ok()) return s;
    }
    if (gold_.records.empty()) return corrupt(path_.string() + ": no <Sentence> records");
    return std::move(gold_);
  }

 private:
  std::string where(ptrdiff_t offset) const {
    return path_.string() + ":" + std::to_string(line_at(content_, offset)) + ": ";
  }

  std::filesystem::path beside_gold(std::string_view name) const {
    return path_.parent_path() / trimmed(name);
  }

  Status read_environment(pugi::xml_node env) {
    for (pugi::xml_node child : env.children()) {
      std::string_view name = child.name();
      std::string value = trimmed(child.child_value());
      if (name == "Verbfile") {
        gold_.dictionaries.verbs = beside_gold(value);
      } else if (name == "Actorfile") {
        // PETRARCH's config allows a comma-separated list of actor files.
        size_t from = 0;
        while (from <= value.size()) {
          size_t comma = value.find(',', from);
          std::string part = trimmed(std::string_view(value).substr(from, comma - from));
          if (!part.empty()) gold_.dictionaries.actors.push_back(beside_gold(part));
          if (comma == std::string::npos) break;
          from = comma + 1;
        }
      } else if (name == "Agentfile") {
        gold_.dictionaries.agents = beside_gold(value);
      } else if (name == "Discardfile") {
        gold_.dictionaries.discards = beside_gold(value);
      } else if (name == "Config") {
        if (Status s = read_config(child, gold_.environment_options); !s.ok()) return s;
      }
    }
    sticky_options_ = gold_.environment_options;
    return {};
  }

  Status read_config(pugi::xml_node config, CoderOptions& options) {
    std::string name = trimmed(config.attribute("option").value());
    if (name.empty()) {
      return corrupt(where(config.offset_debug()) + "<Config> without an option attribute");
    }
    set_option(options, std::move(name), trimmed(config.attribute("value").value()));
    return {};
  }

  // Walks the children of `parent` in order: <Config> changes the options of the sentences after it,
  // <Sentences> is descended into, <Sentence> becomes a record.
  Status read_sentences(pugi::xml_node parent) {
    for (pugi::xml_node child : parent.children()) {
      if (child.type() != pugi::node_element) continue;
      std::string_view name = child.name();
      if (name == "Config") {
        if (Status s = read_config(child, sticky_options_); !s.ok()) return s;
      } else if (name == "Sentences") {
        if (Status s = read_sentences(child); !s.ok()) return s;
      } else if (name == "Sentence") {
        if (Status s = read_sentence(child); !s.ok()) return s;
      }
    }
    return {};
  }

  Status read_sentence(pugi::xml_node sentence) {
    GoldRecord record;
    record.line = line_at(content_, sentence.offset_debug());
    record.id = trimmed(sentence.attribute("id").value());
    record.date = normalize_date(trimmed(sentence.attribute("date").value()));
    record.category = trimmed(sentence.attribute("category").value());
    if (record.id.empty()) return corrupt(where(sentence.offset_debug()) + "<Sentence> without an id");
    record.options = sticky_options_;
    bool has_text = false;
    for (pugi::xml_node child : sentence.children()) {
      std::string_view name = child.name();
      if (name == "Text") {
        std::string text;
        for (pugi::xml_node part : child.children()) {
          if (part.type() == pugi::node_pcdata || part.type() == pugi::node_cdata) text += part.value();
        }
        record.text = trimmed(text);
        has_text = true;
      } else if (name == "EventCoding") {
        if (Status s = read_coding(child, record); !s.ok()) return s;
      } else if (name == "Config") {
        if (Status s = read_config(child, record.options); !s.ok()) return s;
      }
    }
    if (!has_text || record.text.empty()) {
      return corrupt(where(sentence.offset_debug()) + "<Sentence id=\"" + record.id + "\"> has no <Text>");
    }
    gold_.records.push_back(std::move(record));
    return {};
  }

  // <EventCoding sourcecode= targetcode= eventcode=>, <EventCoding noevents="True"> or
  // <EventCoding error="...">: the last two expect no event.
  Status read_coding(pugi::xml_node coding, GoldRecord& record) {
    if (pugi::xml_attribute error = coding.attribute("error")) {
      record.error = trimmed(error.value());
      return {};
    }
    if (coding.attribute("noevents")) return {};
    pugi::xml_attribute code = coding.attribute("eventcode");
    if (!code) {
      return corrupt(where(coding.offset_debug()) + "<EventCoding> in record " + record.id +
                     " has neither eventcode, noevents nor error");
    }
    // PETRARCH writes a missing actor (require_dyad off) as "---"; the event record leaves it empty.
    auto actor = [](const char* value) {
      std::string a = trimmed(value);
      if (a == "---") a.clear();
      return a;
    };
    record.events.push_back(GoldEvent{actor(coding.attribute("sourcecode").value()),
                                      actor(coding.attribute("targetcode").value()), trimmed(code.value())});
    return {};
  }

  std::string_view content_;
  const std::filesystem::path& path_;
  pugi::xml_document xml_;
  GoldSet gold_;
  CoderOptions sticky_options_;
};

}  // namespace

Result<GoldSet> parse_petrarch_gold(std::string_view content, const std::filesystem::path& path) {
  return PetrarchGoldParser(content, path).parse();
}

}  // namespace faultline
