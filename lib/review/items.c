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

/* Take field entry f into it: the lowest confidence and the box. */
static void
take(lr_item *it, const json_t *f)
{
	const json_t *c = json_object_get(f, "conf");

	if (json_is_number(c) && (it->conf < 0 ||
	    json_number_value(c) < it->conf))
		it->conf = json_number_value(c);
	grow_box(it, f);
}

/* Take into it rec's "fields" entry for path, or else every entry path
 * covers ("parcels[2]", "parcels[].area", a whole table's "parcels"): the
 * lowest confidence, and the box around their boxes on the first page
 * they are on. */
static void
cover(lr_item *it, const json_t *rec, const char *path)
{
	const json_t *fields = json_object_get(rec, "fields");
	const json_t *f = json_object_get(fields, path);
	const char *k;
	json_t *g;

	if (f != NULL) {
		take(it, f);
		return;
	}
	json_object_foreach((json_t *)fields, k, g)
		if (lr_path_covers(path, k))
			take(it, g);
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
	it->conf = -1;
	cover(it, rec, field);
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
	const json_t *r, *also;
	const char *field;
	lr_item *it;
	size_t i, k;

	json_array_foreach(json_object_get(rec, "review"), i, r) {
		field = json_string_value(json_object_get(r, "field"));
		if (field == NULL || json_is_true(json_object_get(r, "resolved")) ||
		    find(l, field) != NULL || (it = add(l, rec, field,
		    json_string_value(json_object_get(r, "reason")))) == NULL)
			continue;
		it->also = json_object_get(r, "also");
		json_array_foreach(it->also, k, also)
			if (json_is_string(also))
				cover(it, rec, json_string_value(also));
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
			cover(it, rec, name);
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
