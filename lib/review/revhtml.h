/* Review pages: the static HTML a person checks OCR results with, one page
 * per document and an index by commune.  Labels are Vietnamese. */
#ifndef LR_REVHTML_H
#define LR_REVHTML_H

#include <jansson.h>

#include "html.h"
#include "items.h"

/* The page of one document: for each item its crop (crops[i], a file name
 * relative to the page, or NULL when there is none), the value read, the
 * reason, and an owner's candidates with their weights and evidence.
 * index is the index page's file name, for the link back.  NULL when out of
 * memory; free with lr_html_free(). */
lr_html *lr_review_page(const json_t *rec, const lr_item *items, size_t n,
    char *const *crops, const char *index);

/* What the index says of one document. */
typedef struct lr_review_doc {
	char *id;		/* the record's id */
	char *page;		/* its page's file name */
	char *commune;		/* commune code, "" when unknown */
	char *number;		/* decision number, "" when unknown */
	int fields;		/* items that are not owners */
	int owners;		/* owners awaiting a personal ID */
} lr_review_doc;

/* The index page: docs (sorted here by commune, then id) grouped under a
 * heading per commune with their counts. */
lr_html *lr_review_index(lr_review_doc *docs, size_t n);

#endif
