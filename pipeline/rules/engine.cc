// Tested by tests/rules/engine_test.cc and the examples of rules/*.rules.
#include "rules/engine.h"

#include <algorithm>
#include <cstring>
#include <iterator>
#include <optional>

#include "rules/overlap.h"
#include "rules/pattern.h"

namespace glaneur::rules {
namespace {

// The most a match, context included, may span (bytes of the stage's text): rules/README.md.
constexpr size_t kLongestMatch = 1024;

// What a Matcher needs to match, kept from one stage and article to the next: one per thread.
MatchScratch& match_scratch() {
  thread_local MatchScratch scratch;
  return scratch;
}

// A mention in view bytes, with the rule that found it (-1: a mention the graph phase starts from,
// `given`: its index in the graph).
struct Found {
  uint32_t begin, end;
  int rule;
  graph::Value value;
  std::string type;
  int given = -1;
  std::optional<uint32_t> stands_for;  // a Reference: the original begin of the mention it stands for
};

// The text a stage matches on. Stage 1 reads the view itself; later stages read the view with
// every mention found so far replaced by a marker "\x01TYPE#i\x02", which {TYPE:x} patterns match.
class StageText {
 public:
  // Stage 1.
  explicit StageText(std::string_view view) : text_(view) {}

  // Later stages. `found` is sorted by begin and non-overlapping.
  StageText(std::string_view view, const std::vector<Found>& found) {
    size_t at = 0;
    for (size_t i = 0; i < found.size(); ++i) {
      copy(view, at, found[i].begin);
      Piece marker{static_cast<uint32_t>(owned_.size()), found[i].begin, found[i].end, true, 0};
      owned_ += '\x01' + found[i].type + '#' + std::to_string(i) + '\x02';
      marker.stage_end = static_cast<uint32_t>(owned_.size());
      pieces_.push_back(marker);
      at = found[i].end;
    }
    copy(view, at, view.size());
    pieces_.push_back({static_cast<uint32_t>(owned_.size()), static_cast<uint32_t>(view.size()),
                       static_cast<uint32_t>(view.size()), false, static_cast<uint32_t>(owned_.size())});
    text_ = owned_;
  }

  std::string_view text() const { return text_; }

  // The view offset of a stage offset, or npos inside a marker.
  size_t to_view(size_t s) const {
    if (pieces_.empty()) return s;
    const Piece& p = piece_at(s);
    if (!p.marker) return p.view_begin + (s - p.stage_begin);
    if (s == p.stage_begin) return p.view_begin;
    if (s == p.stage_end) return p.view_end;
    return std::string_view::npos;
  }

  // The stage offset of a view offset outside any marker (markers map their edges). Offsets asked
  // in increasing order through one `piece` cost no search: it is where the last one was found.
  size_t from_view(size_t v, size_t& piece) const {
    if (pieces_.empty()) return v;
    if (piece >= pieces_.size() || pieces_[piece].view_begin > v) piece = 0;
    while (piece + 1 < pieces_.size() && pieces_[piece + 1].view_begin <= v) ++piece;
    const Piece& p = pieces_[piece];
    if (!p.marker) return p.stage_begin + (v - p.view_begin);
    return v <= p.view_begin ? p.stage_begin : p.stage_end;
  }

 private:
  struct Piece {
    uint32_t stage_begin;
    uint32_t view_begin;
    uint32_t view_end;
    bool marker;
    uint32_t stage_end;
  };

  void copy(std::string_view view, size_t from, size_t to) {
    if (from >= to) return;
    pieces_.push_back({static_cast<uint32_t>(owned_.size()), static_cast<uint32_t>(from), static_cast<uint32_t>(to), false,
                       static_cast<uint32_t>(owned_.size() + to - from)});
    size_t start = owned_.size();
    owned_.append(view.substr(from, to - from));
    // Marker bytes in the article itself must not look like markers. They are rare: memchr finds
    // them faster than a test of every byte.
    for (char marker_byte : {'\x01', '\x02'}) {
      char* data = owned_.data();
      for (void* at = std::memchr(data + start, marker_byte, owned_.size() - start); at != nullptr;
           at = std::memchr(at, marker_byte, owned_.size() - (static_cast<char*>(at) - data)))
        *static_cast<char*>(at) = ' ';
    }
  }

  const Piece& piece_at(size_t s) const {
    auto it = std::upper_bound(pieces_.begin(), pieces_.end(), s, [](size_t x, const Piece& p) { return x < p.stage_begin; });
    return *(it - 1);
  }

