/* Correction sheets: writing templates, loading filled sheets, applying
 * them to records. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "text/text.h"
#include "record/record.h"
#include "sheet.h"
#include "util/util.h"

enum { C_ID, C_FIELD, C_READ, C_CORR, C_CAND, C_WHO, C_DATE, NCOLS };

/* One row of a filled sheet; cells are owned copies. */
struct row {
	size_t line;
	char *cell[NCOLS];
	int seen;		/* a record with this id was applied */
};

struct lr_sheet {
	struct row *rows;
	size_t n, cap;
};

void
lr_sheet_write_header(FILE *fp)
{
	fputs(LR_SHEET_HEADER "\n", fp);
}

/* The candidates of an item as one cell: each citizen with its birth (what
 * tells namesakes apart) when the registry gave one, and its weight. */
static void
put_candidates(FILE *fp, const json_t *cands)
{
	const json_t *c;
	size_t i;
	char buf[128], born[32];

	json_array_foreach(cands, i, c) {
		const char *id = json_string_value(json_object_get(c,
		    "citizen_id"));
		const char *b = json_string_value(json_object_get(c, "born"));
		snprintf(born, sizeof(born), "born %s, ", b);
		snprintf(buf, sizeof(buf), "%s%s (%s%.1f)", i ? ", " : "",
		    id != NULL ? id : "?", b != NULL ? born : "",
		    json_number_value(json_object_get(c, "weight")));
		lr_tsv_put(fp, buf, 0);
	}
	fputc('\t', fp);
}

/* One row: field of rec with its value and candidates (may be NULL). */
static void
put_row(FILE *fp, const json_t *rec, const char *field, const json_t *value,
    const json_t *candidates)
{
	char *v = lr_path_text(value);

	lr_tsv_put(fp, lr_record_id(rec), '\t');
	lr_tsv_put(fp, field, '\t');
	lr_tsv_put(fp, v, '\t');
	free(v);
	fputc('\t', fp);
	put_candidates(fp, candidates);
	fputs("\t\n", fp);
}

void
lr_sheet_write_rows(FILE *fp, const json_t *rec, const lr_item *items,
    size_t n)
{
	for (size_t i = 0; i < n; i++)
		put_row(fp, rec, items[i].field, items[i].value,
		    items[i].candidates);
}

/* Append to rows the row of field of rec (once), and with candidates. */
static void
add_unblock(json_t *rows, const json_t *rec, const char *field,
    const json_t *candidates)
{
	char *text = NULL;
	size_t len = 0, i;
	FILE *fp = open_memstream(&text, &len);
	json_t *r;

	if (fp == NULL)
		return;
	put_row(fp, rec, field, lr_path_get(rec, field), candidates);
	fclose(fp);
	if (len > 0)
		text[len - 1] = '\0';	/* the newline */
	json_array_foreach(rows, i, r)
		if (strcmp(json_string_value(r), text) == 0)
			break;
	if (i == json_array_size(rows))
		json_array_append_new(rows, json_string(text));
	free(text);
}

/* The owners[N].citizen_id row of the owner field lies in, when it has
 * candidates and no citizen. */
static void
add_owner_link(json_t *rows, const json_t *rec, const char *field)
{
	unsigned n;
	char path[64];
	const json_t *o, *cands;

	if (sscanf(field, "owners[%u]", &n) != 1)
		return;
	o = json_array_get(json_object_get(rec, "owners"), n);
	cands = json_object_get(json_object_get(o, "match"), "candidates");
	if (json_string_value(json_object_get(o, "citizen_id")) != NULL ||
	    json_array_size(cands) == 0)
		return;
	snprintf(path, sizeof(path), "owners[%u].citizen_id", n);
	add_unblock(rows, rec, path, cands);
}

/* Does field name one value of rec a sheet can set (not "owners", not a
 * whole object, not a note such as "schema")? */
static int
value_field(const json_t *rec, const char *field)
{
	const json_t *v = lr_path_get(rec, field);

	return strpbrk(field, ".[") != NULL && lr_path_settable(rec, field) &&
	    !json_is_object(v) && !json_is_array(v);
}

json_t *
lr_sheet_unblock_rows(const json_t *rec, const json_t *reasons)
{
	json_t *rows = json_array(), *r;
	char field[256];
	size_t i;

	json_array_foreach(reasons, i, r) {
		const char *why = json_string_value(r);
		size_t len = why != NULL ? strcspn(why, ":") : 0;
		if (len == 0 || why[len] == '\0' || len >= sizeof(field))
			continue;
		snprintf(field, sizeof(field), "%.*s", (int)len, why);
		if (!value_field(rec, field))
			continue;
		add_unblock(rows, rec, field, NULL);
		add_owner_link(rows, rec, field);
	}
	return rows;
}

static void
tell(lr_sheet_fn fn, void *ctx, size_t line, const char *fmt, const char *a)
{
	char msg[512];

	snprintf(msg, sizeof(msg), fmt, a);
	fn(line, msg, ctx);
}

