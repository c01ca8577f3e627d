/* OCR of one scanned page, start to end: decode (scan.h), look up the
 * cache, clean up (clean.h), recognise (ocr.h), store in the cache. */
#ifndef LR_PAGE_H
#define LR_PAGE_H

#include <stdint.h>
#include <jansson.h>

#include "cache.h"
#include "image/image.h"
#include "util/util.h"
#include "lexicon.h"
#include "engine.h"

/* Page readers apart (lr_ocrpage_apart_start()). */
typedef struct lr_ocr_apart lr_ocr_apart;

/* What to do with each page. */
typedef struct lr_ocrpage_opts {
	lr_clean_opts clean;
	int timeout_ms;		/* give a page up after this long; 0: never */
	int want_hocr;		/* also make the page's hOCR */
	uint64_t max_pixels;	/* decode limit; 0: LR_MAX_PIXELS */
	const lr_lexicon *lexicon;	/* restore marks from it; NULL: not */
	int recover;		/* read lines the layout left unread */
	lr_ocr_apart *apart;	/* read each page in a child process of
				 * these readers, killed at the timeout
				 * wherever the engine spins; NULL: in the
				 * caller's thread */
} lr_ocrpage_opts;

/* What the OCR of one page gave.  Plain data: read it directly; free it
 * with lr_page_result_free(). */
typedef struct lr_page_result {
	int cleaned;		/* cleanup ran: the next five are known */
	int rotation;		/* degrees the page was turned */
	double deskew;		/* degrees it was straightened */
	int binarised, upscaled, denoised;
	int removed;		/* LR_REMOVED_* flags: seals, tinted paper */
	int photo;		/* a photo, read from its sheet flattened */
	double sheet[8];	/* with photo, the sheet's corners in the
				 * scan (as lr_scan_geom's) */
	int plain;		/* the reading kept is the page as plain
				 * Tesseract reads it (grey, no cleanup, a
				 * photo's sheet not flattened; the cleanup
				 * above is then none), which read better
				 * than its cleanup's: words in the scan's
				 * own pixels */
	int recovered;		/* lines read again that the layout left
				 * unread; -1: not looked for */
	int cells;		/* cells of ruled tables' numeric columns
				 * whose words were read again one by one
				 * (lr_cells_reread()); -1: not looked for */
	int restored;		/* words whose marks the lexicon restored;
				 * -1: no lexicon */
	int read;		/* recognised: text, words, ocr_conf are set */
	double ocr_conf;	/* mean word confidence to a tenth; -1: no words */
	long long ocr_ms;	/* time it took (when cached: the first time) */
	long long cpu_ms;	/* CPU time its thread spent on it (when
				 * cached: the first time); -1: not known */
	int readings;		/* the engine's whole-page readings of it
				 * (lr_ocr_pages_read(); when cached: the
				 * first time); 0: not known */
	int cached;		/* it came from the cache */
	int timed_out;		/* given up at the deadline */
	char *error;		/* why the page failed, or NULL */
	lr_grade grade;		/* of error: bad input, or a system failure */
	char *cache_error;	/* why the cache failed, or NULL */
	char *text;		/* the page's lines joined by newlines */
	char *hocr;		/* when asked, or NULL */
	lr_doc_words *words;	/* one page; word confidences to a tenth */
} lr_page_result;

/* Start page readers apart: a process that forks a reader for each page
 * (lib/ocr/apart.h), which reads with a copy of e and o as they are now
 * (its orientation data loaded into e first, when o turns pages); later
 * changes to them do not reach the readers.  The figures engine
 * (lr_ocr_figures()) is not loaded at the start: the first reader that
 * needs it loads it, and its spawner then loads it for the readers after
 * (lr_apart_prepare()).  Call it while the caller has
 * one thread (a fork from a threaded process leaves the child the locks
 * other threads held), with o set, its lexicon made.  Returns the readers,
 * for lr_ocrpage_opts.apart (of callers in any thread) until
 * lr_ocrpage_apart_stop(), or NULL with err set. */
lr_ocr_apart *lr_ocrpage_apart_start(lr_ocr *e, const lr_ocrpage_opts *o,
    lr_err *err);

/* End the readers a (NULL: nothing) and free them. */
void lr_ocrpage_apart_stop(lr_ocr_apart *a);

/* OCR the page src names (lr_page_src_of(); a TIFF directory or PDF page,
 * or its half of a spread) as page n with engine e and cache c (NULL for
 * none); all borrowed.  Returns a new result the caller frees with
 * lr_page_result_free().  When the page fails, the result has error (and
 * err holds the same message) with whatever cleanup was known; NULL only
 * when out of memory.  A cache that fails to read or write only sets
 * cache_error. */
lr_page_result *lr_ocrpage_run(lr_ocr *e, lr_cache *c,
    const lr_page_src *src, int n, const lr_ocrpage_opts *o, lr_err *err);

/* The 1 bpp view the engine lays a cleaned page out on, that page turned q
 * quarters clockwise (lr_clean_turn() with o): the cleanup's bin (ci's,
 * borrowed) turned likewise when the page is noisy, grainy or unevenly lit
 * (its Otsu threshold would make a blob of every speck or grain, or take
 * shade for ink, and the engine's layout of those blobs, its table
 * finder, took 40 s a page where its reading took one: a grainy page
 * turned half round to be read upside down too, since what made the page
 * as it stands laid out on its bin holds turned), or NULL: the engine
 * thresholds the page itself.  The caller frees it. */
PIX *lr_ocrpage_layout_view(const lr_clean_info *ci, int q,
    const lr_clean_opts *o);

/* Write r's keys into the record page pg (borrowed): "rotation", "deskew",
 * "binarised", "upscaled", "denoised", "removed" (an array of "seal",
 * "background"; only when something was), "photo" and "sheet" (a photo's),
 * "plain" (true when the plain reading was kept), "recovered", "cells",
 * "restored", "ocr_conf", "ocr_ms", "cpu_ms", "ocr_readings", "ocr_error",
 * "ocr_cached", each only when known, and "text"
 * with with_text.  Returns 0, or -1 when out of memory. */
int lr_page_result_to_record(const lr_page_result *r, json_t *pg,
    int with_text);

/* Move r's words page to the end of d (r then has none).  Returns 0, or -1
 * when out of memory (r unchanged). */
int lr_page_result_take_words(lr_page_result *r, lr_doc_words *d);

/* Free r and everything in it (NULL is allowed). */
void lr_page_result_free(lr_page_result *r);

#endif