  std::string owned_;
  std::string_view text_;
  std::vector<Piece> pieces_;
};

struct Candidate {
  Found found;
  bool from_earlier_stage = false;
};

// A match whose captures did not hold one of its rule's requirements: no candidate, but explain
// shows it, with the requirement.
struct Unheld {
  Found match;
  const Requirement* requirement;
};

class StageRunner {
 public:
  // `unheld`, when given (explain), receives the matches that failed a requirement.
  // `by_re2`: every rule is matched by RE2, none by its Matcher (the naive reference path).
  StageRunner(const RuleSet& rules, const Document& doc, const std::vector<uint8_t>& boundaries, const StageText& text,
              const std::vector<Found>& found, std::vector<Unheld>* unheld, bool by_re2)
      : rules_(rules), doc_(doc), boundaries_(boundaries), text_(text), found_(found), unheld_(unheld), by_re2_(by_re2) {
    context_.anchor = doc.article->date;
  }

  // The sentence being matched, in the original text, for the tense around each candidate.
  void set_sentence(std::string_view sentence, size_t original_begin) {
    sentence_ = sentence;
    sentence_begin_ = original_begin;
  }

  // The candidate of one rule whose match starts at `pos` (a token or mention start) and ends by
  // `end` (the sentence's end), if any. RE2 does not backtrack into what a table or a built-in
  // rejects ("le plan de relance" but "la finalisation d'une levée" where "levée" is no {nom}):
  // then the rule is tried again on the text before the rejected word, so that an optional part
  // that cannot hold it is left out instead of losing the whole match. `likely`: the stage's set
  // said the rule matches here, so that asking RE2's DFA first would only cost a second pass.
  void match_at(int index, size_t pos, size_t end, bool likely, std::vector<Candidate>& out) const {
    constexpr int kTries = 3;
    for (int tries = 0; tries < kTries && end > pos; ++tries) {
      size_t rejected_at = std::string_view::npos;
      if (auto found = match_once(index, pos, end, likely && tries == 0, rejected_at)) {
        out.push_back({std::move(*found)});
        return;
      }
      if (rejected_at == std::string_view::npos || rejected_at <= pos) return;
      end = rejected_at;
    }
  }

 private:
  std::optional<Found> match_once(int index, size_t pos, size_t end, bool likely, size_t& rejected_at) const {
    const CompiledRule& rule = rules_.rules[index];
    std::string_view text = text_.text();
    if (const Matcher* matcher = by_re2_ ? nullptr : rule.regex->matcher()) {
      groups_.resize(1 + matcher->groups());
      if (!matcher->match(text, pos, end, groups_.data(), static_cast<int>(groups_.size()), match_scratch())) return std::nullopt;
    } else {
      const RE2& re = rule.regex->get();
      re2::StringPiece whole(text.data(), text.size());
      // Most tries fail: ask RE2's DFA first (no submatches, no allocation), then extract them.
      if (!likely && !re.Match(whole, pos, end, RE2::ANCHOR_START, nullptr, 0)) return std::nullopt;
      groups_.resize(1 + re.NumberOfCapturingGroups());
      if (!re.Match(whole, pos, end, RE2::ANCHOR_START, groups_.data(), static_cast<int>(groups_.size()))) return std::nullopt;
    }
    size_t whole_end = groups_[0].data() - text.data() + groups_[0].size();
    size_t span_begin = groups_[rule.span_group].data() - text.data();
    size_t span_end = span_begin + groups_[rule.span_group].size();
    if (span_end == span_begin || !on_boundary(span_begin) || !on_boundary(span_end) || !on_boundary(whole_end))
      return std::nullopt;
    // Tense and span text cost lookups on every candidate: only for the rules that read them.
    context_.tense = 0;
    context_.span_text = {};
    size_t original_begin = doc_.view.to_original_start(text_.to_view(span_begin));
    if (rule.value.reads_span)
      context_.span_text = doc_.view.original().substr(original_begin, doc_.view.to_original_end(text_.to_view(span_end)) - original_begin);
    if (rule.value.reads_tense)
      context_.tense = rules_.tense.tense_around(sentence_, original_begin - std::min(original_begin, sentence_begin_));
    const Requirement* unheld = nullptr;
    auto value = evaluate(rule, groups_, rejected_at, unheld);
    if (!value && !(unheld && unheld_)) return std::nullopt;
    Found match{static_cast<uint32_t>(text_.to_view(span_begin)), static_cast<uint32_t>(text_.to_view(span_end)), index, {}, rule.type};
    if (!value) {
      unheld_->push_back({std::move(match), unheld});
      return std::nullopt;
    }
    match.value = std::move(*value);
    return match;
  }

  bool on_boundary(size_t stage_offset) const {
    size_t v = text_.to_view(stage_offset);
    return v != std::string_view::npos && boundaries_[v];
  }

