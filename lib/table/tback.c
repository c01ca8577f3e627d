/* Write-back: registers as XLSX with cleaned values, link and problems. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xlsxwriter.h>

#include "tback.h"

#define MAX_CELL 32767		/* Excel's longest cell text */

/* The columns added after a sheet's own, with their header text. */
enum { A_NAME, A_ID, A_YEAR, A_AREA, A_USE, A_COMMUNE, A_CITIZEN, A_STATUS,
    A_PROBLEMS, A_N };
static const char *const added[A_N] = {
	"Họ tên (làm sạch)", "Số giấy tờ (làm sạch)", "Năm sinh (làm sạch)",
	"Diện tích m² (làm sạch)", "Mã mục đích sử dụng", "Mã xã",
	"Số định danh cá nhân (12 số)", "Trạng thái", "Vấn đề cần kiểm tra"
};

/* The statuses of a row, in the summary's order. */
enum { S_OK, S_MATCHED, S_REVIEW, S_UNMATCHED, S_N };
static const char *const status_word[S_N] = {
	"ok", "matched", "review", "unmatched"
};

struct lr_tback {
	lxw_workbook *wb;
	lxw_worksheet *summary;
	lxw_format *bold;
	json_t *rows;		/* "row number" -> {"o": owners, "p": parcel, "items": reasons} */
	json_t *sheets;		/* per sheet written: [name, source, sheet, rows, statuses...] */
	json_t *kinds;		/* problem kind -> items */
	char *path;
	int closed;
	char buf[MAX_CELL + 1];	/* a joined cell being made */
};

lr_tback *
lr_tback_new(const char *path, lr_err *err)
{
	lxw_workbook_options opt = { .constant_memory = LXW_TRUE };
	lr_tback *b = calloc(1, sizeof(*b));

	if (b == NULL || (b->path = strdup(path)) == NULL ||
	    (b->rows = json_object()) == NULL ||
	    (b->sheets = json_array()) == NULL ||
	    (b->kinds = json_object()) == NULL) {
		lr_tback_free(b);
		lr_err_sys(err, "out of memory");
		return NULL;
	}
	if ((b->wb = workbook_new_opt(path, &opt)) == NULL ||
	    (b->summary = workbook_add_worksheet(b->wb, "Tổng hợp")) == NULL ||
	    (b->bold = workbook_add_format(b->wb)) == NULL) {
		lr_err_sys(err, "'%s': cannot start the workbook", path);
		lr_tback_free(b);
		return NULL;
	}
	format_set_bold(b->bold);
	return b;
}

void
lr_tback_free(lr_tback *b)
{
	if (b == NULL)
		return;
	json_decref(b->rows);
	json_decref(b->sheets);
	json_decref(b->kinds);
	free(b->path);
	if (!b->closed)
		lxw_workbook_free(b->wb);
	free(b);
}

/* The entry of spreadsheet row n, made when new; NULL on no memory. */
static json_t *
row_entry(lr_tback *b, json_int_t n)
{
	char key[32];
	json_t *e;

	snprintf(key, sizeof(key), "%lld", (long long)n);
	if ((e = json_object_get(b->rows, key)) != NULL)
		return e;
	e = json_pack("{s:[], s:n, s:[]}", "o", "p", "items");
	return e && json_object_set_new(b->rows, key, e) == 0 ? e : NULL;
}

/* The spreadsheet row of review item path in rec: its owner's row, else
 * the record's first. */
static json_int_t
item_row(const json_t *rec, const char *path)
{
	const json_t *o;
	unsigned i;

	if (sscanf(path, "owners[%u]", &i) == 1 &&
	    (o = json_array_get(json_object_get(rec, "owners"), i)) != NULL &&
	    json_is_integer(json_object_get(o, "row")))
		return json_integer_value(json_object_get(o, "row"));
	return json_integer_value(json_array_get(json_object_get(rec, "rows"), 0));
}

int
lr_tback_add(lr_tback *b, const json_t *rec)
{
	const json_t *rows = json_object_get(rec, "rows"), *v, *o, *it;
	json_t *e, *parcel = json_array_get(json_object_get(rec, "parcels"), 0);
	size_t i;

	json_array_foreach(rows, i, v) {
		if ((e = row_entry(b, json_integer_value(v))) == NULL)
			return -1;
		if (parcel != NULL)
			json_object_set(e, "p", parcel);
	}
	json_array_foreach(json_object_get(rec, "owners"), i, o) {
		json_int_t n = json_is_integer(json_object_get(o, "row")) ?
		    json_integer_value(json_object_get(o, "row")) :
		    json_integer_value(json_array_get(rows, 0));
		if ((e = row_entry(b, n)) == NULL ||
		    json_array_append(json_object_get(e, "o"), (json_t *)o) != 0)
			return -1;
	}
	json_array_foreach(json_object_get(rec, "review"), i, it) {
		const char *path = json_string_value(json_object_get(it, "field"));
		if ((e = row_entry(b, item_row(rec, path ? path : ""))) == NULL ||
		    json_array_append(json_object_get(e, "items"),
		    json_object_get(it, "reason")) != 0)
			return -1;
	}
	return 0;
}

