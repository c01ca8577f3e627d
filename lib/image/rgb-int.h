/* The channels of one pixel of a colour page, for lib/image's colour steps
 * (colour.c: seals and tints; pen.c: pen ink). */
#ifndef LR_RGB_INT_H
#define LR_RGB_INT_H

/* The darkest of the channels r, g, b. */
static inline int
lr_rgb_darkest(int r, int g, int b)
{
	return r < g ? (r < b ? r : b) : (g < b ? g : b);
}

/* The brightest of the channels r, g, b. */
static inline int
lr_rgb_brightest(int r, int g, int b)
{
	return r > g ? (r > b ? r : b) : (g > b ? g : b);
}

#endif
