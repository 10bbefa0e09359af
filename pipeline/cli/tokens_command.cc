// Tested by tests/cli/debug_commands_test.cc
// glaneur tokens "texte" | --file F: sentences and tokens with their offsets, for debugging.
#include <iomanip>
#include <iostream>
#include <memory>
#include <sstream>

#include "analyzer.h"
#include "cli/commands.h"
#include "cli/rule_options.h"
#include "cli/text_input.h"
#include "text/utf8.h"

namespace glaneur::cli {
namespace {

struct TokensOptions {
  TextInput input;
  RuleOptions rules;
};

int run_tokens(const TokensOptions& o) {
  std::optional<std::string> text = o.input.read();
  if (!text) return kUsage;
  io::Article article{"tokens", "", "", std::move(*text)};
  std::optional<rules::RuleSet> rules = o.rules.load();
  if (!rules) return kFatal;
  Analyzer analyzer(*rules);
  Document doc = analyzer.analyze(article);
  text::CodePointIndex cps(article.text);
  auto original = [&](uint32_t begin, uint32_t end) {
    size_t b = doc.view.to_original_start(begin), e = doc.view.to_original_end(end);
    return std::tuple{cps.code_point_at(b), cps.code_point_at(e), std::string_view(article.text).substr(b, e - b)};
  };
  size_t t = 0;
  for (size_t s = 0; s < doc.sentences.size(); ++s) {
    const text::Sentence& sentence = doc.sentences[s];
    auto [sb, se, stext] = original(sentence.begin, sentence.end);
    std::cout << "sentence " << s + 1 << " [" << sb << "," << se << ")\n";
    for (; t < doc.tokens.size() && doc.tokens[t].begin < sentence.end; ++t) {
      const text::Token& token = doc.tokens[t];
      auto [b, e, surface] = original(token.begin, token.end);
      std::cout << "  " << std::setw(6) << b << std::setw(6) << e << "  " << std::left << std::setw(8)
                << text::token_kind_name(token.kind) << std::right << surface << '\n';
    }
  }
  return kOk;
}

}  // namespace

Runner add_tokens_command(CLI::App& app) {
  auto options = std::make_shared<TokensOptions>();
  CLI::App* cmd = app.add_subcommand("tokens", "Print the sentences and tokens of a text with their offsets");
  options->input.add_to(*cmd, "The text to tokenise");
  options->rules.add_to(*cmd);
  return [options] { return run_tokens(*options); };
}

}  // namespace glaneur::cli
