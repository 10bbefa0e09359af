// Tested by tests/io/json_writer_test.cc
#include "io/json_writer.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "io/escape.h"
#include "text/utf8.h"

namespace glaneur::io {
namespace {

using Json = nlohmann::ordered_json;

std::string dump(const Json& j) {
  // Invalid UTF-8 cannot reach here (the reader rejects it); replace rather than throw all the same.
  return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

// A graph line written straight into one string: building an nlohmann::json tree of every mention
// first cost 59 µs an article, a tenth of the analysis. The bytes are those nlohmann would write
// (compact, UTF-8 kept, keys in insertion order): tests/io/json_writer_test.cc builds such a tree
// and compares the two lines.
class JsonText {
 public:
  std::string take() { return std::move(out_); }

  JsonText& raw(std::string_view s) {
    out_ += s;
    return *this;
  }
  JsonText& key(std::string_view k) {
    string(k);
    out_ += ':';
    return *this;
  }
  JsonText& string(std::string_view s) {
    // Text that is not valid UTF-8 (none should be) goes through nlohmann, which replaces it.
    if (text::first_invalid_utf8(s)) return raw(dump(Json(std::string(s))));
    append_json_string(out_, s);
    return *this;
  }
  JsonText& number(int64_t n) { return raw(std::to_string(n)); }
  JsonText& number(size_t n) { return raw(std::to_string(n)); }
  JsonText& scalar(const graph::Scalar& v) {
    if (const auto* s = std::get_if<std::string>(&v)) return string(*s);
    if (const auto* i = std::get_if<int64_t>(&v)) return number(*i);
    if (const auto* b = std::get_if<bool>(&v)) return raw(*b ? "true" : "false");
    return raw(dump(Json(std::get<double>(v))));  // nlohmann's shortest round-trip form
  }
  // A value as an object. A key given twice keeps its first place and its last value, as
  // nlohmann's ordered_json does.
  JsonText& value(const graph::Value& value) {
    out_ += '{';
    bool first = true;
    for (size_t i = 0; i < value.size(); ++i) {
      const std::string& k = value[i].first;
      auto same_key = [&](const auto& entry) { return entry.first == k; };
      if (std::any_of(value.begin(), value.begin() + i, same_key)) continue;
      auto last = std::find_if(value.rbegin(), value.rend(), same_key);
      if (!first) out_ += ',';
      first = false;
      key(k).scalar(last->second);
    }
    out_ += '}';
    return *this;
  }
  // "m3", "e1", "r12": ids are a letter and a 1-based index.
  JsonText& id(char prefix, size_t index) {
    out_ += '"';
    out_ += prefix;
    out_ += std::to_string(index + 1);
    out_ += '"';
    return *this;
  }
  JsonText& ref(const graph::Ref& ref) {
    return id(ref.kind == graph::Ref::kEntity ? 'e' : 'm', static_cast<size_t>(ref.index));
  }

 private:
  std::string out_;
};

}  // namespace

std::string value_json(const graph::Value& value) { return JsonText().value(value).take(); }

std::string graph_line(const Article& article, const graph::FactGraph& graph) {
  text::CodePointIndex cps(article.text);
  JsonText out;
  out.raw("{").key("id").string(article.id).raw(",").key("date").string(article.date);
  out.raw(",").key("schema").string(kSchema).raw(",").key("mentions").raw("[");
  for (size_t i = 0; i < graph.mentions.size(); ++i) {
    const graph::Mention& m = graph.mentions[i];
    out.raw(i ? ",{" : "{").key("id").id('m', i).raw(",").key("type").string(m.type);
    out.raw(",").key("start").number(cps.code_point_at(m.begin)).raw(",").key("end").number(cps.code_point_at(m.end));
    out.raw(",").key("text").string(std::string_view(article.text).substr(m.begin, m.end - m.begin));
    out.raw(",").key("value").value(m.value).raw(",").key("rule").string(m.rule);
    if (m.entity >= 0) out.raw(",").key("entity").id('e', static_cast<size_t>(m.entity));
    out.raw("}");
  }
  out.raw("],").key("entities").raw("[");
  for (size_t i = 0; i < graph.entities.size(); ++i) {
    const graph::Entity& e = graph.entities[i];
    out.raw(i ? ",{" : "{").key("id").id('e', i).raw(",").key("type").string(e.type).raw(",").key("name").string(e.name);
    out.raw(",").key("aliases").raw("[");
    for (size_t a = 0; a < e.aliases.size(); ++a) out.raw(a ? "," : "").string(e.aliases[a]);
    out.raw("],").key("mentions").raw("[");
    for (size_t k = 0; k < e.mentions.size(); ++k) out.raw(k ? "," : "").id('m', static_cast<size_t>(e.mentions[k]));
    out.raw("]}");
  }
  out.raw("],").key("relations").raw("[");
  for (size_t i = 0; i < graph.relations.size(); ++i) {
    const graph::Relation& r = graph.relations[i];
    out.raw(i ? ",{" : "{").key("id").id('r', i).raw(",").key("type").string(r.type);
    out.raw(",").key("subject").ref(r.subject).raw(",").key("object").ref(r.object);
    out.raw(",").key("attributes").value(r.attributes).raw(",").key("evidence").raw("{");
    out.key("start").number(cps.code_point_at(r.evidence_begin)).raw(",").key("end").number(cps.code_point_at(r.evidence_end));
    out.raw("},").key("rule").string(r.rule).raw("}");
  }
  out.raw("]}");
  return out.take();
}

std::string error_line(const std::string& id, const Error& error) {
  Json line;
  line["id"] = id;
  line["error"] = error.describe();
  return dump(line);
}

}  // namespace glaneur::io
