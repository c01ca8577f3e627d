/* Importing a scanned document: the scan-import record of one document made
 * of one or more TIFF files. */
#ifndef LR_IMPORT_H
#define LR_IMPORT_H

#include <stdint.h>
#include <jansson.h>

#include "util/util.h"

typedef struct lr_import_opts {
	uint64_t max_pixels;	/* per page; 0: LR_MAX_PIXELS */
	double low_dpi;		/* warn under this resolution; 0: 200 */
	int orient;		/* test pages for upside-down text */
	int no_split;		/* keep two pages side by side as one */
} lr_import_opts;

/* Build the record {"id", "source", "sha256", "bytes", "pages", "warnings"}
 * of the document whose pages are the pages of files[0..nfiles-1] in order.
 * A page that cannot be decoded gets an "error" key and the other pages
 * carry on.  Returns a new record the caller owns, or NULL with err set when
 * a file cannot be read as a TIFF at all (err then names the file). */
json_t *lr_import(const char *id, char *const files[], int nfiles,
    const lr_import_opts *opts, lr_err *err);

/* The number of errors in rec (a broken page chain in its "error", pages
 * with an "error"), and the first message (borrowed from rec) in *first. */
int lr_import_errors(const json_t *rec, const char **first);

#endif
