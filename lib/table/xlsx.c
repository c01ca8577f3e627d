/* XLSX: libzip finds the parts by name (the workbook must be read before
 * its sheets, in any order the zip stores them); libxml2's xmlTextReader
 * streams each part as libzip decompresses it.  A worksheet is read
 * twice: first for its merged ranges, which come after the rows, then a
 * batch of rows at a time, so a sheet costs its merged ranges and the
 * rows in hand, not its size.  The shared strings are held whole, end to
 * end in one buffer. */
#include <libxml/xmlreader.h>
#include <stdlib.h>
#include <string.h>
#include <zip.h>

#include "xlsx.h"
#include "util/util.h"

struct sheet {
	char *name, *rid, *path;
};

struct lr_xlsx {
	zip_t *zip;
	struct sheet *sheets;
	int nsheets;
	char *text;		/* the shared strings, each NUL-terminated */
	size_t len, cap;
	size_t *strings;	/* the offset of each in text */
	size_t nstrings, capstrings;
};

/* xmlInputReadCallback over a zip entry: decompressed as it is read. */
static int
io_read(void *ctx, char *buf, int len)
{
	return (int)zip_fread(ctx, buf, (zip_uint64_t)len);
}

/* xmlInputCloseCallback over a zip entry. */
static int
io_close(void *ctx)
{
	return zip_fclose(ctx);
}

/* A streaming reader over part name, read from the zip as it goes: a
 * part costs the reader's window, whatever its size.  NULL with err
 * set. */
static xmlTextReaderPtr
part_reader(lr_xlsx *x, const char *name, lr_err *err)
{
	zip_file_t *f;
	xmlTextReaderPtr r;

	if ((f = zip_fopen(x->zip, name, 0)) == NULL) {
		lr_err_set(err, "no part '%s'", name);
		return NULL;
	}
	/* the reader closes f, also when it cannot be made */
	r = xmlReaderForIO(io_read, io_close, f, name, NULL, XML_PARSE_NONET |
	    XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_HUGE);
	if (r == NULL)
		lr_err_sys(err, "'%s': out of memory", name);
	return r;
}

/* The attribute name of the reader's element as a new string, or NULL. */
static char *
attr(xmlTextReaderPtr r, const char *name)
{
	return (char *)xmlTextReaderGetAttribute(r, (const xmlChar *)name);
}

/* 1 when the reader is on the start of element name. */
static int
at_start(xmlTextReaderPtr r, const char *name)
{
	return xmlTextReaderNodeType(r) == XML_READER_TYPE_ELEMENT &&
	    strcmp((const char *)xmlTextReaderConstLocalName(r), name) == 0;
}

/* Walk part name, calling fn at every element start.  Returns 0, or -1
 * with err set. */
static int
walk(lr_xlsx *x, const char *name, int (*fn)(xmlTextReaderPtr, void *),
    void *ctx, lr_err *err)
{
	xmlTextReaderPtr r = part_reader(x, name, err);
	int rc = 0, rd;

	if (r == NULL)
		return -1;
	while (rc == 0 && (rd = xmlTextReaderRead(r)) == 1)
		if (xmlTextReaderNodeType(r) == XML_READER_TYPE_ELEMENT)
			rc = fn(r, ctx);
	if (rc == 0 && rd < 0)
		lr_err_set(err, "'%s': malformed XML", name);
	else if (rc != 0)
		lr_err_sys(err, "'%s': out of memory", name);
	xmlFreeTextReader(r);
	return rc == 0 && rd == 0 ? 0 : -1;
}