/* Write s (cut to Excel's limit on a character boundary) at r, c. */
static lxw_error
put_text(lxw_worksheet *ws, lxw_row_t r, lxw_col_t c, const char *s,
    lxw_format *f)
{
	char buf[MAX_CELL + 1];
	size_t n = strlen(s);

	if (n <= MAX_CELL)
		return worksheet_write_string(ws, r, c, s, f);
	for (n = MAX_CELL; n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80; n--)
		;
	memcpy(buf, s, n);
	buf[n] = '\0';
	return worksheet_write_string(ws, r, c, buf, f);
}

/* The values of key of every owner in e, joined with "; ", into buf. */
static const char *
joined(const json_t *e, const char *key, char *buf, size_t n)
{
	const json_t *o, *v;
	size_t i, len = 0;

	buf[0] = '\0';
	json_array_foreach(json_object_get(e, "o"), i, o) {
		char one[64];
		v = json_object_get(o, key);
		if (json_is_integer(v))
			snprintf(one, sizeof(one), "%lld", (long long)json_integer_value(v));
		if (len < n && (json_is_string(v) || json_is_integer(v)))
			len += (size_t)snprintf(buf + len, n - len, "%s%s",
			    len ? "; " : "", json_is_string(v) ?
			    json_string_value(v) : one);
	}
	return buf;
}

/* The status of row entry e: unmatched, review, matched or ok (its
 * organisations, never linked, count for none). */
static int
row_status(const json_t *e)
{
	const json_t *o;
	size_t i;
	int s = json_array_size(json_object_get(e, "items")) ? S_REVIEW : S_OK;

	json_array_foreach(json_object_get(e, "o"), i, o) {
		const char *m = json_string_value(json_object_get(
		    json_object_get(o, "match"), "status"));
		if (m == NULL || strcmp(m, "organisation") == 0)
			continue;	/* an organisation has no ID to link */
		if (strcmp(m, "unmatched") == 0)
			s = S_UNMATCHED;
		else if (strcmp(m, "matched") == 0 || strcmp(m, "manual") == 0)
			s = s == S_OK ? S_MATCHED : s;
		else if (s != S_UNMATCHED)
			s = S_REVIEW;
	}
	return s;
}

/* The problems of e joined with "; " into buf; each kind counted. */
static const char *
problems(lr_tback *b, const json_t *e, char *buf, size_t n)
{
	const json_t *it;
	size_t i, len = 0;

	buf[0] = '\0';
	json_array_foreach(json_object_get(e, "items"), i, it) {
		const char *s = json_string_value(it);
		char kind[64];
		if (s == NULL)
			continue;
		snprintf(kind, sizeof(kind), "%.*s", (int)strcspn(s, ":"), s);
		json_object_set_new(b->kinds, kind, json_integer(1 +
		    json_integer_value(json_object_get(b->kinds, kind))));
		if (len < n)
			len += (size_t)snprintf(buf + len, n - len, "%s%s",
			    len ? "; " : "", s);
	}
	return buf;
}

/* A string value of the parcel of e ("" when none). */
static const char *
parcel_str(const json_t *e, const char *key)
{
	const char *s = json_string_value(json_object_get(json_object_get(e, "p"), key));

	return s ? s : "";
}

/* The added cells of data row r from entry e; its status returned. */
static int
put_added(lr_tback *b, lxw_worksheet *ws, lxw_row_t r, lxw_col_t c0,
    const json_t *e)
{
	char *buf = b->buf;
	const size_t n = sizeof(b->buf);
	const json_t *area = json_object_get(json_object_get(e, "p"), "area");
	int s = row_status(e);

	put_text(ws, r, c0 + A_NAME, joined(e, "name", buf, n), NULL);
	put_text(ws, r, c0 + A_ID, joined(e, "id_number", buf, n), NULL);
	put_text(ws, r, c0 + A_YEAR, joined(e, "birth_year", buf, n), NULL);
	if (json_is_number(area))
		worksheet_write_number(ws, r, c0 + A_AREA, json_number_value(area), NULL);
	put_text(ws, r, c0 + A_USE, parcel_str(e, "land_use"), NULL);
	put_text(ws, r, c0 + A_COMMUNE, parcel_str(e, "commune_code"), NULL);
	put_text(ws, r, c0 + A_CITIZEN, joined(e, "citizen_id", buf, n), NULL);
	put_text(ws, r, c0 + A_STATUS, status_word[s], NULL);
	put_text(ws, r, c0 + A_PROBLEMS, problems(b, e, buf, n), NULL);
	return s;
}

/* The original cells of row index i of g at their own row. */
static void
put_original(lxw_worksheet *ws, const lr_tgrid *g, size_t i, lxw_format *f)
{
	const lr_grow *row = lr_tgrid_row(g, i);

	for (int c = 0; c < row->ncells; c++) {
		const lr_cell *x = lr_tgrid_cell(g, i, c);
		char *end;
		double v = strtod(x->text, &end);
		if (x->text[0] == '\0')
			continue;
		if (x->number && *end == '\0')
			worksheet_write_number(ws, (lxw_row_t)(row->n - 1), (lxw_col_t)c, v, f);
		else
			put_text(ws, (lxw_row_t)(row->n - 1), (lxw_col_t)c, x->text, f);
	}
}

