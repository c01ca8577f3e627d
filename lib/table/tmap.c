/* Header detection: each of the first rows scored by the fields its
 * labels name, alone and joined with the row under it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tmap.h"
#include "text/text.h"

#define SCAN_ROWS 40		/* the header is among the first rows */

static const char *const names[LR_TF_N] = {
	"", "seq", "name", "id_number", "birth_year", "gender", "address",
	"sheet", "number", "area", "land_use", "parcel_address", "commune",
	"ignore"
};

struct label {
	char *fold;
	int field, exact;	/* exact: a --map override */
};

struct lr_tlabels {
	struct label *v;
	int n;
};

const char *
lr_tfield_name(int f)
{
	return f > 0 && f < LR_TF_N ? names[f] : "";
}

int
lr_tfield_of(const char *name)
{
	for (int f = 1; f < LR_TF_N; f++)
		if (strcmp(names[f], name) == 0)
			return f;
	return -1;
}

char *
lr_tfold(const char *s)
{
	char *a = lr_ascii(s), *o = a;

	if (a == NULL)
		return NULL;
	for (const char *p = a; *p != '\0'; p++) {
		int keep = (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9');
		if (keep)
			*o++ = *p;
		else if (o > a && o[-1] != ' ')
			*o++ = ' ';
	}
	if (o > a && o[-1] == ' ')
		o--;
	*o = '\0';
	return a;
}

/* Add label text for field f. */
static int
add_label(lr_tlabels *l, const char *text, int f, int exact)
{
	struct label *v = realloc(l->v, (size_t)(l->n + 1) * sizeof(*v));
	char *fold = lr_tfold(text);

	if (v != NULL)
		l->v = v;
	if (v == NULL || fold == NULL) {
		free(fold);
		return -1;
	}
	v[l->n++] = (struct label){ fold, f, exact };
	return 0;
}

/* Read the lines of path, calling fn(l, line, sep) on each that is not a
 * comment, where sep is the separator found in it ('\t' or '=').  Returns
 * 0, or -1 with err set. */
static int
read_lines(lr_tlabels *l, const char *path, char sep, lr_err *err)
{
	FILE *fp = fopen(path, "r");
	char *line = NULL, *at, *field, *label;
	size_t cap = 0;
	long n = 0;
	int rc = 0, f;

	if (fp == NULL) {
		lr_err_set(err, "'%s': cannot open", path);
		return -1;
	}
	while (rc == 0 && getline(&line, &cap, fp) > 0) {
		n++;
		line[strcspn(line, "\r\n")] = '\0';
		if (line[strspn(line, " \t")] == '#' || line[strspn(line, " \t")] == '\0')
			continue;
		if ((at = strrchr(line, sep)) == NULL) {
			lr_err_set(err, "'%s': line %ld: no '%c'", path, n, sep);
			rc = -1;
			break;
		}
		*at = '\0';
		field = sep == '\t' ? line : at + 1;
		label = sep == '\t' ? at + 1 : line;
		field += strspn(field, " ");
		field[strcspn(field, " ")] = '\0';
		if ((f = lr_tfield_of(field)) < 0) {
			lr_err_set(err, "'%s': line %ld: unknown field '%s'", path, n, field);
			rc = -1;
		} else if (add_label(l, label, f, sep == '=') != 0) {
			lr_err_set(err, "'%s': line %ld: not UTF-8", path, n);
			rc = -1;
		}
	}
	free(line);
	fclose(fp);
	return rc;
}

lr_tlabels *
lr_tlabels_load(const char *path, lr_err *err)
{
	lr_tlabels *l = calloc(1, sizeof(*l));

	if (l == NULL)
		lr_err_sys(err, "out of memory");
	else if (read_lines(l, path, '\t', err) != 0) {
		lr_tlabels_free(l);
		return NULL;
	}
	return l;
}

int
lr_tlabels_add_map(lr_tlabels *l, const char *path, lr_err *err)
{
	return read_lines(l, path, '=', err);
}

void
lr_tlabels_free(lr_tlabels *l)
{
	if (l == NULL)
		return;
	for (int i = 0; i < l->n; i++)
		free(l->v[i].fold);
	free(l->v);
	free(l);
}

/* The field folded label fold names: an override equal to it, else the
 * longest label it starts with (as whole words); *len its length. */
static int
field_of(const lr_tlabels *l, const char *fold, size_t *len)
{
	int best = LR_TF_NONE;

	*len = 0;
	for (int i = 0; i < l->n; i++) {
		const struct label *b = &l->v[i];
		size_t n = strlen(b->fold);
		if (b->exact && strcmp(fold, b->fold) == 0) {
			*len = (size_t)-1;
			return b->field;
		}
		if (b->exact || n <= *len || strncmp(fold, b->fold, n) != 0 ||
		    (fold[n] != '\0' && fold[n] != ' '))
			continue;
		best = b->field;
		*len = n;
	}
	return best;
}

/* The header text of column c with the header in rows r (and r + 1 when
 * two): the upper label, carried right over blanks as a merged cell is,
 * joined to the lower one.  A new string. */
static char *
header_text(const lr_tgrid *g, size_t r, int two, int c)
{
	const char *up = lr_tgrid_cell(g, r, c)->text, *low;
	char *out = NULL;

	if (!two)
		return strdup(up);
	low = lr_tgrid_cell(g, r + 1, c)->text;
	for (int k = c; up[0] == '\0' && k > 0 && low[0] != '\0'; k--)
		up = lr_tgrid_cell(g, r, k - 1)->text;
	if (strcmp(up, low) == 0 || low[0] == '\0')
		return strdup(up);
	return asprintf(&out, "%s %s", up, low) < 0 ? NULL : out;
}

/* The field of column c: the lower label alone first, then joined. */
static int
column_field(const lr_tgrid *g, const lr_tlabels *l, size_t r, int two, int c,
    char **text)
{
	char *fold, *whole;
	size_t len, len2;
	int f = LR_TF_NONE, f2;

	*text = header_text(g, r, two, c);
	if (*text == NULL)
		return LR_TF_NONE;
	if (two && (fold = lr_tfold(lr_tgrid_cell(g, r + 1, c)->text)) != NULL) {
		f = field_of(l, fold, &len);
		free(fold);
	}
	if ((whole = lr_tfold(*text)) != NULL) {
		f2 = field_of(l, whole, &len2);
		if (f == LR_TF_NONE || len2 == (size_t)-1)
			f = f2;
		free(whole);
	}
	return f;
}

/* Map the columns with the header at row r (two rows when two) into m;
 * m->nfound counts the distinct fields. */
static int
try_header(const lr_tgrid *g, const lr_tlabels *l, size_t r, int two,
    lr_tmap *m)
{
	int seen[LR_TF_N] = { 0 };

	m->head = r;
	m->body = r + 1 + (two != 0);
	m->ncols = g->ncols;
	m->nfound = 0;
	m->area_ha = 0;
	m->field = calloc((size_t)g->ncols + 1, sizeof(int));
	m->label = calloc((size_t)g->ncols + 1, sizeof(char *));
	if (m->field == NULL || m->label == NULL)
		return -1;
	for (int c = 0; c < g->ncols; c++) {
		int f = column_field(g, l, r, two, c, &m->label[c]);
		if (m->label[c] == NULL)
			return -1;
		if (f != LR_TF_NONE && f != LR_TF_IGNORE && seen[f]++)
			f = LR_TF_NONE;	/* the first column of a field wins */
		m->field[c] = f;
		m->nfound += f != LR_TF_NONE && f != LR_TF_IGNORE;
		if (f == LR_TF_AREA) {
			char *fold = lr_tfold(m->label[c]);
			m->area_ha = fold && strstr(fold, " ha") &&
			    fold[strlen(fold) - 1] == 'a';
			free(fold);
		}
	}
	return 0;
}

void
lr_tmap_release(lr_tmap *m)
{
	for (int c = 0; m->label != NULL && c < m->ncols; c++)
		free(m->label[c]);
	free(m->label);
	free(m->field);
	m->label = NULL;
	m->field = NULL;
}

/* 1 when m has a name or a parcel number column. */
static int
usable(const lr_tmap *m)
{
	for (int c = 0; c < m->ncols; c++)
		if (m->field[c] == LR_TF_NAME || m->field[c] == LR_TF_NUMBER)
			return 1;
	return 0;
}

int
lr_tmap_find(const lr_tgrid *g, const lr_tlabels *l, lr_tmap *m, lr_err *err)
{
	lr_tmap t;
	int best = 0;

	memset(m, 0, sizeof(*m));
	for (size_t r = 0; r < g->nrows && r < SCAN_ROWS; r++)
		for (int two = 0; two < 2 && r + (size_t)two < g->nrows; two++) {
			memset(&t, 0, sizeof(t));
			if (try_header(g, l, r, two, &t) != 0) {
				lr_tmap_release(&t);
				lr_tmap_release(m);
				lr_err_sys(err, "out of memory");
				return -1;
			}
			if (t.nfound * 2 - two > best) {	/* one row on a tie */
				best = t.nfound * 2 - two;
				lr_tmap_release(m);
				*m = t;
			} else
				lr_tmap_release(&t);
		}
	if (m->nfound >= 2 && usable(m))
		return 0;
	lr_tmap_release(m);
	lr_err_set(err, "no header row naming the columns (see --map)");
	return -1;
}
