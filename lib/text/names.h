/* Given names by sex, from the lists of a names folder (given-male.txt,
 * given-female.txt of data/names/), to tell the sex of a person
 * whose name shows no middle name of one sex. */
#ifndef LR_NAMES_H
#define LR_NAMES_H

#include "util/util.h"

/* The loaded lists.  Read-only once loaded: safe to share across threads. */
typedef struct lr_names lr_names;

/* Load dir/given-male.txt and dir/given-female.txt: one given name a line
 * ("Minh Đức"), UTF-8; blank lines and lines starting with '#' skipped.
 * The syllables of those names, and of dir/full-names.txt's and
 * dir/dien-bien-ethnic.txt's when they are there, are kept for
 * lr_names_syllable() and lr_names_near().  Returns NULL with err set
 * (naming the file and line) when a file cannot be read or a line is not
 * UTF-8.  Free with lr_names_free(). */
lr_names *lr_names_load(const char *dir, lr_err *err);

/* The sex the given name of the full name name ("Ngô Hoàng Hải", family
 * name first) tells: its last three, two or one syllables, longest first,
 * that are in a list (compared without case or regard to where a tone mark
 * sits; the family name is never taken for a given name).  'M' or 'F' when
 * the first such given name is in one list only; when none is, the list
 * with two names or more ending in its last syllable and four times as
 * many as the other ("Duy Đức" of a man: "Minh Đức", "Hồng Đức"); else 0:
 * in both lists, or the name is not UTF-8. */
int lr_names_sex(const lr_names *n, const char *name);

/* Is syl, one syllable in any case, a syllable of a name of the lists
 * (with its marks as written)? */
int lr_names_syllable(const lr_names *n, const char *syl);

/* The syllable of the lists (lower case, n's own) that syl, one not in
 * them, is what OCR makes of in a face whose a has one storey: its a read
 * as o or ơ, or its â as ô, in the same tone ("phơn": phan, "mọnh":
 * mạnh); *count says how many are; NULL when none. */
const char *lr_names_near(const lr_names *n, const char *syl, int *count);

/* Free n (NULL allowed). */
void lr_names_free(lr_names *n);

/* Parse a sex: "Nam"/"Nữ", "M"/"F", "1"/"0" (any case).  Returns 'M', 'F',
 * or 0 when it is none of these. */
int lr_parse_sex(const char *s);

#endif
