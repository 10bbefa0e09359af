// The glaneur subcommands. Each registers its options on the CLI11 app and returns the function
// that runs it once the command line is parsed; that function returns the process exit status:
//   0 all good; 3 finished, but some articles became error records; 2 usage error; 1 fatal;
//   130 interrupted (SIGINT, SIGTERM) after writing whole lines only.
#pragma once

#include <CLI/CLI.hpp>

#include <functional>

namespace glaneur::cli {

enum ExitStatus { kOk = 0, kFatal = 1, kUsage = 2, kSomeArticlesFailed = 3, kInterrupted = 130 };

using Runner = std::function<int()>;

Runner add_extract_command(CLI::App& app);
Runner add_tokens_command(CLI::App& app);
Runner add_rules_command(CLI::App& app);
Runner add_explain_command(CLI::App& app);
Runner add_show_command(CLI::App& app);
Runner add_report_command(CLI::App& app);
Runner add_eval_command(CLI::App& app);

}  // namespace glaneur::cli
