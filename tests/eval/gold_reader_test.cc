#include "eval/gold.h"

#include <gtest/gtest.h>

#include <fstream>

#include "support/shared_data.h"

namespace faultline {
namespace {

constexpr std::string_view kPetrarchGold = R"(<Validation>
<!-- a small validation file written for this test -->
<Environment>
  <Verbfile>test.verbs.txt</Verbfile>
  <Actorfile>first.actors.txt, second.actors.txt</Actorfile>
  <Agentfile>test.agents.txt</Agentfile>
  <Discardfile>test.discards.txt</Discardfile>
  <Config option="require_dyad" value="True"></Config>
</Environment>
<Sentences>
<Sentence date="20230526" id="T-01" category="BASIC" sentence="true">
<!-- two events -->
<EventCoding sourcecode="SRBCOP" targetcode="KSV" eventcode="173"></EventCoding>
<EventCoding sourcecode="KSV" targetcode="SRB" eventcode="111"></EventCoding>
<Text>
Serbian police detained a Kosovo
official, and Pristina condemned Belgrade.
</Text>
<Parse>(ROOT (S (NP (NNP Ignored))))</Parse>
</Sentence>

<Config option="require_dyad" value="false"></Config>
<Config option="new_actor_length" value="2"></Config>

<Sentence date = "20230527" id = "T-02"  category="BASIC">
<EventCoding noevents = "True"></EventCoding>
<Text>The weather &amp; the sea were calm.</Text>
</Sentence>
<Sentence date="20230528" id="T-03" category="ERROR">
<EventCoding error="storydiscard"></EventCoding>
<Text>The football match ended in a draw.</Text>
</Sentence>
<Sentence date="20230529" id="T-04" category="ACTOR">
<EventCoding sourcecode='"THE RIVER COUNCIL"' targetcode="SRB" eventcode="036"></EventCoding>
<Text>The river council wants talks with Serbia.</Text>
</Sentence>
</Sentences>
</Validation>
)";

TEST(GoldReader, PetrarchValidationXml) {
  auto gold = parse_petrarch_gold(kPetrarchGold, "/data/gold/unit.xml");
  ASSERT_TRUE(gold.ok()) << gold.status().to_string();
  EXPECT_EQ(gold->format, GoldFormat::kPetrarchXml);
  ASSERT_EQ(gold->records.size(), 4u);

  EXPECT_EQ(gold->dictionaries.verbs, "/data/gold/test.verbs.txt") << "resolved next to the gold file";
  ASSERT_EQ(gold->dictionaries.actors.size(), 2u);
  EXPECT_EQ(gold->dictionaries.actors[1], "/data/gold/second.actors.txt");
  EXPECT_EQ(gold->dictionaries.discards, "/data/gold/test.discards.txt");
  ASSERT_EQ(gold->environment_options.size(), 1u);
  EXPECT_EQ(gold->environment_options[0].second, "True");

  const GoldRecord& first = gold->records[0];
  EXPECT_EQ(first.id, "T-01");
  EXPECT_EQ(first.date, "2023-05-26");
  EXPECT_EQ(first.category, "BASIC");
  EXPECT_EQ(first.text, "Serbian police detained a Kosovo\nofficial, and Pristina condemned Belgrade.");
  ASSERT_EQ(first.events.size(), 2u);
  EXPECT_EQ(first.events[0], (GoldEvent{"SRBCOP", "KSV", "173"}));
  EXPECT_EQ(first.events[1], (GoldEvent{"KSV", "SRB", "111"}));
  EXPECT_EQ(first.line, 11u);
  ASSERT_EQ(first.options.size(), 1u);

  const GoldRecord& second = gold->records[1];
  EXPECT_EQ(second.id, "T-02") << "spaces around '=' are fine";
  EXPECT_TRUE(second.events.empty());
  EXPECT_EQ(second.text, "The weather & the sea were calm.");
  ASSERT_EQ(second.options.size(), 2u) << "Config between sentences applies to those after it";
  EXPECT_EQ(second.options[0], (std::pair<std::string, std::string>{"require_dyad", "false"}));
  EXPECT_EQ(second.options[1], (std::pair<std::string, std::string>{"new_actor_length", "2"}));

  EXPECT_EQ(gold->records[2].error, "storydiscard");
  EXPECT_TRUE(gold->records[2].events.empty());
  EXPECT_EQ(gold->records[3].events[0].source, "\"THE RIVER COUNCIL\"") << "codes are kept as written";
  EXPECT_EQ(gold->records[3].options.size(), 2u);

  Document doc = gold_document(*gold, first);
  EXPECT_EQ(doc.id, "T-01");
  EXPECT_EQ(doc.date, "2023-05-26");
  EXPECT_EQ(doc.text, "Serbian police detained a Kosovo official, and Pristina condemned Belgrade.")
      << "a PETRARCH record is one sentence: its wrapped lines are joined, offsets unchanged";
  EXPECT_EQ(doc.origin, "/data/gold/unit.xml:11");
}

TEST(GoldReader, PetrarchErrorsNameTheLine) {
  auto broken = parse_petrarch_gold("<Validation>\n<Sentences>\n<Sentence id=\"x\">\n<Text>a</Text>\n</Sentences>",
                                    "bad.xml");
  ASSERT_FALSE(broken.ok());
  EXPECT_EQ(broken.status().message().rfind("bad.xml:", 0), 0u) << broken.status().message();

  auto coding = parse_petrarch_gold(
      "<Sentences>\n<Sentence id=\"x\">\n<EventCoding sourcecode=\"A\"/>\n<Text>a</Text></Sentence></Sentences>",
      "bad.xml");
  ASSERT_FALSE(coding.ok());
  EXPECT_NE(coding.status().message().find("bad.xml:3:"), std::string::npos) << coding.status().message();

  auto no_text = parse_petrarch_gold("<Sentences><Sentence id=\"x\"></Sentence></Sentences>", "bad.xml");
  EXPECT_FALSE(no_text.ok());
}

TEST(GoldReader, JsonlGoldEvents) {
  std::string_view jsonl =
      "{\"id\":\"a\",\"date\":\"20230526\",\"text\":\"Serbia recalled its envoy.\",\"events\":"
      "[{\"source\":\"SRB\",\"target\":\"\",\"code\":\"161\"}],\"note\":\"ignored\"}\n"
      "\n"
      "{\"doc\":\"b\",\"text\":\"Nothing happened.\"}\r\n";
  auto gold = parse_jsonl_gold(jsonl, "gold.jsonl");
  ASSERT_TRUE(gold.ok()) << gold.status().to_string();
  ASSERT_EQ(gold->records.size(), 2u);
  EXPECT_EQ(gold->records[0].id, "a");
  EXPECT_EQ(gold->records[0].date, "2023-05-26");
  ASSERT_EQ(gold->records[0].events.size(), 1u);
  EXPECT_EQ(gold->records[0].events[0], (GoldEvent{"SRB", "", "161"}));
  EXPECT_EQ(gold->records[1].id, "b");
  EXPECT_EQ(gold->records[1].line, 3u);
  EXPECT_TRUE(gold->records[1].events.empty());

  auto bad = parse_jsonl_gold("{\"id\":\"a\",\"text\":\"x\"}\n{\"id\":\"b\",\"text\":\"y\",\"events\":[{\"code\":17}]}\n",
                              "gold.jsonl");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().message().rfind("gold.jsonl:2:", 0), 0u) << bad.status().message();
  EXPECT_FALSE(parse_jsonl_gold("{\"id\":\"a\"}\n", "gold.jsonl").ok()) << "a record needs text";
  EXPECT_FALSE(parse_jsonl_gold("{\"id\":\"a\",\"text\":\"x\"\n", "gold.jsonl").ok());
}

