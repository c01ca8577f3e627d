/* Progress counts: a sorted array of communes with their counts. */
#include <stdlib.h>
#include <string.h>

#include "items.h"
#include "record/record.h"
#include "tally.h"
#include "util/util.h"

struct entry {
	char code[16];
	lr_counts c;
};

struct lr_tally {
	struct entry *v;
	size_t n, cap;
	json_t *seen;		/* id -> 1 counted, 2 counted and rejected */
};

lr_tally *
lr_tally_new(void)
{
	lr_tally *t = calloc(1, sizeof(lr_tally));

	if (t != NULL && (t->seen = json_object()) == NULL) {
		free(t);
		return NULL;
	}
	return t;
}

void
lr_tally_free(lr_tally *t)
{
	if (t == NULL)
		return;
	json_decref(t->seen);
	free(t->v);
	free(t);
}

/* The counts of commune code, added in order when new; NULL on no memory. */
static lr_counts *
counts_of(lr_tally *t, const char *code)
{
	size_t lo = 0, hi = t->n, mid;
	int c;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if ((c = strcmp(t->v[mid].code, code)) == 0)
			return &t->v[mid].c;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lr_reserve(&t->v, &t->cap, t->n, sizeof(*t->v), 32) != 0)
		return NULL;
	memmove(&t->v[lo + 1], &t->v[lo], (t->n - lo) * sizeof(*t->v));
	memset(&t->v[lo], 0, sizeof(*t->v));
	snprintf(t->v[lo].code, sizeof(t->v[lo].code), "%s", code);
	t->n++;
	return &t->v[lo].c;
}

static void
count_owners(lr_counts *c, const json_t *owners)
{
	const json_t *o, *cid;
	size_t i;

	json_array_foreach(owners, i, o) {
		c->owners++;
		cid = json_object_get(o, "citizen_id");
		if (json_is_string(cid) && json_string_length(cid) > 0)
			c->linked++;
	}
}

static void
count_review(lr_counts *c, const json_t *review)
{
	const json_t *r;
	size_t i;

	json_array_foreach(review, i, r) {
		c->review++;
		if (json_is_true(json_object_get(r, "resolved")))
			c->resolved++;
	}
}

int
lr_tally_add(lr_tally *t, const json_t *rec)
{
	const json_t *inner = json_object_get(rec, "record");
	int rejected = json_object_get(rec, "rejected") != NULL;
	lr_counts *c;

	const char *id;
	json_int_t was;

	if (json_is_object(inner) && json_object_get(rec, "reasons") != NULL) {
		rec = inner;
		rejected = 1;
	}
	if ((c = counts_of(t, lr_record_commune(rec))) == NULL)
		return -1;
	/* A document met again (its rejects line after its record, or the
	 * same stream fed twice) is counted once. */
	id = lr_record_id(rec);
	was = json_integer_value(json_object_get(t->seen, id));
	if (*id != '\0' && json_object_set_new(t->seen, id,
	    json_integer(rejected || was == 2 ? 2 : 1)) != 0)
		return -1;
	if (was != 0) {
		c->rejected += rejected && was == 1;
		return 0;
	}
	c->docs++;
	c->rejected += rejected;
	c->pages += (long)json_array_size(json_object_get(rec, "pages"));
	c->parcels += (long)json_array_size(json_object_get(rec, "parcels"));
	count_owners(c, json_object_get(rec, "owners"));
	count_review(c, json_object_get(rec, "review"));
	return 0;
}

size_t
lr_tally_size(const lr_tally *t)
{
	return t->n;
}

const char *
lr_tally_get(const lr_tally *t, size_t i, lr_counts *c)
{
	*c = t->v[i].c;
	return t->v[i].code;
}

void
lr_tally_total(const lr_tally *t, lr_counts *c)
{
	memset(c, 0, sizeof(*c));
	for (size_t i = 0; i < t->n; i++) {
		c->docs += t->v[i].c.docs;
		c->pages += t->v[i].c.pages;
		c->parcels += t->v[i].c.parcels;
		c->owners += t->v[i].c.owners;
		c->linked += t->v[i].c.linked;
		c->review += t->v[i].c.review;
		c->resolved += t->v[i].c.resolved;
		c->rejected += t->v[i].c.rejected;
	}
}

double
lr_counts_linked(const lr_counts *c)
{
	return c->owners ? (double)c->linked / (double)c->owners : 1.0;
}

double
lr_counts_reviewed(const lr_counts *c)
{
	return c->review ? (double)c->resolved / (double)c->review : 1.0;
}
