/* Scan formats other than TIFF: format.c, the one place that tells a
 * file's format from its first bytes and hands it to its reader (pdf.c,
 * picture.c), and input.c, what those readers share.  Private to scan.c
 * and those readers. */
#ifndef LR_INPUT_H
#define LR_INPUT_H

#include <stddef.h>
#include <stdint.h>

#include "scan.h"

/* What a reader of one format does; h is the reader's own handle. */
typedef struct lr_input_ops {
	int (*pages)(const void *h);
	/* Decode page n (kept on the handle: the next call may replace it)
	 * and describe it; 0, or -1 with err set. */
	int (*page)(void *h, int n, PIX **pix, const lr_page_info **pi,
	    lr_err *err);
	const char *(*warnings)(void *h);	/* NULL when none; valid until
						 * the next call */
	void (*close)(void *h);
} lr_input_ops;

/* Open the file at path, or the len bytes at buf when path is NULL (buf is
 * borrowed and must outlive the handle), when it is a PDF, JPEG or PNG file.
 * Returns 1 with *ops and *h set (the caller closes *h with (*ops)->close),
 * 0 when the file is none of these (a TIFF, or nothing readable), or -1
 * with err set when it is one of them but cannot be opened. */
int lr_input_open(const char *path, const void *buf, size_t len,
    uint64_t max_pixels, const lr_input_ops **ops, void **h, lr_err *err);

/* pix (taken) in its smallest faithful form, its colour type in *colour:
 * RGB whose pixels are all grey becomes 8 bpp "grey", grey whose pixels are
 * all black or white becomes 1 bpp "bilevel" (1 = ink); a colour map is
 * removed and alpha composited over white.  NULL when out of memory. */
PIX *lr_input_simplest(PIX *pix, const char **colour);

/* The page's header facts for a decoded pix from format fmt.  A page
 * without a resolution, or with one its letters belie, gets in dpi_text
 * the one its letters' height implies (lr_resolution()); with one they
 * belie, pix gets it too. */
void lr_input_describe(PIX *pix, const char *fmt, const char *colour,
    lr_page_info *pi);

/* "; "-append msg to the buffer buf of size n unless already there. */
void lr_input_note(char *buf, size_t n, const char *msg);

/* The notes in buf moved to out (both of size n) and returned, or NULL
 * when there are none. */
const char *lr_input_take_notes(char *buf, char *out, size_t n);

#endif
