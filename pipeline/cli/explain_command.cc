// Tested by tests/cli/debug_commands_test.cc
// glaneur explain "texte" | --file F [--date YYYY-MM-DD]: every candidate mention, the rule that
// proposed it, and why it won or lost the overlap policy.
#include <unistd.h>

#include <iostream>
#include <memory>
#include <sstream>

#include "analyzer.h"
#include "cli/commands.h"
#include "cli/rule_options.h"
#include "cli/text_input.h"
#include "io/article_reader.h"
#include "rules/engine.h"
#include "text/utf8.h"

namespace glaneur::cli {
namespace {

struct ExplainOptions {
  TextInput input;
  std::string date;
  RuleOptions rules;
};

std::string value_text(const graph::Value& value) {
  std::string out = "{";
  for (const auto& [key, scalar] : value) {
    if (out.size() > 1) out += ", ";
    out += key + ": ";
    std::visit([&](const auto& v) {
      using T = std::decay_t<decltype(v)>;
      if constexpr (std::is_same_v<T, std::string>) out += v;
      else if constexpr (std::is_same_v<T, bool>) out += v ? "true" : "false";
      else {
        std::ostringstream s;
        s << std::setprecision(15) << v;
        out += s.str();
      }
    }, scalar);
  }
  return out + "}";
}

int run_explain(const ExplainOptions& o) {
  if (!io::is_iso_date(o.date)) {
    std::cerr << "glaneur: --date must be a day written YYYY-MM-DD, got '" << o.date << "'\n";
    return kUsage;
  }
  std::optional<std::string> text = o.input.read();
  if (!text) return kUsage;
  io::Article article{"explain", o.date, "", std::move(*text)};
  std::optional<rules::RuleSet> rules = o.rules.load();
  if (!rules) return kFatal;
  Analyzer analyzer(*rules);
  rules::Trace trace;
  Document doc = analyzer.analyze(article, &trace);

  const bool colour = isatty(STDOUT_FILENO);
  auto paint = [&](const char* code, const std::string& s) { return colour ? std::string("\033[") + code + "m" + s + "\033[0m" : s; };
  text::CodePointIndex cps(article.text);
  auto span = [&](uint32_t b, uint32_t e) {
    return "\"" + article.text.substr(b, e - b) + "\" [" + std::to_string(cps.code_point_at(b)) + "," +
           std::to_string(cps.code_point_at(e)) + ")";
  };

  std::cout << paint("1", "tokens") << "\n ";
  for (const text::Token& t : doc.tokens) {
    size_t b = doc.view.to_original_start(t.begin), e = doc.view.to_original_end(t.end);
    std::cout << " [" << article.text.substr(b, e - b) << "]";
  }
  std::cout << "\n" << paint("1", "candidates") << " (longer span wins, then priority, then rule order)\n";
  if (trace.empty()) std::cout << "  none\n";
  for (const rules::TraceEntry& e : trace) {
    const rules::CompiledRule& rule = rules->rules[e.rule];
    std::string line = (e.won ? "  + " : "  - ") + e.type + " " + span(e.begin, e.end) + " " + value_text(e.value) +
                       "  via " + rule.id + " (" + rule.file + ":" + std::to_string(rule.where.line) + ", stage " +
                       std::to_string(e.stage) + ")";
    if (!e.won) line += "\n      lost: " + e.why;
    std::cout << paint(e.won ? "32" : "2", line) << '\n';
  }
  std::cout << paint("1", "mentions") << '\n';
  for (const graph::Mention& m : doc.graph.mentions)
    std::cout << "  " << paint("1;36", m.type) << " " << span(m.begin, m.end) << " " << value_text(m.value) << "  " << m.rule << '\n';
  std::cout << paint("1", "relations") << '\n';
  auto end_text = [&](const graph::Ref& r) {
    if (r.kind == graph::Ref::kEntity) return doc.graph.entities[r.index].name;
    const graph::Mention& m = doc.graph.mentions[r.index];
    return article.text.substr(m.begin, m.end - m.begin);
  };
  for (const graph::Relation& r : doc.graph.relations)
    std::cout << "  " << end_text(r.subject) << " " << paint("1;35", "-" + r.type + (r.attributes.empty() ? "" : value_text(r.attributes)) + "->")
              << " " << end_text(r.object) << "  " << r.rule << '\n';
  return kOk;
}

}  // namespace

Runner add_explain_command(CLI::App& app) {
  auto options = std::make_shared<ExplainOptions>();
  CLI::App* cmd = app.add_subcommand("explain", "Show every candidate mention of a text, its rule, and why it won or lost");
  options->input.add_to(*cmd, "The text to explain");
  options->date = "2024-05-22";
  cmd->add_option("--date", options->date, "Publication date, the anchor of relative dates")->type_name("YYYY-MM-DD")->capture_default_str();
  options->rules.add_to(*cmd);
  return [options] { return run_explain(*options); };
}

}  // namespace glaneur::cli
