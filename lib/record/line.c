/* Records: a line's geometry (side by side, boxes) and the names of the
 * kinds of block a line stands in. */
#include <string.h>

#include "words-int.h"

static const char *const kind_names[LR_BLOCK_KINDS] = { "none", "body",
    "header-left", "header-right", "title", "table", "recipients",
    "signature" };

const char *
lr_block_kind_name(lr_block_kind k)
{
	return k >= 0 && k < LR_BLOCK_KINDS ? kind_names[k] : "none";
}

int
lr_block_kind_of(const char *name)
{
	for (int k = 0; name != NULL && k < LR_BLOCK_KINDS; k++)
		if (strcmp(name, kind_names[k]) == 0)
			return k;
	return -1;
}

int
lr_int_cmp(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;

	return (x > y) - (x < y);
}

int
lr_side_by_side(const lr_line *a, const lr_line *b)
{
	int top = a->y > b->y ? a->y : b->y;
	int bot = a->y + a->h < b->y + b->h ? a->y + a->h : b->y + b->h;
	int small = a->h < b->h ? a->h : b->h;

	return (a->x + a->w <= b->x || b->x + b->w <= a->x) &&
	    2 * (bot - top) > small;
}

void
lr_box_grow(int b[4], int x, int y, int w, int h)
{
	int x1 = x + w, y1 = y + h;

	if (b[2] >= 0) {
		x1 = b[0] + b[2] > x1 ? b[0] + b[2] : x1;
		y1 = b[1] + b[3] > y1 ? b[1] + b[3] : y1;
		x = b[0] < x ? b[0] : x, y = b[1] < y ? b[1] : y;
	}
	b[0] = x, b[1] = y, b[2] = x1 - x, b[3] = y1 - y;
}
