/* Scans: TIFF files opened with libtiff (and PDF, JPEG and PNG files through
 * lib/input.c), their pages described and decoded through the one decode
 * path every command uses. */
#ifndef LR_SCAN_H
#define LR_SCAN_H

#include <stddef.h>
#include <stdint.h>
#include <leptonica/allheaders.h>

#include "util/util.h"

/* Default limit on a page's pixels (width x height). */
#define LR_MAX_PIXELS 300000000ULL

/* An open scan file (TIFF, PDF, JPEG or PNG). */
typedef struct lr_scan lr_scan;

/* What a page's header says. */
typedef struct lr_page_info {
	uint32_t width, height;
	double dpi;		/* horizontal resolution in dots per inch; 0 if none */
	double ydpi;		/* vertical resolution; 0 if none */
	double dpi_text;	/* PDF, JPEG, PNG: the resolution the letters'
				 * height implies, when the file has none or
				 * one it belies (the page is then read at
				 * it); else 0 */
	int bits;		/* bits per sample */
	int samples;		/* samples per pixel */
	int tiled;
	const char *compression;	/* "none", "ccitt-g4", "lzw", "jpeg" ... */
	const char *photometric;	/* "min-is-white", "rgb", "palette" ... */
	const char *format;	/* "tiff", "pdf", "jpeg", "png" */
	const char *colour;	/* "bilevel", "grey" or "rgb" */
	int text_layer;		/* PDF: the page has text; -1: not a PDF */
	const char *image;	/* PDF: "embedded" (the page's image as it is
				 * stored) or "rendered"; NULL otherwise */
} lr_page_info;

/* Open path, count its pages and check every page's header against
 * max_pixels (0 means LR_MAX_PIXELS).  The format is told from the file's
 * first bytes.  Returns NULL with err set when the file is not a readable
 * TIFF, PDF, JPEG or PNG. */
lr_scan *lr_scan_open(const char *path, uint64_t max_pixels, lr_err *err);

/* The same from len bytes at buf (borrowed; must outlive the scan). */
lr_scan *lr_scan_open_mem(const void *buf, size_t len, uint64_t max_pixels,
    lr_err *err);

/* Number of pages (TIFF directories) found at open. */
int lr_scan_pages(const lr_scan *s);

/* Describe page n (0-based).  Returns 0, or -1 with err set. */
int lr_scan_info(lr_scan *s, int n, lr_page_info *info, lr_err *err);

/* Decode page n to a Leptonica image the caller frees with pixDestroy():
 * 1 bpp (1 = ink) for bilevel pages, 32 bpp RGB for colour pages of PDF,
 * JPEG and PNG files, else 8 bpp grey (0 = black); the page's resolution is
 * set on it (0 when unknown).  Pages over the pixel limit are refused before
 * anything is allocated.  Returns NULL with err set on failure. */
PIX *lr_scan_decode(lr_scan *s, int n, lr_err *err);

/* libtiff's warnings since the last call, "; "-joined, or NULL when there
 * were none.  Valid until the next call on s. */
const char *lr_scan_warnings(lr_scan *s);

/* Why the chain of pages ended before its end (an IFD loop, a corrupt
 * directory), or NULL when it is whole.  Pages before the break are usable. */
const char *lr_scan_chain_error(const lr_scan *s);

/* Close the file and free everything. */
void lr_scan_close(lr_scan *s);

#endif
