/* Text the OCR engine's page layout left unread.
 *
 * Tesseract's layout analysis now and then drops a line of print next to
 * a seal or under a signature ("Vì Văn Dũng", the signer's name): its
 * ink lies in no word read.  This finds such lines, so that they can be
 * read one by one (lr_ocr_lines()). */
#ifndef LR_MISSED_H
#define LR_MISSED_H

#include <leptonica/allheaders.h>

#include "record/record.h"

/* Boxes (x, y, w, h in page's pixels) of up to max lines of ink on page
 * (borrowed; 1 or 8 bpp, dark text on light) that no word of p covers and
 * that are the size of p's text: the height of its words, at least twice
 * as wide as high.  Ink inside the box of a shape much larger than a letter
 * (a seal, a signature's strokes, a photo) is not text.  Returns how many
 * boxes are in out; 0 also when p has too few words to tell the size of
 * its text, or memory ran out. */
int lr_missed_lines(PIX *page, const lr_page_words *p, int (*out)[4],
    int max);

#endif
