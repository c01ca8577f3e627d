/* Evidence carried between the decisions of one run. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "recur.h"

/* One citizen linked: by decision doc, or by several (many): links in
 * all.  A commune's entry (the key of "#" and its code) counts its
 * citizens linked in links. */
struct linked {
	long doc;
	int many;
	int links;
};

/* The citizens linked in a run, by the hash of their ID. */
struct lr_recur {
	lr_htab *t;
	long n;			/* citizens */
	long links, recurring;	/* links, those of citizens linked by
				 * more than one decision */
};

lr_recur *
lr_recur_new(void)
{
	lr_recur *s = calloc(1, sizeof(lr_recur));

	if (s != NULL && (s->t = lr_htab_new(sizeof(struct linked))) == NULL) {
		free(s);
		return NULL;
	}
	return s;
}

void
lr_recur_free(lr_recur *s)
{
	if (s != NULL)
		lr_htab_free(s->t);
	free(s);
}

/* The key of commune code in s's table. */
static uint64_t
commune_key(const char *code)
{
	char key[16];

	snprintf(key, sizeof(key), "#%.11s", code);
	return lr_hash(key);
}

/* Remember citizen c linked by decision doc.  Returns 0, or -1. */
static int
add(lr_recur *s, const lr_cand *c, long doc)
{
	struct linked *e, *place;
	int fresh;

	if (c->commune[0] != '\0' &&
	    lr_htab_get(s->t, lr_hash(c->citizen_id)) == NULL) {
		if ((place = lr_htab_put(s->t, commune_key(c->commune),
		    &fresh)) == NULL)
			return -1;
		place->links++;
	}
	if ((e = lr_htab_put(s->t, lr_hash(c->citizen_id), &fresh)) == NULL)
		return -1;
	if (fresh) {
		e->doc = doc;
		s->n++;
	} else if (e->doc != doc && !e->many) {
		e->many = 1;
		s->recurring += e->links;	/* the first now recurs too */
	}
	e->links++;
	s->links++;
	s->recurring += e->many;
	return 0;
}

int
lr_recur_add_links(lr_recur *s, const lr_owner_match *om, int n, long doc)
{
	for (int i = 0; i < n; i++)
		if (om[i].status == LR_MATCHED && !om[i].name_only &&
		    add(s, &om[i].cand[om[i].chosen], doc) != 0)
			return -1;
	return 0;
}

int
lr_recur_elsewhere(const lr_recur *s, const char *citizen_id, long doc)
{
	const struct linked *e = lr_htab_get(s->t, lr_hash(citizen_id));

	return e != NULL && (e->doc != doc || e->many);
}

/* The m of "linked in another decision": the share of the links so far
 * whose citizen is linked by another decision too, with one recurring
 * and one lone link added (a few links say little). */
static double
seen_m(const lr_recur *s)
{
	return (double)(s->recurring + 1) / (double)(s->links + 2);
}

double
lr_recur_u(const lr_recur *s, const lr_registry *r, long citizens,
    const char *commune)
{
	const struct linked *e;
	double pop;

	if (commune[0] != '\0' && s->n > 0) {
		e = lr_htab_get(s->t, commune_key(commune));
		pop = lr_registry_freq(r, LR_COMMUNE, commune) * (double)citizens;
		if (e != NULL && pop >= 1)
			return (double)e->links / pop;
	}
	return citizens > 0 ? (double)s->n / (double)citizens : 1;
}

double
lr_recur_weight(const lr_recur *s, const lr_registry *r, long citizens,
    const char *commune)
{
	double w = log2(seen_m(s) / lr_recur_u(s, r, citizens, commune));

	return w > 0 ? w : 0;
}

void
lr_match_recur(lr_owner_match *om, int n, const lr_recur *s, long doc,
    const lr_registry *r, long citizens)
{
	signed char level[LR_MATCH_KEEP];
	double w[LR_MATCH_KEEP];

	for (int i = 0; i < n; i++) {
		if (om[i].status == LR_ORGANISATION)
			continue;
		for (int j = 0; j < om[i].ncand; j++) {
			const lr_cand *c = &om[i].cand[j];
			level[j] = lr_recur_elsewhere(s, c->citizen_id, doc) ?
			    LR_RECUR_LINKED : 0;
			w[j] = level[j] ? lr_recur_weight(s, r, citizens,
			    c->commune) : 0;
		}
		lr_match_adjust(&om[i], LR_CMP_RECUR, level, w);
	}
}
