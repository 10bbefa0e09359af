// Errors are values. A function that can fail returns Result<T>: either a T or an Error that
// says what went wrong in words a user can act on, and where (file, line, column when known).
//
//   Result<Article> r = parse_article_line(line, where);
//   if (!r) std::cerr << r.error().describe() << '\n';
//   else use(r.value());
//
// Library code never prints and never exits; the CLI decides what to do with an Error.
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace glaneur {

// Where an error was found. Empty file means "not from a file" (stdin, a command-line string).
struct SourcePos {
  std::string file;
  long line = 0;    // 1-based; 0 when unknown
  long column = 0;  // 1-based; 0 when unknown
};

struct Error {
  std::string code;     // stable, e.g. "I003" (input) or "R003" (rules); grep-able in docs
  std::string message;  // what is wrong and, when possible, how to fix it
  SourcePos where;

  // "file:line:col: CODE message" — the compiler style editors can jump to.
  std::string describe() const {
    std::string out;
    if (!where.file.empty()) {
      out += where.file;
      if (where.line > 0) out += ':' + std::to_string(where.line);
      if (where.column > 0) out += ':' + std::to_string(where.column);
      out += ": ";
    }
    if (!code.empty()) out += code + ' ';
    return out + message;
  }
};

template <typename T>
class Result {
 public:
  Result(T value) : state_(std::move(value)) {}
  Result(Error error) : state_(std::move(error)) {}

  explicit operator bool() const { return state_.index() == 0; }
  T& value() { return std::get<0>(state_); }
  const T& value() const { return std::get<0>(state_); }
  const Error& error() const { return std::get<1>(state_); }

 private:
  std::variant<T, Error> state_;
};

}  // namespace glaneur
