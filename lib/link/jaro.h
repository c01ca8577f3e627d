/* Jaro-Winkler similarity of short strings (name keys). */
#ifndef LR_JARO_H
#define LR_JARO_H

/* Jaro-Winkler similarity of a and b, compared byte by byte (use it on ASCII
 * skeletons): 1.0 for equal strings, 0.0 for nothing in common or an empty
 * side.  Strings longer than 64 bytes are compared on their first 64. */
double lr_jaro_winkler(const char *a, const char *b);

/* Is b a one-edit typo of a: one byte inserted, deleted or replaced, or
 * two neighbours swapped (Damerau-Levenshtein distance 1)?  0 for equal
 * strings. */
int lr_one_edit(const char *a, const char *b);

#endif
