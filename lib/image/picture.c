/* JPEG and PNG scans: one page each, decoded with libjpeg and libpng's
 * simplified API, whose messages are kept, never printed.  The resolution
 * comes from the JFIF density or the pHYs chunk (0 when there is none). */
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jpeglib.h>
#include <png.h>

#include "picture.h"

struct lr_picture {
	unsigned char *own;	/* the file's bytes, when read from a path */
	const unsigned char *buf;
	size_t len;
	const char *fmt;
	PIX *pix;		/* decoded, in its simplest form */
	lr_page_info info;
	char err[300];		/* why decoding failed, once it has */
	char warn[512], warnout[512];
};

/* libjpeg's errors jump back here; its warnings are kept. */
struct jerr {
	struct jpeg_error_mgr pub;
	jmp_buf jb;
	lr_picture *p;
	char msg[JMSG_LENGTH_MAX];
};

static void
jpeg_fail(j_common_ptr c)
{
	struct jerr *e = (struct jerr *)c->err;

	c->err->format_message(c, e->msg);
	longjmp(e->jb, 1);
}

static void
jpeg_note(j_common_ptr c)
{
	struct jerr *e = (struct jerr *)c->err;
	char m[JMSG_LENGTH_MAX];

	c->err->format_message(c, m);
	if (e->p != NULL)
		lr_input_note(e->p->warn, sizeof(e->p->warn), m);
}

/* Rows of the started decompression into a new 8 or 32 bpp image. */
static PIX *
jpeg_rows(struct jpeg_decompress_struct *d)
{
	int rgb = d->out_color_components == 3;
	PIX *pix = pixCreate((l_int32)d->output_width,
	    (l_int32)d->output_height, rgb ? 32 : 8);
	JSAMPARRAY row = (*d->mem->alloc_sarray)((j_common_ptr)d, JPOOL_IMAGE,
	    d->output_width * d->out_color_components, 1);

	while (pix != NULL && d->output_scanline < d->output_height) {
		l_uint32 *line = pixGetData(pix) +
		    (size_t)d->output_scanline * pixGetWpl(pix);
		jpeg_read_scanlines(d, row, 1);
		for (JDIMENSION x = 0; x < d->output_width; x++)
			if (rgb)
				composeRGBPixel(row[0][3 * x], row[0][3 * x + 1],
				    row[0][3 * x + 2], &line[x]);
			else
				SET_DATA_BYTE(line, x, row[0][x]);
	}
	return pix;
}

/* The JFIF resolution in dpi, 0 when none. */
static int
jpeg_dpi(const struct jpeg_decompress_struct *d)
{
	if (!d->saw_JFIF_marker || d->density_unit == 0)
		return 0;
	return d->density_unit == 1 ? d->X_density :
	    (int)(d->X_density * 2.54 + 0.5);
}

/* Decode p's JPEG (or with pix NULL only read its size into *w, *h).
 * Returns 0, or -1 with msg set. */
static int
jpeg_read(lr_picture *p, PIX **pix, l_int32 *w, l_int32 *h, char *msg,
    size_t n)
{
	struct jpeg_decompress_struct d;
	struct jerr e;
	PIX *volatile out = NULL;

	d.err = jpeg_std_error(&e.pub);
	e.pub.error_exit = jpeg_fail;
	e.pub.output_message = jpeg_note;
	e.p = pix != NULL ? p : NULL;
	if (setjmp(e.jb)) {
		snprintf(msg, n, "%s", e.msg);
		jpeg_destroy_decompress(&d);
		pixDestroy((PIX **)&out);
		return -1;
	}
	jpeg_create_decompress(&d);
	jpeg_mem_src(&d, p->buf, (unsigned long)p->len);
	jpeg_read_header(&d, TRUE);
	*w = (l_int32)d.image_width, *h = (l_int32)d.image_height;
	if (pix != NULL) {
		d.out_color_space = d.num_components == 1 ? JCS_GRAYSCALE :
		    JCS_RGB;
		jpeg_start_decompress(&d);
		if ((out = jpeg_rows(&d)) != NULL)
			pixSetResolution(out, jpeg_dpi(&d), jpeg_dpi(&d));
		jpeg_finish_decompress(&d);
		*pix = out;
	}
	jpeg_destroy_decompress(&d);
	return 0;
}

/* The pHYs resolution of PNG bytes in dpi, 0 when none. */
static int
png_dpi(const unsigned char *b, size_t len)
{
	for (size_t i = 8; i + 12 <= len; ) {
		size_t n = (size_t)b[i] << 24 | b[i + 1] << 16 | b[i + 2] << 8 |
		    b[i + 3];
		if (memcmp(b + i + 4, "pHYs", 4) == 0 && n == 9 && i + 17 <= len)
			return b[i + 16] == 1 ? (int)(((uint32_t)b[i + 8] << 24 |
			    b[i + 9] << 16 | b[i + 10] << 8 | b[i + 11]) * 0.0254 +
			    0.5) : 0;
		if (memcmp(b + i + 4, "IDAT", 4) == 0 || n > len)
			return 0;
		i += n + 12;
	}
	return 0;
}

/* Decode p's PNG (or with pix NULL only read its size) over white.
 * Returns 0, or -1 with msg set. */
