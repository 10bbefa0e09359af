// Tested by tests/text/text_view_test.cc
#include "text/fold.h"

#include <utf8proc.h>

#include <array>
#include <atomic>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "text/utf8.h"

namespace glaneur::text {
namespace {

// Typography that utf8proc leaves alone but French matching must not distinguish.
std::string_view typographic_fold(char32_t cp) {
  switch (cp) {
    case U'\u2019': case U'\u2018': case U'\u02BC': case U'\u2032': case U'\u00B4': case U'`':
      return "'";
    case U'\u00A0': case U'\u202F': case U'\u2007': case U'\u2009': case U'\u200A':
    case U'\u2002': case U'\u2003': case U'\u2004': case U'\u2005': case U'\u2006':
    case U'\u2008': case U'\u205F': case U'\u3000':
      return " ";
    case U'\u2010': case U'\u2011': case U'\u2012': case U'\u2013': case U'\u2014':
    case U'\u2015': case U'\u2212': case U'\uFE58': case U'\uFE63': case U'\uFF0D':
      return "-";
    case U'\u201C': case U'\u201D': case U'\u201E': case U'\u201F':
      return "\"";
    case U'\u00AD': case U'\u200B': case U'\u200C': case U'\u200D': case U'\u2060': case U'\uFEFF':
      return "";
    case U'\u0153': case U'\u0152': return "oe";
    case U'\u00E6': case U'\u00C6': return "ae";
    default:
      return {};
  }
}

std::string compute_fold(char32_t cp) {
  if (cp < 0x80) return std::string(1, static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp));
  std::string_view typo = typographic_fold(cp);
  if (typo.data() != nullptr) return std::string(typo);
  std::string in;
  append_utf8(in, cp);
  utf8proc_uint8_t* out = nullptr;
  auto options = static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD |
                                                UTF8PROC_STRIPMARK | UTF8PROC_COMPOSE);
  utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(in.data()),
                                    static_cast<utf8proc_ssize_t>(in.size()), &out, options);
  if (n < 0) return in;  // unassigned or invalid: match it as it is
  std::string folded(reinterpret_cast<char*>(out), static_cast<size_t>(n));
  std::free(out);
  return folded;
}

// Folds of the code points below kTableSize: they cover Latin, punctuation and currency symbols,
// i.e. nearly everything in French press text. Each is computed on first sight, not all at start-up
// (12,288 utf8proc calls, on the path of every run's first article); a fold, once set, stays.
constexpr char32_t kTableSize = 0x3000;

class FoldTable {
 public:
  std::string_view fold(char32_t cp) {
    const std::string* f = folds_[cp].load(std::memory_order_acquire);
    if (f == nullptr) {
      auto computed = std::make_unique<std::string>(compute_fold(cp));
      // Two threads may compute the same fold: the first one set is kept.
      if (folds_[cp].compare_exchange_strong(f, computed.get(), std::memory_order_acq_rel)) f = computed.release();
    }
    return *f;
  }

 private:
  std::array<std::atomic<const std::string*>, kTableSize> folds_{};
};

}  // namespace

std::string_view fold_code_point(char32_t cp) {
  static FoldTable table;
  if (cp < kTableSize) return table.fold(cp);
  // Rare code points: computed on first sight, then kept (node-based map, so views stay valid).
  static std::mutex mutex;
  static std::unordered_map<char32_t, std::string> rare;
  std::lock_guard lock(mutex);
  auto it = rare.find(cp);
  if (it == rare.end()) it = rare.emplace(cp, compute_fold(cp)).first;
  return it->second;
}

}  // namespace glaneur::text
