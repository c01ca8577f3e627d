/* Spreads: a scan holding two pages side by side (an open book, a
 * certificate scanned open) found from its geometry and cut in two, and
 * the part of its file page a record page is. */
#ifndef LR_SPREAD_H
#define LR_SPREAD_H

#include <stdint.h>
#include <jansson.h>
#include <leptonica/allheaders.h>

#include "util/util.h"

/* Which part of its file page a record page is. */
enum { LR_HALF_NONE = 0, LR_HALF_LEFT = 1, LR_HALF_RIGHT = 2 };

/* Where a record page's pixels are: the file, its 0-based page (TIFF
 * directory, PDF page), and the half of that page with the x of the cut. */
typedef struct lr_page_src {
	const char *path;	/* borrowed from the record */
	int ifd;
	int half;		/* LR_HALF_* */
	int gutter;		/* x of the cut in the file page, with a half */
} lr_page_src;

/* The x of the cut when pix (any depth, borrowed) is a spread: landscape,
 * a vertical band in its middle third with (almost) no ink in any row,
 * and a column of text lines of page width on each side of it; a fold
 * line or shadow in the band does not count as ink (the cut is on it),
 * nor do rules across the scan by its edges (its dark border), vertical
 * rules (frames, tables) in the lines, nor, when the pages' luminance
 * shows no band, coloured print (a pink or yellow guilloche, red frames);
 * a rule across the band elsewhere (a table's) makes it one page.
 * Returns 0 when pix is no spread. */
int lr_spread_find(PIX *pix);

/* A new image of half (LR_HALF_LEFT or LR_HALF_RIGHT) of pix (borrowed),
 * cut at x gutter, with pix's resolution; NULL when out of memory or the
 * cut is outside pix. */
PIX *lr_spread_half(PIX *pix, int half, int gutter);

/* The name of a half in a record ("left", "right"), NULL for none. */
const char *lr_half_name(int half);

/* Fill src for page pg (borrowed) of record rec, the i-th (0-based) of
 * its pages: "source" (else the record's), "ifd" (else "file_page" - 1,
 * else 0 for a page's own source, else i), "half" and "gutter".  Returns 0, or -1 when there is no file. */
int lr_page_src_of(const json_t *rec, const json_t *pg, size_t i,
    lr_page_src *src);

/* Decode the page src names (its half when it has one); max_pixels as for
 * lr_scan_open().  Returns a new image, or NULL with err set. */
PIX *lr_page_src_decode(const lr_page_src *src, uint64_t max_pixels,
    lr_err *err);

#endif
