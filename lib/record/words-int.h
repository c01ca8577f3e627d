/* Records, private: what words.c, line.c and layout.c share. */
#ifndef LR_WORDS_INT_H
#define LR_WORDS_INT_H

#include "words.h"

/* qsort() order of ints. */
int lr_int_cmp(const void *a, const void *b);

#endif
