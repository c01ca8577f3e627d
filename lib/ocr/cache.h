/* The OCR cache: an SQLite file of page results keyed by the page's pixels
 * and everything that changes the result (engine, language, options).  Safe
 * to kill at any moment and to share between processes (WAL, busy timeout);
 * one handle may be used from several threads. */
#ifndef LR_CACHE_H
#define LR_CACHE_H

#include <leptonica/allheaders.h>

#include "util/util.h"

typedef struct lr_cache lr_cache;

/* Open or create the cache at path (created mode 0600: results hold
 * personal data).  Returns NULL with err set on failure. */
lr_cache *lr_cache_open(const char *path, lr_err *err);

/* The key of a page: SHA-256 of sig and of pix's size, depth, resolution and
 * pixels (pix borrowed), as 64 hex digits and a NUL.  Returns 0, or -1 when
 * out of memory. */
int lr_cache_key(PIX *pix, const char *sig, char key[65]);

/* Look key up.  Returns 1 with *value a new string the caller frees, 0 when
 * it is not there, -1 with err set when the file cannot be read. */
int lr_cache_get(lr_cache *c, const char *key, char **value, lr_err *err);

/* Store value under key, replacing what was there; committed on return.
 * Returns 0, or -1 with err set. */
int lr_cache_put(lr_cache *c, const char *key, const char *value, lr_err *err);

/* Close the file (NULL is allowed). */
void lr_cache_close(lr_cache *c);

#endif
