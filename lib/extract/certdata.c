/* Certificates' data: the page-kind review threshold, the form's
 * generations (years, serial patterns), part headings, ID labels and
 * organisations' kinds of schemas/certificates.tsv. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "certdata-int.h"
#include "data-int.h"
#include "cert-int.h"

/* Append (phrase, what) to *v, the phrase folded when fold is set.  0,
 * or -1 with err set. */
static int
add_text(lr_certphrase **v, size_t *n, size_t *cap, const char *what,
    const char *phrase, int fold, lr_err *err)
{
	lr_certphrase p = { fold ? lr_x_fold(phrase) : strdup(phrase),
	    strdup(what) };

	if (p.phrase == NULL || p.what == NULL || lr_reserve(v, cap, *n,
	    sizeof(**v), 16) != 0) {
		free(p.phrase), free(p.what);
		lr_err_sys(err, "out of memory");
		return -1;
	}
	(*v)[(*n)++] = p;
	return 0;
}

static int
add_phrase(lr_certphrase **v, size_t *n, size_t *cap, const char *what,
    const char *phrase, lr_err *err)
{
	return add_text(v, n, cap, what, phrase, 1, err);
}

/* "printed generation part fields": kept as (generation, "part fields"). */
static int
add_printed(lr_certdata *d, char **f, lr_err *err)
{
	char *text = NULL;
	int rc;

	if (asprintf(&text, "%s %s", f[2], f[3]) < 0) {
		lr_err_sys(err, "out of memory");
		return -1;
	}
	rc = add_text(&d->printed, &d->nprinted, &d->capprinted, f[1], text, 0,
	    err);
	free(text);
	return rc;
}

static int
add_gen(lr_certdata *d, char **f, lr_err *err)
{
	lr_certgen g = { 0 };

	if (sscanf(f[2], "%d %d", &g.first, &g.last) != 2 || sscanf(f[3],
	    "%d %d %d", &g.letters_min, &g.letters_max, &g.digits) != 3) {
		lr_err_set(err, "want years 'first last' and serial 'letters "
		    "letters digits'");
		return -1;
	}
	if ((g.name = strdup(f[1])) == NULL || lr_reserve(&d->gen, &d->capgen,
	    d->ngen, sizeof(*d->gen), 4) != 0) {
		free(g.name);
		lr_err_sys(err, "out of memory");
		return -1;
	}
	d->gen[d->ngen++] = g;
	return 0;
}

static int
row(void *ctx, char **f, int nf, lr_err *err)
{
	lr_certdata *d = ctx;

	if (nf == 3 && strcmp(f[0], "setting") == 0 &&
	    strcmp(f[1], "page_kind_review") == 0) {
		d->page_kind_review = atof(f[2]);
		return 0;
	}
	if (nf == 4 && strcmp(f[0], "generation") == 0)
		return add_gen(d, f, err);
	if (nf == 4 && strcmp(f[0], "printed") == 0)
		return add_printed(d, f, err);
	if (nf == 3 && strcmp(f[0], "part") == 0)
		return add_phrase(&d->parts, &d->nparts, &d->capparts, f[1],
		    f[2], err);
	if (nf == 2 && strcmp(f[0], "stop") == 0)
		return add_phrase(&d->stops, &d->nstops, &d->capstops, f[0],
		    f[1], err);
	if (nf == 2 && strcmp(f[0], "serial") == 0)
		return add_phrase(&d->serials, &d->nserials, &d->capserials,
		    f[0], f[1], err);
	if (nf == 2 && strcmp(f[0], "confusable") == 0)
		return add_text(&d->confusable, &d->nconfusable,
		    &d->capconfusable, f[0], f[1], 0, err);
	if (nf == 2 && strcmp(f[0], "holder") == 0)
		return add_phrase(&d->holders, &d->nholders, &d->capholders,
		    f[0], f[1], err);
	if (nf == 2 && strcmp(f[0], "register") == 0)
		return add_phrase(&d->registers, &d->nregisters,
		    &d->capregisters, f[0], f[1], err);
	if (nf == 3 && strcmp(f[0], "wording") == 0)
		return add_phrase(&d->wording, &d->nwording, &d->capwording,
		    f[1], f[2], err);
	if (nf == 3 && strcmp(f[0], "column") == 0)
		return add_phrase(&d->cols, &d->ncols, &d->capcols, f[1], f[2],
		    err);
	if (nf == 3 && strcmp(f[0], "id") == 0)
		return add_phrase(&d->ids, &d->nids, &d->capids, f[1], f[2],
		    err);
	if (nf == 4 && strcmp(f[0], "house") == 0 && (!strcmp(f[2], "area") ||
	    !strcmp(f[2], "whole") || !strcmp(f[2], "text"))) {
		char what[96];
		snprintf(what, sizeof(what), "%s %s", f[1], f[2]);
		return add_phrase(&d->house, &d->nhouse, &d->caphouse, what,
		    f[3], err);
	}
	lr_err_set(err, "unknown row '%s' or wrong number of fields", f[0]);
	return -1;
}

lr_certdata *
lr_certdata_load(const char *dir, lr_err *err)
{
	lr_certdata *d = calloc(1, sizeof(*d));

	if (d == NULL) {
		lr_err_sys(err, "out of memory");
		return NULL;
	}
	if (lr_x_read_schema(dir, "certificates.tsv", row, d, err) != 0) {
		lr_certdata_free(d);
		d = NULL;
	}
	return d;
}

static void
free_phrases(lr_certphrase *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i].phrase), free(v[i].what);
	free(v);
}

void
lr_certdata_free(lr_certdata *d)
{
	if (d == NULL)
		return;
	for (size_t i = 0; i < d->ngen; i++)
		free(d->gen[i].name);
	free(d->gen);
	free_phrases(d->parts, d->nparts);
	free_phrases(d->ids, d->nids);
	free_phrases(d->house, d->nhouse);
	free_phrases(d->printed, d->nprinted);
	free_phrases(d->stops, d->nstops);
	free_phrases(d->cols, d->ncols);
	free_phrases(d->serials, d->nserials);
	free_phrases(d->registers, d->nregisters);
	free_phrases(d->holders, d->nholders);
	free_phrases(d->wording, d->nwording);
	free_phrases(d->confusable, d->nconfusable);
	free(d);
}

const lr_certgen *
lr_certdata_gen(const lr_certdata *d, const char *name)
{
	for (size_t i = 0; name != NULL && i < d->ngen; i++)
		if (strcmp(d->gen[i].name, name) == 0)
			return &d->gen[i];
	return NULL;
}