/* Add the row in cells[0..n-1] (missing trailing cells are empty). */
static int
add_row(lr_sheet *s, size_t line, char **cells, int n)
{
	struct row *r;

	if (lr_reserve(&s->rows, &s->cap, s->n, sizeof(*s->rows), 64) != 0)
		return -1;
	r = &s->rows[s->n++];
	memset(r, 0, sizeof(*r));
	r->line = line;
	for (int i = 0; i < NCOLS; i++)
		if ((r->cell[i] = strdup(i < n ? cells[i] : "")) == NULL)
			return -1;
	return 0;
}

/* Parse one data line into s, or tell fn why not. */
static int
parse_row(lr_sheet *s, char *text, size_t line, lr_sheet_fn fn, void *ctx)
{
	char *cells[NCOLS];
	int n = lr_tsv_split(text, cells, NCOLS);

	if (n < 0) {
		tell(fn, ctx, line, "%s", "bad escape (only \\\\ \\t \\n \\r)");
		return 0;
	}
	if (n > NCOLS || n < C_CORR + 1 || cells[C_ID][0] == '\0' ||
	    cells[C_FIELD][0] == '\0') {
		tell(fn, ctx, line, "%s", "expected the columns " LR_SHEET_HEADER);
		return 0;
	}
	return add_row(s, line, cells, n);
}

static int
by_id_field(const void *a, const void *b)
{
	const struct row *x = a, *y = b;
	int c = strcmp(x->cell[C_ID], y->cell[C_ID]);

	if (c == 0)
		c = strcmp(x->cell[C_FIELD], y->cell[C_FIELD]);
	return c != 0 ? c : x->line < y->line ? -1 : x->line > y->line;
}

static void
row_free(struct row *r)
{
	for (int i = 0; i < NCOLS; i++)
		free(r->cell[i]);
}

/* Sort the rows and drop repeated (id, field) rows, telling fn. */
static void
drop_repeats(lr_sheet *s, lr_sheet_fn fn, void *ctx)
{
	size_t w = 0;

	qsort(s->rows, s->n, sizeof(*s->rows), by_id_field);
	for (size_t i = 0; i < s->n; i++) {
		if (w > 0 && strcmp(s->rows[w - 1].cell[C_ID],
		    s->rows[i].cell[C_ID]) == 0 && strcmp(s->rows[w - 1].cell[C_FIELD],
		    s->rows[i].cell[C_FIELD]) == 0) {
			tell(fn, ctx, s->rows[i].line, "%s: repeats an earlier row",
			    s->rows[i].cell[C_FIELD]);
			row_free(&s->rows[i]);
			continue;
		}
		s->rows[w++] = s->rows[i];
	}
	s->n = w;
}

/* Read the lines of fp into s.  Returns 0, or -1 with err set. */
static int
read_rows(lr_sheet *s, FILE *fp, lr_sheet_fn fn, void *ctx, lr_err *err)
{
	char *line = NULL;
	size_t cap = 0, lineno = 0;
	ssize_t len;
	int r = 0;

	while (r == 0 && (len = getline(&line, &cap, fp)) >= 0) {
		lineno++;
		while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
			line[--len] = '\0';
		if (lineno == 1 && strcmp(line, LR_SHEET_HEADER) != 0) {
			lr_err_set(err, "line 1: not a correction sheet: expected "
			    "the header %s", LR_SHEET_HEADER);
			r = -1;
		} else if (lineno > 1 && len > 0)
			r = parse_row(s, line, lineno, fn, ctx);
	}
	if (r == 0 && (ferror(fp) || lineno == 0))
		lr_err_set(err, "%s", lineno ? strerror(errno) : "empty file");
	free(line);
	return r == 0 && !ferror(fp) && lineno > 0 ? 0 : -1;
}

lr_sheet *
lr_sheet_load(const char *path, lr_sheet_fn fn, void *ctx, lr_err *err)
{
	lr_sheet *s = calloc(1, sizeof(*s));
	FILE *fp = fopen(path, "r");

	if (s == NULL || fp == NULL) {
		lr_err_set(err, "%s", strerror(errno));
		free(s);
		if (fp != NULL)
			fclose(fp);
		return NULL;
	}
	if (read_rows(s, fp, fn, ctx, err) != 0) {
		fclose(fp);
		lr_sheet_free(s);
		return NULL;
	}
	fclose(fp);
	drop_repeats(s, fn, ctx);
	return s;
}

void
lr_sheet_free(lr_sheet *s)
{
	if (s == NULL)
		return;
	for (size_t i = 0; i < s->n; i++)
		row_free(&s->rows[i]);
	free(s->rows);
	free(s);
}

size_t
lr_sheet_unused(const lr_sheet *s, lr_sheet_fn fn, void *ctx)
{
	size_t bad = 0;

	for (size_t i = 0; i < s->n; i++) {
		if (s->rows[i].seen)
			continue;
		tell(fn, ctx, s->rows[i].line, "no record has the id '%s'",
		    s->rows[i].cell[C_ID]);
		bad++;
	}
	return bad;
}

