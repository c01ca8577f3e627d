/* Handwriting: the words of a page read from pen ink, told by the colour
 * of their ink in the scan. */
#ifndef LR_HAND_H
#define LR_HAND_H

#include <leptonica/allheaders.h>

#include "engine.h"
#include "record/record.h"

/* A word at least this share of whose ink is pen blue is handwritten (a
 * number filled in by hand is often read as one word with the typed text
 * around it). */
#define LR_HAND_SHARE 0.25

/* Mark the words of p (read from scan pix, both borrowed; p->scan says how)
 * whose ink in the scan is mostly pen blue as written by hand.  Returns
 * how many were marked (0 when pix is not in colour). */
int lr_hand_mark(PIX *pix, lr_page_words *p);

/* A layer (8 bpp, taken) of the scan of p turned, straightened and scaled
 * as p's page was (p->scan says how), at 300 dpi; NULL when out of
 * memory. */
PIX *lr_hand_upright(const lr_page_words *p, PIX *layer);

/* The confidence, at most, of digits read from pen ink alone. */
#define LR_HAND_CONF 40.0f

/* Read again, from their pen ink alone in the scan (32 bpp, borrowed; p's
 * scan geometry says how p was made from it), the digits of each run of
 * words of p that lr_hand_mark() marked: the run becomes one word, still
 * marked, its text the digits (with the typed text read in the run, pen
 * ink taken off, beside them), its confidence at most LR_HAND_CONF.  A
 * run with no digit read is left as it was.  Not on a photo itself (p
 * photo): on its sheet, flattened (lr_photo_flatten()), with p's scan
 * geometry made the sheet's.  Returns how
 * many runs were read again, or -1 when out of memory. */
int lr_hand_read(lr_ocr *e, PIX *scan, lr_page_words *p);

#endif
