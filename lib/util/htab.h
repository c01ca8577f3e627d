/* Hash tables of 64-bit keys: open addressing with linear probing,
 * doubled when three quarters full, small enough for millions of keys
 * (a slot is the key and the caller's fixed-size value). */
#ifndef LR_HTAB_H
#define LR_HTAB_H

#include <stddef.h>
#include <stdint.h>

/* A table; opaque. */
typedef struct lr_htab lr_htab;

/* A new empty table of values of size bytes each (rounded up to 8); NULL
 * when out of memory.  Free with lr_htab_free(). */
lr_htab *lr_htab_new(size_t size);

/* Free t and its values (NULL allowed). */
void lr_htab_free(lr_htab *t);

/* The value of key (never 0) in t, or NULL when absent.  Borrowed: valid
 * until the next lr_htab_put(). */
void *lr_htab_get(const lr_htab *t, uint64_t key);

/* The value of key (never 0) in t, added zeroed when new (*fresh set to
 * 1, else 0); NULL when out of memory.  Borrowed: valid until the next
 * lr_htab_put(). */
void *lr_htab_put(lr_htab *t, uint64_t key, int *fresh);

/* The number of keys in t. */
size_t lr_htab_count(const lr_htab *t);

/* The 64-bit FNV-1a hash of the string s, never 0: a key for
 * lr_htab_put().  Two strings share a key once in about 2^32 pairs among
 * 2^32 strings; callers count on none among the keys of one run. */
uint64_t lr_hash(const char *s);

#endif
