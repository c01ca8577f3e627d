/* XLSX: libzip finds the parts by name (the workbook must be read before
 * its sheets, in any order the zip stores them); libxml2's xmlTextReader
 * streams each part, so a sheet of 100,000 rows costs its cells only. */
#include <libxml/xmlreader.h>
#include <stdlib.h>
#include <string.h>
#include <zip.h>

#include "xlsx.h"
#include "util/util.h"

#define MAX_PART (512L << 20)	/* refuse parts bigger than this */

struct sheet {
	char *name, *rid, *path;
};

struct lr_xlsx {
	zip_t *zip;
	struct sheet *sheets;
	int nsheets;
	char **strings;		/* shared strings */
	size_t nstrings, capstrings;
};

/* The bytes of part name as a new NUL-terminated buffer (*len bytes), or
 * NULL with err set. */
static char *
part_read(lr_xlsx *x, const char *name, size_t *len, lr_err *err)
{
	zip_stat_t st;
	zip_file_t *f;
	char *buf;
	zip_int64_t got;

	if (zip_stat(x->zip, name, 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE)) {
		lr_err_set(err, "no part '%s'", name);
		return NULL;
	}
	if (st.size > (zip_uint64_t)MAX_PART) {
		lr_err_set(err, "part '%s' too large", name);
		return NULL;
	}
	if ((f = zip_fopen(x->zip, name, 0)) == NULL) {
		lr_err_set(err, "'%s': %s", name, zip_strerror(x->zip));
		return NULL;
	}
	if ((buf = malloc(st.size + 1)) == NULL) {
		zip_fclose(f);
		lr_err_sys(err, "out of memory");
		return NULL;
	}
	got = zip_fread(f, buf, st.size);
	zip_fclose(f);
	if (got < 0 || (zip_uint64_t)got != st.size) {
		free(buf);
		lr_err_set(err, "'%s': truncated", name);
		return NULL;
	}
	buf[st.size] = '\0';
	*len = st.size;
	return buf;
}

/* A streaming reader over part name; NULL with err set.  *buf is to be
 * freed after the reader. */
