/* Red print: titles and serials printed in red, which the colour
 * separation takes off with seals and pink backgrounds, read again from
 * the red ink alone. */
#ifndef LR_RED_H
#define LR_RED_H

#include <leptonica/allheaders.h>

#include "engine.h"
#include "record/record.h"

/* Read again the lines of red print of the colour scan (32 bpp, borrowed;
 * p's scan geometry says how p's page was made from it) that p holds no
 * sure reading of: rows of letter-sized red blobs (those on one line
 * joined, a large title's words and all), read from the red ink
 * alone (lr_colour_red_print()) as single lines, each line read sure
 * enough put in p in place of the words p had in its box, its words
 * marked red (LR_RED_OVER when p had words in its box: red print over
 * black text, LR_RED_PRINT when not).  Not on a photo
 * (p->scan.photo).  Within timeout_ms (0: no limit).  Returns how many
 * lines were put in, or -1 with err set. */
int lr_red_read(lr_ocr *e, PIX *scan, lr_page_words *p, int timeout_ms,
    lr_err *err);

#endif
