/* The run's seen keys: an open-addressing table with linear probing,
 * doubled when three quarters full. */
#include <stdlib.h>

#include "seen-int.h"

struct lr_seen {
	struct lr_seen_at *v;
	size_t n, cap;		/* cap a power of two */
};

lr_seen *
lr_seen_new(void)
{
	lr_seen *s = calloc(1, sizeof(*s));

	if (s != NULL && (s->v = calloc(1024, sizeof(*s->v))) == NULL) {
		free(s);
		return NULL;
	}
	if (s != NULL)
		s->cap = 1024;
	return s;
}

void
lr_seen_free(lr_seen *s)
{
	if (s == NULL)
		return;
	free(s->v);
	free(s);
}

/* The slot of key in v (cap slots): its entry, or the empty slot where it
 * goes. */
static struct lr_seen_at *
slot(struct lr_seen_at *v, size_t cap, uint64_t key)
{
	size_t i = (size_t)(key * 0x9E3779B97F4A7C15ULL) & (cap - 1);

	while (v[i].key != 0 && v[i].key != key)
		i = (i + 1) & (cap - 1);
	return &v[i];
}

/* Double the table.  Returns 0, or -1 when out of memory. */
static int
grow(lr_seen *s)
{
	struct lr_seen_at *v = calloc(s->cap * 2, sizeof(*v));

	if (v == NULL)
		return -1;
	for (size_t i = 0; i < s->cap; i++)
		if (s->v[i].key != 0)
			*slot(v, s->cap * 2, s->v[i].key) = s->v[i];
	free(s->v);
	s->v = v;
	s->cap *= 2;
	return 0;
}

const struct lr_seen_at *
lr_seen_put(lr_seen *s, uint64_t key, uint64_t val, uint32_t src,
    uint32_t row, int *oom)
{
	struct lr_seen_at *e;

	*oom = 0;
	if (s->n * 4 >= s->cap * 3 && grow(s) != 0) {
		*oom = 1;
		return NULL;
	}
	e = slot(s->v, s->cap, key);
	if (e->key == key)
		return e;
	*e = (struct lr_seen_at){ key, val, src, row };
	s->n++;
	return NULL;
}

uint64_t
lr_seen_hash(const char *s)
{
	uint64_t h = 0xcbf29ce484222325ULL;

	for (; *s != '\0'; s++)
		h = (h ^ (unsigned char)*s) * 0x100000001b3ULL;
	return h ? h : 1;
}