/* A name for a new sheet from want: Excel's characters and length, and
 * not yet used (" (2)", " (3)"...). */
static lxw_worksheet *
add_sheet(lr_tback *b, const char *want)
{
	char base[128], name[sizeof(base) + 16];	/* base and " (999)" */
	size_t n = 0, chars = 0;

	for (const char *p = want; *p != '\0' && n + 4 < sizeof(base); p++) {
		if (((unsigned char)*p & 0xC0) != 0x80 && ++chars > 26)
			break;
		base[n++] = strchr("[]:*?/\\'", *p) ? '_' : *p;
	}
	base[n] = '\0';
	snprintf(name, sizeof(name), "%s", n ? base : "Sheet");
	for (int k = 2; k < 1000 && workbook_validate_sheet_name(b->wb, name)
	    != LXW_NO_ERROR; k++)
		snprintf(name, sizeof(name), "%s (%d)", n ? base : "Sheet", k);
	return workbook_add_worksheet(b->wb, name);
}

/* The sheet's name: the XLSX sheet's, or the CSV file's name. */
static const char *
sheet_name(const lr_tgrid *g, const char *source)
{
	const char *base = strrchr(source, '/');

	return g->sheet ? g->sheet : base ? base + 1 : source;
}

/* Count the sheet for the summary. */
static int
note_sheet(lr_tback *b, const lr_tgrid *g, const char *source,
    const long st[S_N])
{
	json_t *s = json_pack("[s, s, I, I, I, I]", source, g->sheet ? g->sheet : "",
	    (json_int_t)st[S_OK], (json_int_t)st[S_MATCHED],
	    (json_int_t)st[S_REVIEW], (json_int_t)st[S_UNMATCHED]);

	return s ? json_array_append_new(b->sheets, s) : -1;
}

int
lr_tback_sheet(lr_tback *b, const lr_tgrid *g, const lr_tmap *m,
    const char *source, lr_err *err)
{
	lxw_worksheet *ws = add_sheet(b, sheet_name(g, source));
	lxw_col_t c0 = (lxw_col_t)g->ncols;
	long st[S_N] = { 0 };
	char key[32];

	if (ws == NULL) {
		lr_err_sys(err, "'%s': cannot add a sheet", b->path);
		return -1;
	}
	for (size_t i = g->base; i < lr_tgrid_end(g); i++) {
		const json_t *e;
		long n = lr_tgrid_row(g, i)->n;
		put_original(ws, g, i, i >= m->head && i < m->body ? b->bold : NULL);
		snprintf(key, sizeof(key), "%ld", n);
		if (i == m->head)
			for (int a = 0; a < A_N; a++)
				put_text(ws, (lxw_row_t)(n - 1), c0 + (lxw_col_t)a,
				    added[a], b->bold);
		else if (i >= m->body && (e = json_object_get(b->rows, key)) != NULL)
			st[put_added(b, ws, (lxw_row_t)(n - 1), c0, e)]++;
	}
	json_object_clear(b->rows);
	if (note_sheet(b, g, source, st) != 0) {
		lr_err_sys(err, "out of memory");
		return -1;
	}
	return 0;
}

/* The summary sheet: a line per sheet, the totals, the problems by kind. */
static void
write_summary(lr_tback *b)
{
	static const char *const head[] = { "Tệp", "Trang tính", "ok",
	    "matched", "review", "unmatched" };
	const json_t *s, *v;
	const char *k;
	lxw_row_t r = 1;
	size_t i;

	for (int c = 0; c < 6; c++)
		put_text(b->summary, 0, (lxw_col_t)c, head[c], b->bold);
	json_array_foreach(b->sheets, i, s) {
		for (int c = 0; c < 6; c++) {
			v = json_array_get(s, (size_t)c);
			if (c < 2)
				put_text(b->summary, r, (lxw_col_t)c, json_string_value(v), NULL);
			else
				worksheet_write_number(b->summary, r, (lxw_col_t)c,
				    (double)json_integer_value(v), NULL);
		}
		r++;
	}
	put_text(b->summary, ++r, 0, "Vấn đề", b->bold);
	put_text(b->summary, r++, 1, "Số mục", b->bold);
	json_object_foreach((json_t *)b->kinds, k, v) {
		put_text(b->summary, r, 0, k, NULL);
		worksheet_write_number(b->summary, r++, 1, (double)json_integer_value(v), NULL);
	}
}

int
lr_tback_close(lr_tback *b, lr_err *err)
{
	lxw_error e;

	write_summary(b);
	b->closed = 1;
	if ((e = workbook_close(b->wb)) != LXW_NO_ERROR) {
		lr_err_sys(err, "'%s': %s", b->path, lxw_strerror(e));
		lr_tback_free(b);
		return -1;
	}
	lr_tback_free(b);
	return 0;
}
