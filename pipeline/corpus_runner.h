// run_corpus: reads every article of an ArticleSource, analyses them on `threads` threads and
// writes one line per article to `out`, in input order, whatever the thread count: the output is
// byte-identical for -j 1 and -j N. Articles are processed in bounded batches, so memory does not
// grow with the corpus.
//
//   io::ArticleSource source({"corpus/"}, {});
//   RunStats stats = run_corpus(source, rules, {.threads = 2}, std::cout, std::cerr);
#pragma once

#include <atomic>
#include <cstddef>
#include <functional>
#include <ostream>
#include <string>
#include <unordered_set>

#include "graph/fact_graph.h"
#include "io/article_reader.h"
#include "rules/rule_set.h"
#include "status.h"

namespace glaneur {

// What an article becomes in the output (without the final newline): the JSONL line of
// io/json_writer.h, or a DOT or GraphML block (io/graph_export.h) for extract --format. `graph`
// may refuse a graph it cannot write: the article then becomes an error record, as an article that
// could not be read does.
struct OutputFormat {
  std::function<Result<std::string>(const io::Article&, const graph::FactGraph&)> graph;
  std::function<std::string(const std::string& id, const Error&)> error;
};
OutputFormat jsonl_format();

struct RunOptions {
  unsigned threads = 1;
  size_t batch_articles = 256;              // per thread
  size_t batch_bytes = 16 * 1024 * 1024;    // a batch closes at whichever limit comes first
  // Set from a signal handler: the run stops after the batch under way, whose lines are written whole.
  const std::atomic<bool>* stop = nullptr;
  // Ids already in the output (--resume): their articles are read and skipped.
  const std::unordered_set<std::string>* done = nullptr;
  OutputFormat format = jsonl_format();
};

struct RunStats {
  size_t articles = 0;   // output lines written, error records included
  size_t errors = 0;     // error records
  size_t bytes = 0;      // article text read
  size_t skipped = 0;    // articles whose id was already done
  bool interrupted = false;
  std::string last_id;   // of the last line written
};

// Error records are also reported on `log`, one line each.
RunStats run_corpus(io::ArticleSource& source, const rules::RuleSet& rules, const RunOptions& options,
                    std::ostream& out, std::ostream& log);

}  // namespace glaneur