static int
png_read(lr_picture *p, PIX **pix, l_int32 *w, l_int32 *h, char *msg,
    size_t n)
{
	png_image im;
	png_color white = { 255, 255, 255 };
	l_uint8 *rows = NULL;
	int ok;

	memset(&im, 0, sizeof(im));
	im.version = PNG_IMAGE_VERSION;
	if (!png_image_begin_read_from_memory(&im, p->buf, p->len)) {
		snprintf(msg, n, "%s", im.message);
		return -1;
	}
	*w = (l_int32)im.width, *h = (l_int32)im.height;
	if (pix == NULL) {
		png_image_free(&im);
		return 0;
	}
	im.format = (im.format & PNG_FORMAT_FLAG_COLOR) ? PNG_FORMAT_RGBA :
	    PNG_FORMAT_GRAY;
	rows = malloc(PNG_IMAGE_SIZE(im));
	ok = rows != NULL && png_image_finish_read(&im, &white, rows, 0, NULL);
	*pix = ok ? pixCreate(*w, *h, im.format == PNG_FORMAT_GRAY ? 8 : 32) :
	    NULL;
	if (*pix != NULL) {
		for (l_int32 y = 0; y < *h; y++)
			if (im.format == PNG_FORMAT_GRAY)
				memcpy(pixGetData(*pix) + (size_t)y * pixGetWpl(*pix),
				    rows + (size_t)y * *w, (size_t)*w);
			else
				memcpy(pixGetData(*pix) + (size_t)y * pixGetWpl(*pix),
				    rows + (size_t)y * *w * 4, (size_t)*w * 4);
		if (im.format == PNG_FORMAT_GRAY)
			pixEndianByteSwap(*pix);
		else
			pixEndianByteSwap(*pix), pixSetSpp(*pix, 4);
		pixSetResolution(*pix, png_dpi(p->buf, p->len),
		    png_dpi(p->buf, p->len));
	}
	snprintf(msg, n, "%s", ok ? "out of memory" : im.message);
	png_image_free(&im);
	free(rows);
	return *pix != NULL ? 0 : -1;
}

static int
read_picture(lr_picture *p, PIX **pix, l_int32 *w, l_int32 *h, char *msg,
    size_t n)
{
	return strcmp(p->fmt, "png") == 0 ? png_read(p, pix, w, h, msg, n) :
	    jpeg_read(p, pix, w, h, msg, n);
}

/* The whole file at path, in *out (malloc'd), its size in *len. */
static int
slurp(const char *path, unsigned char **out, size_t *len)
{
	FILE *f = fopen(path, "rb");
	unsigned char *b = NULL;
	long n;

	if (f == NULL || fseek(f, 0, SEEK_END) != 0 || (n = ftell(f)) < 0 ||
	    fseek(f, 0, SEEK_SET) != 0 || (b = malloc((size_t)n + 1)) == NULL ||
	    fread(b, 1, (size_t)n, f) != (size_t)n) {
		free(b);
		if (f != NULL)
			fclose(f);
		return -1;
	}
	fclose(f);
	*out = b, *len = (size_t)n;
	return 0;
}

lr_picture *
lr_picture_open(const char *path, const void *buf, size_t len,
    const char *fmt, uint64_t max_pixels, lr_err *err)
{
	lr_picture *p = calloc(1, sizeof(*p));
	l_int32 w = 0, h = 0;
	uint64_t max = max_pixels ? max_pixels : LR_MAX_PIXELS;
	char msg[256];

	if (p == NULL || (path != NULL && slurp(path, &p->own, &p->len) != 0)) {
		lr_err_set(err, p == NULL ? "out of memory" : "cannot read it");
		free(p);
		return NULL;
	}
	p->buf = path != NULL ? p->own : buf;
	p->len = path != NULL ? p->len : len;
	p->fmt = fmt;
	if (read_picture(p, NULL, &w, &h, msg, sizeof(msg)) != 0)
		lr_err_set(err, "not a readable %s file: %s", strcmp(fmt, "png") ?
		    "JPEG" : "PNG", msg);
	else if ((uint64_t)w * (uint64_t)h > max)
		lr_err_set(err, "%dx%d pixels is over the limit of %llu pixels",
		    w, h, (unsigned long long)max);
	else
		return p;
	lr_picture_ops.close(p);
	return NULL;
}

/* Decode once; 0, or -1 with err set. */
static int
load(lr_picture *p, int n, lr_err *err)
{
	const char *colour;
	PIX *pix = NULL;
	l_int32 w, h;
	char msg[256];

	if (n != 0) {
		lr_err_set(err, "page %d: no such page", n + 1);
		return -1;
	}
	if (p->pix == NULL && p->err[0] == '\0') {
		if (read_picture(p, &pix, &w, &h, msg, sizeof(msg)) != 0 ||
		    (p->pix = lr_input_simplest(pix, &colour)) == NULL)
			snprintf(p->err, sizeof(p->err), "page 1: cannot "
			    "decode: %.256s", msg);
		else
			lr_input_describe(p->pix, p->fmt, colour, &p->info);
		p->info.compression = strcmp(p->fmt, "png") ? "jpeg" :
		    "deflate";
	}
	if (p->pix == NULL) {
		lr_err_set(err, "%s", p->err);
		return -1;
	}
	return 0;
}

static int
pic_pages(const void *h)
{
	(void)h;
	return 1;
}

static int
pic_page(void *h, int n, PIX **pix, const lr_page_info **pi, lr_err *err)
{
	lr_picture *p = h;

	if (load(p, n, err) != 0)
		return -1;
	*pix = p->pix;
	*pi = &p->info;
	return 0;
}

static const char *
pic_warnings(void *h)
{
	lr_picture *p = h;

	return lr_input_take_notes(p->warn, p->warnout, sizeof(p->warn));
}

static void
pic_close(void *h)
{
	lr_picture *p = h;

	if (p == NULL)
		return;
	pixDestroy(&p->pix);
	free(p->own);
	free(p);
}

const lr_input_ops lr_picture_ops = {
	pic_pages, pic_page, pic_warnings, pic_close,
};
