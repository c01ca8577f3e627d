/* Records, private: what words.c and layout.c share. */
#ifndef LR_WORDS_INT_H
#define LR_WORDS_INT_H

#include "words.h"

/* qsort() order of ints. */
int lr_int_cmp(const void *a, const void *b);

/* Do lines a and b stand side by side: apart across the page, their
 * heights overlapping by over half the smaller one? */
int lr_side_by_side(const lr_line *a, const lr_line *b);

#endif
