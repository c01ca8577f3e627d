/* What a run of imports has seen, kept small enough for millions of rows:
 * 64-bit keys (an ID as its number, other keys hashed) with a value and
 * the place (file and row) they were first seen at, in an open-addressing
 * table of 24-byte entries.  Private to lib/table. */
#ifndef LR_SEEN_INT_H
#define LR_SEEN_INT_H

#include <stdint.h>

/* One key seen. */
struct lr_seen_at {
	uint64_t key;		/* never 0 */
	uint64_t val;		/* the caller's */
	uint32_t src;		/* the caller's index of the file (and sheet) */
	uint32_t row;		/* the row number */
};

typedef struct lr_seen lr_seen;

/* A new empty set; NULL when out of memory. */
lr_seen *lr_seen_new(void);

/* The entry of key when seen before (borrowed until the next put), else
 * NULL after adding key with val, src and row; *oom set when it could not
 * be added. */
const struct lr_seen_at *lr_seen_put(lr_seen *s, uint64_t key, uint64_t val,
    uint32_t src, uint32_t row, int *oom);

/* The 64-bit FNV-1a hash of s, never 0. */
uint64_t lr_seen_hash(const char *s);

/* Free s (NULL allowed). */
void lr_seen_free(lr_seen *s);

#endif
