/* Page cleanup with Leptonica: scale up, binarise, despeckle, deskew, turn. */
#include <math.h>
#include <stdio.h>

#include "clean.h"
#include "image.h"

void
lr_clean_defaults(lr_clean_opts *o)
{
	o->orient = o->deskew = o->binarise = o->despeckle = o->upscale = 1;
	o->max_skew = 12.0;
	o->min_dpi = 250;
	o->target_dpi = 300;
}

void
lr_clean_signature(const lr_clean_opts *o, char *buf, size_t n)
{
	snprintf(buf, n, "clean1 o%d d%d/%.1f b%d s%d u%d/%d/%d", o->orient,
	    o->deskew, o->max_skew, o->binarise, o->despeckle, o->upscale,
	    o->min_dpi, o->target_dpi);
}

/* Put next in the place of *cur.  Returns -1 when next is NULL. */
static int
step(PIX **cur, PIX *next)
{
	if (next == NULL)
		return -1;
	pixDestroy(cur);
	*cur = next;
	return 0;
}

/* Low-resolution pages are scaled up as grey (bilevel ones become grey). */
static int
upscale(PIX **cur, const lr_clean_opts *o, lr_clean_info *info)
{
	float f;

	if (!o->upscale || info->dpi <= 0 || info->dpi >= o->min_dpi)
		return 0;
	f = (float)o->target_dpi / (float)info->dpi;
	if (pixGetDepth(*cur) == 1 &&
	    step(cur, pixConvert1To8(NULL, *cur, 255, 0)) != 0)
		return -1;
	if (step(cur, pixScaleGrayLI(*cur, f, f)) != 0)
		return -1;
	info->dpi = o->target_dpi;
	info->upscaled = 1;
	return 0;
}

/* Grey pages: even out the background (to 200), smooth the noise, and
 * threshold at the valley of the histogram, kept between 80 and 150 so that
 * the noise of a nearly blank page stays white. */
static int
binarise(PIX **cur, const lr_clean_opts *o, lr_clean_info *info)
{
	l_int32 t = 130;

	if (pixGetDepth(*cur) != 8 || !o->binarise)
		return 0;
	if (step(cur, pixBackgroundNormSimple(*cur, NULL, NULL)) != 0)
		return -1;
	if (pixSplitDistributionFgBg(*cur, 0.1f, 2, &t, NULL, NULL, NULL) != 0)
		t = 130;
	t = t < 80 ? 80 : t > 150 ? 150 : t;
	if (step(cur, pixThresholdToBinary(*cur, t)) != 0)
		return -1;
	info->binarised = 1;
	return 0;
}

/* Drop specks of a pixel or so at 300 dpi (bigger ones may be tone marks). */
static int
despeckle(PIX **cur, const lr_clean_opts *o, const lr_clean_info *info)
{
	int s = info->dpi > 0 ? info->dpi / 300 : 1;

	if (!o->despeckle || pixGetDepth(*cur) != 1 || s < 1)
		return 0;
	return step(cur, pixSelectBySize(*cur, s, s, 8, L_SELECT_IF_EITHER,
	    L_SELECT_IF_GT, NULL));
}

/* Rotate by rad radians with area mapping; a bilevel page is rotated as
 * grey and thresholded again, which keeps strokes smooth. */
static int
rotate(PIX **cur, float rad)
{
	int bilevel = pixGetDepth(*cur) == 1;

	if (bilevel && step(cur, pixConvert1To8(NULL, *cur, 255, 0)) != 0)
		return -1;
	if (step(cur, pixRotate(*cur, rad, L_ROTATE_AREA_MAP,
	    L_BRING_IN_WHITE, 0, 0)) != 0)
		return -1;
	return bilevel ? step(cur, pixThresholdToBinary(*cur, 128)) : 0;
}

/* Measure the skew and rotate it away when Leptonica is sure of it. */
static int
deskew(PIX **cur, const lr_clean_opts *o, lr_clean_info *info, lr_err *err)
{
	lr_page_stats st;

	if (!o->deskew)
		return 0;
	if (lr_image_measure(*cur, 0, &st, err) != 0)
		return -1;
	if (st.blank || st.skew_conf < 2.0 || fabs(st.skew) < 0.1 ||
	    fabs(st.skew) > o->max_skew)
		return 0;
	if (rotate(cur, (float)(st.skew * M_PI / 180.0)) != 0)
		return -1;
	info->deskew = round((info->deskew + st.skew) * 100.0) / 100.0;
	return 0;
}

PIX *
lr_clean_page(PIX *pix, const lr_clean_opts *o, lr_clean_info *info,
    lr_err *err)
{
	PIX *cur = pixClone(pix);

	info->rotation = info->binarised = info->upscaled = 0;
	info->deskew = 0;
	info->dpi = pixGetXRes(pix) > 0 ? pixGetXRes(pix) : 0;
	lr_err_clear(err);
	if (upscale(&cur, o, info) != 0 || binarise(&cur, o, info) != 0 ||
	    despeckle(&cur, o, info) != 0 || deskew(&cur, o, info, err) != 0) {
		pixDestroy(&cur);
		if (err != NULL && err->msg[0] == '\0')
			lr_err_set(err, "page cleanup failed");
		return NULL;
	}
	pixSetResolution(cur, info->dpi, info->dpi);
	return cur;
}

PIX *
lr_clean_turn(PIX *pix, int quads, const lr_clean_opts *o, lr_clean_info *info,
    lr_err *err)
{
	PIX *cur = pixRotateOrth(pix, quads & 3);

	lr_err_clear(err);
	if (cur == NULL || deskew(&cur, o, info, err) != 0) {
		pixDestroy(&cur);
		if (err != NULL && err->msg[0] == '\0')
			lr_err_set(err, "cannot turn the page");
		return NULL;
	}
	info->rotation = (info->rotation + 90 * (quads & 3)) % 360;
	pixSetResolution(cur, info->dpi, info->dpi);
	return cur;
}
