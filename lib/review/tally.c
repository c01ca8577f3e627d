/* Progress counts: a sorted array of communes with their counts. */
#include <stdio.h>
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

/* 1 when the string v has n characters. */
static int
has_len(const json_t *v, size_t n)
{
	return json_is_string(v) && json_string_length(v) == n;
}

static void
count_owners(lr_counts *c, const json_t *owners)
{
	const json_t *o, *cid;
	const char *st;
	size_t i;

	json_array_foreach(owners, i, o) {
		c->owners++;
		cid = json_object_get(o, "citizen_id");
		if (json_is_string(cid) && json_string_length(cid) > 0)
			c->linked++;
		c->organisations += json_is_true(json_object_get(o,
		    "organisation"));
		c->id12 += has_len(cid, 12) || has_len(json_object_get(o, "id_number"), 12);
		st = json_string_value(json_object_get(json_object_get(o, "match"), "status"));
		c->to_review += st != NULL && strcmp(st, "review") == 0;
		c->not_found += st != NULL && strcmp(st, "unmatched") == 0;
	}
}

/* The row of open review item it: its owner's row, else the record's
 * first (0 for a scanned document). */
static json_int_t
problem_row(const json_t *rec, const json_t *it)
{
	const char *path = json_string_value(json_object_get(it, "field"));
	unsigned k;
	const json_t *row;

	if (path != NULL && sscanf(path, "owners[%u]", &k) == 1 &&
	    json_is_integer(row = json_object_get(json_array_get(
	    json_object_get(rec, "owners"), k), "row")))
		return json_integer_value(row);
	return json_integer_value(json_array_get(json_object_get(rec, "rows"), 0));
}

/* Rows: a register record's, or 1 for a document; with problems: the
 * distinct rows of its open review items. */
static void
count_rows(lr_counts *c, const json_t *rec)
{
	const json_t *it;
	json_int_t seen[64];
	size_t i, n = 0, nrows = json_array_size(json_object_get(rec, "rows"));

	c->rows += nrows ? (long)nrows : 1;
	json_array_foreach(json_object_get(rec, "review"), i, it) {
		json_int_t r;
		size_t k;
		if (json_is_true(json_object_get(it, "resolved")))
			continue;
		r = problem_row(rec, it);
		for (k = 0; k < n && seen[k] != r; k++)
			;
		if (k == n && n < sizeof(seen) / sizeof(seen[0]))
			seen[n++] = r;
	}
	c->rows_problem += (long)n;
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
	count_rows(c, rec);
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
		c->organisations += t->v[i].c.organisations;
		c->review += t->v[i].c.review;
		c->resolved += t->v[i].c.resolved;
		c->rejected += t->v[i].c.rejected;
		c->to_review += t->v[i].c.to_review;
		c->not_found += t->v[i].c.not_found;
		c->id12 += t->v[i].c.id12;
		c->rows += t->v[i].c.rows;
		c->rows_problem += t->v[i].c.rows_problem;
	}
}

double
lr_counts_linked(const lr_counts *c)
{
	long n = c->owners - c->organisations;

	return n > 0 ? (double)c->linked / (double)n : 1.0;
}

double
lr_counts_id12(const lr_counts *c)
{
	long n = c->owners - c->organisations;

	return n > 0 ? (double)c->id12 / (double)n : 1.0;
}

double
lr_counts_reviewed(const lr_counts *c)
{
	return c->review ? (double)c->resolved / (double)c->review : 1.0;
}
