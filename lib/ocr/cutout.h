/* A box of a page cut out, bordered with white and read as one line of
 * figures: what the cells of a ruled table (cells.c) and the numeric
 * words of prose (digits.c) are read again from. */
#ifndef LR_CUTOUT_H
#define LR_CUTOUT_H

#include <leptonica/allheaders.h>

#include "engine.h"
#include "record/record.h"

/* Read box (x, y, w, h in page's pixels) of page (borrowed) with e as one
 * line of figures (lr_ocr_figures()): the box cut out of page, border
 * pixels of white added around it, at page's resolution.  Its words go
 * onto a new list of one page, *out, the caller's to free with
 * lr_words_free(); their boxes are in the cut-out's frame, whose 0, 0 is
 * x - border, y - border of page when the box lies on it.  Returns 0;
 * 1 when nothing was read, the box holding no pixel of page (*out then
 * holds a page of no line); or -1 when out of memory (*out NULL). */
int lr_cutout_figures(lr_ocr *e, PIX *page, const int box[4], int border,
    lr_doc_words **out);

#endif
