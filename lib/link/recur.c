/* Evidence carried between the decisions of one run. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "recur.h"

/* One citizen linked: by decision doc, or by several (many): links in
 * all.  A commune's slot ("#" and its code) counts its citizens linked
 * in links. */
struct seen_slot {
	char id[13];
	long doc;
	int many;
	long links;
};

/* An open-addressing table of citizen IDs, capacity a power of two. */
struct lr_recur {
	struct seen_slot *t;
	size_t cap, used;	/* slots, slots in use */
	long n;			/* citizens */
	long links, recurring;	/* links, those of citizens linked by
				 * more than one decision */
};

lr_recur *
lr_recur_new(void)
{
	return calloc(1, sizeof(lr_recur));
}

void
lr_recur_free(lr_recur *s)
{
	if (s != NULL)
		free(s->t);
	free(s);
}

/* FNV-1a of a citizen ID. */
static size_t
hash(const char *id)
{
	uint64_t h = 14695981039346656037ULL;

	for (; *id != '\0'; id++)
		h = (h ^ (unsigned char)*id) * 1099511628211ULL;
	return (size_t)h;
}

/* The slot of id in t (capacity cap): its own, or the empty one where it
 * goes. */
static struct seen_slot *
slot(struct seen_slot *t, size_t cap, const char *id)
{
	size_t i = hash(id) & (cap - 1);

	while (t[i].id[0] != '\0' && strcmp(t[i].id, id) != 0)
		i = (i + 1) & (cap - 1);
	return &t[i];
}

/* Double s's table (or make its first).  Returns 0, or -1. */
static int
grow(lr_recur *s)
{
	size_t cap = s->cap ? s->cap * 2 : 256;
	struct seen_slot *t = calloc(cap, sizeof(*t));

	if (t == NULL)
		return -1;
	for (size_t i = 0; i < s->cap; i++)
		if (s->t[i].id[0] != '\0')
			*slot(t, cap, s->t[i].id) = s->t[i];
	free(s->t);
	s->t = t;
	s->cap = cap;
	return 0;
}

/* The slot of key, taken when it is new (*fresh set).  NULL when out of
 * memory. */
static struct seen_slot *
take(lr_recur *s, const char *key, int *fresh)
{
	struct seen_slot *e;

	if (2 * (s->used + 1) > s->cap && grow(s) != 0)
		return NULL;
	e = slot(s->t, s->cap, key);
	if ((*fresh = e->id[0] == '\0')) {
		snprintf(e->id, sizeof(e->id), "%s", key);
		s->used++;
	}
	return e;
}

/* The key of commune code in s's table. */
static void
commune_key(char key[13], const char *code)
{
	snprintf(key, 13, "#%.11s", code);
}

/* Remember citizen c linked by decision doc.  Returns 0, or -1. */
static int
add(lr_recur *s, const lr_cand *c, long doc)
{
	struct seen_slot *e, *place;
	char key[13];
	int fresh;

	if ((e = take(s, c->citizen_id, &fresh)) == NULL)
		return -1;
	if (fresh) {
		e->doc = doc;
		s->n++;
		commune_key(key, c->commune);
		if (c->commune[0] != '\0') {
			if ((place = take(s, key, &fresh)) == NULL)
				return -1;
			place->links++;
			e = slot(s->t, s->cap, c->citizen_id);	/* may have moved */
		}
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
	const struct seen_slot *e;

	if (s->n == 0)
		return 0;
	e = slot(s->t, s->cap, citizen_id);
	return e->id[0] != '\0' && (e->doc != doc || e->many);
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
	const struct seen_slot *e;
	double pop;
	char key[13];

	if (commune[0] != '\0' && s->n > 0) {
		commune_key(key, commune);
		e = slot(s->t, s->cap, key);
		pop = lr_registry_freq(r, LR_COMMUNE, commune) * (double)citizens;
		if (e->id[0] != '\0' && pop >= 1)
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