static xmlTextReaderPtr
part_reader(lr_xlsx *x, const char *name, char **buf, lr_err *err)
{
	size_t len;
	xmlTextReaderPtr r;

	if ((*buf = part_read(x, name, &len, err)) == NULL)
		return NULL;
	r = xmlReaderForMemory(*buf, (int)len, name, NULL,
	    XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
	    XML_PARSE_HUGE);
	if (r == NULL) {
		free(*buf);
		lr_err_set(err, "'%s': not XML", name);
	}
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
	char *buf;
	xmlTextReaderPtr r = part_reader(x, name, &buf, err);
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
	free(buf);
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

/* Append the text of the <t> under the reader to s (a new string). */
static char *
append_text(xmlTextReaderPtr r, char *s)
{
	char *t = (char *)xmlTextReaderReadString(r), *out = NULL;

	if (asprintf(&out, "%s%s", s ? s : "", t ? t : "") < 0)
		out = NULL;
	xmlFree(t);
	free(s);
	return out;
}

/* sharedStrings.xml: <si> with <t>, or runs <r><t>; phonetic <rPh> left
 * out. */
static int
on_string(xmlTextReaderPtr r, void *ctx)
{
	lr_xlsx *x = ctx;

	if (at_start(r, "si")) {
		if (lr_reserve(&x->strings, &x->capstrings, x->nstrings,
		    sizeof(*x->strings), 256) != 0)
			return -1;
		x->strings[x->nstrings++] = strdup("");
		return x->strings[x->nstrings - 1] ? 0 : -1;
	}
	if (at_start(r, "rPh")) {
		xmlTextReaderNext(r);
		return 0;
	}
	if (at_start(r, "t") && x->nstrings > 0) {
		char **s = &x->strings[x->nstrings - 1];
		return (*s = append_text(r, *s)) ? 0 : -1;
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
	    (zip_name_locate(x->zip, "xl/sharedStrings.xml", 0) >= 0 &&
	    walk(x, "xl/sharedStrings.xml", on_string, x, err) != 0)) {
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

/* The state of reading one worksheet. */
struct sheet_read {
	lr_xlsx *x;
	lr_tgrid *g;
	long row;		/* the row being read */
	int col, next;		/* the cell being read; the next by position */
	char type[16];		/* its t attribute */
};

/* The value of a cell <v> or inline <is><t>: shared strings looked up. */
static int
put_value(struct sheet_read *s, xmlTextReaderPtr r)
{
	char *v = (char *)xmlTextReaderReadString(r);
	const char *text = v ? v : "";
	int number = s->type[0] == '\0' || strcmp(s->type, "n") == 0, rc = 0;

	if (strcmp(s->type, "s") == 0) {
		unsigned long i = strtoul(text, NULL, 10);
		text = i < s->x->nstrings ? s->x->strings[i] : "";
	}
	if (text[0] != '\0')
		rc = lr_tgrid_put(s->g, s->row, s->col, text, number);
	xmlFree(v);
	return rc;
}

/* <row r="n"> and <c r="B7" t="s">: where the next value goes. */
static void
on_position(struct sheet_read *s, xmlTextReaderPtr r, int is_row)
{
	char *ref = attr(r, "r"), *t;
	int col;
	long row;

	if (is_row) {
		s->row = ref ? strtol(ref, NULL, 10) : s->row + 1;
		s->next = 0;
	} else {
		t = attr(r, "t");
		snprintf(s->type, sizeof(s->type), "%s", t ? t : "");
		xmlFree(t);
		s->col = ref && cell_ref(ref, &col, &row) == 0 ? col : s->next;
		s->next = s->col + 1;
	}
	xmlFree(ref);
}

/* <mergeCell ref="A1:C2">. */
static int
on_merge(struct sheet_read *s, xmlTextReaderPtr r)
{
	char *ref = attr(r, "ref"), *colon = ref ? strchr(ref, ':') : NULL;
	int c0, c1, rc = 0;
	long r0, r1;

	if (colon != NULL && cell_ref(ref, &c0, &r0) == 0 &&
	    cell_ref(colon + 1, &c1, &r1) == 0 && c1 >= c0 && r1 >= r0)
		rc = lr_tgrid_merge(s->g, r0, c0, r1, c1);
	xmlFree(ref);
	return rc;
}

static int
on_sheet(xmlTextReaderPtr r, void *ctx)
{
	struct sheet_read *s = ctx;

	if (at_start(r, "row") || at_start(r, "c"))
		on_position(s, r, at_start(r, "row"));
	else if (at_start(r, "v") || at_start(r, "t"))
		return put_value(s, r);
	else if (at_start(r, "mergeCell"))
		return on_merge(s, r);
	return 0;
}

lr_tgrid *
lr_xlsx_read(lr_xlsx *x, int i, lr_err *err)
{
	struct sheet_read s = { x, NULL, 0, 0, 0, "" };

	if (x->sheets[i].path == NULL) {
		lr_err_set(err, "sheet '%s' has no part", lr_xlsx_sheet_name(x, i));
		return NULL;
	}
	if ((s.g = lr_tgrid_new(lr_xlsx_sheet_name(x, i))) == NULL) {
		lr_err_sys(err, "out of memory");
		return NULL;
	}
	if (walk(x, x->sheets[i].path, on_sheet, &s, err) != 0) {
		lr_tgrid_free(s.g);
		return NULL;
	}
	return s.g;
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
	for (size_t i = 0; i < x->nstrings; i++)
		free(x->strings[i]);
	free(x->strings);
	free(x->sheets);
	if (x->zip != NULL)
		zip_discard(x->zip);
	free(x);
}
