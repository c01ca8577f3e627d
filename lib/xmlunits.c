/* Commune codes for export-xml: the units list and the July 2025 map, read
 * with libcsv, searched by folded name and by code. */
#include <csv.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vntext.h"
#include "xmlunits.h"

#define NCOLS 7		/* both files have seven columns */

/* A commune of the units list; names folded (lr_toneless), with their type
 * word: "xa mương mươn". */
struct unit {
	char code[6];
	char *commune, *district, *province;
};

/* One row of the map: old commune code to a new one. */
struct move {
	char old[6], now[6];
};

struct lr_xmlunits {
	struct unit *u;
	size_t nu, capu;
	struct move *m;
	size_t nm, capm;
};

/* The CSV being read: the current row's fields and what to do with a row. */
struct csvread {
	char *f[NCOLS];
	int nf;
	long rows;
	int (*row)(lr_xmlunits *, char **);
	lr_xmlunits *u;
	int bad;
};

static void
on_field(void *s, size_t len, void *ctx)
{
	struct csvread *c = ctx;

	if (c->nf < NCOLS && (c->f[c->nf++] = strndup(s, len)) == NULL)
		c->bad = 1;
}

/* Hand each data row (not the header) with all its fields to c->row. */
static void
on_row(int term, void *ctx)
{
	struct csvread *c = ctx;

	(void)term;
	if (c->rows++ > 0 && !c->bad && (c->nf != NCOLS || c->row(c->u, c->f)))
		c->bad = 1;
	for (int i = 0; i < c->nf; i++)
		free(c->f[i]);
	c->nf = 0;
}

/* Read the CSV at path row by row into u.  Returns 0, or -1 with err set. */
static int
read_csv(const char *path, int (*row)(lr_xmlunits *, char **),
    lr_xmlunits *u, lr_err *err)
{
	struct csvread c = { .row = row, .u = u };
	struct csv_parser p;
	char buf[65536];
	FILE *fp = fopen(path, "r");
	size_t n;

	if (fp == NULL || csv_init(&p, CSV_APPEND_NULL) != 0) {
		lr_err_set(err, "'%s': %s", path, strerror(errno));
		if (fp != NULL)
			fclose(fp);
		return -1;
	}
	while ((n = fread(buf, 1, sizeof(buf), fp)) > 0 && !c.bad)
		if (csv_parse(&p, buf, n, on_field, on_row, &c) != n)
			c.bad = 1;
	csv_fini(&p, on_field, on_row, &c);
	csv_free(&p);
	c.bad |= ferror(fp) || c.rows < 2;
	fclose(fp);
	if (c.bad)
		lr_err_set(err, "'%s': not a %d-column CSV list", path, NCOLS);
	return c.bad ? -1 : 0;
}

/* Grow *v (of *cap elements of size sz) to hold n + 1.  Returns 0 or -1. */
static int
grow(void **v, size_t *cap, size_t n, size_t sz)
{
	void *nv;

	if (n < *cap)
		return 0;
	if ((nv = realloc(*v, (*cap ? *cap * 2 : 1024) * sz)) == NULL)
		return -1;
	*v = nv;
	*cap = *cap ? *cap * 2 : 1024;
	return 0;
}

/* A units row: province_code, province_name, district_code, district_name,
 * commune_code, commune_name, commune_type. */
static int
add_unit(lr_xmlunits *u, char **f)
{
	struct unit *x;

	if (strlen(f[4]) != 5 || grow((void **)&u->u, &u->capu, u->nu,
	    sizeof(*u->u)) != 0)
		return -1;
	x = &u->u[u->nu++];
	memcpy(x->code, f[4], 6);
	x->commune = lr_toneless(f[5]);
	x->district = lr_toneless(f[3]);
	x->province = lr_toneless(f[1]);
	return x->commune && x->district && x->province ? 0 : -1;
}

/* A map row: old_province_code, old_commune_code, old_commune_name,
 * new_province_code, new_province_name, new_commune_code, new_commune_name. */
