// Article: one input article, as read by io/article_reader.h.
#pragma once

#include <string>

namespace glaneur::io {

struct Article {
  std::string id;
  std::string date;   // publication date, YYYY-MM-DD: the anchor of relative dates
  std::string title;  // may be empty; not part of `text`
  std::string text;   // valid UTF-8, never altered; every output offset points into it
};

}  // namespace glaneur::io
