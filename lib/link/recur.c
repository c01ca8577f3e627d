/* Evidence carried between the decisions of one run. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "recur.h"

/* One citizen linked: by decision doc, or by several (many): links in
 * all. */
struct seen_slot {
	char id[13];
	long doc;
	int many;
	long links;
};

/* An open-addressing table of citizen IDs, capacity a power of two. */
struct lr_seen {
	struct seen_slot *t;
	size_t cap, n;
	long links, recurring;	/* links, those of citizens linked by
				 * more than one decision */
};

lr_seen *
lr_seen_new(void)
{
	return calloc(1, sizeof(lr_seen));
}

void
lr_seen_free(lr_seen *s)
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
grow(lr_seen *s)
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

/* Remember id linked by decision doc.  Returns 0, or -1. */
static int
add(lr_seen *s, const char *id, long doc)
{
	struct seen_slot *e;

	if (2 * (s->n + 1) > s->cap && grow(s) != 0)
		return -1;
	e = slot(s->t, s->cap, id);
	if (e->id[0] == '\0') {
		memcpy(e->id, id, sizeof(e->id));
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
lr_seen_add_links(lr_seen *s, const lr_owner_match *om, int n, long doc)
{
	for (int i = 0; i < n; i++)
		if (om[i].status == LR_MATCHED && !om[i].name_only &&
		    add(s, om[i].cand[om[i].chosen].citizen_id, doc) != 0)
			return -1;
	return 0;
}

int
lr_seen_elsewhere(const lr_seen *s, const char *citizen_id, long doc)
{
	const struct seen_slot *e;

	if (s->n == 0)
		return 0;
	e = slot(s->t, s->cap, citizen_id);
	return e->id[0] != '\0' && (e->doc != doc || e->many);
}

void
lr_seen_mu(const lr_seen *s, long registry, double *pm, double *pu)
{
	*pm = (double)(s->recurring + 1) / (double)(s->links + 2);
	*pu = registry > 0 ? (double)s->n / (double)registry : 1;
	if (*pm < *pu)
		*pm = *pu;
}

void
lr_match_recur(lr_owner_match *om, int n, const lr_seen *s, long doc,
    const lr_model *m)
{
	signed char level[LR_MATCH_KEEP];

	for (int i = 0; i < n; i++) {
		if (om[i].status == LR_ORGANISATION)
			continue;
		for (int j = 0; j < om[i].ncand; j++)
			level[j] = lr_seen_elsewhere(s, om[i].cand[j].citizen_id,
			    doc) ? LR_RECUR_LINKED : 0;
		lr_match_adjust(&om[i], LR_CMP_RECUR, level, m);
	}
}
