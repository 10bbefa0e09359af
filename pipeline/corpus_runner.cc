// Tested by tests/corpus_runner_test.cc
#include "corpus_runner.h"

#include <atomic>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "analyzer.h"
#include "io/json_writer.h"

namespace glaneur {

RunStats run_corpus(io::ArticleSource& source, const rules::RuleSet& rules, const RunOptions& options,
                    std::ostream& out, std::ostream& log) {
  const unsigned threads = std::max(1u, options.threads);
  std::vector<std::unique_ptr<Analyzer>> analyzers;
  for (unsigned t = 0; t < threads; ++t) analyzers.push_back(std::make_unique<Analyzer>(rules));

  RunStats stats;
  std::vector<io::InputItem> batch;
  std::vector<std::string> lines;
  auto process = [&](Analyzer& analyzer, std::atomic<size_t>& next) {
    for (size_t i = next++; i < batch.size(); i = next++) {
      const io::InputItem& item = batch[i];
      if (!item.article) {
        lines[i] = io::error_line(item.id, item.article.error());
        continue;
      }
      Document doc = analyzer.analyze(item.article.value());
      lines[i] = io::graph_line(item.article.value(), doc.graph);
    }
  };
  auto flush = [&] {
    lines.assign(batch.size(), {});
    std::atomic<size_t> next{0};
    if (threads == 1 || batch.size() < 2) {
      process(*analyzers[0], next);
    } else {
      std::vector<std::thread> workers;
      for (unsigned t = 1; t < threads; ++t) workers.emplace_back(process, std::ref(*analyzers[t]), std::ref(next));
      process(*analyzers[0], next);
      for (auto& w : workers) w.join();
    }
    for (size_t i = 0; i < batch.size(); ++i) {
      out << lines[i] << '\n';
      if (!batch[i].article) {
        ++stats.errors;
        log << "glaneur: " << batch[i].article.error().describe() << '\n';
      }
    }
    stats.articles += batch.size();
    batch.clear();
  };

  size_t batch_bytes = 0;
  while (auto item = source.next()) {
    if (item->article) batch_bytes += item->article.value().text.size();
    batch.push_back(std::move(*item));
    if (batch.size() >= options.batch_articles * threads || batch_bytes >= options.batch_bytes) {
      stats.bytes += batch_bytes;
      batch_bytes = 0;
      flush();
    }
  }
  stats.bytes += batch_bytes;
  flush();
  out.flush();
  return stats;
}

}  // namespace glaneur
