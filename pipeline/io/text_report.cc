// Tested by tests/io/text_report_test.cc and tests/cli/show_report_test.cc
#include "io/text_report.h"

#include <algorithm>

#include "io/graph_view.h"
#include "io/highlight.h"
#include "io/json_writer.h"

namespace glaneur::io {
namespace {

// SGR codes by type; the types of the contract have their own, others are bold.
std::string ansi_of(std::string_view type) {
  static constexpr std::pair<std::string_view, std::string_view> kCodes[] = {
      {"MONEY", "1;32"}, {"PERCENT", "1;33"}, {"QUANTITY", "1;35"}, {"DATE", "1;34"},
      {"ORG", "1;36"},   {"PER", "1;31"},     {"LOC", "36"},        {"TOPIC", "33"},
  };
  for (const auto& [name, code] : kCodes)
    if (name == type) return std::string(code);
  return "1";
}

std::string slice(const std::string& text, size_t begin, size_t end) {
  return begin <= end && end <= text.size() ? text.substr(begin, end - begin) : "";
}

size_t code_points(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// `s` and spaces up to `width` code points, then one more space: a column.
std::string column(const std::string& s, size_t width) {
  size_t n = code_points(s);
  return s + std::string(n < width ? width - n : 0, ' ') + " ";
}

class Writer {
 public:
  Writer(const Article& article, const graph::FactGraph& g, bool colour) : article_(article), g_(g), colour_(colour) {}

  std::string write() {
    out_ += paint("1", "── " + article_.id + " · " + article_.date + (article_.title.empty() ? "" : " · " + article_.title)) +
            "\n\n";
    text();
    out_ += "\n\n" + paint("1", "mentions") + " (" + std::to_string(g_.mentions.size()) + ")\n";
    size_t width = 0;
    for (const graph::Mention& m : g_.mentions) width = std::max(width, code_points(slice(article_.text, m.begin, m.end)));
    width = std::min<size_t>(width, 40);
    for (size_t i = 0; i < g_.mentions.size(); ++i) {
      const graph::Mention& m = g_.mentions[i];
      out_ += "  " + column(output_id('m', i), 5) + paint(ansi_of(m.type), column(m.type, 9)) +
              column(slice(article_.text, m.begin, m.end), width) + " " + value_json(m.value) + "  " + m.rule;
      if (m.entity >= 0) out_ += "  → " + output_id('e', static_cast<size_t>(m.entity));
      out_ += '\n';
    }
    out_ += paint("1", "entities") + " (" + std::to_string(g_.entities.size()) + ")\n";
    for (size_t i = 0; i < g_.entities.size(); ++i) {
      const graph::Entity& e = g_.entities[i];
      out_ += "  " + column(output_id('e', i), 5) + paint(ansi_of(e.type), column(e.type, 9)) + e.name + "  (" +
              std::to_string(e.mentions.size()) + (e.mentions.size() == 1 ? " mention" : " mentions");
      for (size_t a = 0; a < e.aliases.size(); ++a) out_ += (a ? "; " : "; aliases: ") + e.aliases[a];
      out_ += ")\n";
    }
    out_ += paint("1", "relations") + " (" + std::to_string(g_.relations.size()) + ")\n";
    for (size_t i = 0; i < g_.relations.size(); ++i) out_ += "  " + column(output_id('r', i), 5) + relation(i) + '\n';
    return std::move(out_);
  }

 private:
  std::string paint(const std::string& code, const std::string& s) const {
    return colour_ ? "\033[" + code + "m" + s + "\033[0m" : s;
  }

  // A nested mark's end resets every attribute, so the enclosing mark's colour is set again.
  void text() {
    std::vector<std::string> open;
    for (const Piece& p : highlight(article_.text, g_.mentions)) {
      if (p.kind == Piece::kText) {
        out_ += std::string_view(article_.text).substr(p.begin, p.end - p.begin);
      } else if (p.kind == Piece::kOpen) {
        const std::string& type = g_.mentions[static_cast<size_t>(p.mention)].type;
        open.push_back(ansi_of(type));
        out_ += colour_ ? "\033[" + open.back() + "m" : "[" + type + " ";
      } else {
        open.pop_back();
        out_ += colour_ ? "\033[0m" + (open.empty() ? "" : "\033[" + open.back() + "m") : "]";
      }
    }
  }

  std::string end(const graph::Ref& ref) const {
    if (!resolves(g_, ref)) return ref_id(ref) + " (not in the graph)";
    if (ref.kind == graph::Ref::kEntity) return g_.entities[static_cast<size_t>(ref.index)].name;
    const graph::Mention& mention = g_.mentions[static_cast<size_t>(ref.index)];
    std::string s = slice(article_.text, mention.begin, mention.end);
    return mention.entity < 0 ? s + " " + value_json(mention.value) : s;
  }

  std::string relation(size_t i) const {
    const graph::Relation& r = g_.relations[i];
    std::string role;
    graph::Value others;
    for (const auto& attribute : r.attributes) {
      if (attribute.first == "role" && std::holds_alternative<std::string>(attribute.second))
        role = std::get<std::string>(attribute.second);
      else
        others.push_back(attribute);
    }
    std::string line = end(r.subject) + " " + paint("1", "—" + r.type + (role.empty() ? "" : "(" + role + ")") + "→") +
                       " " + end(r.object);
    if (!others.empty()) line += " " + value_json(others);
    return line + "  " + r.rule;
  }

  const Article& article_;
  const graph::FactGraph& g_;
  bool colour_;
  std::string out_;
};

}  // namespace

std::string text_report(const Article& article, const graph::FactGraph& graph, const TextReportOptions& options) {
  return Writer(article, graph, options.colour).write();
}

}  // namespace glaneur::io
