/* Review items: listing what in a record needs a person's check. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "items.h"
#include "record/record.h"
#include "util/util.h"

/* A growing array of items. */
struct list {
	lr_item *v;
	size_t n, cap;
};

/* Grow it's box (page 0: none yet) by field entry f's box. */
static void
grow_box(lr_item *it, const json_t *f)
{
	const json_t *box = json_object_get(f, "bbox");
	int page = (int)json_integer_value(json_object_get(f, "page"));
	double b[4];

	if (json_array_size(box) != 4 || page < 1 ||
	    (it->page != 0 && page != it->page))
		return;
	for (int i = 0; i < 4; i++)
		b[i] = json_number_value(json_array_get(box, i));
	if (it->page == 0) {
		it->page = page;
		memcpy(it->bbox, b, sizeof(b));
		return;
	}
	double x1 = fmax(it->bbox[0] + it->bbox[2], b[0] + b[2]);
	double y1 = fmax(it->bbox[1] + it->bbox[3], b[1] + b[3]);
	it->bbox[0] = fmin(it->bbox[0], b[0]);
	it->bbox[1] = fmin(it->bbox[1], b[1]);
	it->bbox[2] = x1 - it->bbox[0];
	it->bbox[3] = y1 - it->bbox[1];
}

/* Fill page, bbox and conf from rec's "fields" entry for field; an item
 * on a row or column of a list ("parcels[2]", "parcels[].area") has the
 * lowest confidence and the box around the boxes of the fields it covers
 * on the first page they are on. */
static void
locate(lr_item *it, const json_t *rec, const char *field)
{
	const json_t *fields = json_object_get(rec, "fields");
	const json_t *f = json_object_get(fields, field);
	const char *path;
	json_t *g;

	it->conf = json_is_number(json_object_get(f, "conf")) ?
	    json_number_value(json_object_get(f, "conf")) : -1;
	if (f != NULL) {
		grow_box(it, f);
		return;
	}
	if (strchr(field, '[') == NULL)
		return;
	json_object_foreach((json_t *)fields, path, g) {
		double c = json_number_value(json_object_get(g, "conf"));
		if (!lr_path_covers(field, path))
			continue;
		if (it->conf < 0 || c < it->conf)
			it->conf = c;
		grow_box(it, g);
	}
}

/* Append an item for field (copied); returns it, or NULL. */
static lr_item *
add(struct list *l, const json_t *rec, const char *field, const char *reason)
{
	lr_item *it;

	if (lr_reserve(&l->v, &l->cap, l->n, sizeof(*l->v), 8) != 0)
		return NULL;
	it = &l->v[l->n];
	memset(it, 0, sizeof(*it));
	if ((it->field = strdup(field)) == NULL)
		return NULL;
	l->n++;
	it->reason = reason;
	it->value = lr_path_get(rec, field);
	locate(it, rec, field);
	return it;
}

/* The item for field, or NULL. */
static lr_item *
find(const struct list *l, const char *field)
{
	for (size_t i = 0; i < l->n; i++)
		if (strcmp(l->v[i].field, field) == 0)
			return &l->v[i];
	return NULL;
}

static void
review_items(struct list *l, const json_t *rec)
{
	const json_t *r;
	const char *field;
	size_t i;

	json_array_foreach(json_object_get(rec, "review"), i, r) {
		field = json_string_value(json_object_get(r, "field"));
		if (field == NULL || json_is_true(json_object_get(r, "resolved")) ||
		    find(l, field) != NULL)
			continue;
		add(l, rec, field, json_string_value(json_object_get(r, "reason")));
	}
}

/* Does this owner wait for a person to choose a citizen ID? */
static const char *
owner_reason(const json_t *o)
{
	const char *st = json_string_value(json_object_get(
	    json_object_get(o, "match"), "status"));
	const char *cid = json_string_value(json_object_get(o, "citizen_id"));

	if (st == NULL || (cid != NULL && *cid != '\0'))
		return NULL;
	if (strcmp(st, "review") == 0)
		return "owner's personal ID match needs review";
	if (strcmp(st, "unmatched") == 0)
		return "owner not matched to a personal ID";
	return NULL;
}

static void
owner_items(struct list *l, const json_t *rec)
{
	const json_t *o;
	const char *why;
	lr_item *it;
	char field[64], name[64];
	size_t i;

	json_array_foreach(json_object_get(rec, "owners"), i, o) {
		if ((why = owner_reason(o)) == NULL)
			continue;
		snprintf(field, sizeof(field), "owners[%zu].citizen_id", i);
		snprintf(name, sizeof(name), "owners[%zu].name", i);
		if ((it = find(l, field)) == NULL &&
		    (it = add(l, rec, field, why)) == NULL)
			continue;
		it->owner = o;
		it->candidates = json_object_get(json_object_get(o, "match"),
		    "candidates");
		if (it->page == 0)
			locate(it, rec, name);
	}
}

static int
by_page(const void *a, const void *b)
{
	const lr_item *x = a, *y = b;

	if (x->page != y->page)
		return x->page < y->page ? -1 : 1;
	return strcmp(x->field, y->field);
}

lr_item *
lr_items_of(const json_t *rec, size_t *n)
{
	struct list l = { 0 };

	review_items(&l, rec);
	owner_items(&l, rec);
	if (l.n == 0) {
		free(l.v);
		l.v = NULL;
	} else
		qsort(l.v, l.n, sizeof(*l.v), by_page);
	*n = l.n;
	return l.v;
}

void
lr_items_free(lr_item *items, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(items[i].field);
	free(items);
}