TEST(GoldReader, PentaClassTsv) {
  auto gold = parse_penta_tsv_gold("Troops shelled the town.\t4\nThe envoys met in Geneva.\t1\r\n\n", "labels.tsv");
  ASSERT_TRUE(gold.ok()) << gold.status().to_string();
  ASSERT_EQ(gold->records.size(), 2u);
  EXPECT_EQ(gold->records[0].text, "Troops shelled the town.");
  EXPECT_EQ(gold->records[0].penta, 4);
  EXPECT_EQ(gold->records[1].penta, 1);
  EXPECT_EQ(gold->records[1].id, "labels.tsv:2");

  auto bad = parse_penta_tsv_gold("Fine.\t0\nNot fine.\t7\n", "labels.tsv");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().message().rfind("labels.tsv:2:", 0), 0u) << bad.status().message();
  EXPECT_FALSE(parse_penta_tsv_gold("no label here\n", "labels.tsv").ok());
}

TEST(GoldReader, RoleSpansConll) {
  std::string_view conll =
      "Kosovo B-S\npolice I-S\narrested O\ntwo B-T\nSerbs I-T\n. O\n\n"
      "Leaders B-R\nmet O\n\n\n";
  auto gold = parse_roles_conll_gold(conll, "roles.conll");
  ASSERT_TRUE(gold.ok()) << gold.status().to_string();
  ASSERT_EQ(gold->records.size(), 2u);
  const GoldRecord& first = gold->records[0];
  EXPECT_EQ(first.text, "Kosovo police arrested two Serbs .");
  ASSERT_EQ(first.tokens.size(), 6u);
  EXPECT_EQ(first.tokens[1].span, (ByteSpan{7, 13}));
  EXPECT_EQ(first.tokens[1].role, TokenRole::kSource);
  EXPECT_EQ(first.tokens[2].role, TokenRole::kNone);
  EXPECT_EQ(first.tokens[4].role, TokenRole::kTarget);
  EXPECT_EQ(gold->records[1].tokens[0].role, TokenRole::kBoth);
  EXPECT_EQ(gold->records[1].line, 8u);

  auto bad = parse_roles_conll_gold("Kosovo B-S\npolice B-X\n", "roles.conll");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().message().rfind("roles.conll:2:", 0), 0u) << bad.status().message();
}

