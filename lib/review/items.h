/* Review items: what in a record a person must verify against the scan.
 * Each unresolved entry of the record's "review" list is an item, and so is
 * each owner whose match is "review" or "unmatched" and who has no
 * citizen_id (its field is "owners[N].citizen_id").  An item's box and
 * confidence cover every field it stands for, a whole table's included. */
#ifndef LR_ITEMS_H
#define LR_ITEMS_H

#include <stddef.h>
#include <jansson.h>

/* One item; pointers are borrowed from the record unless said otherwise. */
typedef struct lr_item {
	char *field;		/* path of the field (owned by the list) */
	const char *reason;	/* why it needs review */
	const json_t *value;	/* the value read, or NULL */
	const json_t *owner;	/* the owner, for an owner's match, else NULL */
	const json_t *candidates;	/* the owner's match candidates, or NULL */
	const json_t *also;	/* the fields it stands for too, or NULL */
	int page;		/* page of the field's box, 0 when none */
	double bbox[4];		/* x, y, w, h on that page */
	double conf;		/* OCR confidence, -1 when unknown */
} lr_item;

/* The items of rec: an array of *n items (sorted by page, then field) the
 * caller frees with lr_items_free().  NULL with *n 0 when there are none
 * (or memory ran out). */
lr_item *lr_items_of(const json_t *rec, size_t *n);

/* Free the items. */
void lr_items_free(lr_item *items, size_t n);

#endif
