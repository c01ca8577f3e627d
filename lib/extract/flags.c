/* The review list of one extraction made fit for a clerk: reasons that
 * rarely flagged a wrong value in calibration dropped, the items of one
 * list of owners or parcels merged, once per column and once per row, and
 * the items of one cause in one place then made one. */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "result-int.h"
#include "record/record.h"

/* An item's place in a list: "parcels[3].area" is list "parcels", row 3,
 * key "area"; "parcels[3]" has key "". */
struct place {
	char list[16];
	int row;
	const char *key;
};

/* The place of path, or 0 when it is not in a list of owners or parcels. */
static int
place_of(const char *path, struct place *p)
{
	int n = 0;

	if (sscanf(path, "%15[a-z][%d]%n", p->list, &p->row, &n) != 2 ||
	    n == 0 || (strcmp(p->list, "owners") != 0 &&
	    strcmp(p->list, "parcels") != 0))
		return 0;
	p->key = path[n] == '.' ? path + n + 1 : path[n] == '\0' ? "" : NULL;
	return p->key != NULL;
}

static const char *
field_of(const json_t *it)
{
	return json_string_value(json_object_get(it, "field"));
}

static const char *
reason_of(const json_t *it)
{
	return json_string_value(json_object_get(it, "reason"));
}

/* Append s to buf (size n) after sep unless buf holds it already as one
 * of its entries. */
static void
add_text(char *buf, size_t n, const char *sep, const char *s)
{
	size_t len = strlen(buf), sl = strlen(s), pl = strlen(sep);

	for (const char *at = buf; (at = strstr(at, s)) != NULL; at++)
		if ((at == buf || (at - buf >= (ptrdiff_t)pl &&
		    strncmp(at - pl, sep, pl) == 0)) && (at[sl] == '\0' ||
		    strncmp(at + sl, sep, pl) == 0))
			return;
	snprintf(buf + len, n - len, "%s%s", len ? sep : "", s);
}

/* One review list being merged: its items and which are gone. */
struct merge {
	json_t *rev;
	char *gone;
	size_t n;
};

/* Does item j belong with item i, whose place is a: the same column when
 * by_key, else the same row? */
static int
alike(const struct merge *m, size_t j, const struct place *a, int by_key)
{
	struct place b;

	if (m->gone[j] || !place_of(field_of(json_array_get(m->rev, j)), &b) ||
	    strcmp(a->list, b.list) != 0)
		return 0;
	return by_key ? strcmp(a->key, b.key) == 0 : a->row == b.row;
}

/* Is item j the first of its row (by_key) or key among items i..j? */
static int
first_of_row(const struct merge *m, size_t i, size_t j, int by_key)
{
	struct place a, b;

	place_of(field_of(json_array_get(m->rev, j)), &a);
	for (size_t k = i; k < j; k++)
		if (!m->gone[k] && place_of(field_of(json_array_get(m->rev, k)),
		    &b) && strcmp(a.list, b.list) == 0 && (by_key ?
		    a.row == b.row : strcmp(a.key, b.key) == 0))
			return 0;
	return 1;
}

/* Replace item i and the items after it in its column (by_key) or row by
 * one item when there are at least min of them: the rows or keys and the
 * reasons in one line ("rows 1, 3: not found"). */
static void
merge_at(struct merge *m, size_t i, int by_key, int min)
{
	char what[256] = "", why[512] = "", field[64], reason[800], num[160];
	struct place a, b;
	int count = 0;

	if (m->gone[i] || !place_of(field_of(json_array_get(m->rev, i)), &a) ||
	    (by_key && a.key[0] == '\0'))
		return;
	for (size_t j = i; j < m->n; j++)
		count += alike(m, j, &a, by_key) && first_of_row(m, i, j, by_key);
	if (count < min)
		return;
	for (size_t j = i; j < m->n; j++) {
		json_t *it = json_array_get(m->rev, j);
		if (!alike(m, j, &a, by_key))
			continue;
		place_of(field_of(it), &b);
		if (by_key) {
			snprintf(num, sizeof(num), "%d", b.row + 1);
			add_text(what, sizeof(what), ", ", num);
			add_text(why, sizeof(why), "; ", reason_of(it));
		} else {
			snprintf(num, sizeof(num), "%s: %s", b.key[0] ? b.key :
			    "row", reason_of(it));
			add_text(why, sizeof(why), "; ", num);
		}
		m->gone[j] = j != i;
	}
	if (by_key)
		snprintf(field, sizeof(field), "%s[].%s", a.list, a.key);
	else
		snprintf(field, sizeof(field), "%s[%d]", a.list, a.row);
	if (by_key)
		snprintf(reason, sizeof(reason), "rows %s: %s", what, why);
	else
		snprintf(reason, sizeof(reason), "%s", why);
	json_array_set_new(m->rev, i, json_pack("{s:s,s:s}", "field", field,
	    "reason", reason));
	m->gone[i] = 2;		/* merged: not merged again */
}