static int
add_move(lr_xmlunits *u, char **f)
{
	struct move *m;

	if (strlen(f[1]) != 5 || strlen(f[5]) != 5 ||
	    grow((void **)&u->m, &u->capm, u->nm, sizeof(*u->m)) != 0)
		return -1;
	m = &u->m[u->nm++];
	memcpy(m->old, f[1], 6);
	memcpy(m->now, f[5], 6);
	return 0;
}

static int
movecmp(const void *a, const void *b)
{
	const struct move *x = a, *y = b;
	int c = strcmp(x->old, y->old);

	return c ? c : strcmp(x->now, y->now);
}

lr_xmlunits *
lr_xmlunits_load(const char *units, const char *map, lr_err *err)
{
	lr_xmlunits *u = calloc(1, sizeof(*u));

	if (u == NULL) {
		lr_err_set(err, "out of memory");
		return NULL;
	}
	if ((units != NULL && read_csv(units, add_unit, u, err) != 0) ||
	    (map != NULL && read_csv(map, add_move, u, err) != 0)) {
		lr_xmlunits_free(u);
		return NULL;
	}
	qsort(u->m, u->nm, sizeof(*u->m), movecmp);
	return u;
}

/* 1 when name occurs in s as whole words (between separators). */
static int
names(const char *s, const char *name)
{
	size_t n = strlen(name);

	for (const char *p = s; (p = strstr(p, name)) != NULL; p++)
		if ((p == s || strchr(" ,;.", p[-1])) && strchr(" ,;.", p[n]))
			return 1;
	return 0;
}

/* Keep in c (of *n indexes) the communes whose district (d) or province
 * (!d) addr names, when any does. */
static void
narrow(const lr_xmlunits *u, const char *addr, size_t *c, size_t *n, int d)
{
	size_t k = 0;

	for (size_t i = 0; i < *n; i++)
		if (names(addr, d ? u->u[c[i]].district : u->u[c[i]].province))
			c[k++] = c[i];
	if (k > 0)
		*n = k;
}

const char *
lr_xmlunits_by_name(lr_xmlunits *u, const char *address, char *why, size_t n)
{
	char *addr = lr_toneless(address);
	size_t c[64], k = 0;

	if (addr == NULL) {
		snprintf(why, n, "address is not valid UTF-8");
		return NULL;
	}
	for (size_t i = 0; i < u->nu && k < 64; i++)
		if (names(addr, u->u[i].commune))
			c[k++] = i;
	narrow(u, addr, c, &k, 1);
	narrow(u, addr, c, &k, 0);
	free(addr);
	if (k == 1)
		return u->u[c[0]].code;
	snprintf(why, n, k ? "missing; the address names %zu communes of that "
	    "name (review)" : "missing, and the address names no known commune",
	    k);
	return NULL;
}

static int
oldcmp(const void *a, const void *b)
{
	return strcmp(((const struct move *)a)->old, ((const struct move *)b)->old);
}

const char *
lr_xmlunits_current(lr_xmlunits *u, const char *code, char *why, size_t n)
{
	struct move key = { { 0 }, { 0 } }, *m, *last, *end = u->m + u->nm;

	snprintf(key.old, sizeof(key.old), "%s", code);
	if ((m = bsearch(&key, u->m, u->nm, sizeof(*m), oldcmp)) == NULL)
		return code;
	while (m > u->m && strcmp(m[-1].old, code) == 0)
		m--;
	for (last = m; last + 1 < end && strcmp(last[1].old, code) == 0; last++)
		;
	if (strcmp(m->now, last->now) != 0) {
		snprintf(why, n, "commune %s was split in July 2025 (%s ... %s); "
		    "review", code, m->now, last->now);
		return NULL;
	}
	return m->now;
}

void
lr_xmlunits_free(lr_xmlunits *u)
{
	if (u == NULL)
		return;
	for (size_t i = 0; i < u->nu; i++) {
		free(u->u[i].commune);
		free(u->u[i].district);
		free(u->u[i].province);
	}
	free(u->u);
	free(u->m);
	free(u);
}
