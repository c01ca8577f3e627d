/* CSV and TSV files read row by row with libcsv. */
#include <csv.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "csvfile.h"

/* A parsed row waiting to be returned. */
struct row {
	char **f;
	int n, cap;
	size_t line;		/* first line of the row */
	size_t nl;		/* newlines inside its fields */
};

struct lr_csv {
	FILE *fp;
	struct csv_parser p;
	struct row cur;		/* being parsed */
	struct row *q;		/* complete rows, a queue */
	size_t qn, qhead, qcap;
	struct row out;		/* last returned */
	size_t line;		/* next row's first line */
	int eof, first;
	int oom;		/* a callback ran out of memory */
};

static void
row_free(struct row *r)
{
	for (int i = 0; i < r->n; i++)
		free(r->f[i]);
	free(r->f);
	memset(r, 0, sizeof(*r));
}

/* libcsv: one field. */
static void
on_field(void *s, size_t len, void *data)
{
	lr_csv *c = data;
	struct row *r = &c->cur;
	char *f;

	if (r->n == r->cap) {
		char **nf = realloc(r->f, (size_t)(r->cap ? r->cap * 2 : 16) *
		    sizeof(*r->f));
		if (nf == NULL) {
			c->oom = 1;
			return;
		}
		r->f = nf;
		r->cap = r->cap ? r->cap * 2 : 16;
	}
	if ((f = malloc(len + 1)) == NULL) {
		c->oom = 1;
		return;
	}
	memcpy(f, s ? s : "", len);
	f[len] = '\0';
	if (c->first && r->n == 0 && len >= 3 && memcmp(f, "\xef\xbb\xbf", 3) == 0)
		memmove(f, f + 3, len - 2);
	for (size_t i = 0; i < len; i++)
		r->nl += f[i] == '\n';
	r->f[r->n++] = f;
}

/* libcsv: end of a row. */
static void
on_row(int ch, void *data)
{
	lr_csv *c = data;

	(void)ch;
	if (c->qn == c->qcap) {
		struct row *nq = realloc(c->q, (c->qcap ? c->qcap * 2 : 64) *
		    sizeof(*c->q));
		if (nq == NULL) {
			c->oom = 1;
			row_free(&c->cur);
			return;
		}
		c->q = nq;
		c->qcap = c->qcap ? c->qcap * 2 : 64;
	}
	c->cur.line = c->line;
	c->line += 1 + c->cur.nl;
	c->q[c->qn++] = c->cur;
	memset(&c->cur, 0, sizeof(c->cur));
	c->first = 0;
}

lr_csv *
lr_csv_open(const char *path, char delim, lr_err *err)
{
	lr_csv *c = calloc(1, sizeof(*c));

	if (c == NULL || csv_init(&c->p, CSV_APPEND_NULL) != 0) {
		free(c);
		lr_err_set(err, "out of memory");
		return NULL;
	}
	csv_set_delim(&c->p, (unsigned char)delim);
	c->fp = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
	if (c->fp == NULL) {
		lr_err_set(err, "%s", strerror(errno));
		csv_free(&c->p);
		free(c);
		return NULL;
	}
	c->line = 1;
	c->first = 1;
	return c;
}

/* Parse more of the file until a row is queued or the file ends. */
static int
fill(lr_csv *c, lr_err *err)
{
	char buf[1 << 16];
	size_t n;

	while (c->qhead == c->qn && !c->eof) {
		c->qhead = c->qn = 0;
		n = fread(buf, 1, sizeof(buf), c->fp);
		if (n > 0 && csv_parse(&c->p, buf, n, on_field, on_row, c) != n) {
			lr_err_set(err, "line %zu: %s", c->line,
			    csv_strerror(csv_error(&c->p)));
			return -1;
		}
		if (n == 0) {
			if (ferror(c->fp)) {
				lr_err_set(err, "read error: %s", strerror(errno));
				return -1;
			}
			c->eof = 1;
			csv_fini(&c->p, on_field, on_row, c);
		}
		if (c->oom) {
			lr_err_set(err, "out of memory");
			return -1;
		}
	}
	return 0;
}

int
lr_csv_next(lr_csv *c, char ***fields, lr_err *err)
{
	row_free(&c->out);
	if (fill(c, err) != 0)
		return -1;
	if (c->qhead == c->qn)
		return 0;
	c->out = c->q[c->qhead++];
	*fields = c->out.f;
	return c->out.n;
}

size_t
lr_csv_line(const lr_csv *c)
{
	return c->out.line;
}

int
lr_csv_column(char *const *header, int n, const char *name)
{
	for (int i = 0; i < n; i++) {
		const char *h = header[i];
		size_t len;
		while (*h == ' ' || *h == '\t')
			h++;
		len = strlen(h);
		while (len > 0 && (h[len - 1] == ' ' || h[len - 1] == '\r'))
			len--;
		if (len == strlen(name) && strncasecmp(h, name, len) == 0)
			return i;
	}
	return -1;
}

void
lr_csv_close(lr_csv *c)
{
	if (c == NULL)
		return;
	row_free(&c->out);
	row_free(&c->cur);
	for (size_t i = c->qhead; i < c->qn; i++)
		row_free(&c->q[i]);
	free(c->q);
	csv_free(&c->p);
	if (c->fp != stdin)
		fclose(c->fp);
	free(c);
}