  // The value of a match; when a table or a built-in rejects what a capture holds, nullopt and
  // `rejected_at`, where that capture starts; when the captures do not hold a requirement of the
  // rule, nullopt and `unheld`, that requirement.
  std::optional<graph::Value> evaluate(const CompiledRule& rule, const std::vector<re2::StringPiece>& groups, size_t& rejected_at,
                                       const Requirement*& unheld) const {
    std::vector<CapturedValue> captured(rule.pattern.captures.size());
    for (size_t c = 0; c < captured.size(); ++c) {
      const Capture& capture = rule.pattern.captures[c];
      size_t occurrence = capture.groups.size();
      for (size_t k = 0; k < capture.groups.size(); ++k)
        if (groups[capture.groups[k]].data() != nullptr) occurrence = k;
      if (occurrence == capture.groups.size()) continue;
      const re2::StringPiece& g = groups[capture.groups[occurrence]];
      const std::string& source = capture.sources[occurrence];
      CapturedValue& v = captured[c];
      v.matched = true;
      v.folded = collapse_spaces(std::string_view(g.data(), g.size()));
      size_t stage_begin = g.data() - text_.text().data();
      size_t begin = doc_.view.to_original_start(text_.to_view(stage_begin));
      size_t end = doc_.view.to_original_end(text_.to_view(stage_begin + g.size()));
      v.original = doc_.view.original().substr(begin, end - begin);
      switch (capture.kinds[occurrence]) {
        case CaptureKind::kTable: {
          const CompiledTable& table = rules_.compiled_tables.at(source);
          auto row = table.rows.find(v.folded);
          if (row == table.rows.end()) {
            rejected_at = stage_begin;
            return std::nullopt;
          }
          v.table = table.table;
          v.row = &table.table->rows[row->second];
          break;
        }
        case CaptureKind::kBuiltin:
          v.builtin = rules::builtin_vocabulary().builtin(source)->parse(v.folded);
          if (!v.builtin) {  // e.g. "un" alone is not a number
            rejected_at = stage_begin;
            return std::nullopt;
          }
          break;
        case CaptureKind::kMention: {
          size_t hash = v.folded.find('#');
          size_t i = std::stoul(v.folded.substr(hash + 1));
          v.mention = &found_[i].value;
          v.mention_index = static_cast<int>(i);
          break;
        }
      }
    }
    unheld = unheld_requirement(rule.requirements, captured);
    if (unheld) return std::nullopt;
    return evaluate_value(rule.value, captured, context_);
  }

  static std::string collapse_spaces(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
      bool space = c == ' ' || c == '\t' || c == '\n';
      if (space && (out.empty() || out.back() == ' ')) continue;
      out += space ? ' ' : c;
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
  }

