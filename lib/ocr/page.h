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

/* What to do with each page. */
typedef struct lr_ocrpage_opts {
	lr_clean_opts clean;
	int timeout_ms;		/* give a page up after this long; 0: never */
	int want_hocr;		/* also make the page's hOCR */
	uint64_t max_pixels;	/* decode limit; 0: LR_MAX_PIXELS */
	const lr_lexicon *lexicon;	/* restore marks from it; NULL: not */
	int recover;		/* read lines the layout left unread */
} lr_ocrpage_opts;

/* OCR TIFF directory ifd of path as page n with engine e and cache c (NULL
 * for none); both borrowed.  Returns a new object the caller owns:
 * {"rotation", "deskew", "binarised", "upscaled", "denoised", "ocr_conf"
 * (null when no words), "ocr_ms", "restored" (words whose marks the lexicon restored),
 * "recovered" (lines read again that the page layout had left unread),
 * "text", "words" (the page in lr_words_to_json() form),
 * "hocr" (when asked), "cached" (true when it came from the cache)}.  When
 * the page fails, the object has "ocr_error" (and err holds the same
 * message; "timed_out" is true when it took too long) with whatever cleanup keys were known; NULL only when out of
 * memory.  A cache that fails to read or write only sets "cache_error". */
json_t *lr_ocrpage_run(lr_ocr *e, lr_cache *c, const char *path, int ifd,
    int n, const lr_ocrpage_opts *o, lr_err *err);

#endif
