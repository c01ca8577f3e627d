/* Growing arrays. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "array.h"

int
lr_reserve(void *vp, size_t *cap, size_t n, size_t size, size_t first)
{
	void *v, *old;
	size_t nc;

	if (n < *cap)
		return 0;
	nc = *cap ? *cap : (first ? first : 1);
	while (nc <= n || nc == *cap) {
		if (nc > SIZE_MAX / 2)
			return -1;
		nc *= 2;
	}
	if (size != 0 && nc > SIZE_MAX / size)
		return -1;
	memcpy(&old, vp, sizeof(old));
	if ((v = realloc(old, nc * size)) == NULL)
		return -1;
	memcpy(vp, &v, sizeof(v));
	*cap = nc;
	return 0;
}
