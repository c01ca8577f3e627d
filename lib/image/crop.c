/* Crops: decoding, turning and cutting page images with Leptonica. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "clean.h"
#include "crop.h"
#include "scan.h"
#include "spread.h"

/* Only the page last decoded is kept: callers cut crops page by page. */
struct lr_crops {
	const json_t *rec;
	char *base;
	int n;			/* the page in pix, 0 for none */
	PIX *pix;		/* NULL when decoding page n failed */
};

lr_crops *
lr_crops_new(const json_t *rec, const char *base)
{
	lr_crops *c = calloc(1, sizeof(*c));

	if (c == NULL)
		return NULL;
	c->rec = rec;
	c->base = strdup(base != NULL ? base : "");
	if (c->base == NULL) {
		free(c);
		return NULL;
	}
	return c;
}

void
lr_crops_free(lr_crops *c)
{
	if (c == NULL)
		return;
	pixDestroy(&c->pix);
	free(c->base);
	free(c);
}

/* The page object whose "n" is n, or NULL. */
static const json_t *
page_of(const json_t *rec, int n)
{
	const json_t *p;
	size_t i;

	json_array_foreach(json_object_get(rec, "pages"), i, p)
		if (json_integer_value(json_object_get(p, "n")) == n)
			return p;
	return NULL;
}

/* Where the pixels of page pg (number n) are, its path under the
 * crops' base folder into path. */
static int
page_file(lr_crops *c, const json_t *pg, int n, char *path, size_t size,
    lr_page_src *src, lr_err *err)
{
	if (lr_page_src_of(c->rec, pg, (size_t)n - 1, src) != 0) {
		lr_err_set(err, "page %d: no source file", n);
		return -1;
	}
	if (src->path[0] == '/' || c->base[0] == '\0')
		snprintf(path, size, "%s", src->path);
	else
		snprintf(path, size, "%s/%s", c->base, src->path);
	src->path = path;
	return 0;
}

/* Turn pix (consumed) as ocr-extract turned its page before reading it:
 * a crop is shown upright and straight. */
static PIX *
turn(PIX *pix, const json_t *pg)
{
	PIX *t = lr_clean_geometry(pix, (int)json_integer_value(
	    json_object_get(pg, "rotation")), json_number_value(
	    json_object_get(pg, "deskew")), 1);

	pixDestroy(&pix);
	return t;
}

/* Decode page n as scanned.  Returns the image (borrowed), or NULL. */
static PIX *
page_pix(lr_crops *c, int n, lr_err *err)
{
	const json_t *pg = page_of(c->rec, n);
	char path[PATH_MAX];
	lr_page_src src;

	if (c->n == n) {
		if (c->pix == NULL)
			lr_err_set(err, "page %d: the scan could not be read", n);
		return c->pix;
	}
	pixDestroy(&c->pix);
	c->n = n;
	if (n < 1) {
		lr_err_set(err, "page %d: no such page", n);
		return NULL;
	}
	if (page_file(c, pg, n, path, sizeof(path), &src, err) == 0)
		c->pix = lr_page_src_decode(&src, 0, err);
	return c->pix;
}

/* The box around bbox widened by margin, clipped to pix; NULL when
 * nothing of it is on the page. */
static BOX *
clip_box(PIX *pix, const double bbox[4], int margin)
{
	l_int32 x = (l_int32)bbox[0] - margin, y = (l_int32)bbox[1] - margin;
	l_int32 x2 = (l_int32)(bbox[0] + bbox[2]) + margin;
	l_int32 y2 = (l_int32)(bbox[1] + bbox[3]) + margin;

	x = x < 0 ? 0 : x;
	y = y < 0 ? 0 : y;
	x2 = x2 > pixGetWidth(pix) ? pixGetWidth(pix) : x2;
	y2 = y2 > pixGetHeight(pix) ? pixGetHeight(pix) : y2;
	return x2 > x && y2 > y ? boxCreate(x, y, x2 - x, y2 - y) : NULL;
}

int
lr_crops_png(lr_crops *c, int page, const double bbox[4], int margin,
    unsigned char **png, size_t *len, lr_err *err)
{
	PIX *pix = page_pix(c, page, err), *cut = NULL;
	BOX *box;
	int r;

	if (pix == NULL)
		return -1;
	if ((box = clip_box(pix, bbox, margin)) != NULL)
		cut = pixClipRectangle(pix, box, NULL);
	boxDestroy(&box);
	if (cut == NULL) {
		lr_err_set(err, "page %d: box outside the page", page);
		return -1;
	}
	if ((cut = turn(cut, page_of(c->rec, page))) == NULL) {
		lr_err_set(err, "page %d: cannot turn the crop", page);
		return -1;
	}
	r = pixWriteMem(png, len, cut, IFF_PNG);
	pixDestroy(&cut);
	if (r != 0)
		lr_err_sys(err, "page %d: cannot write PNG", page);
	return r == 0 ? 0 : -1;
}