TEST(GoldReader, DetectsTheFormat) {
  EXPECT_EQ(*detect_gold_format("a.xml", ""), GoldFormat::kPetrarchXml);
  EXPECT_EQ(*detect_gold_format("a.jsonl", ""), GoldFormat::kJsonl);
  EXPECT_EQ(*detect_gold_format("a.tsv", ""), GoldFormat::kPentaTsv);
  EXPECT_EQ(*detect_gold_format("a.conll", ""), GoldFormat::kRolesConll);
  EXPECT_EQ(*detect_gold_format("gold", "\n<Validation>"), GoldFormat::kPetrarchXml);
  EXPECT_EQ(*detect_gold_format("gold", "{\"id\":1}"), GoldFormat::kJsonl);
  EXPECT_EQ(*detect_gold_format("gold", "A sentence.\t3\n"), GoldFormat::kPentaTsv);
  EXPECT_EQ(*detect_gold_format("gold", "Word O\n"), GoldFormat::kRolesConll);
  EXPECT_FALSE(detect_gold_format("gold", "").ok());
  EXPECT_EQ(*parse_gold_format("roles-conll"), GoldFormat::kRolesConll);
  EXPECT_STREQ(gold_format_name(GoldFormat::kPentaTsv), "penta-tsv");
  EXPECT_FALSE(parse_gold_format("csv").ok());
}

