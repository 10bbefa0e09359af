// Tested by tests/cli/extract_cli_test.cc (ThreadCountDoesNotChangeTheOutput, ResumeSkipsWhatIsDone)
#include "corpus_runner.h"

#include <atomic>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "analyzer.h"
#include "io/json_writer.h"

namespace glaneur {
namespace {

struct Batch {
  std::vector<io::InputItem> items;
  std::vector<std::string> lines;  // one output line per item, filled by the workers
  std::vector<std::optional<Error>> errors;  // per item: why it became an error record
  size_t bytes = 0;
};

// Reads items until the batch is full or the input ends. False when nothing was read.
bool fill(Batch& batch, io::ArticleSource& source, const RunOptions& options, size_t max_items, RunStats& stats) {
  batch.items.clear();
  batch.bytes = 0;
  if (options.stop && options.stop->load()) {
    stats.interrupted = true;
    return false;
  }
  while (batch.items.size() < max_items && batch.bytes < options.batch_bytes) {
    std::optional<io::InputItem> item = source.next();
    if (!item) break;
    if (options.done && options.done->count(item->id)) {
      ++stats.skipped;
      continue;
    }
    if (item->article) batch.bytes += item->article.value().text.size();
    batch.items.push_back(std::move(*item));
  }
  batch.lines.assign(batch.items.size(), {});
  batch.errors.assign(batch.items.size(), std::nullopt);
  return !batch.items.empty();
}

void analyze_items(Batch& batch, Analyzer& analyzer, const OutputFormat& format, std::atomic<size_t>& next) {
  for (size_t i = next++; i < batch.items.size(); i = next++) {
    const io::InputItem& item = batch.items[i];
    if (!item.article) {
      batch.errors[i] = item.article.error();
    } else {
      // An article that makes the analysis throw (a bug, or memory running out) becomes its own
      // error record: the run, and the other threads, go on.
      try {
        Document doc = analyzer.analyze(item.article.value());
        Result<std::string> text = format.graph(item.article.value(), doc.graph);
        if (text) batch.lines[i] = std::move(text.value());
        else batch.errors[i] = text.error();
      } catch (const std::exception& e) {
        batch.errors[i] = Error{"A001", std::string("analysis failed: ") + e.what() + " (please report it with this article)",
                                SourcePos{item.id, 0, 0}};
      }
    }
    if (batch.errors[i]) batch.lines[i] = format.error(item.id, *batch.errors[i]);
  }
}

}  // namespace

OutputFormat jsonl_format() {
  return {[](const io::Article& article, const graph::FactGraph& graph) -> Result<std::string> {
            return io::graph_line(article, graph);
          },
          io::error_line};
}

RunStats run_corpus(io::ArticleSource& source, const rules::RuleSet& rules, const RunOptions& options,
                    std::ostream& out, std::ostream& log) {
  const unsigned threads = std::max(1u, options.threads);
  const size_t max_items = options.batch_articles * threads;
  std::vector<std::unique_ptr<Analyzer>> analyzers;
  analyzers.push_back(std::make_unique<Analyzer>(rules));
  for (unsigned t = 1; t < threads; ++t) analyzers.push_back(std::make_unique<Analyzer>(rules, analyzers[0]->name_resources()));

  RunStats stats;
  auto write = [&](const Batch& batch) {
    for (size_t i = 0; i < batch.items.size(); ++i) {
      out << batch.lines[i] << '\n';
      if (batch.errors[i]) {
        ++stats.errors;
        log << "glaneur: " << batch.errors[i]->describe() << '\n';
      }
    }
    stats.articles += batch.items.size();
    stats.bytes += batch.bytes;
    if (!batch.items.empty()) stats.last_id = batch.items.back().id;
  };

  if (threads == 1) {
    Batch batch;
    while (fill(batch, source, options, max_items, stats)) {
      std::atomic<size_t> next{0};
      analyze_items(batch, *analyzers[0], options.format, next);
      write(batch);
    }
  } else {
    // The workers analyse one batch while this thread reads the next one and writes the last.
    Batch current, upcoming;
    bool more = fill(current, source, options, max_items, stats);
    while (more) {
      std::atomic<size_t> next{0};
      std::vector<std::thread> workers;
      for (unsigned t = 0; t < threads; ++t)
        workers.emplace_back(analyze_items, std::ref(current), std::ref(*analyzers[t]), std::cref(options.format),
                             std::ref(next));
      more = fill(upcoming, source, options, max_items, stats);
      for (auto& w : workers) w.join();
      write(current);
      std::swap(current, upcoming);
    }
  }
  out.flush();
  return stats;
}

}  // namespace glaneur
