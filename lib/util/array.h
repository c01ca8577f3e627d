/* Growing arrays: one rule for making room, so that every array in the
 * library fails the same way when memory runs out. */
#ifndef LR_ARRAY_H
#define LR_ARRAY_H

#include <stddef.h>

/* Make room in the array *vp (a pointer to the array's pointer; *cap
 * elements of size bytes are allocated) for element number n, that is for
 * n + 1 elements.  When it is full, the capacity doubles, starting at first
 * (at least 1) when nothing is allocated yet.  New elements are not
 * initialised.  Returns 0, or -1 when out of memory or when the size would
 * overflow; then *vp and *cap are unchanged.  The caller owns the array and
 * frees it with free(3). */
int lr_reserve(void *vp, size_t *cap, size_t n, size_t size, size_t first);

#endif
