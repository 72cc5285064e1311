// The CAMEO event-code table.
//
// Why compiled in rather than a data file: the table is a fixed codebook (CAMEO 1.1b3) that changes
// only with a new CAMEO release, every event needs it, and a compiled table costs no load time, no
// file to locate or to get wrong at run time, and lets the compiler check it (static_asserts below)
// and build the O(1) index at compile time.
//
// Sources of the facts (code numbers, Goldstein scores, PLOVER mappings); the short names are the
// project's own wording:
//  * codes: the CAMEO 1.1b3 event codebook (Gerner, Schrodt, Yilmaz et al.), as listed in
//    ../shared/reference/cameo-eventcodes.tsv;
//  * Goldstein scores: the CAMEO adaptation of Goldstein's 1992 conflict-cooperation scale, as
//    listed in ../shared/reference/cameo-goldstein.tsv;
//  * PLOVER type, mode and context: the PLOVER project's CAMEO-to-PLOVER crosswalk, draft 0.8 of
//    17 September 2021 (../shared/reference/cameo2plover-2021.txt). The crosswalk maps no 01x/02x
//    code (statements and appeals have no PLOVER counterpart there), so those are empty. Where it
//    lists a code twice (root 08 as CONCEDE and as RETREAT) its first line is used. Its 1213 and 1214
//    are not CAMEO 1.1b3 codes and are left out.
#include "cameo/event_codes.h"

#include <array>
#include <cstdint>