  const RuleSet& rules_;
  const Document& doc_;
  const std::vector<uint8_t>& boundaries_;
  const StageText& text_;
  const std::vector<Found>& found_;
  std::vector<Unheld>* unheld_;
  bool by_re2_;
  mutable std::vector<re2::StringPiece> groups_;
  mutable EvalContext context_;
  std::string_view sentence_;
  size_t sentence_begin_ = 0;
};

// A discarding rule says "this text is not a <type>": it removes the candidates of its type that lie
// within its span, then goes itself. Returns what it removed, with why, for the trace.
std::vector<std::pair<Candidate, std::string>> drop_discarded(const RuleSet& rules, std::vector<Candidate>& candidates) {
  std::vector<std::pair<Candidate, std::string>> removed;
  std::vector<const Found*> discards;  // sorted by begin
  uint32_t longest = 0;
  for (const Candidate& c : candidates) {
    if (!rules.rules[c.found.rule].value.discard) continue;
    discards.push_back(&c.found);
    longest = std::max(longest, c.found.end - c.found.begin);
  }
  if (discards.empty()) return removed;
  std::sort(discards.begin(), discards.end(), [](const Found* a, const Found* b) { return a->begin < b->begin; });
  auto discarded_by = [&](const Candidate& c) -> const Found* {
    const CompiledRule& rule = rules.rules[c.found.rule];
    if (rule.value.discard) return &c.found;
    // Only discards that start at most `longest` bytes before the candidate can contain it.
    auto it = std::upper_bound(discards.begin(), discards.end(), c.found.begin,
                               [](uint32_t b, const Found* d) { return b < d->begin; });
    while (it != discards.begin()) {
      const Found* d = *--it;
      if (d->begin + longest < c.found.begin) break;
      if (c.found.end <= d->end && rules.rules[d->rule].type == rule.type) return d;
    }
    return nullptr;
  };
  std::vector<Candidate> kept;
  for (Candidate& c : candidates) {
    const Found* by = discarded_by(c);
    if (!by) kept.push_back(std::move(c));
    else if (by != &c.found) removed.emplace_back(c, "discarded by " + rules.rules[by->rule].id);
    else removed.emplace_back(c, "a discarding rule: it removes, and is not output");
  }
  candidates = std::move(kept);
  return removed;
}

std::vector<int> start_classes(const RuleSet& rules, const Document& doc) {
  std::vector<int> out(doc.tokens.size());
  for (size_t t = 0; t < doc.tokens.size(); ++t) {
    std::string_view text = token_text(doc, t);
    // Only "un" and "une" need the word after them (past "-" and "et") to tell a number.
    std::string_view after;
    if (text.starts_with("un")) {
      size_t next = t + 1;
      while (next < doc.tokens.size() && next <= t + 2 && (token_text(doc, next) == "-" || token_text(doc, next) == "et")) ++next;
      if (next < doc.tokens.size()) after = token_text(doc, next);
    }
    out[t] = rules.start_class(text, starts_number(text, after));
  }
  return out;
}

// Keeps, of the sorted `rules`, those the stage's anchored set says can match at `pos`: one DFA
// pass for all of them instead of one per rule. Without the text before `pos` the set may say yes
// where a rule's \b would say no, never the other way: the rules it keeps are then tried for real.
void keep_matching_here(const RuleSet::StageIndex& index, std::string_view text, size_t pos, size_t end,
                        std::vector<int>& rules) {
  thread_local std::vector<int> hits;
  hits.clear();
  RE2::Set::ErrorInfo error;
  re2::StringPiece here(text.data() + pos, end - pos);
  // Most tokens start no match: asked without a list, the set stops at its first match and
  // allocates nothing; the list of every rule that matches is asked only when one does.
  if (!index.anchored->Match(here, nullptr, &error) && error.kind == RE2::Set::kNoError) {
    rules.clear();
    return;
  }
  bool any = index.anchored->Match(here, &hits, &error);
  // Out of DFA memory, the set cannot say: every rule is then tried for real.
  if (!any && error.kind != RE2::Set::kNoError) return;
  for (int& h : hits) h = index.anchored_rules[h];
  std::sort(hits.begin(), hits.end());
  auto missed = [&](int rule) { return !std::binary_search(hits.begin(), hits.end(), rule); };
  rules.erase(std::remove_if(rules.begin(), rules.end(), missed), rules.end());
}

TraceEntry trace_entry(const RuleSet& rules, const Document& doc, const Found& f, int stage, bool won, std::string why) {
  return {f.rule, rules.rules[f.rule].type, static_cast<uint32_t>(doc.view.to_original_start(f.begin)),
          static_cast<uint32_t>(doc.view.to_original_end(f.end)), f.value, stage, won, std::move(why)};
}

// A relation with a `date` (AMOUNT, SHARE, COUNT… "ont atteint 934 M€ en 2017") also dates its
// subject: a DATE relation from it to that date, with the same evidence and rule. The `date` key
// leaves the first relation's value (it is no attribute of it).
std::optional<std::pair<Found, std::vector<Found>>> date_relation_of(Found& relation, const std::vector<Found>& found) {
  auto date = std::find_if(relation.value.begin(), relation.value.end(), [](const auto& kv) { return kv.first == "date"; });
  if (date == relation.value.end()) return std::nullopt;
  int64_t date_index = std::get<int64_t>(date->second);
  relation.value.erase(date);
  auto subject = std::find_if(relation.value.begin(), relation.value.end(), [](const auto& kv) { return kv.first == "subject"; });
  Found dated = relation;
  dated.value = {{"relation", std::string("DATE")}, {"subject", subject->second}, {"object", date_index}};
  return std::pair{std::move(dated), std::vector<Found>{found[static_cast<size_t>(std::get<int64_t>(subject->second))],
                                                         found[static_cast<size_t>(date_index)]}};
}

// Moves the RELATION candidates out of `candidates`: each with the mentions it links (subject,
// object, then via when the rule names one), copied, since `found` changes with every stage.
void take_relations(const RuleSet& rules, const Document& doc, const std::vector<Found>& found,
                    std::vector<Candidate>& candidates, std::vector<std::pair<Found, std::vector<Found>>>* relations,
                    int stage, Trace* trace) {
  auto is_relation = [&](const Candidate& c) { return !c.from_earlier_stage && rules.rules[c.found.rule].type == "RELATION"; };
  for (Candidate& c : candidates) {
    if (!is_relation(c) || !relations) continue;
    std::vector<Found> ends;
    for (const char* key : {"subject", "object", "via"}) {
      for (const auto& [k, v] : c.found.value)
        if (k == key) ends.push_back(found[static_cast<size_t>(std::get<int64_t>(v))]);
    }
    // A reference ("elle", "l'entreprise") stands for its clause's subject ("elle consacre 3,7 %"),
    // not for what a rule reads elsewhere ("il restera en bon état, ajoute l'abbé Detre" is no ROLE
    // at "il").
    bool reference_as_other_end = std::any_of(ends.begin() + std::min<size_t>(1, ends.size()), ends.end(),
                                              [](const Found& end) { return end.stands_for.has_value(); });
    if (ends.size() < 2 || reference_as_other_end) continue;
    if (trace) trace->push_back(trace_entry(rules, doc, c.found, stage, true, ""));
    auto dated = date_relation_of(c.found, found);
    relations->emplace_back(std::move(c.found), std::move(ends));
    if (dated) relations->push_back(std::move(*dated));
  }
  candidates.erase(std::remove_if(candidates.begin(), candidates.end(), is_relation), candidates.end());
}

// Adds a stage's winners to the mentions found, which stay; a mention within a winner is hidden
// from the later stages (their text has one marker for the winner), not removed from the graph.
void add_winners(std::vector<Found>& found, std::vector<Found> winners) {
  std::sort(winners.begin(), winners.end(), [](const Found& a, const Found& b) { return a.begin < b.begin; });
  std::vector<Found> merged;
  auto w = winners.begin();
  for (Found& f : found) {
    while (w != winners.end() && w->begin <= f.begin) merged.push_back(std::move(*w++));
    if (!merged.empty() && f.begin < merged.back().end) continue;  // within a winner
    merged.push_back(std::move(f));
  }
  while (w != winners.end()) merged.push_back(std::move(*w++));
  found = std::move(merged);
}

// Whether a mention the graph phase started from lies in the sentence.
bool holds_given_mention(const std::vector<Found>& found, const text::Sentence& sentence) {
  auto it = std::lower_bound(found.begin(), found.end(), sentence.begin, [](const Found& f, uint32_t b) { return f.end <= b; });
  for (; it != found.end() && it->begin < sentence.end; ++it)
    if (it->given >= 0) return true;
  return false;
}

// Where a run of a phase looks: every sentence or those marked 1, every rule or the TOPIC rules only.
struct PhaseScope {
  const std::vector<uint8_t>* sentences = nullptr;
  bool topic_rules_only = false;
};

// A relation a rule found: its match (evidence) and the mentions it links, by their place.
struct RelationFound {
  Found match;
  const Found* ends[3];  // subject, object, via (may be null)
};

// Runs the stages of one phase. `found` holds on entry the mentions the phase starts from (sorted,
// not overlapping) and on exit those plus the phase's winners. In the mention phase a later stage
// may replace what an earlier one found ("de {MONEY} à {MONEY}"); in the graph phase what is found
// stays: a candidate can only contain whole mentions (each is one marker of the stage's text, and a
// match edge inside a marker is no token boundary). RELATION candidates are not mentions: they all
// go to `relations`, their ends resolved against the mentions of their stage. `scope` may narrow
// the run to some sentences and to the TOPIC rules. Returns, by sentence, where TOPIC rules were
// left out because no rule reading TOPICs can match there (RuleSet::topic_readers).
std::vector<uint8_t> run_phase(const RuleSet& rules, const std::vector<RuleSet::StageIndex>& stages, bool found_stays,
                               Document& doc, const TokenIndex& tokens, std::vector<Found>& found,
                               std::vector<std::pair<Found, std::vector<Found>>>* relations, const EngineOptions& options,
                               Trace* trace, const PhaseScope& scope = {}) {
  std::vector<int> matched;
  std::vector<uint8_t> topics_skipped(doc.sentences.size(), 0);
  for (int stage = 1; stage <= static_cast<int>(stages.size()); ++stage) {
    if (scope.topic_rules_only && !stages[stage - 1].finds_topics) continue;
    StageText text = found.empty() ? StageText(doc.view.text()) : StageText(doc.view.text(), found);
    std::vector<Unheld> unheld;
    StageRunner runner(rules, doc, tokens.boundaries, text, found, trace ? &unheld : nullptr, !options.prefilter);
    std::vector<Candidate> candidates;
    if (!found_stays)
      for (const Found& f : found) candidates.push_back({f, true});
    const RuleSet::StageIndex& index = stages[stage - 1];
    // Where matches may start: every token outside the mentions found so far, and every mention.
    size_t next_mention = 0;
    size_t token_piece = 0, sentence_end_piece = 0;
    for (size_t s = 0; s < doc.sentences.size(); ++s) {
      const text::Sentence& sentence = doc.sentences[s];
      if (scope.sentences && !(*scope.sentences)[s]) continue;
      if (found_stays && rules.relations_need_a_mention && !holds_given_mention(found, sentence)) continue;
      size_t end = text.from_view(sentence.end, sentence_end_piece);
      size_t begin = text.from_view(sentence.begin, token_piece);
      bool topics_unread = index.finds_topics && !options.topics_everywhere && rules.topic_readers &&
                           !rules.topic_readers->readers_possible(text.text().substr(begin, end - begin));
      topics_skipped[s] |= topics_unread;
      size_t original_begin = doc.view.to_original_start(sentence.begin);
      runner.set_sentence(doc.view.original().substr(original_begin, doc.view.to_original_end(sentence.end) - original_begin),
                          original_begin);
      // A rule that needs a mention can only match at a token where one starts at or after it.
      auto after_last = std::lower_bound(found.begin(), found.end(), sentence.end, [](const Found& f, uint32_t e) { return f.begin < e; });
      std::optional<uint32_t> last_mention;
      if (after_last != found.begin() && std::prev(after_last)->begin >= sentence.begin) last_mention = std::prev(after_last)->begin;
      for (size_t t = first_token_at(doc, sentence.begin); t < doc.tokens.size() && doc.tokens[t].begin < sentence.end; ++t) {
        const text::Token& token = doc.tokens[t];
        while (next_mention < found.size() && found[next_mention].end <= token.begin) ++next_mention;
        bool at_mention = next_mention < found.size() && found[next_mention].begin <= token.begin;
        if (at_mention && found[next_mention].begin != token.begin) continue;  // inside a mention
        const std::vector<int>* starting = &index.all;  // the naive path: every rule
        if (options.prefilter && at_mention) {
          auto it = index.mention.find(found[next_mention].type);
          starting = it != index.mention.end() ? &it->second : &index.any;
        } else if (options.prefilter) {
          starting = &index.starting[tokens.start_classes[t]];
        }
        bool past_last_mention = options.prefilter && (!last_mention || token.begin > *last_mention);
        if (past_last_mention && index.every_rule_needs_a_mention) break;
        matched.clear();
        for (int r : *starting) {
          const CompiledRule& rule = rules.rules[r];
          if (past_last_mention && rule.needs_mention) continue;
          if ((topics_unread || scope.topic_rules_only) && (rule.type == "TOPIC") == topics_unread) continue;
          matched.push_back(r);
        }
        if (matched.empty()) continue;
        size_t pos = text.from_view(token.begin, token_piece);
        // A match, with its context, is short: bounding what RE2 reads keeps a long sentence of
        // number words ("cent cent cent…") linear instead of quadratic.
        size_t window_end = std::min(end, pos + kLongestMatch);
        bool set_says_yes = options.prefilter && matched.size() > 1 && index.anchored;
        if (set_says_yes) keep_matching_here(index, text.text(), pos, window_end, matched);
        for (int rule : matched) runner.match_at(rule, pos, window_end, set_says_yes, candidates);
      }
    }
    take_relations(rules, doc, found, candidates, relations, stage, trace);
    auto removed = drop_discarded(rules, candidates);
    std::vector<RankedSpan> spans;
    for (const Candidate& c : candidates)
      spans.push_back({c.found.begin, c.found.end, rules.rules[c.found.rule].priority, rules.rules[c.found.rule].order});
    OverlapDecision decision = resolve_overlaps(spans);
    if (trace) {
      for (const auto& [c, why] : removed) trace->push_back(trace_entry(rules, doc, c.found, stage, false, why));
      for (const Unheld& u : unheld)
        trace->push_back(trace_entry(rules, doc, u.match, stage, false, "a requirement does not hold: " + u.requirement->written));
      for (size_t i = 0; i < candidates.size(); ++i) {
        if (candidates[i].from_earlier_stage) continue;
        std::string why;
        if (decision.beaten_by[i] >= 0)
          why = decision.why[i] + " than " + rules.rules[candidates[decision.beaten_by[i]].found.rule].id;
        trace->push_back(trace_entry(rules, doc, candidates[i].found, stage, decision.beaten_by[i] < 0, why));
      }
    }
    std::vector<Found> winners;
    for (size_t i : decision.kept) winners.push_back(std::move(candidates[i].found));
    if (found_stays) add_winners(found, std::move(winners));
    else found = std::move(winners);
  }
  return topics_skipped;
}

std::string string_of(const graph::Value& value, const char* key) {
  for (const auto& [k, v] : value)
    if (k == key) return std::get<std::string>(v);
  return std::string();
}

// A TOPIC named by its head alone: "ce dispositif", "la hausse".
bool is_bare_head(const graph::Value& topic) { return fold_text(string_of(topic, "name")) == fold_text(string_of(topic, "head")); }

graph::Mention to_mention(const RuleSet& rules, const Document& doc, Found&& f) {
  return {f.type, static_cast<uint32_t>(doc.view.to_original_start(f.begin)), static_cast<uint32_t>(doc.view.to_original_end(f.end)),
          std::move(f.value), rules.rules[f.rule].id, -1};
}

// A value (an amount, a share, a count, a date) is what one thing measures: of the relations of a
// type that end at the same value, the one of the rule of highest priority stays, then the one
// whose subject is nearest the value ("le budget du plan doté de 50 M€": the plan, not the
// budget), then the first found. Relations to names (ROLE, PARTNER…) are all kept.
void keep_one_relation_per_value(const RuleSet& rules, std::vector<std::pair<Found, std::vector<Found>>>& relations) {
  auto is_value = [](const std::string& type) { return type == "MONEY" || type == "PERCENT" || type == "QUANTITY" || type == "DATE"; };
  auto distance = [](const std::vector<Found>& ends) {
    return ends[0].begin < ends[1].begin ? ends[1].begin - ends[0].begin : ends[0].begin - ends[1].begin;
  };
  auto better = [&](const std::pair<Found, std::vector<Found>>& a, const std::pair<Found, std::vector<Found>>& b) {
    int pa = rules.rules[a.first.rule].priority, pb = rules.rules[b.first.rule].priority;
    if (pa != pb) return pa > pb;
    return distance(a.second) < distance(b.second);
  };
  std::vector<uint8_t> dropped(relations.size(), 0);
  for (size_t i = 0; i < relations.size(); ++i) {
    const auto& [match, ends] = relations[i];
    if (!is_value(ends[1].type)) continue;
    std::string type = string_of(match.value, "relation");
    for (size_t j = 0; j < relations.size(); ++j) {
      if (j == i || dropped[j] || relations[j].second[1].begin != ends[1].begin || relations[j].second[1].type != ends[1].type ||
          string_of(relations[j].first.value, "relation") != type)
        continue;
      if (better(relations[j], relations[i]) || (!better(relations[i], relations[j]) && j < i)) {
        dropped[i] = 1;
        break;
      }
    }
  }
  size_t kept = 0;
  for (size_t i = 0; i < relations.size(); ++i) {
    if (dropped[i]) continue;
    if (kept != i) relations[kept] = std::move(relations[i]);
    ++kept;
  }
  relations.resize(kept);
}

// Each reference joins the mentions the graph phase starts from, as the mention it stands for,
// unless it overlaps one of them.
void add_references(const graph::FactGraph& graph, const std::vector<Reference>& references, std::vector<Found>& found) {
  for (const Reference& r : references) {
    auto at = std::lower_bound(found.begin(), found.end(), r.begin, [](const Found& f, uint32_t b) { return f.begin < b; });
    if ((at != found.end() && at->begin < r.end) || (at != found.begin() && std::prev(at)->end > r.begin)) continue;
    const graph::Mention& m = graph.mentions[r.mention];
    found.insert(at, Found{r.begin, r.end, -1, m.value, m.type, static_cast<int>(r.mention), m.begin});
  }
}

}  // namespace

TokenIndex index_tokens(const RuleSet& rules, const Document& doc) {
  TokenIndex index{std::vector<uint8_t>(doc.view.text().size() + 1, 0), start_classes(rules, doc)};
  for (const text::Token& t : doc.tokens) index.boundaries[t.begin] = index.boundaries[t.end] = 1;
  return index;
}

void run_rules(const RuleSet& rules, Document& doc, const EngineOptions& options, Trace* trace, const TokenIndex* tokens) {
  std::vector<Found> found;
  std::optional<TokenIndex> own;
  run_phase(rules, rules.stage_index, false, doc, tokens ? *tokens : own.emplace(index_tokens(rules, doc)), found, nullptr, options,
            trace);
  for (Found& f : found) doc.graph.mentions.push_back(to_mention(rules, doc, std::move(f)));
}

void run_graph_rules(const RuleSet& rules, Document& doc, const EngineOptions& options, Trace* trace, const TokenIndex* indexed,
                     const std::vector<Reference>& references) {
  if (rules.graph_stage_index.empty()) return;
  graph::FactGraph& graph = doc.graph;
  std::vector<Found> found;
  for (size_t i = 0; i < graph.mentions.size(); ++i) {
    const graph::Mention& m = graph.mentions[i];
    Found f{static_cast<uint32_t>(doc.view.to_view(m.begin)), static_cast<uint32_t>(doc.view.to_view(m.end)), -1, m.value, m.type,
            static_cast<int>(i)};
    // Mentions may nest (a DATE inside a TOPIC of an earlier run): the outer one is what rules see.
    if (!found.empty() && f.begin < found.back().end) {
      if (f.begin == found.back().begin && f.end > found.back().end) found.back() = std::move(f);
      continue;
    }
    found.push_back(std::move(f));
  }
  add_references(graph, references, found);
  std::vector<std::pair<Found, std::vector<Found>>> relations;
  std::optional<TokenIndex> own;
  const TokenIndex& tokens = indexed ? *indexed : own.emplace(index_tokens(rules, doc));
  std::vector<uint8_t> topics_skipped = run_phase(rules, rules.graph_stage_index, true, doc, tokens, found, &relations, options, trace);
  // A bare head ("cette hausse") is named after the nearest TOPIC before it with that head and a
  // longer name ("la hausse de la taxe", below), which may lie in a sentence where no relation reads
  // TOPICs: such sentences before the last bare head a relation uses get their TOPICs after all.
  std::optional<uint32_t> last_bare_head;
  for (const auto& [match, ends] : relations)
    for (const Found& end : ends)
      if (end.type == "TOPIC" && is_bare_head(end.value)) last_bare_head = std::max(last_bare_head.value_or(0), end.begin);
  bool rerun = false;
  for (size_t s = 0; s < doc.sentences.size(); ++s) {
    if (!last_bare_head || doc.sentences[s].begin >= *last_bare_head) topics_skipped[s] = 0;
    rerun = rerun || topics_skipped[s];
  }
  if (rerun) {
    EngineOptions everywhere = options;
    everywhere.topics_everywhere = true;
    run_phase(rules, rules.graph_stage_index, true, doc, tokens, found, nullptr, everywhere, nullptr, {&topics_skipped, true});
  }

  // The phase's TOPICs join the graph; then each relation's ends are found among the mentions.
  std::vector<graph::Mention> added;
  for (Found& f : found)
    if (f.given < 0) added.push_back(to_mention(rules, doc, std::move(f)));
  graph::insert_mentions(graph, std::move(added));
  auto mention_at = [&](const Found& end) -> int {
    uint32_t begin = end.stands_for.value_or(static_cast<uint32_t>(doc.view.to_original_start(end.begin)));
    for (size_t i = 0; i < graph.mentions.size(); ++i)
      if (graph.mentions[i].begin == begin && graph.mentions[i].type == end.type) return static_cast<int>(i);
    return -1;
  };
  // Of the relations whose ends are all mentions, one per value (a relation left out here must
  // not outweigh one that holds).
  std::erase_if(relations, [&](const auto& relation) {
    return std::any_of(relation.second.begin(), relation.second.end(), [&](const Found& end) { return mention_at(end) < 0; });
  });
  keep_one_relation_per_value(rules, relations);
  auto value_of = [](const graph::Mention& m, const char* key) { return string_of(m.value, key); };
  // A TOPIC's entity, by name; "ce dispositif" (the bare head) is the nearest one before it
  // with that head and a longer name ("dispositif « Start-up industrie de demain »").
  auto topic_entity = [&](int mention) {
    graph::Mention& m = graph.mentions[mention];
    if (m.entity >= 0) return;
    std::string name = value_of(m, "name"), head = value_of(m, "head");
    if (is_bare_head(m.value)) {
      for (int i = mention - 1; i >= 0; --i) {
        const graph::Mention& before = graph.mentions[i];
        if (before.type == "TOPIC" && value_of(before, "head") == head && !is_bare_head(before.value)) {
          name = value_of(before, "name");
          break;
        }
      }
    }
    for (size_t e = 0; e < graph.entities.size(); ++e)
      if (graph.entities[e].type == "TOPIC" && graph.entities[e].name == name) m.entity = static_cast<int>(e);
    if (m.entity < 0) {
      m.entity = static_cast<int>(graph.entities.size());
      graph.entities.push_back({"TOPIC", name, {}, {}});
    }
    graph::Entity& entity = graph.entities[m.entity];
    entity.mentions.push_back(mention);
    std::sort(entity.mentions.begin(), entity.mentions.end());
    std::string surface = doc.article->text.substr(m.begin, m.end - m.begin);
    if (surface != entity.name && std::find(entity.aliases.begin(), entity.aliases.end(), surface) == entity.aliases.end())
      entity.aliases.push_back(surface);
  };
  // An end by name: its entity's, or the text of a value.
  auto ref_name = [&](const graph::Ref& ref) {
    if (ref.kind == graph::Ref::kEntity) return graph.entities[ref.index].name;
    const graph::Mention& m = graph.mentions[ref.index];
    return doc.article->text.substr(m.begin, m.end - m.begin);
  };
  for (auto& [match, ends] : relations) {
    std::vector<graph::Ref> refs;
    for (const Found& end : ends) {
      int mention = mention_at(end);
      if (mention < 0) break;
      if (graph.mentions[mention].type == "TOPIC") topic_entity(mention);
      const graph::Mention& m = graph.mentions[mention];
      refs.push_back(m.entity >= 0 ? graph::Ref{graph::Ref::kEntity, m.entity} : graph::Ref{graph::Ref::kMention, mention});
    }
    if (refs.size() != ends.size() || refs[0] == refs[1]) continue;
    graph::Relation r{"", refs[0], refs[1], {}, static_cast<uint32_t>(doc.view.to_original_start(match.begin)),
                      static_cast<uint32_t>(doc.view.to_original_end(match.end)), rules.rules[match.rule].id};
    for (auto& [key, value] : match.value) {
      if (key == "relation") r.type = std::get<std::string>(value);
      else if (key == "via") r.attributes.emplace_back(key, ref_name(refs[2]));
      else if (key != "subject" && key != "object") r.attributes.emplace_back(key, value);
    }
    bool seen = std::any_of(graph.relations.begin(), graph.relations.end(), [&](const graph::Relation& o) {
      return o.type == r.type && o.subject == r.subject && o.object == r.object;
    });
    if (!seen) graph.relations.push_back(std::move(r));
  }
  // A TOPIC no relation uses says nothing: it goes (explain's trace still shows it).
  graph::remove_mentions(graph, [](const graph::Mention& m) { return m.type == "TOPIC" && m.entity < 0; });
}

}  // namespace glaneur::rules
