// Tested by tests/eval/mention_scores_test.cc (the table and JSON) and tests/eval/eval_command_test.cc
#include "eval/score_report.h"

#include <cstdarg>
#include <cstdio>
#include <limits>

namespace glaneur::eval {
namespace {

std::string format(const char* pattern, ...) {
  char buffer[512];
  va_list args;
  va_start(args, pattern);
  std::vsnprintf(buffer, sizeof buffer, pattern, args);
  va_end(args);
  return buffer;
}

// A type name left-aligned in `width` code points, as Python's %-9s pads.
std::string padded(const std::string& name, size_t width) {
  size_t code_points = 0;
  for (unsigned char c : name) code_points += (c & 0xC0) != 0x80;
  return name + std::string(width > code_points ? width - code_points : 0, ' ');
}

struct TypeRow {
  Prf strict, lenient, end_to_end;
  double value_accuracy;
};

TypeRow row_of(const TypeScore& s) {
  return {prf(s.strict, s.system, s.gold), prf(s.lenient, s.system, s.gold),
          prf(s.value_ok + (s.strict - s.valued), s.system, s.gold),
          s.valued ? static_cast<double>(s.value_ok) / static_cast<double>(s.valued) : std::numeric_limits<double>::quiet_NaN()};
}

const TypeScore* shown(const Evaluation& scores, const std::string& type) {
  auto it = scores.mentions.find(type);
  return it == scores.mentions.end() || (it->second.gold == 0 && it->second.system == 0) ? nullptr : &it->second;
}

// Relation types in name order, "all" last.
std::vector<std::string> relation_order(const Evaluation& scores) {
  std::vector<std::string> order;
  for (const auto& entry : scores.relations)
    if (entry.first != "all") order.push_back(entry.first);
  if (scores.relations.count("all")) order.push_back("all");
  return order;
}

Json prf_json(const Prf& p) { return Json{{"p", p.p}, {"r", p.r}, {"f1", p.f1}}; }

}  // namespace

std::string score_table(const Evaluation& scores, const std::vector<std::string>& types) {
  std::string out = format("%-9s %5s %5s | %-17s | %-17s | %6s | %5s\n", "type", "gold", "sys", "strict P/R/F1",
                           "lenient P/R/F1", "value", "e2e F1");
  for (const std::string& t : types) {
    const TypeScore* s = shown(scores, t);
    if (!s) continue;
    const TypeRow r = row_of(*s);
    out += padded(t, 9) + format(" %5ld %5ld | %.2f %.2f %.2f    | %.2f %.2f %.2f    | %6.2f | %5.2f\n", s->gold, s->system,
                                 r.strict.p, r.strict.r, r.strict.f1, r.lenient.p, r.lenient.r, r.lenient.f1,
                                 r.value_accuracy, r.end_to_end.f1);
  }
  if (scores.relations.empty()) return out;
  out += format("%-9s %5s %5s | %-17s | %-17s\n", "relation", "gold", "sys", "strict P/R/F1", "lenient P/R/F1");
  for (const std::string& t : relation_order(scores)) {
    const RelationScore& s = scores.relations.at(t);
    const Prf strict = prf(s.strict, s.system, s.gold), lenient = prf(s.lenient, s.system, s.gold);
    out += padded(t, 9) + format(" %5ld %5ld | %.2f %.2f %.2f    | %.2f %.2f %.2f   \n", s.gold, s.system, strict.p,
                                 strict.r, strict.f1, lenient.p, lenient.r, lenient.f1);
  }
  return out;
}

Json score_json(const Evaluation& scores, const std::vector<std::string>& types) {
  Json out = Json::object();
  for (const std::string& t : types) {
    const TypeScore* s = shown(scores, t);
    if (!s) continue;
    const TypeRow r = row_of(*s);
    out[t] = Json{{"gold", s->gold}, {"system", s->system}, {"strict", prf_json(r.strict)}, {"lenient", prf_json(r.lenient)},
                  {"value_accuracy", r.value_accuracy}, {"end_to_end_f1", r.end_to_end.f1}};
  }
  if (scores.relations.empty()) return out;
  Json& relations = out["relations"] = Json::object();
  for (const std::string& t : relation_order(scores)) {
    const RelationScore& s = scores.relations.at(t);
    relations[t] = Json{{"gold", s.gold}, {"system", s.system}, {"strict", prf_json(prf(s.strict, s.system, s.gold))},
                        {"lenient", prf_json(prf(s.lenient, s.system, s.gold))}};
  }
  return out;
}

std::string error_lines(const Evaluation& scores, long count) {
  const long size = static_cast<long>(scores.errors.size());
  const long shown = count < 0 ? std::max(0L, size + count) : std::min(count, size);
  std::string out;
  for (long i = 0; i < shown; ++i) out += scores.errors[static_cast<size_t>(i)] + '\n';
  return out;
}

}  // namespace glaneur::eval