/* workbook.xml: <sheet name="..." r:id="..."/>. */
static int
on_workbook(xmlTextReaderPtr r, void *ctx)
{
	lr_xlsx *x = ctx;
	struct sheet *v;

	if (!at_start(r, "sheet"))
		return 0;
	if ((v = realloc(x->sheets, (size_t)(x->nsheets + 1) * sizeof(*v))) == NULL)
		return -1;
	x->sheets = v;
	v[x->nsheets].name = attr(r, "name");
	v[x->nsheets].rid = (char *)xmlTextReaderGetAttributeNs(r,
	    (const xmlChar *)"id", (const xmlChar *)
	    "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
	v[x->nsheets].path = NULL;
	x->nsheets++;
	return 0;
}

/* workbook.xml.rels: <Relationship Id="..." Target="..."/>. */
static int
on_rel(xmlTextReaderPtr r, void *ctx)
{
	lr_xlsx *x = ctx;
	char *id, *target;

	if (!at_start(r, "Relationship"))
		return 0;
	id = attr(r, "Id");
	target = attr(r, "Target");
	for (int i = 0; id && target && i < x->nsheets; i++) {
		if (x->sheets[i].rid == NULL || strcmp(x->sheets[i].rid, id) != 0)
			continue;
		free(x->sheets[i].path);
		x->sheets[i].path = NULL;
		if (asprintf(&x->sheets[i].path, "%s%s", target[0] == '/' ? "" :
		    "xl/", target + (target[0] == '/')) < 0)
			x->sheets[i].path = NULL;
	}
	xmlFree(id);
	xmlFree(target);
	return 0;
}

/* Append n bytes of t to the shared strings' text.  Returns 0, or -1. */
static int
text_add(lr_xlsx *x, const char *t, size_t n)
{
	if (lr_reserve(&x->text, &x->cap, x->len + n, 1, 4096) != 0)
		return -1;
	memcpy(x->text + x->len, t, n);
	x->len += n;
	return 0;
}

/* sharedStrings.xml: <si> with <t>, or runs <r><t>; phonetic <rPh> left
 * out.  The strings are kept end to end in one buffer, each ended by its
 * NUL when the next starts (and by lr_xlsx_open() for the last). */
static int
on_string(xmlTextReaderPtr r, void *ctx)
{
	lr_xlsx *x = ctx;
	char *t;
	int rc;

	if (at_start(r, "si")) {
		if ((x->nstrings > 0 && text_add(x, "", 1) != 0) ||
		    lr_reserve(&x->strings, &x->capstrings, x->nstrings,
		    sizeof(*x->strings), 256) != 0)
			return -1;
		x->strings[x->nstrings++] = x->len;
		return 0;
	}
	if (at_start(r, "rPh")) {
		xmlTextReaderNext(r);
		return 0;
	}
	if (!at_start(r, "t") || x->nstrings == 0)
		return 0;
	t = (char *)xmlTextReaderReadString(r);
	rc = t ? text_add(x, t, strlen(t)) : 0;
	xmlFree(t);
	return rc;
}

/* The shared strings, each ended by a NUL. */
static int
read_strings(lr_xlsx *x, lr_err *err)
{
	if (zip_name_locate(x->zip, "xl/sharedStrings.xml", 0) < 0)
		return 0;
	if (walk(x, "xl/sharedStrings.xml", on_string, x, err) != 0)
		return -1;
	if (text_add(x, "", 1) != 0) {
		lr_err_sys(err, "out of memory");
		return -1;
	}
	return 0;
}

lr_xlsx *
lr_xlsx_open(const char *path, lr_err *err)
{
	lr_xlsx *x = calloc(1, sizeof(*x));
	int zerr = 0;

	if (x == NULL) {
		lr_err_sys(err, "out of memory");
		return NULL;
	}
	if ((x->zip = zip_open(path, ZIP_RDONLY, &zerr)) == NULL) {
		zip_error_t ze;
		zip_error_init_with_code(&ze, zerr);
		lr_err_set(err, "'%s': %s", path, zip_error_strerror(&ze));
		zip_error_fini(&ze);
		free(x);
		return NULL;
	}
	if (walk(x, "xl/workbook.xml", on_workbook, x, err) != 0 ||
	    walk(x, "xl/_rels/workbook.xml.rels", on_rel, x, err) != 0 ||
	    read_strings(x, err) != 0) {
		lr_err_prefix(err, "'%s': ", path);
		lr_xlsx_close(x);
		return NULL;
	}
	return x;
}

int
lr_xlsx_sheets(const lr_xlsx *x)
{
	return x->nsheets;
}

const char *
lr_xlsx_sheet_name(const lr_xlsx *x, int i)
{
	return x->sheets[i].name ? x->sheets[i].name : "";
}

/* A cell reference "BC12" as its 0-based column and row number; -1 when
 * it is not one. */
static int
cell_ref(const char *ref, int *col, long *row)
{
	int c = 0;
	const char *p = ref;

	for (; *p >= 'A' && *p <= 'Z' && c < 20000; p++)
		c = c * 26 + (*p - 'A' + 1);
	if (p == ref || *p < '1' || *p > '9')
		return -1;
	*col = c - 1;
	*row = strtol(p, NULL, 10);
	return 0;
}

/* A merged range: rows r0..r1, columns c0..c1, and its top-left value
 * once its first row was read. */
struct merge {
	long r0, r1;
	int c0, c1;
	char *top;
	int number;
};

/* A worksheet read a part at a time. */
struct lr_xsheet {
	lr_xlsx *x;
	xmlTextReaderPtr r;	/* the rows' pass; NULL at the end */
	const char *part;
	struct merge *m;	/* the merged ranges, by first row */
	size_t nm, capm, next;	/* m[next] is the first not yet reached */
	size_t *act;		/* the ranges over the rows being read */
	size_t nact, capact;
	long row;		/* the row being read */
	int col, next_col;	/* the cell being read; the next by position */
	char type[16];		/* its t attribute */
};

/* The value of a cell <v> or inline <is><t> into g: shared strings
 * looked up. */
static int
put_value(lr_xsheet *s, lr_tgrid *g)
{
	char *v = (char *)xmlTextReaderReadString(s->r);
	const char *text = v ? v : "";
	int number = s->type[0] == '\0' || strcmp(s->type, "n") == 0, rc = 0;

	if (strcmp(s->type, "s") == 0) {
		unsigned long i = strtoul(text, NULL, 10);
		text = i < s->x->nstrings ? s->x->text + s->x->strings[i] : "";
	}
	if (text[0] != '\0')
		rc = lr_tgrid_put(g, s->row, s->col, text, number);
	xmlFree(v);
	return rc;
}

/* <row r="n"> and <c r="B7" t="s">: where the next value goes. */
static void
on_position(lr_xsheet *s, int is_row)
{
	char *ref = attr(s->r, "r"), *t;
	int col;
	long row;

	if (is_row) {
		s->row = ref ? strtol(ref, NULL, 10) : s->row + 1;
		s->next_col = 0;
	} else {
		t = attr(s->r, "t");
		snprintf(s->type, sizeof(s->type), "%s", t ? t : "");
		xmlFree(t);
		s->col = ref && cell_ref(ref, &col, &row) == 0 ? col : s->next_col;
		s->next_col = s->col + 1;
	}
	xmlFree(ref);
}

/* The first pass: <mergeCell ref="A1:C2">, the rows skipped. */
static int
on_merge(xmlTextReaderPtr r, void *ctx)
{
	lr_xsheet *s = ctx;
	char *ref, *colon;
	struct merge m = { 0, 0, 0, 0, NULL, 0 };
	int rc = 0;

	if (at_start(r, "sheetData")) {
		xmlTextReaderNext(r);
		return 0;
	}
	if (!at_start(r, "mergeCell"))
		return 0;
	ref = attr(r, "ref");
	colon = ref ? strchr(ref, ':') : NULL;
	if (colon != NULL && cell_ref(ref, &m.c0, &m.r0) == 0 &&
	    cell_ref(colon + 1, &m.c1, &m.r1) == 0 && m.c1 >= m.c0 &&
	    m.r1 >= m.r0) {
		if ((rc = lr_reserve(&s->m, &s->capm, s->nm, sizeof(*s->m), 16)) == 0)
			s->m[s->nm++] = m;
	}
	xmlFree(ref);
	return rc;
}

static int
by_first_row(const void *a, const void *b)
{
	const struct merge *x = a, *y = b;

	return (x->r0 > y->r0) - (x->r0 < y->r0);
}

/* Merged range m over row n of g, the last row read: its top-left value
 * kept on its first row, then copied into the row's empty cells. */
static int
merge_row(lr_tgrid *g, struct merge *m, long n)
{
	const lr_grow *last = g->nrows ? &g->rows[g->nrows - 1] : NULL;

	if (m->r0 == n && last != NULL && last->n == n && m->c0 < last->ncells &&
	    last->cells[m->c0].text != NULL && last->cells[m->c0].text[0] != '\0') {
		if ((m->top = strdup(last->cells[m->c0].text)) == NULL)
			return -1;
		m->number = last->cells[m->c0].number;
	}
	return m->top ? lr_tgrid_fill(g, n, m->c0, m->c1, m->top, m->number) : 0;
}

/* Row n was read whole: the merged ranges over it filled in, those that
 * end there let go. */
static int
row_done(lr_xsheet *s, lr_tgrid *g, long n)
{
	for (; s->next < s->nm && s->m[s->next].r0 <= n; s->next++) {
		if (lr_reserve(&s->act, &s->capact, s->nact, sizeof(*s->act), 16) != 0)
			return -1;
		s->act[s->nact++] = s->next;
	}
	for (size_t k = 0; k < s->nact; ) {
		struct merge *m = &s->m[s->act[k]];
		if (m->r1 >= n && merge_row(g, m, n) != 0)
			return -1;
		if (m->r1 > n) {
			k++;
			continue;
		}
		free(m->top);
		m->top = NULL;
		s->act[k] = s->act[--s->nact];
	}
	return 0;
}

/* The rows' pass at one element node of the reader: 1 when a row ended,
 * 0, or -1 when out of memory. */
static int
on_node(lr_xsheet *s, lr_tgrid *g)
{
	int type = xmlTextReaderNodeType(s->r);

	if (type == XML_READER_TYPE_END_ELEMENT && strcmp((const char *)
	    xmlTextReaderConstLocalName(s->r), "row") == 0)
		return row_done(s, g, s->row) ? -1 : 1;
	if (at_start(s->r, "row")) {
		on_position(s, 1);
		if (xmlTextReaderIsEmptyElement(s->r))
			return row_done(s, g, s->row) ? -1 : 1;
	} else if (at_start(s->r, "c"))
		on_position(s, 0);
	else if (at_start(s->r, "v") || at_start(s->r, "t"))
		return put_value(s, g);
	return 0;
}

lr_xsheet *
lr_xsheet_open(lr_xlsx *x, int i, lr_err *err)
{
	lr_xsheet *s;

	if (x->sheets[i].path == NULL) {
		lr_err_set(err, "sheet '%s' has no part", lr_xlsx_sheet_name(x, i));
		return NULL;
	}
	if ((s = calloc(1, sizeof(*s))) == NULL) {
		lr_err_sys(err, "out of memory");
		return NULL;
	}
	s->x = x;
	s->part = x->sheets[i].path;
	if (walk(x, s->part, on_merge, s, err) != 0 ||
	    (s->r = part_reader(x, s->part, err)) == NULL) {
		lr_xsheet_close(s);
		return NULL;
	}
	if (s->nm > 1)
		qsort(s->m, s->nm, sizeof(*s->m), by_first_row);
	return s;
}

long
lr_xsheet_more(lr_xsheet *s, lr_tgrid *g, size_t n, lr_err *err)
{
	size_t from = lr_tgrid_end(g);
	int rd = 0, rc = 0;

	/* stop at a row's end only: the rows handed over are whole */
	while (s->r != NULL && (rd = xmlTextReaderRead(s->r)) == 1)
		if ((rc = on_node(s, g)) < 0 ||
		    (rc == 1 && lr_tgrid_end(g) - from >= n))
			break;
	if (rc < 0) {
		lr_err_sys(err, "'%s': out of memory", s->part);
		return -1;
	}
	if (rd < 0) {
		lr_err_set(err, "'%s': malformed XML", s->part);
		return -1;
	}
	if (rd == 0 && s->r != NULL) {
		xmlFreeTextReader(s->r);
		s->r = NULL;
	}
	return (long)(lr_tgrid_end(g) - from);
}

void
lr_xsheet_close(lr_xsheet *s)
{
	if (s == NULL)
		return;
	for (size_t k = 0; k < s->nm; k++)
		free(s->m[k].top);
	free(s->m);
	free(s->act);
	xmlFreeTextReader(s->r);
	free(s);
}

lr_tgrid *
lr_xlsx_read(lr_xlsx *x, int i, lr_err *err)
{
	lr_xsheet *s = lr_xsheet_open(x, i, err);
	lr_tgrid *g = s ? lr_tgrid_new(lr_xlsx_sheet_name(x, i)) : NULL;

	if (s != NULL && g == NULL)
		lr_err_sys(err, "out of memory");
	if (g != NULL && lr_xsheet_more(s, g, (size_t)-1, err) < 0) {
		lr_tgrid_free(g);
		g = NULL;
	}
	lr_xsheet_close(s);
	return g;
}

void
lr_xlsx_close(lr_xlsx *x)
{
	if (x == NULL)
		return;
	for (int i = 0; i < x->nsheets; i++) {
		xmlFree(x->sheets[i].name);
		xmlFree(x->sheets[i].rid);
		free(x->sheets[i].path);
	}
	free(x->text);
	free(x->strings);
	free(x->sheets);
	if (x->zip != NULL)
		zip_discard(x->zip);
	free(x);
}