TEST(GoldReader, ReadsFilesAndRejectsInvalidUtf8) {
  auto dir = std::filesystem::path(::testing::TempDir()) / "faultline_gold_reader";
  std::filesystem::create_directories(dir);
  {
    std::ofstream(dir / "labels.tsv") << "Ships blocked the port.\t4\n";
    std::ofstream(dir / "broken.tsv") << "Bad \xff byte.\t4\n";
  }
  auto gold = read_gold(dir / "labels.tsv");
  ASSERT_TRUE(gold.ok()) << gold.status().to_string();
  EXPECT_EQ(gold->format, GoldFormat::kPentaTsv);
  EXPECT_EQ(gold->records.size(), 1u);
  auto broken = read_gold(dir / "broken.tsv");
  ASSERT_FALSE(broken.ok());
  EXPECT_NE(broken.status().message().find("broken.tsv:1:"), std::string::npos) << broken.status().message();
  EXPECT_EQ(read_gold(dir / "missing.tsv").status().code(), StatusCode::kNotFound);
}

TEST(GoldReader, PetrarchUnitTestRecords) {
  FAULTLINE_REQUIRE_SHARED("peers/petrarch2/PETR.UnitTest.records.xml");
  auto gold = read_gold(testing::shared_dir() / "peers/petrarch2/PETR.UnitTest.records.xml");
  ASSERT_TRUE(gold.ok()) << gold.status().to_string();
  EXPECT_EQ(gold->format, GoldFormat::kPetrarchXml);
  EXPECT_EQ(gold->records.size(), 284u);
  size_t events = 0, no_events = 0, errors = 0;
  for (const GoldRecord& r : gold->records) {
    events += r.events.size();
    if (r.events.empty()) no_events++;
    if (!r.error.empty()) errors++;
    EXPECT_FALSE(r.text.empty()) << r.id;
    EXPECT_EQ(r.date.size(), 10u) << r.id << " " << r.date;
  }
  EXPECT_EQ(events, 359u);
  EXPECT_EQ(errors, 7u);
  EXPECT_GE(no_events, 19u + 7u);
  EXPECT_EQ(gold->records.front().id, "DEMO-00");
  EXPECT_EQ(gold->records.front().events.front(), (GoldEvent{"ARN", "GON", "064"}));
  for (const auto& file : {gold->dictionaries.verbs, gold->dictionaries.agents, gold->dictionaries.discards}) {
    EXPECT_TRUE(std::filesystem::exists(file)) << file;
  }
  ASSERT_EQ(gold->dictionaries.actors.size(), 1u);
  EXPECT_TRUE(std::filesystem::exists(gold->dictionaries.actors[0]));
  EXPECT_EQ(gold->environment_options.size(), 1u);
}

TEST(GoldReader, SharedPentaClassAndRoleSets) {
  FAULTLINE_REQUIRE_SHARED("eval/cameo-pentaclass.train.tsv");
  FAULTLINE_REQUIRE_SHARED("eval/cameo-roles.train.conll");
  auto penta = read_gold(testing::shared_dir() / "eval/cameo-pentaclass.train.tsv");
  ASSERT_TRUE(penta.ok()) << penta.status().to_string();
  EXPECT_EQ(penta->records.size(), 1349u);
  size_t per_class[5] = {0, 0, 0, 0, 0};
  for (const GoldRecord& r : penta->records) per_class[r.penta]++;
  EXPECT_EQ(per_class[0], 240u);
  EXPECT_EQ(per_class[4], 221u);

  auto roles = read_gold(testing::shared_dir() / "eval/cameo-roles.train.conll");
  ASSERT_TRUE(roles.ok()) << roles.status().to_string();
  EXPECT_EQ(roles->records.size(), 1153u);
  size_t tokens = 0, both = 0;
  for (const GoldRecord& r : roles->records) {
    tokens += r.tokens.size();
    for (const GoldToken& t : r.tokens) {
      EXPECT_EQ(r.text.substr(t.span.begin, t.span.size()).find(' '), std::string::npos);
      if (t.role == TokenRole::kBoth) both++;
    }
  }
  EXPECT_EQ(tokens, 28815u);
  EXPECT_EQ(both, 536u);
}

}  // namespace
}  // namespace faultline