namespace faultline {
namespace {

constexpr int root_number(std::string_view code) { return (code[0] - '0') * 10 + (code[1] - '0'); }

constexpr int quad_of(int root) {
  if (root >= 1 && root <= 5) return 1;
  if (root >= 6 && root <= 8) return 2;
  if (root >= 9 && root <= 13) return 3;
  if (root >= 14 && root <= 20) return 4;
  return 0;
}

constexpr int penta_of(int root) {
  if (root >= 1 && root <= 2) return 0;
  if (root >= 3 && root <= 5) return 1;
  if (root >= 6 && root <= 8) return 2;
  if ((root >= 9 && root <= 13) || root == 16) return 3;
  if (root == 14 || root == 15 || (root >= 17 && root <= 20)) return 4;
  return -1;
}

struct Row {
  std::string_view code;
  std::string_view name;
  double goldstein;
  std::string_view plover;
  std::string_view mode;
  std::string_view context;
};

// code, short name, Goldstein, PLOVER type, PLOVER mode, PLOVER context.
constexpr Row kRows[] = {
    {"01", "public statement", 0.0, "", "", ""},
    {"010", "statement, other", 0.0, "", "", ""},
    {"011", "no comment", -0.1, "", "", ""},
    {"012", "pessimistic remark", -0.4, "", "", ""},
    {"013", "optimistic remark", 0.4, "", "", ""},
    {"014", "weigh a policy option", 0.0, "", "", ""},
    {"015", "claim responsibility", 0.0, "", "", ""},
    {"016", "deny responsibility", -2.0, "", "", ""},
    {"017", "symbolic gesture", 0.0, "", "", ""},
    {"018", "express sympathy", 3.4, "", "", ""},
    {"019", "voice agreement", 3.4, "", "", ""},
    {"02", "appeal", 3.0, "", "", ""},
    {"020", "appeal, other", 3.0, "", "", ""},
    {"021", "appeal for material cooperation", 3.4, "", "", ""},
    {"0211", "appeal for economic cooperation", 3.4, "", "", ""},
    {"0212", "appeal for military cooperation", 3.4, "", "", ""},
    {"0213", "appeal for judicial cooperation", 3.4, "", "", ""},
    {"0214", "appeal for intelligence sharing", 3.4, "", "", ""},
    {"022", "appeal for diplomatic support", 3.2, "", "", ""},
    {"023", "appeal for aid", 3.4, "", "", ""},
    {"0231", "appeal for economic aid", 3.4, "", "", ""},
    {"0232", "appeal for military aid", 3.4, "", "", ""},
    {"0233", "appeal for humanitarian aid", 3.4, "", "", ""},
    {"0234", "appeal for protection or peacekeepers", 3.4, "", "", ""},
    {"024", "appeal for political reform", -0.3, "", "", ""},
    {"0241", "appeal for new leadership", -0.3, "", "", ""},
    {"0242", "appeal for a policy change", -0.3, "", "", ""},
    {"0243", "appeal for rights", -0.3, "", "", ""},
    {"0244", "appeal for institutional change", -0.3, "", "", ""},
    {"025", "appeal to give way", -0.3, "", "", ""},
    {"0251", "appeal to ease administrative sanctions", -0.3, "", "", ""},
    {"0252", "appeal to ease crackdown on dissent", -0.3, "", "", ""},
    {"0253", "appeal to release people or property", -0.3, "", "", ""},
    {"0254", "appeal to ease sanctions or embargo", -0.3, "", "", ""},
    {"0255", "appeal to admit outside involvement", -0.3, "", "", ""},
    {"0256", "appeal to de-escalate militarily", -0.3, "", "", ""},
    {"026", "urge talks", 4.0, "", "", ""},
    {"027", "urge settlement", 4.0, "", "", ""},
    {"028", "urge mediation", 4.0, "", "", ""},
    {"03", "intend to cooperate", 4.0, "AGREE", "", ""},
    {"030", "intend to cooperate, other", 4.0, "AGREE", "", "diplomatic"},
    {"031", "intend material cooperation", 5.2, "AGREE", "", "diplomatic"},
    {"0311", "intend economic cooperation", 5.2, "AGREE", "", "economic"},
    {"0312", "intend military cooperation", 5.2, "AGREE", "", "military"},
    {"0313", "intend judicial cooperation", 5.2, "AGREE", "", "legal"},
    {"0314", "intend intelligence cooperation", 5.2, "AGREE", "", "intelligence"},
    {"032", "intend diplomatic support", 4.5, "AGREE", "", "diplomatic"},
    {"033", "pledge material aid", 5.2, "AGREE", "", "diplomatic"},
    {"0331", "pledge economic aid", 5.2, "AGREE", "", "economic"},
    {"0332", "pledge military aid", 5.2, "AGREE", "", "military"},
    {"0333", "pledge humanitarian aid", 5.2, "AGREE", "", "humanitarian"},
    {"0334", "pledge protection or peacekeepers", 6.0, "AGREE", "", "peacekeeping"},
    {"034", "pledge political reform", 7.0, "AGREE", "", "political_institutions"},
    {"0341", "pledge leadership change", 7.0, "AGREE", "", "political_institutions"},
    {"0342", "pledge policy change", 7.0, "AGREE", "", "executive"},
    {"0343", "pledge rights", 7.0, "AGREE", "", "rights_freedoms"},
    {"0344", "pledge institutional change", 7.0, "AGREE", "", "political_institutions"},
    {"035", "intend to give way", 7.0, "AGREE", "", ""},
    {"0351", "intend to ease administrative sanctions", 7.0, "AGREE", "", "rights_freedoms"},
    {"0352", "intend to ease crackdown on dissent", 7.0, "AGREE", "", ""},
    {"0353", "intend to release people or property", 7.0, "AGREE", "", "rights_freedoms"},
    {"0354", "intend to ease sanctions or embargo", 7.0, "AGREE", "", "economic"},
    {"0355", "intend to admit outside involvement", 7.0, "AGREE", "", "diplomatic"},
    {"0356", "intend to de-escalate militarily", 7.0, "AGREE", "", "military"},
    {"036", "intend to meet or negotiate", 4.0, "AGREE", "", "diplomatic"},
    {"037", "intend to settle a dispute", 5.0, "AGREE", "", "diplomatic"},
    {"038", "intend to accept mediation", 7.0, "AGREE", "", "diplomatic"},
    {"039", "intend to mediate", 5.0, "AGREE", "", "diplomatic"},
    {"04", "consult", 1.0, "CONSULT", "", ""},
    {"040", "consult, other", 1.0, "CONSULT", "", ""},
    {"041", "telephone talks", 1.0, "CONSULT", "phone", ""},
    {"042", "visit", 1.9, "CONSULT", "visit", ""},
    {"043", "host a visit", 2.8, "CONSULT", "visit", ""},
    {"044", "meet on neutral ground", 2.5, "CONSULT", "third-party", ""},
    {"045", "mediate", 5.0, "CONSULT", "", "diplomatic"},
    {"046", "negotiate", 7.0, "CONSULT", "", "diplomatic"},
    {"05", "diplomatic cooperation", 3.5, "SUPPORT", "", ""},
    {"050", "diplomatic cooperation, other", 3.5, "SUPPORT", "", "diplomatic"},
    {"051", "praise or endorse", 3.4, "SUPPORT", "", "diplomatic"},
    {"052", "defend in words", 3.5, "SUPPORT", "", "diplomatic"},
    {"053", "rally support for", 3.8, "SUPPORT", "", "diplomatic"},
    {"054", "recognise diplomatically", 6.0, "SUPPORT", "", "diplomatic"},
    {"055", "apologise", 7.0, "SUPPORT", "", "diplomatic"},
    {"056", "forgive", 7.0, "SUPPORT", "", "diplomatic"},
    {"057", "sign an agreement", 8.0, "SUPPORT", "", "diplomatic"},
    {"06", "material cooperation", 6.0, "COOPERATE", "", ""},
    {"060", "material cooperation, other", 6.0, "COOPERATE", "", ""},
    {"061", "economic cooperation", 6.4, "COOPERATE", "", "economic"},
    {"062", "military cooperation", 7.4, "COOPERATE", "", "military"},
    {"063", "judicial cooperation", 7.4, "COOPERATE", "", "legal"},
    {"064", "share intelligence", 7.0, "COOPERATE", "", "intelligence"},
    {"07", "give aid", 7.0, "AID", "", ""},
    {"070", "give aid, other", 7.0, "AID", "", ""},
    {"071", "give economic aid", 7.4, "AID", "", "economic"},
    {"072", "give military aid", 8.3, "AID", "", "military"},
    {"073", "give humanitarian aid", 7.4, "AID", "", "humanitarian"},
    {"074", "give protection or peacekeepers", 8.5, "AID", "", "peacekeeping"},
    {"075", "grant asylum", 7.0, "AID", "", "asylum"},
    {"08", "give way", 5.0, "CONCEDE", "", ""},
    {"080", "give way, other", 5.0, "CONCEDE", "", ""},
    {"081", "ease administrative sanctions", 5.0, "CONCEDE", "", "legal"},
    {"0811", "relax limits on political freedoms", 5.0, "CONCEDE", "", "democracy"},
    {"0812", "lift ban on parties or politicians", 5.0, "CONCEDE", "", "democracy"},
    {"0813", "lift curfew", 5.0, "RETREAT", "", "legal"},
    {"0814", "lift emergency or martial law", 5.0, "RETREAT", "", "legal"},
    {"082", "ease crackdown on dissent", 5.0, "CONCEDE", "", "democracy"},
    {"083", "grant political reform", 5.0, "CONCEDE", "", "political_institutions"},
    {"0831", "concede leadership change", 5.0, "CONCEDE", "", "political_institutions"},
    {"0832", "concede policy change", 5.0, "CONCEDE", "", "executive"},
    {"0833", "concede rights", 5.0, "CONCEDE", "", "rights_freedoms"},
    {"0834", "concede institutional change", 5.0, "CONCEDE", "", "political_institutions"},
    {"084", "return or release", 7.0, "RETREAT", "", ""},
    {"0841", "release people", 7.0, "RETREAT", "release", "legal"},
    {"0842", "return property", 7.0, "RETREAT", "return", "legal"},
    {"085", "ease sanctions or embargo", 7.0, "RETREAT", "ease", "economic"},
    {"086", "admit outside involvement", 9.0, "RETREAT", "access", "diplomatic"},
    {"0861", "admit peacekeepers", 9.0, "RETREAT", "access", "peacekeeping"},
    {"0862", "admit inspectors", 9.0, "RETREAT", "access", "diplomatic"},
    {"0863", "let humanitarian aid through", 9.0, "RETREAT", "access", "humanitarian"},
    {"087", "de-escalate militarily", 9.0, "RETREAT", "disarm", "military"},
    {"0871", "truce or ceasefire", 9.0, "RETREAT", "ceasefire", "military"},
    {"0872", "ease blockade", 9.0, "RETREAT", "withdraw", "military"},
    {"0873", "demobilise forces", 9.0, "RETREAT", "disarm", "military"},
    {"0874", "retreat or surrender", 10.0, "RETREAT", "disarm", "military"},
    {"09", "investigate", -2.0, "ACCUSE", "", ""},
    {"090", "investigate, other", -2.0, "ACCUSE", "investigate", ""},
    {"091", "investigate crime or corruption", -2.0, "ACCUSE", "investigate", "crime; corruption"},
    {"092", "investigate rights abuses", -2.0, "ACCUSE", "investigate", "human_rights"},
    {"093", "investigate military action", -2.0, "ACCUSE", "investigate", "military"},
    {"094", "investigate war crimes", -2.0, "ACCUSE", "investigate", "military; legal"},
    {"10", "demand", -5.0, "REQUEST", "", ""},
    {"100", "demand, other", -5.0, "REQUEST", "", ""},
    {"101", "demand information or inquiry", -5.0, "REQUEST", "assist", ""},
    {"1011", "demand economic cooperation", -5.0, "REQUEST", "assist", "economic"},
    {"1012", "demand military cooperation", -5.0, "REQUEST", "assist", "military"},
    {"1013", "demand judicial cooperation", -5.0, "REQUEST", "assist", "legal"},
    {"1014", "demand intelligence cooperation", -5.0, "REQUEST", "assist", "intelligence"},
    {"102", "demand policy support", -5.0, "REQUEST", "assist", "diplomatic"},
    {"103", "demand aid or protection", -5.0, "REQUEST", "assist", ""},
    {"1031", "demand economic aid", -5.0, "REQUEST", "assist", "economic"},
    {"1032", "demand military aid", -5.0, "REQUEST", "assist", "military"},
    {"1033", "demand humanitarian aid", -5.0, "REQUEST", "assist", "humanitarian"},
    {"1034", "demand protection or peacekeepers", -5.0, "REQUEST", "assist", "peacekeeping"},
    {"104", "demand political reform", -5.0, "REQUEST", "change", "political_institutions"},
    {"1041", "demand leadership change", -5.0, "REQUEST", "change", "executive"},
    {"1042", "demand policy change", -5.0, "REQUEST", "change", "executive"},
    {"1043", "demand rights", -5.0, "REQUEST", "change", "rights_freedoms"},
    {"1044", "demand institutional change", -5.0, "REQUEST", "change", "political_institutions"},
    {"105", "demand mediation", -5.0, "REQUEST", "change", "legal"},
    {"1051", "demand easing of administrative sanctions", -5.0, "REQUEST", "yield", "legal"},
    {"1052", "demand easing of crackdown on dissent", -5.0, "REQUEST", "yield", "legal"},
    {"1053", "demand release of people or property", -5.0, "REQUEST", "yield", "legal"},
    {"1054", "demand easing of sanctions or embargo", -5.0, "REQUEST", "yield", "economic"},
    {"1055", "demand admission of outside involvement", -5.0, "REQUEST", "yield", "diplomatic"},
    {"1056", "demand military de-escalation", -5.0, "REQUEST", "yield", "military"},
    {"106", "demand withdrawal", -5.0, "REQUEST", "meet", "diplomatic"},
    {"107", "demand ceasefire", -5.0, "REQUEST", "meet", "diplomatic"},
    {"108", "demand talks", -5.0, "REQUEST", "meet", "diplomatic"},
    {"11", "disapprove", -2.0, "ACCUSE", "", ""},
    {"110", "disapprove, other", -2.0, "ACCUSE", "disapprove", ""},
    {"111", "criticise or condemn", -2.0, "ACCUSE", "disapprove", ""},
    {"112", "accuse", -2.0, "ACCUSE", "disapprove", ""},
    {"1121", "accuse of crime or corruption", -2.0, "ACCUSE", "allege", "crime; corruption"},
    {"1122", "accuse of rights abuses", -2.0, "ACCUSE", "allege", "human_rights"},
    {"1123", "accuse of aggression", -2.0, "ACCUSE", "allege", "military"},
    {"1124", "accuse of war crimes", -2.0, "ACCUSE", "allege", "military; legal"},
    {"1125", "accuse of spying or treason", -2.0, "ACCUSE", "allege", "legal"},
    {"113", "rally opposition", -2.0, "ACCUSE", "disapprove", ""},
    {"114", "lodge official complaint", -2.0, "ACCUSE", "allege", "diplomatic"},
    {"115", "sue", -2.0, "ACCUSE", "allege", "legal"},
    {"116", "find guilty", -2.0, "ACCUSE", "disapprove", "legal"},
    {"12", "reject", -4.0, "REJECT", "", ""},
    {"120", "reject, other", -4.0, "REJECT", "", ""},
    {"121", "reject material cooperation", -4.0, "REJECT", "assist", ""},
    {"1211", "reject economic cooperation", -4.0, "REJECT", "assist", "economic"},
    {"1212", "reject military cooperation", -4.0, "REJECT", "assist", "military"},
    {"122", "refuse material aid", -4.0, "REJECT", "assist", ""},
    {"1221", "refuse economic aid", -4.0, "REJECT", "assist", "economic"},
    {"1222", "refuse military aid", -4.0, "REJECT", "assist", "military"},
    {"1223", "refuse humanitarian aid", -4.0, "REJECT", "assist", "humanitarian"},
    {"1224", "refuse protection or peacekeepers", -4.0, "REJECT", "assist", "peacekeeping"},
    {"123", "refuse political reform", -4.0, "REJECT", "change", "political_institutions"},
    {"1231", "refuse leadership change", -4.0, "REJECT", "change", "executive"},
    {"1232", "refuse policy change", -4.0, "REJECT", "change", "executive"},
    {"1233", "refuse rights", -4.0, "REJECT", "change", "rights_freedoms"},
    {"1234", "refuse institutional change", -4.0, "REJECT", "change", "political_institutions"},
    {"124", "refuse to give way", -4.0, "REJECT", "change", ""},
    {"1241", "refuse to ease administrative sanctions", -4.0, "REJECT", "change", "executive"},
    {"1242", "refuse to ease crackdown on dissent", -4.0, "REJECT", "change", ""},
    {"1243", "refuse to release people or property", -4.0, "REJECT", "yield", "legal"},
    {"1244", "refuse to ease sanctions or embargo", -4.0, "REJECT", "yield", "economic"},
    {"1245", "refuse outside involvement", -4.0, "REJECT", "yield", "diplomatic"},
    {"1246", "refuse military de-escalation", -4.0, "REJECT", "yield", "military"},
    {"125", "reject talks", -5.0, "REJECT", "meet", "diplomatic"},
    {"126", "reject mediation", -5.0, "REJECT", "meet", "diplomatic"},
    {"127", "reject settlement plan", -5.0, "REJECT", "meet", "diplomatic"},
    {"128", "defy norms or law", -5.0, "REJECT", "yield", "legal"},
    {"129", "veto", -5.0, "REJECT", "yield", "diplomatic"},
    {"13", "threaten", -6.0, "THREATEN", "", ""},
    {"130", "threaten, other", -4.4, "THREATEN", "", ""},
    {"131", "threaten non-military action", -5.8, "THREATEN", "", ""},
    {"1311", "threaten to cut aid", -5.8, "THREATEN", "relations", ""},
    {"1312", "threaten sanctions or embargo", -5.8, "THREATEN", "restrict", "economic"},
    {"1313", "threaten to cut relations", -5.8, "THREATEN", "relations", "diplomatic"},
    {"132", "threaten administrative sanctions", -5.8, "THREATEN", "ban", "executive"},
    {"1321", "threaten limits on political freedoms", -5.8, "THREATEN", "political", "human_rights"},
    {"1322", "threaten to ban parties or politicians", -5.8, "THREATEN", "ban", "pro_autocracy"},
    {"1323", "threaten curfew", -5.8, "THREATEN", "restrict", "pro_autocracy"},
    {"1324", "threaten emergency or martial law", -5.8, "THREATEN", "restrict", "pro_autocracy"},
    {"133", "threaten protest", -5.8, "THREATEN", "relations", ""},
    {"134", "threaten to end talks", -5.8, "THREATEN", "relations", "diplomatic"},
    {"135", "threaten to end mediation", -5.8, "THREATEN", "relations", "diplomatic"},
    {"136", "threaten to end outside involvement", -7.0, "THREATEN", "expel", "diplomatic"},
    {"137", "threaten violent repression", -7.0, "THREATEN", "violence", "pro_autocracy"},
    {"138", "threaten military force", -7.0, "THREATEN", "violence", "military"},
    {"1381", "threaten blockade", -7.0, "THREATEN", "restrict", "military"},
    {"1382", "threaten occupation", -7.0, "THREATEN", "territory", "military"},
    {"1383", "threaten irregular violence", -7.0, "THREATEN", "violence", "military"},
    {"1384", "threaten conventional attack", -7.0, "THREATEN", "violence", "military"},
    {"1385", "threaten WMD attack", -7.0, "THREATEN", "violence", "cbrn"},
    {"139", "issue ultimatum", -7.0, "THREATEN", "relations", "diplomatic"},
    {"14", "protest", -6.5, "PROTEST", "", ""},
    {"140", "political dissent, other", -6.5, "PROTEST", "", ""},
    {"141", "demonstrate", -6.5, "PROTEST", "demo", ""},
    {"1411", "demonstrate for leadership change", -6.5, "PROTEST", "demo", "executive"},
    {"1412", "demonstrate for policy change", -6.5, "PROTEST", "demo", "executive"},
    {"1413", "demonstrate for rights", -6.5, "PROTEST", "demo", "rights_freedoms"},
    {"1414", "demonstrate for institutional change", -6.5, "PROTEST", "demo", "political_institutions"},
    {"142", "hunger strike", -6.5, "PROTEST", "hunger", ""},
    {"1421", "hunger strike for leadership change", -6.5, "PROTEST", "hunger", "executive"},
    {"1422", "hunger strike for policy change", -6.5, "PROTEST", "hunger", "executive"},
    {"1423", "hunger strike for rights", -6.5, "PROTEST", "hunger", "rights_freedoms"},
    {"1424", "hunger strike for institutional change", -6.5, "PROTEST", "hunger", "political_institutions"},
    {"143", "strike or boycott", -6.5, "PROTEST", "boycott", ""},
    {"1431", "strike or boycott for leadership change", -6.5, "PROTEST", "boycott", "executive"},
    {"1432", "strike or boycott for policy change", -6.5, "PROTEST", "boycott", "executive"},
    {"1433", "strike or boycott for rights", -6.5, "PROTEST", "boycott", "rights_freedoms"},
    {"1434", "strike or boycott for institutional change", -6.5, "PROTEST", "boycott", "political_institutions"},
    {"144", "blockade in protest", -7.5, "PROTEST", "obstruct", ""},
    {"1441", "blockade for leadership change", -7.5, "PROTEST", "obstruct", "executive"},
    {"1442", "blockade for policy change", -7.5, "PROTEST", "obstruct", "executive"},
    {"1443", "blockade for rights", -7.5, "PROTEST", "obstruct", "rights_freedoms"},
    {"1444", "blockade for institutional change", -7.5, "PROTEST", "obstruct", "political_institutions"},
    {"145", "riot", -7.5, "PROTEST", "riot", ""},
    {"1451", "riot for leadership change", -7.5, "PROTEST", "riot", "executive"},
    {"1452", "riot for policy change", -7.5, "PROTEST", "riot", "executive"},
    {"1453", "riot for rights", -7.5, "PROTEST", "riot", "rights_freedoms"},
    {"1454", "riot for institutional change", -7.5, "PROTEST", "riot", "political_institutions"},
    {"15", "show of force", -7.2, "MOBILIZE", "", ""},
    {"150", "show of force, other", -7.2, "MOBILIZE", "", ""},
    {"151", "raise police alert", -7.2, "MOBILIZE", "police", ""},
    {"152", "raise military alert", -7.2, "MOBILIZE", "troops", "military"},
    {"153", "mobilise police", -7.2, "MOBILIZE", "police", ""},
    {"154", "mobilise armed forces", -7.2, "MOBILIZE", "troops", "military"},
    {"16", "reduce relations", -4.0, "SANCTION", "", ""},
    {"160", "reduce relations, other", -4.0, "SANCTION", "", ""},
    {"161", "cut diplomatic ties", -4.0, "SANCTION", "withdraw", "diplomatic"},
    {"162", "cut aid", -5.6, "SANCTION", "discontinue", "human_security"},
    {"1621", "cut economic aid", -5.6, "SANCTION", "discontinue", "economic"},
    {"1622", "cut military aid", -5.6, "SANCTION", "discontinue", "military"},
    {"1623", "cut humanitarian aid", -5.6, "SANCTION", "discontinue", "humanitarian"},
    {"163", "impose sanctions or embargo", -8.0, "COERCE", "restrict", "diplomatic"},
    {"164", "break off talks", -7.0, "SANCTION", "withdraw", "diplomatic"},
    {"165", "break off mediation", -6.5, "SANCTION", "withdraw", "diplomatic"},
    {"166", "expel or withdraw", -7.0, "SANCTION", "expel", "diplomatic"},
    {"1661", "expel or withdraw peacekeepers", -7.0, "SANCTION", "expel", "military"},
    {"1662", "expel or withdraw inspectors", -7.0, "SANCTION", "expel", "diplomatic"},
    {"1663", "expel or withdraw aid agencies", -7.0, "SANCTION", "expel", "human_security"},
    {"17", "coerce", -7.0, "COERCE", "", ""},
    {"170", "coerce, other", -7.0, "COERCE", "", ""},
    {"171", "seize or damage property", -9.2, "COERCE", "seize", "human_security"},
    {"1711", "confiscate property", -9.2, "COERCE", "seize", "human_security"},
    {"1712", "destroy property", -9.2, "ASSAULT", "seize", "human_security"},
    {"172", "impose administrative sanctions", -5.0, "COERCE", "restrict", "executive"},
    {"1721", "restrict political freedoms", -5.0, "COERCE", "restrict", "rights_freedoms"},
    {"1722", "ban parties or politicians", -5.0, "COERCE", "ban", "pro_autocracy"},
    {"1723", "impose curfew", -5.0, "COERCE", "curfew", "pro_autocracy"},
    {"1724", "impose emergency or martial law", -5.0, "COERCE", "martial-law", "pro_autocracy"},
    {"173", "arrest or detain", -5.0, "COERCE", "arrest", "legal"},
    {"174", "deport", -5.0, "COERCE", "deport", "legal"},
    {"175", "violent repression", -9.0, "ASSAULT", "pro_autocracy", "military"},
    {"18", "assault", -9.0, "ASSAULT", "", ""},
    {"180", "irregular violence, other", -9.0, "ASSAULT", "", ""},
    {"181", "abduct or take hostage", -9.0, "ASSAULT", "abduct", ""},
    {"182", "physical assault", -9.5, "ASSAULT", "beat", ""},
    {"1821", "sexual assault", -9.0, "ASSAULT", "sexual", ""},
    {"1822", "torture", -9.0, "ASSAULT", "torture", ""},
    {"1823", "kill by assault", -10.0, "ASSAULT", "", ""},
    {"183", "bombing", -10.0, "ASSAULT", "suicide-attack", ""},
    {"1831", "suicide bombing", -10.0, "ASSAULT", "suicide-attack", ""},
    {"1832", "car bombing", -10.0, "ASSAULT", "explosives", ""},
    {"1833", "roadside bombing", -10.0, "ASSAULT", "explosives", ""},
    {"184", "use human shields", -8.0, "ASSAULT", "abduct", ""},
    {"185", "attempted assassination", -8.0, "ASSAULT", "assassinate", ""},
    {"186", "assassinate", -10.0, "ASSAULT", "assassinate", ""},
    {"19", "fight", -10.0, "ASSAULT", "", ""},
    {"190", "military force, other", -10.0, "ASSAULT", "", "military"},
    {"191", "blockade", -9.5, "COERCE", "restrict", "military"},
    {"192", "occupy territory", -9.5, "COERCE", "seize", "military"},
    {"193", "small-arms fighting", -10.0, "ASSAULT", "firearms", "military"},
    {"194", "artillery or tank fighting", -10.0, "ASSAULT", "heavy-weapons", "military"},
    {"195", "air strikes", -10.0, "ASSAULT", "heavy-weapons", "military"},
    {"196", "break ceasefire", -9.5, "ASSAULT", "", "legal; military"},
    {"20", "mass violence", -10.0, "ASSAULT", "", ""},
    {"200", "mass violence, other", -10.0, "ASSAULT", "massacre", "military"},
    {"201", "mass expulsion", -9.5, "ASSAULT", "cleansing", "religion_ethnicity"},
    {"202", "mass killing", -10.0, "ASSAULT", "massacre", "religion_ethnicity"},
    {"203", "ethnic cleansing", -10.0, "ASSAULT", "cleansing", "religion_ethnicity"},
    {"204", "use WMD", -10.0, "ASSAULT", "unconventional", "cbrn"},
    {"2041", "chemical, biological or radiological attack", -10.0, "ASSAULT", "unconventional", "cbrn"},
    {"2042", "nuclear detonation", -10.0, "ASSAULT", "unconventional", "cbrn"},
};

constexpr size_t kCodeCount = sizeof kRows / sizeof kRows[0];

constexpr std::array<CameoCode, kCodeCount> make_table() {
  std::array<CameoCode, kCodeCount> table{};
  for (size_t i = 0; i < kCodeCount; ++i) {
    const Row& r = kRows[i];
    int root = root_number(r.code);
    table[i] = CameoCode{r.code, r.name, r.goldstein, r.plover, r.mode, r.context, quad_of(root), penta_of(root)};
  }
  return table;
}

constexpr std::array<CameoCode, kCodeCount> kTable = make_table();

// Direct index: a code of n digits with numeric value v sits at slot offset(n) + v, so a lookup is
// one parse of at most four digits and one load.
constexpr size_t kSlotOffset[5] = {0, 0, 0, 100, 1100};
constexpr size_t kSlotCount = 11100;
constexpr int16_t kNoCode = -1;

constexpr bool parse_slot(std::string_view code, size_t& slot) {
  if (code.size() < 2 || code.size() > 4) return false;
  size_t value = 0;
  for (char c : code) {
    if (c < '0' || c > '9') return false;
    value = value * 10 + static_cast<size_t>(c - '0');
  }
  slot = kSlotOffset[code.size()] + value;
  return true;
}

constexpr std::array<int16_t, kSlotCount> make_index() {
  std::array<int16_t, kSlotCount> index{};
  for (auto& slot : index) slot = kNoCode;
  for (size_t i = 0; i < kCodeCount; ++i) {
    size_t slot = 0;
    if (parse_slot(kTable[i].code, slot)) index[slot] = static_cast<int16_t>(i);
  }
  return index;
}

constexpr std::array<int16_t, kSlotCount> kIndex = make_index();

constexpr bool table_is_well_formed() {
  for (size_t i = 0; i < kCodeCount; ++i) {
    size_t slot = 0;
    if (!parse_slot(kTable[i].code, slot) || kIndex[slot] != static_cast<int16_t>(i)) return false;  // bad or duplicate
    if (i > 0 && !(kTable[i - 1].code < kTable[i].code)) return false;                            // sorted
    if (kTable[i].quad == 0 || kTable[i].penta < 0) return false;                                  // root 01-20
    if (kTable[i].goldstein < -10 || kTable[i].goldstein > 10) return false;
    // Every code below a root shares its root's prefix and the root itself is in the table.
    size_t root_slot = 0;
    if (!parse_slot(kTable[i].code.substr(0, 2), root_slot) || kIndex[root_slot] == kNoCode) return false;
  }
  return true;
}
static_assert(table_is_well_formed(), "CAMEO table: codes must be unique, sorted, 2-4 digits under roots 01-20");

}  // namespace

const CameoCode* find_cameo_code(std::string_view code) {
  size_t slot = 0;
  if (!parse_slot(code, slot)) return nullptr;
  int16_t i = kIndex[slot];
  return i == kNoCode ? nullptr : &kTable[static_cast<size_t>(i)];
}

std::span<const CameoCode> all_cameo_codes() { return kTable; }

int quad_class_of_root(int root) { return quad_of(root); }
int penta_class_of_root(int root) { return penta_of(root); }

std::string_view quad_class_name(int quad) {
  switch (quad) {
    case 1: return "verbal cooperation";
    case 2: return "material cooperation";
    case 3: return "verbal conflict";
    case 4: return "material conflict";
    default: return {};
  }
}

std::string_view penta_class_name(int penta) {
  switch (penta) {
    case 0: return "statement or appeal";
    case 1: return "verbal cooperation";
    case 2: return "material cooperation";
    case 3: return "verbal conflict";
    case 4: return "material conflict";
    default: return {};
  }
}

bool fill_derived(Event& event) {
  const CameoCode* c = find_cameo_code(event.code);
  if (c == nullptr) {
    event.root.clear();
    event.quad = 0;
    event.penta = 0;
    event.goldstein = 0;
    event.plover.clear();
    event.plover_mode.clear();
    return false;
  }
  event.root.assign(c->root());
  event.quad = c->quad;
  event.penta = c->penta;
  event.goldstein = c->goldstein;
  event.plover.assign(c->plover);
  event.plover_mode.assign(c->plover_mode);
  return true;
}

}  // namespace faultline
