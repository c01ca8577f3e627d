/* Scan formats other than TIFF: the pixel forms and the notes their
 * readers (pdf.c, picture.c) share. */
#include <stdio.h>
#include <string.h>

#include "input.h"
#include "resolution.h"

/* Does every pixel of 32 bpp pix have its channels within 8 levels of each
 * other, but for one in 10,000 (JPEG's colour noise on a grey page)? */
static int
all_grey(PIX *pix)
{
	l_int32 w = pixGetWidth(pix), h = pixGetHeight(pix);
	l_int32 wpl = pixGetWpl(pix);
	l_uint32 *data = pixGetData(pix);
	long off = 0, allow = (long)w * h / 10000;

	for (l_int32 y = 0; y < h; y++) {
		const l_uint32 *line = data + (size_t)y * wpl;
		for (l_int32 x = 0; x < w; x++) {
			int r = (line[x] >> 24) & 0xff, g = (line[x] >> 16) & 0xff;
			int b = (line[x] >> 8) & 0xff;
			int hi = r > g ? (r > b ? r : b) : (g > b ? g : b);
			int lo = r < g ? (r < b ? r : b) : (g < b ? g : b);
			if (hi - lo > 8 && ++off > allow)
				return 0;
		}
	}
	return 1;
}

/* Is every pixel of 8 bpp pix black or white? */
static int
all_bilevel(PIX *pix)
{
	l_int32 w = pixGetWidth(pix), h = pixGetHeight(pix);
	l_int32 wpl = pixGetWpl(pix);
	l_uint32 *data = pixGetData(pix);

	for (l_int32 y = 0; y < h; y++) {
		const l_uint32 *line = data + (size_t)y * wpl;
		for (l_int32 x = 0; x < w; x++) {
			int v = GET_DATA_BYTE(line, x);
			if (v != 0 && v != 255)
				return 0;
		}
	}
	return 1;
}

/* Replace *pix by next (NULL: out of memory, *pix freed). */
static void
swap(PIX **pix, PIX *next)
{
	pixDestroy(pix);
	*pix = next;
}

PIX *
lr_input_simplest(PIX *pix, const char **colour)
{
	*colour = "rgb";
	if (pix != NULL && pixGetColormap(pix) != NULL)
		swap(&pix, pixRemoveColormap(pix, REMOVE_CMAP_BASED_ON_SRC));
	if (pix != NULL && pixGetDepth(pix) == 32 && pixGetSpp(pix) == 4)
		swap(&pix, pixAlphaBlendUniform(pix, 0xffffff00));
	if (pix != NULL && pixGetDepth(pix) != 1 && pixGetDepth(pix) != 8 &&
	    pixGetDepth(pix) != 32)
		swap(&pix, pixConvertTo8(pix, 0));
	if (pix != NULL && pixGetDepth(pix) == 32) {
		if (!all_grey(pix))
			return pix;
		swap(&pix, pixConvertRGBToLuminance(pix));
	}
	*colour = "grey";
	if (pix != NULL && pixGetDepth(pix) == 8 && all_bilevel(pix))
		swap(&pix, pixThresholdToBinary(pix, 128));
	if (pix != NULL && pixGetDepth(pix) == 1)
		*colour = "bilevel";
	return pix;
}

void
lr_input_describe(PIX *pix, const char *fmt, const char *colour,
    lr_page_info *pi)
{
	int d = pixGetDepth(pix), est;

	pi->width = (uint32_t)pixGetWidth(pix);
	pi->height = (uint32_t)pixGetHeight(pix);
	/* JFIF's unitless density (1:1) reads as 1 dpi: no resolution.
	 * A page whose letters belie its tag is read at the resolution they
	 * imply.  One without a tag only says it here; cleanup reads the
	 * page (a photo's sheet once flat) at the one its letters imply. */
	pi->dpi = pixGetXRes(pix) >= LR_DPI_MIN ? pixGetXRes(pix) : 0;
	pi->ydpi = pixGetYRes(pix) >= LR_DPI_MIN ? pixGetYRes(pix) : 0;
	pi->dpi_text = lr_resolution(pix, pi->dpi, &est);
	if (!est)
		pi->dpi_text = 0;
	if (pi->dpi == 0)
		lr_pix_set_dpi(pix, 0, 0);
	else if (est)
		lr_pix_set_dpi(pix, pi->dpi_text, pi->dpi_text);
	pi->bits = d == 1 ? 1 : 8;
	pi->samples = d == 32 ? 3 : 1;
	pi->photometric = d == 32 ? "rgb" : d == 1 ? "min-is-white" :
	    "min-is-black";
	pi->format = fmt;
	pi->colour = colour;
	pi->text_layer = -1;
}

const char *
lr_input_take_notes(char *buf, char *out, size_t n)
{
	if (buf[0] == '\0')
		return NULL;
	memcpy(out, buf, n);
	buf[0] = '\0';
	return out;
}

void
lr_input_note(char *buf, size_t n, const char *msg)
{
	size_t used = strlen(buf);

	if (strstr(buf, msg) == NULL && used + strlen(msg) + 3 < n)
		snprintf(buf + used, n - used, "%s%s", used ? "; " : "", msg);
}
