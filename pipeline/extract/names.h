// Names: the organisations (ORG), people (PER) and places (LOC) of an article, each linked to an
// entity with its canonical name. Runs after the rule engine, on tokens, because names are a
// matter of capitals, which the folded view has lost.
//
// What it reads, all from rules/tables (data, not code) and the French dictionary (lexicon_fr.h):
//   organisations.tsv  known organisations → canonical name ("Centre national de la recherche
//                      scientifique" → CNRS); lieux.tsv places; non_entites.tsv events, products and
//                      common acronyms (VivaTech, IA, PIB); titres.tsv titles (M., comte: civilities)
//                      and roles (la présidente); tetes_org.tsv organisation head nouns (la start-up X,
//                      Région X); tetes_institution.tsv lower-case heads that belong to the name
//                      (ministère de l'Économie); tetes_lieux.tsv heads of places (rue, lac);
//                      epithetes_lieux.tsv adjectives opening names of places (Petite Croix);
//                      tetes_autres.tsv heads of plans, laws, prizes (le plan X); verbes_parole.tsv
//                      speech verbs (explique X); suffixes_legaux.tsv legal forms (SAS);
//                      personnalites.tsv surnames the press uses alone (Chirac); sigles_clubs.tsv
//                      letters of sports clubs (FC, AS); niveaux_sportifs.tsv levels teams play at (DH);
//                      tetes_corps.tsv lower-case heads of bodies named with their complements (la
//                      fédération française d'athlétisme); indices_noms.tsv words around a name that
//                      say what it names, by cue (président de X, employé chez X, maire de X, contre X).
// How it decides, for each run of capitalised words (sentence-initial common words dropped):
//   a gazetteer entry wins (a place opening a longer name, "Bordeaux Métropole", does not; a known
//   organisation takes the region after it, "Inserm Grand Est"); "l'État" is an organisation; a
//   capitalised head goes on with adjectives and complements ("Autorité de la concurrence"), and a
//   lower-case institution head before the name belongs to it ("tribunal administratif de Rennes");
//   then a title, a civility, a speech verb, a role or an age in apposition, a known first name, an
//   initial ("B. Viguerie") or a list with a person ("MM. A, B et C") makes a person; an
//   organisation head noun (with adjectives: "le groupe pharmaceutique X"), an acronym, or a long
//   form with its acronym in parentheses (which it spells, "(Drac)") makes an organisation; a
//   preposition of place ("à X"), a place head or a dateline makes a place; a title in quotes or a
//   name after "plan", "loi" or opening with "Coupe", "Open" is none; a signature ("Serge LACROIX",
//   "R.D." alone on its line), a rank in results ("1. Vassel (Epinal)"), a street after its
//   lower-case head ("rue Hermite") are read as such; a club after a ranked person ("(Hagondange)"),
//   a team with its level ("Valdoie (DHR)") or the opponent in a match report ("recevra Châlons")
//   is an organisation, and so are the towns listed with a club; two or three unknown words written as
//   names ("Dusan Stévic") are a person; another run of two words or more is an organisation. Across
//   the article, a name takes the surest type it was given anywhere (one sense per discourse), names
//   listed together share their type, a name of two words or more is that name wherever it comes
//   again, and a surname alone ("M. Benabdillah", "Mme Le Bihan") is the person named in full.
//
//   NameResources names = NameResources::from(rules);   // once
//   extract_names(doc, names);                          // adds mentions and entities to doc.graph
#pragma once

#include "analyzer.h"
#include "extract/name_resources.h"

namespace glaneur::extract {

void extract_names(Document& doc, const NameResources& names);

}  // namespace glaneur::extract
