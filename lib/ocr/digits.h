/* The numeric words of a page's prose and tables (those ruled cells do not
 * read again) read again one by one with a model of figures.
 *
 * The page's model reads a figure of some faces as another with a high
 * confidence (Vollkorn's lining 3 as 5), in decision numbers, IDs, birth
 * years, areas and house numbers, and nothing then doubts the value.
 * Each word that begins with figures ("1975,", "1.234,5",
 * "011075001234", "123/QĐ-UBND", a house number "3,") is cut out of the
 * page and read again as one line of figures (lr_ocr_figures()); where
 * the two readings' digits differ, the surer is kept and the word is
 * marked doubtful (lr_word.doubt), which puts the fields it feeds in
 * review. */
#ifndef LR_DIGITS_H
#define LR_DIGITS_H

#include <leptonica/allheaders.h>

#include "cells.h"
#include "engine.h"
#include "record/record.h"

/* Is w a word to read again: its leading figures (after an opening
 * bracket or quote) hold a digit, and it was neither written
 * by hand nor read from red print (both read again otherwise)? */
int lr_digits_wanted(const lr_word *w);

/* Settle word w against text, w's box read again by the model of figures
 * with confidence conf (0..100): when the digits of their leading
 * figures differ, w is marked doubtful and, when text is the surer and
 * has as many digits there, its digits take the place of w's (w's text
 * changed in place, its confidence conf).  A reading with no digit, or
 * under LR_DIGITS_MIN_CONF, settles nothing.  Returns 1 when they
 * differ, else 0. */
int lr_digits_settle(lr_word *w, const char *text, double conf);

/* The least confidence of a reading of figures that can doubt a word. */
#define LR_DIGITS_MIN_CONF 70

/* Is word j of line i of p (borrowed) one to read again: one
 * lr_digits_wanted() takes, in prose or in a table, but in none of the
 * cells cs (n of them, borrowed: those lr_cells_find() gives of p, read
 * again by lr_cells_reread()).  A table's figures outside ruled cells (a
 * card of holders, an unruled list, a ruled table's wide columns) have
 * nothing else to doubt them.  1 or 0. */
int lr_digits_to_read(const lr_page_words *p, int i, int j, const lr_cell *cs,
    int n);

/* Read again from page (borrowed; the cleaned page p's words were read
 * from) with e the words of p that lr_digits_to_read() takes, each once,
 * within timeout_ms (0: no limit), and
 * settle each with its reading (lr_digits_settle()).  Returns the number
 * of words marked doubtful, or -1 with err set when out of memory. */
int lr_digits_reread(lr_ocr *e, PIX *page, lr_page_words *p, int timeout_ms,
    lr_err *err);

#endif
