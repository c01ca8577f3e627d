/* Handwriting: the words of a page read from pen ink, told by the colour
 * of their ink in the scan. */
#ifndef LR_HAND_H
#define LR_HAND_H

#include <leptonica/allheaders.h>

#include "record/record.h"

/* A word at least this share of whose ink is pen blue is handwritten (a
 * number filled in by hand is often read as one word with the typed text
 * around it). */
#define LR_HAND_SHARE 0.25

/* Mark the words of p (read from scan pix, both borrowed; p->scan says how)
 * whose ink in the scan is mostly pen blue as written by hand.  Returns
 * how many were marked (0 when pix is not in colour). */
int lr_hand_mark(PIX *pix, lr_page_words *p);

#endif
