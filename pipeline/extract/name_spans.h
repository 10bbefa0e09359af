// Where a name begins and ends: a run of capitalised words with its particles ("Marie-Hélène de
// La Forest"), an institution with its adjectives and complements ("Autorité de la concurrence",
// "tribunal administratif de Rennes"), initials ("B. Viguerie", "C. F. F."), a writer's signature
// line ("Krystel BABLEE"), and the words that
// open a run without belonging to it (a sentence-initial common word, a heading in capitals).
// Each function returns a token index: where the span ends (or 0, or its argument, when there is
// none).
#pragma once

#include "extract/name_tokens.h"

namespace glaneur::extract {

class NameSpans : public NameTokens {
 public:
  using NameTokens::NameTokens;

  size_t run_end(size_t i) const;
  bool case_changes(size_t a, size_t b) const;
  bool acronym_after_article(size_t i) const;
  size_t dotted_acronym_end(size_t i) const;
  size_t initial_and_name_end(size_t i) const;
  bool article_opens_surname(size_t i) const;
  size_t particle_surname_end(size_t i) const;
  size_t signature_end(size_t i) const;

  size_t extend_institution(size_t begin, size_t end) const;
  size_t branch_place_end(size_t end) const;
  size_t institution_end(size_t end, bool has_complement = true) const;
  size_t own_name_end(size_t k) const;
  // Past up to `most` lower-case adjectives (and "et" and one more); by their ending only where
  // the dictionary would take a verb for one.
  size_t adjectives_end(size_t k, size_t most, bool by_ending_only = false) const;
  size_t complement_end(size_t k, bool may_join) const;
  size_t institution_head_before(size_t begin) const;
  size_t lowercase_body_end(size_t i) const;
  size_t body_name_end(size_t head_end) const;
  size_t quoted_name_end(size_t i) const;
  size_t joined_name_end(size_t end) const;
  size_t closing_quote(size_t i) const;

  bool names_a_thing(size_t i) const;
  bool sentence_initial_common(size_t i) const;
  bool heading_in_capitals(size_t begin, size_t end) const;
  size_t headline_subject_end(size_t begin, size_t end) const;
  bool leading_grammatical_word(size_t begin, size_t end) const;
  bool leading_demonym(size_t begin, size_t end) const;
};

}  // namespace glaneur::extract
