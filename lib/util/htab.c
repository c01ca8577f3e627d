/* Hash tables of 64-bit keys with fixed-size values. */
#include <stdlib.h>
#include <string.h>

#include "htab.h"

#define FIRST_CAP 256	/* slots of a table's first array */

struct lr_htab {
	unsigned char *v;	/* cap slots of step bytes: key, value */
	size_t step, n, cap;	/* cap 0 or a power of two */
};

lr_htab *
lr_htab_new(size_t size)
{
	lr_htab *t = calloc(1, sizeof(*t));

	if (t != NULL)
		t->step = sizeof(uint64_t) + (size + 7) / 8 * 8;
	return t;
}

void
lr_htab_free(lr_htab *t)
{
	if (t != NULL)
		free(t->v);
	free(t);
}

/* The key of slot i of v. */
static uint64_t
key_at(const unsigned char *v, size_t step, size_t i)
{
	uint64_t k;

	memcpy(&k, v + i * step, sizeof(k));
	return k;
}

/* The index of key's slot in v (cap slots of step bytes): its own, or the
 * empty one where it goes. */
static size_t
slot(const unsigned char *v, size_t step, size_t cap, uint64_t key)
{
	size_t i = (size_t)(key * 0x9E3779B97F4A7C15ULL) & (cap - 1);
	uint64_t k;

	while ((k = key_at(v, step, i)) != 0 && k != key)
		i = (i + 1) & (cap - 1);
	return i;
}

/* Double t's array (or make its first).  Returns 0, or -1. */
static int
grow(lr_htab *t)
{
	size_t cap = t->cap ? t->cap * 2 : FIRST_CAP, j;
	unsigned char *v = calloc(cap, t->step);
	uint64_t k;

	if (v == NULL)
		return -1;
	for (size_t i = 0; i < t->cap; i++)
		if ((k = key_at(t->v, t->step, i)) != 0) {
			j = slot(v, t->step, cap, k);
			memcpy(v + j * t->step, t->v + i * t->step, t->step);
		}
	free(t->v);
	t->v = v;
	t->cap = cap;
	return 0;
}

void *
lr_htab_get(const lr_htab *t, uint64_t key)
{
	size_t i;

	if (t->n == 0)
		return NULL;
	i = slot(t->v, t->step, t->cap, key);
	return key_at(t->v, t->step, i) == key ?
	    t->v + i * t->step + sizeof(uint64_t) : NULL;
}

void *
lr_htab_put(lr_htab *t, uint64_t key, int *fresh)
{
	unsigned char *e;

	*fresh = 0;
	if ((t->n + 1) * 4 > t->cap * 3 && grow(t) != 0)
		return NULL;
	e = t->v + slot(t->v, t->step, t->cap, key) * t->step;
	if (key_at(e, 0, 0) != key) {
		memcpy(e, &key, sizeof(key));
		t->n++;
		*fresh = 1;
	}
	return e + sizeof(uint64_t);
}

size_t
lr_htab_count(const lr_htab *t)
{
	return t->n;
}

uint64_t
lr_hash(const char *s)
{
	uint64_t h = 0xcbf29ce484222325ULL;

	for (; *s != '\0'; s++)
		h = (h ^ (unsigned char)*s) * 0x100000001b3ULL;
	return h ? h : 1;
}
