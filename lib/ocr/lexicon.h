/* Known phrases, and the OCR words whose marks are restored from them.
 *
 * OCR reads the letters of a word better than its marks: at 200 dpi the
 * hook above a capital is read as an acute ("ÚY BAN" for "ỦY BAN") and a
 * grave goes missing ("HUYỆN NẬM PÔ").  Where the words of a page spell a
 * known phrase letter for letter, and only some of its words differ from
 * it, and only in their marks, those words are written as the phrase has
 * them. */
#ifndef LR_LEXICON_H
#define LR_LEXICON_H

#include "util/util.h"
#include "text/text.h"
#include "record/record.h"

/* A set of phrases: filled, then finished, then read-only and shareable
 * between threads. */
typedef struct lr_lexicon lr_lexicon;

/* New empty lexicon; NULL when out of memory. */
lr_lexicon *lr_lexicon_new(void);

/* Add phrase (UTF-8; words split at spaces; punctuation at either end of
 * a word is not part of it).  Phrases of fewer than two words are ignored.
 * Returns 0, or -1 when it is not UTF-8 or memory ran out. */
int lr_lexicon_add(lr_lexicon *lx, const char *phrase);

/* Add the phrases in column col (0 the first) of the data file at path
 * (the format of schemas/: lr_tsv_read_data()), such as the wordings of
 * labels.tsv (column 1) or phrases.txt (column 0).  Returns 0, or -1 with
 * err set. */
int lr_lexicon_add_file(lr_lexicon *lx, const char *path, int col,
    lr_err *err);

/* Add the official names of every commune, district and province of u
 * (borrowed), with their type word ("Huyện Nậm Pồ").  Returns 0, or -1
 * when memory ran out. */
int lr_lexicon_add_units(lr_lexicon *lx, const lr_units *u);

/* Make lx ready to use: no more adding after this.  Returns 0, or -1 when
 * memory ran out. */
int lr_lexicon_finish(lr_lexicon *lx);

/* 16 hex digits that change when the phrases do, for cache keys; borrowed
 * from lx (finished). */
const char *lr_lexicon_signature(const lr_lexicon *lx);

/* Restore the marks of the words of page p from the phrases of lx
 * (finished): where a run of words spells a phrase letter for
 * letter (case and marks aside, punctuation only where the phrase has it
 * but at either end), at least half of its words are as the phrase has
 * them, and no other phrase of as many words fits as well, the others are
 * rewritten in the phrase's marks and in their own case ("ÚY BAN" -> "ỦY
 * BAN", "Nậm Pô," -> "Nậm Pồ,"), and so are its words written in an odd
 * mix of cases ("MƯỜng" -> "Mường").  A word that would lose its marks, or
 * that is written as a name's are after another ("Chu Văn Nam"), is not
 * rewritten to a phrase word in small letters.
 * Returns the number of words rewritten, or -1 when memory ran out (the
 * page is then unchanged or partly restored, still valid). */
int lr_lexicon_restore(const lr_lexicon *lx, lr_page_words *p);

/* lr_lexicon_restore(), setting changed[i] to 1 for each word rewritten,
 * i its place among p's words in reading order (line by line); changed
 * has room for all of them (caller's), or is NULL. */
int lr_lexicon_restore_marked(const lr_lexicon *lx, lr_page_words *p,
    unsigned char *changed);

/* Free lx. */
void lr_lexicon_free(lr_lexicon *lx);

#endif