/* The index of the first row for id (s->n when none). */
static size_t
first_row(const lr_sheet *s, const char *id)
{
	size_t lo = 0, hi = s->n, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (strcmp(s->rows[mid].cell[C_ID], id) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Is field named by rec's review list or field boxes? */
static int
named(const json_t *rec, const char *field)
{
	const json_t *r;
	size_t i;

	if (json_object_get(json_object_get(rec, "fields"), field) != NULL)
		return 1;
	json_array_foreach(json_object_get(rec, "review"), i, r)
		if (json_is_string(json_object_get(r, "field")) && strcmp(field,
		    json_string_value(json_object_get(r, "field"))) == 0)
			return 1;
	return 0;
}

/* The owner whose citizen_id field is field, or NULL. */
static json_t *
owner_link(json_t *rec, const char *field)
{
	size_t i;
	int end = 0;

	if (sscanf(field, "owners[%zu].citizen_id%n", &i, &end) != 1 ||
	    field[end] != '\0')
		return NULL;
	return json_array_get(json_object_get(rec, "owners"), i);
}

/* Set key of obj to the string s unless s is empty. */
static void
set_given(json_t *obj, const char *key, const char *s)
{
	if (s[0] != '\0')
		json_object_set_new(obj, key, json_string(s));
}

/* Mark the review items of the row's field resolved. */
static void
resolve(json_t *rec, const struct row *r, json_t *old)
{
	json_t *it;
	size_t i;

	json_array_foreach(json_object_get(rec, "review"), i, it) {
		if (!lr_item_covers(it, r->cell[C_FIELD]))
			continue;
		json_object_set_new(it, "resolved", json_true());
		set_given(it, "reviewer", r->cell[C_WHO]);
		set_given(it, "date", r->cell[C_DATE]);
		if (r->cell[C_CORR][0] != '\0')
			json_object_set(it, "value_read", old ? old : json_null());
	}
}

/* Link owner o to the personal ID id by hand. */
static int
link_owner(json_t *o, const struct row *r, lr_err *err)
{
	const char *id = r->cell[C_CORR];
	json_t *m = json_object_get(o, "match");
	lr_id_parts p;

	if (strlen(id) != 12 || strspn(id, "0123456789") != 12 ||
	    lr_id_parts_of(id, &p) != 0) {
		lr_err_set(err, "%s: not a 12-digit personal ID", r->cell[C_FIELD]);
		return -1;
	}
	if (!json_is_object(m)) {
		m = json_object();
		json_object_set_new(o, "match", m);
	}
	json_object_set_new(o, "citizen_id", json_string(id));
	json_object_set_new(m, "status", json_string("manual"));
	set_given(m, "reviewer", r->cell[C_WHO]);
	set_given(m, "date", r->cell[C_DATE]);
	return 0;
}

/* Put the corrected value of row r into rec. */
static int
correct(json_t *rec, const struct row *r, lr_err *err)
{
	json_t *owner = owner_link(rec, r->cell[C_FIELD]);
	json_t *v;

	if (owner != NULL)
		return link_owner(owner, r, err);
	v = lr_path_get(rec, r->cell[C_FIELD]);
	if (json_is_object(v) || json_is_array(v)) {
		lr_err_set(err, "%s: not a single value", r->cell[C_FIELD]);
		return -1;
	}
	v = lr_path_value(lr_path_get(rec, r->cell[C_FIELD]), r->cell[C_CORR],
	    err);
	if (v == NULL) {
		lr_err_prefix(err, "%s: ", r->cell[C_FIELD]);
		return -1;
	}
	return lr_path_set(rec, r->cell[C_FIELD], v, err);
}

/* Apply one row.  Returns 1 when rec changed, 0 when not, -1 on error. */
static int
apply_row(json_t *rec, const struct row *r, lr_err *err)
{
	const char *field = r->cell[C_FIELD];
	json_t *old;
	int ret = 0;

	if (lr_path_get(rec, field) == NULL && (!lr_path_settable(rec, field) ||
	    (!named(rec, field) && owner_link(rec, field) == NULL))) {
		lr_err_set(err, "%s: no such field in the record", field);
		return -1;
	}
	if (r->cell[C_CORR][0] == '\0' && r->cell[C_WHO][0] == '\0')
		return 0;
	old = json_incref(lr_path_get(rec, field));
	if (r->cell[C_CORR][0] != '\0')
		ret = correct(rec, r, err);
	if (ret == 0)
		resolve(rec, r, old);
	json_decref(old);
	return ret == 0 ? 1 : -1;
}

int
lr_sheet_apply(lr_sheet *s, json_t *rec, lr_sheet_fn fn, void *ctx)
{
	const char *id = lr_record_id(rec);
	int changed = 0, r;
	lr_err err;

	for (size_t i = first_row(s, id); i < s->n &&
	    strcmp(s->rows[i].cell[C_ID], id) == 0; i++) {
		s->rows[i].seen = 1;
		if ((r = apply_row(rec, &s->rows[i], &err)) < 0)
			tell(fn, ctx, s->rows[i].line, "%s", err.msg);
		else
			changed += r;
	}
	return changed;
}