enum { CAUSE_PARTS = 24, CAUSE_LEN = 1024 };

static int
by_text(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The length of the key that names a field before a reason ("name: "),
 * 0 when s starts with none. */
static size_t
key_len(const char *s)
{
	size_t n = strspn(s, "abcdefghijklmnopqrstuvwxyz_");

	return n > 0 && s[n] == ':' && s[n + 1] == ' ' ? n + 2 : 0;
}

/* The cause of reason why into buf (n bytes): the rows it names ("rows 1,
 * 3: ", a column's), then its reasons without the keys that name their
 * fields ("name: "), each once, in order. */
static void
cause_of(const char *why, char *buf, size_t n)
{
	char copy[CAUSE_LEN], *part[CAUSE_PARTS], *at = copy, *end;
	size_t len = 0;
	int np = 0;

	snprintf(copy, sizeof(copy), "%s", why);
	buf[0] = '\0';
	if (strncmp(at, "rows ", 5) == 0 && (end = strstr(at, ": ")) != NULL) {
		*end = '\0';
		len = (size_t)snprintf(buf, n, "%s|", at);
		at = end + 2;
	}
	for (; at != NULL && np < CAUSE_PARTS; at = end) {
		if ((end = strstr(at, "; ")) != NULL)
			*end = '\0', end += 2;
		part[np++] = at + key_len(at);
	}
	qsort(part, (size_t)np, sizeof(*part), by_text);
	for (int i = 0; i < np && len < n; i++)
		if (i == 0 || strcmp(part[i], part[i - 1]) != 0)
			len += (size_t)snprintf(buf + len, n - len, "%s;", part[i]);
}

/* The place of item it's field into out (n bytes): "list[]" for a
 * column's ("owners[].id_type"), "row N" for a row's or a field of a row,
 * "" for any other; *whole 1 when the item is on a whole row. */
static void
cause_place(const json_t *it, char *out, size_t n, int *whole)
{
	const char *f = field_of(it);
	struct place p;

	*whole = 0;
	out[0] = '\0';
	if (strstr(f, "[].") != NULL)
		snprintf(out, n, "column");
	else if (place_of(f, &p)) {
		snprintf(out, n, "row %d", p.row);
		*whole = p.key[0] == '\0';
	}
}

/* Does cause c (cause_of()) hold a doubt each field has of its own (a
 * confidence, a value missing, a column named by its values alone), which
 * two fields never share? */
static int
own_doubt(const char *c)
{
	return strstr(c, "low confidence;") != NULL ||
	    strstr(c, "not found;") != NULL ||
	    strstr(c, "column named by its values") != NULL;
}

/* Are items i and j of m of one cause in one place: a column's items of
 * the same rows (a column's id_number and id_type, the owners' and the
 * parcels' communes), or a row's items where one is on the whole row (a
 * table's row doubted for its holder and its parcel alike), their
 * reasons the same? */
static int
one_cause(const struct merge *m, size_t i, size_t j)
{
	const json_t *a = json_array_get(m->rev, i), *b = json_array_get(m->rev,
	    j);
	char pa[32], pb[32], ca[CAUSE_LEN], cb[CAUSE_LEN];
	int wa, wb;

	cause_place(a, pa, sizeof(pa), &wa);
	cause_place(b, pb, sizeof(pb), &wb);
	if (pa[0] == '\0' || strcmp(pa, pb) != 0 || (pa[0] == 'r' && !wa &&
	    !wb))
		return 0;
	cause_of(reason_of(a), ca, sizeof(ca));
	cause_of(reason_of(b), cb, sizeof(cb));
	return strcmp(ca, cb) == 0 && !own_doubt(ca);
}

/* Is every reason of cause a (cause_of()) one of cause b's, their rows
 * aside? */
static int
cause_within(const char *a, const char *b)
{
	char part[CAUSE_LEN], *end;

	a += strchr(a, '|') != NULL ? strcspn(a, "|") + 1 : 0;
	for (; *a != '\0'; a = end + 1) {
		if ((end = strchr(a, ';')) == NULL)
			return 1;
		snprintf(part, sizeof(part), "%.*s;", (int)(end - a), a);
		if (strstr(b, part) == NULL)
			return 0;
	}
	return 1;
}

/* Is item j of m on a field told by another (an ID's type by its number,
 * a sex by the name), that field under item i for its reasons too? */
static int
told_by(const struct merge *m, size_t i, size_t j)
{
	static const char *const told[][2] = { { "id_type", "id_number" },
	    { "gender", "name" } };
	const json_t *b = json_array_get(m->rev, j);
	const char *f = field_of(b), *col = strstr(f, "[].");
	char base[64], ca[CAUSE_LEN], cb[CAUSE_LEN];
	struct place p;

	if (col != NULL)	/* a column's: "owners[].id_type" */
		p.key = col + 3, p.row = -1, snprintf(p.list, sizeof(p.list),
		    "%.*s", (int)(col - f), f);
	else if (!place_of(f, &p))
		return 0;
	for (size_t k = 0; k < sizeof(told) / sizeof(told[0]); k++) {
		if (strcmp(p.key, told[k][0]) != 0)
			continue;
		if (p.row < 0)
			snprintf(base, sizeof(base), "%s[].%s", p.list,
			    told[k][1]);
		else
			snprintf(base, sizeof(base), "%s[%d].%s", p.list, p.row,
			    told[k][1]);
		if (!lr_item_covers(json_array_get(m->rev, i), base))
			return 0;
		cause_of(reason_of(b), cb, sizeof(cb));
		cause_of(reason_of(json_array_get(m->rev, i)), ca, sizeof(ca));
		return cause_within(cb, ca) && (p.row >= 0 || strncmp(ca, cb,
		    strcspn(cb, "|") + 1) == 0);
	}
	return 0;
}

/* Make the items of one cause in one place one, and an item on a field
 * told by another one with that other's: the first stands for the others
 * ("also"). */
static void
merge_causes(struct merge *m)
{
	for (size_t i = 0; i < m->n; i++)
		for (size_t j = 0; j < m->n && m->gone[i] != 1; j++) {
			json_t *it = json_array_get(m->rev, i), *also;
			if (j == i || m->gone[j] == 1 || ((j < i ||
			    !one_cause(m, i, j)) && !told_by(m, i, j)))
				continue;
			if ((also = json_object_get(it, "also")) == NULL)
				json_object_set_new(it, "also", also = json_array());
			json_array_append_new(also, json_string(field_of(
			    json_array_get(m->rev, j))));
			m->gone[j] = 1;
		}
}

int
lr_x_reason_kept(const lr_xctx *c, const char *why)
{
	double hit = lr_xdata_reason_hit(c->s, why);

	return c->s->set[SET_MERGE_COLUMN] <= 0 || hit < 0 ||
	    hit >= c->s->set[SET_REASON_MIN];
}

/* Does item it, on a whole list or object such as "parcels" (the table
 * could not be read) or standing for others ("also": ["owners"]), cover
 * path f, another item's? */
static int
stands_for(const json_t *it, const char *f)
{
	const char *g = field_of(it);

	return strcmp(g, f) != 0 && strpbrk(g, "[.") == NULL &&
	    lr_item_covers(it, f);
}

/* Is item i covered by another item? */
static int
covered(const struct merge *m, size_t i)
{
	const char *f = field_of(json_array_get(m->rev, i));

	for (size_t j = 0; j < m->n; j++)
		if (!m->gone[j] && stands_for(json_array_get(m->rev, j), f))
			return 1;
	return 0;
}

void
lr_x_review_merge(lr_xctx *c)
{
	struct merge m = { .rev = c->review, .n = json_array_size(c->review) };
	json_t *out;

	if (m.n == 0 || c->s->set[SET_MERGE_COLUMN] <= 0 ||
	    (m.gone = calloc(m.n, 1)) == NULL ||
	    (out = json_array()) == NULL) {
		free(m.gone);
		return;
	}
	for (size_t i = 0; i < m.n; i++)	/* a table flagged whole stays */
		m.gone[i] = json_object_get(json_array_get(m.rev, i), "also") ==
		    NULL && !lr_x_reason_kept(c, reason_of(json_array_get(m.rev,
		    i)));
	for (size_t i = 0; i < m.n; i++)
		m.gone[i] |= (char)covered(&m, i);
	for (size_t i = 0; i < m.n; i++)
		merge_at(&m, i, 1, (int)c->s->set[SET_MERGE_COLUMN]);
	for (size_t i = 0; i < m.n; i++)
		merge_at(&m, i, 0, 2);
	merge_causes(&m);
	for (size_t i = 0; i < m.n; i++)
		if (m.gone[i] != 1)
			json_array_append(out, json_array_get(m.rev, i));
	json_decref(c->review);
	c->review = out;
	free(m.gone);
}
