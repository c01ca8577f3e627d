/* Scans: opening TIFF files with libtiff, describing and decoding pages;
 * other formats are handed to their readers (lib/input.c).  libtiff's
 * diagnostics are captured on the handle, never printed. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <tiffio.h>

#include "input.h"
#include "resolution.h"
#include "scan.h"

#define MAXPAGES 100000
#define MAXWARN 2048

struct lr_scan {
	const lr_input_ops *ops;	/* not a TIFF: its reader, and */
	void *h;			/* the reader's handle */
	TIFF *tif;
	int npages;
	uint64_t max_pixels;
	char lasterr[512];	/* libtiff's last error */
	char warn[MAXWARN];	/* libtiff's warnings, "; "-joined */
	char warnout[MAXWARN];
	char chainerr[MAXWARN];	/* why the directory chain ended early */
	const unsigned char *mem;	/* lr_scan_open_mem(): the bytes */
	size_t memlen;
	uint64_t pos;
};

/* libtiff error handler: keep the last message on the handle. */
static int
on_error(TIFF *tif, void *ud, const char *module, const char *fmt, va_list ap)
{
	lr_scan *s = ud;
	char m[400];

	(void)tif;
	vsnprintf(m, sizeof(m), fmt, ap);
	snprintf(s->lasterr, sizeof(s->lasterr), "%s%s%s", module ? module : "",
	    module ? ": " : "", m);
	return 1;
}

/* libtiff warning handler: append to the handle's warnings. */
static int
on_warning(TIFF *tif, void *ud, const char *module, const char *fmt,
    va_list ap)
{
	lr_scan *s = ud;
	size_t n = strlen(s->warn);
	char m[400];

	(void)tif;
	(void)module;
	vsnprintf(m, sizeof(m), fmt, ap);
	if (n + strlen(m) + 3 < sizeof(s->warn) && strstr(s->warn, m) == NULL)
		snprintf(s->warn + n, sizeof(s->warn) - n, "%s%s", n ? "; " : "",
		    m);
	return 1;
}

/* Memory client procedures for lr_scan_open_mem(). */
static tmsize_t
mem_read(thandle_t h, void *buf, tmsize_t n)
{
	lr_scan *s = h;
	size_t left = s->pos < s->memlen ? s->memlen - s->pos : 0;

	if ((size_t)n > left)
		n = (tmsize_t)left;
	memcpy(buf, s->mem + s->pos, (size_t)n);
	s->pos += (uint64_t)n;
	return n;
}

static tmsize_t
mem_write(thandle_t h, void *buf, tmsize_t n)
{
	(void)h, (void)buf, (void)n;
	return -1;
}

static toff_t
mem_seek(thandle_t h, toff_t off, int whence)
{
	lr_scan *s = h;

	if (whence == SEEK_CUR)
		off += s->pos;
	else if (whence == SEEK_END)
		off += s->memlen;
	s->pos = off;
	return off;
}

static int
mem_close(thandle_t h)
{
	(void)h;
	return 0;
}

static toff_t
mem_size(thandle_t h)
{
	return ((lr_scan *)h)->memlen;
}

static int
mem_map(thandle_t h, void **base, toff_t *size)
{
	(void)h, (void)base, (void)size;
	return 0;
}

static void
mem_unmap(thandle_t h, void *base, toff_t size)
{
	(void)h, (void)base, (void)size;
}

/* Count directories.  A broken chain (a loop, an unreadable directory)
 * ends the count; the pages before it stay usable and the reason is kept. */
static int
count_pages(lr_scan *s)
{
	int n = 1;

	s->lasterr[0] = '\0';
	while (n < MAXPAGES && !TIFFLastDirectory(s->tif)) {
		if (!TIFFReadDirectory(s->tif)) {
			snprintf(s->chainerr, sizeof(s->chainerr),
			    "directory chain broken after page %d: %.400s", n,
			    s->lasterr[0] ? s->lasterr : s->warn);
			s->warn[0] = '\0';
			break;
		}
		n++;
	}
	return n;
}

static lr_scan *
scan_new(uint64_t max_pixels)
{
	lr_scan *s = calloc(1, sizeof(*s));

	if (s != NULL)
		s->max_pixels = max_pixels ? max_pixels : LR_MAX_PIXELS;
	return s;
}

/* Finish opening: count pages, or fail with libtiff's reason. */
static lr_scan *
scan_opened(lr_scan *s, const char *name, lr_err *err)
{
	const char *why = s->lasterr;
	size_t n = strlen(name);

	/* libtiff names the file first; the caller does that already. */
	if (strncmp(why, name, n) == 0 && why[n] == ':')
		why += n + 1 + (why[n + 1] == ' ');
	if (s->tif == NULL) {
		lr_err_set(err, "not a readable TIFF file%s%s", *why ? ": " : "",
		    why);
		free(s);
		return NULL;
	}
	s->npages = count_pages(s);
	return s;
}

/* A file another reader took: s, or NULL (freed) when it failed. */
static lr_scan *
other(lr_scan *s)
{
	if (s->h != NULL)
		return s;
	free(s);
	return NULL;
}

/* Page n of a file another reader took: its description, its image. */
static int
other_info(lr_scan *s, int n, lr_page_info *pi, lr_err *err)
{
	const lr_page_info *got;
	PIX *pix;

	if (s->ops->page(s->h, n, &pix, &got, err) != 0)
		return -1;
	*pi = *got;
	return 0;
}

static PIX *
other_decode(lr_scan *s, int n, lr_err *err)
{
	const lr_page_info *got;
	PIX *pix;

	if (s->ops->page(s->h, n, &pix, &got, err) != 0)
		return NULL;
	return pixCopy(NULL, pix);
}

static TIFFOpenOptions *
options(lr_scan *s)
{
	TIFFOpenOptions *o = TIFFOpenOptionsAlloc();

	TIFFOpenOptionsSetErrorHandlerExtR(o, on_error, s);
	TIFFOpenOptionsSetWarningHandlerExtR(o, on_warning, s);
	/* No single libtiff allocation may exceed what the largest allowed
	 * 16-bit RGBA page would need. */
	TIFFOpenOptionsSetMaxSingleMemAlloc(o, (tmsize_t)(s->max_pixels * 8));
	return o;
}

lr_scan *
lr_scan_open(const char *path, uint64_t max_pixels, lr_err *err)
{
	lr_scan *s = scan_new(max_pixels);
	TIFFOpenOptions *o;

	if (s == NULL) {
		lr_err_sys(err, "out of memory");
		return NULL;
	}
	if (lr_input_open(path, NULL, 0, s->max_pixels, &s->ops, &s->h, err))
		return other(s);
	o = options(s);
	s->tif = TIFFOpenExt(path, "rm", o);
	TIFFOpenOptionsFree(o);
	return scan_opened(s, path, err);
}

lr_scan *
lr_scan_open_mem(const void *buf, size_t len, uint64_t max_pixels,
    lr_err *err)
{
	lr_scan *s = scan_new(max_pixels);
	TIFFOpenOptions *o;

	if (s == NULL) {
		lr_err_sys(err, "out of memory");
		return NULL;
	}
	if (lr_input_open(NULL, buf, len, s->max_pixels, &s->ops, &s->h, err))
		return other(s);
	s->mem = buf;
	s->memlen = len;
	o = options(s);
	s->tif = TIFFClientOpenExt("memory", "rm", s, mem_read, mem_write,
	    mem_seek, mem_close, mem_size, mem_map, mem_unmap, o);
	TIFFOpenOptionsFree(o);
	return scan_opened(s, "memory", err);
}

int
lr_scan_pages(const lr_scan *s)
{
	if (s->ops != NULL)
		return s->ops->pages(s->h);
	return s->npages;
}

const char *
lr_scan_warnings(lr_scan *s)
{
	if (s->ops != NULL)
		return s->ops->warnings(s->h);
	if (s->warn[0] == '\0')
		return NULL;
	memcpy(s->warnout, s->warn, sizeof(s->warnout));
	s->warn[0] = '\0';
	return s->warnout;
}

const char *
lr_scan_chain_error(const lr_scan *s)
{
	return s->chainerr[0] ? s->chainerr : NULL;
}

void
lr_scan_close(lr_scan *s)
{
	if (s == NULL)
		return;
	if (s->ops != NULL)
		s->ops->close(s->h);
	else
		TIFFClose(s->tif);
	free(s);
}

static const char *
compression_name(uint16_t c)
{
	static const struct { uint16_t c; const char *name; } t[] = {
		{ COMPRESSION_NONE, "none" }, { COMPRESSION_CCITTRLE, "ccitt-rle" },
		{ COMPRESSION_CCITTFAX3, "ccitt-g3" },
		{ COMPRESSION_CCITTFAX4, "ccitt-g4" }, { COMPRESSION_LZW, "lzw" },
		{ COMPRESSION_OJPEG, "old-jpeg" }, { COMPRESSION_JPEG, "jpeg" },
		{ COMPRESSION_ADOBE_DEFLATE, "deflate" },
		{ COMPRESSION_DEFLATE, "deflate" },
		{ COMPRESSION_PACKBITS, "packbits" }, { COMPRESSION_JBIG, "jbig" },
		{ COMPRESSION_LZMA, "lzma" }, { COMPRESSION_ZSTD, "zstd" },
		{ COMPRESSION_WEBP, "webp" },
	};

	for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++)
		if (t[i].c == c)
			return t[i].name;
	return "other";
}

static const char *
photometric_name(uint16_t p)
{
	static const char *t[] = { "min-is-white", "min-is-black", "rgb",
	    "palette", "mask", "separated", "ycbcr" };

	if (p < sizeof(t) / sizeof(t[0]))
		return t[p];
	return p == PHOTOMETRIC_CIELAB ? "cielab" : "other";
}

/* Resolution in dots per inch from the tags, 0 when absent, unitless or
 * under LR_DPI_MIN. */
static double
tag_dpi(TIFF *tif, uint32_t tag)
{
	float res = 0;
	uint16_t unit = RESUNIT_INCH;
	double dpi;

	if (!TIFFGetField(tif, tag, &res) || !(res > 0 && res < 1e6))
		return 0;
	TIFFGetFieldDefaulted(tif, TIFFTAG_RESOLUTIONUNIT, &unit);
	dpi = unit == RESUNIT_CENTIMETER ? res * 2.54 : unit == RESUNIT_INCH ?
	    res : 0;
	return dpi >= LR_DPI_MIN ? dpi : 0;
}

static int
select_page(lr_scan *s, int n, lr_err *err)
{
	tdir_t cur;

	if (n < 0 || n >= s->npages) {
		lr_err_set(err, "page %d: no such page", n + 1);
		return -1;
	}
	s->lasterr[0] = '\0';
	cur = TIFFCurrentDirectory(s->tif);
	if (cur == (tdir_t)n)
		return 0;
	/* The next page is one step on; any other is a walk from the start. */
	if (!(cur + 1 == (tdir_t)n ? TIFFReadDirectory(s->tif) :
	    TIFFSetDirectory(s->tif, (tdir_t)n))) {
		lr_err_set(err, "page %d: unreadable directory: %s", n + 1,
		    s->lasterr);
		return -1;
	}
	return 0;
}

int
lr_scan_info(lr_scan *s, int n, lr_page_info *pi, lr_err *err)
{
	uint16_t bits = 1, spp = 1, comp = COMPRESSION_NONE, photo = 0;

	memset(pi, 0, sizeof(*pi));
	if (s->ops != NULL)
		return other_info(s, n, pi, err);
	if (select_page(s, n, err) != 0)
		return -1;
	TIFFGetField(s->tif, TIFFTAG_IMAGEWIDTH, &pi->width);
	TIFFGetField(s->tif, TIFFTAG_IMAGELENGTH, &pi->height);
	TIFFGetFieldDefaulted(s->tif, TIFFTAG_BITSPERSAMPLE, &bits);
	TIFFGetFieldDefaulted(s->tif, TIFFTAG_SAMPLESPERPIXEL, &spp);
	TIFFGetFieldDefaulted(s->tif, TIFFTAG_COMPRESSION, &comp);
	if (!TIFFGetField(s->tif, TIFFTAG_PHOTOMETRIC, &photo))
		photo = spp >= 3 ? PHOTOMETRIC_RGB : PHOTOMETRIC_MINISWHITE;
	pi->bits = bits;
	pi->samples = spp;
	pi->tiled = TIFFIsTiled(s->tif);
	pi->compression = compression_name(comp);
	pi->photometric = photometric_name(photo);
	pi->dpi = tag_dpi(s->tif, TIFFTAG_XRESOLUTION);
	pi->ydpi = tag_dpi(s->tif, TIFFTAG_YRESOLUTION);
	pi->format = "tiff";
	pi->colour = bits == 1 && spp == 1 ? "bilevel" : photo <= 1 ? "grey" :
	    "rgb";
	pi->text_layer = -1;
	if (pi->width == 0 || pi->height == 0) {
		lr_err_set(err, "page %d: image has no width or height", n + 1);
		return -1;
	}
	return 0;
}

/* Copy the decoded rows of one strip or tile into the image's rows. */
static void
put_block(l_uint8 *dst, size_t dstride, const l_uint8 *src, size_t sstride,
    size_t xoff, uint32_t rows, uint32_t y0, uint32_t h)
{
	size_t n = sstride < dstride - xoff ? sstride : dstride - xoff;

	for (uint32_t r = 0; r < rows && y0 + r < h; r++)
		memcpy(dst + (size_t)(y0 + r) * dstride + xoff,
		    src + (size_t)r * sstride, n);
}

/* Decode stripped data of 1 or 8 bits, one sample, into dst. */
static int
read_strips(lr_scan *s, l_uint8 *dst, size_t dstride, uint32_t h, l_uint8 *buf)
{
	uint32_t rps = h;
	tmsize_t ssz = TIFFStripSize(s->tif), row = TIFFScanlineSize(s->tif);

	TIFFGetFieldDefaulted(s->tif, TIFFTAG_ROWSPERSTRIP, &rps);
	if (rps > h)
		rps = h;
	for (uint32_t st = 0, y = 0; y < h; st++, y += rps) {
		if (TIFFReadEncodedStrip(s->tif, st, buf, ssz) < 0)
			return -1;
		put_block(dst, dstride, buf, (size_t)row, 0, rps, y, h);
	}
	return 0;
}

/* Decode tiled data of 1 or 8 bits, one sample, into dst. */
static int
read_tiles(lr_scan *s, l_uint8 *dst, size_t dstride, uint32_t w, uint32_t h,
    int bits, l_uint8 *buf)
{
	uint32_t tw = 0, th = 0;
	tmsize_t trow = TIFFTileRowSize(s->tif);

	TIFFGetField(s->tif, TIFFTAG_TILEWIDTH, &tw);
	TIFFGetField(s->tif, TIFFTAG_TILELENGTH, &th);
	for (uint32_t y = 0; y < h; y += th)
		for (uint32_t x = 0; x < w; x += tw) {
			if (TIFFReadTile(s->tif, buf, x, y, 0, 0) < 0)
				return -1;
			put_block(dst, dstride, buf, (size_t)trow,
			    (size_t)x * bits / 8, th, y, h);
		}
	return 0;
}

static int
planar_contig(lr_scan *s)
{
	uint16_t pc = PLANARCONFIG_CONTIG;

	TIFFGetFieldDefaulted(s->tif, TIFFTAG_PLANARCONFIG, &pc);
	return pc == PLANARCONFIG_CONTIG;
}

/* Decode every strip or tile of the page into dst, rows stride bytes apart. */
static int
read_pixels(lr_scan *s, const lr_page_info *pi, l_uint8 *dst, size_t stride)
{
	tmsize_t bsz = pi->tiled ? TIFFTileSize(s->tif) : TIFFStripSize(s->tif);
	l_uint8 *buf = bsz > 0 ? _TIFFmalloc(bsz) : NULL;
	int r;

	if (buf == NULL)
		return -1;
	r = pi->tiled ? read_tiles(s, dst, stride, pi->width, pi->height,
	    pi->bits * pi->samples, buf) : read_strips(s, dst, stride,
	    pi->height, buf);
	_TIFFfree(buf);
	return r;
}

/* 8-bit grey with an alpha sample, composited over white. */
static PIX *
decode_grey_alpha(lr_scan *s, const lr_page_info *pi)
{
	size_t stride = (size_t)pi->width * 2;
	l_uint8 *buf = malloc(stride * pi->height), *p;
	PIX *pix = buf ? pixCreate((l_int32)pi->width, (l_int32)pi->height, 8) :
	    NULL;
	int white = strcmp(pi->photometric, "min-is-white") == 0;

	if (pix == NULL || read_pixels(s, pi, buf, stride) != 0) {
		free(buf);
		pixDestroy(&pix);
		return NULL;
	}
	for (uint32_t y = 0; y < pi->height; y++) {
		l_uint32 *line = pixGetData(pix) + y * pixGetWpl(pix);
		p = buf + y * stride;
		for (uint32_t x = 0; x < pi->width; x++, p += 2) {
			unsigned g = white ? 255 - p[0] : p[0], a = p[1];
			SET_DATA_BYTE(line, x, (g * a + 255 * (255 - a)) / 255);
		}
	}
	free(buf);
	return pix;
}

/* Fast path: bilevel or 8-bit grey, read straight into a PIX. */
static PIX *
decode_raw(lr_scan *s, const lr_page_info *pi)
{
	int d = pi->bits == 1 ? 1 : 8;
	PIX *pix;
	size_t stride;

	if (pi->samples == 2)
		return decode_grey_alpha(s, pi);
	pix = pixCreateNoInit((l_int32)pi->width, (l_int32)pi->height, d);
	if (pix == NULL)
		return NULL;
	stride = (size_t)pixGetWpl(pix) * 4;
	memset(pixGetData(pix), 0, stride * pi->height);
	if (read_pixels(s, pi, (l_uint8 *)pixGetData(pix), stride) != 0) {
		pixDestroy(&pix);
		return NULL;
	}
	pixEndianByteSwap(pix);
	/* Leptonica: 1 bpp 1 = black; 8 bpp 0 = black. */
	if ((d == 1) == (strcmp(pi->photometric, "min-is-black") == 0))
		pixInvert(pix, pix);
	if (d == 1)
		pixSetPadBits(pix, 0);
	return pix;
}

/* Grey level of an RGBA pixel, composited over white. */
static l_uint8
grey(uint32_t p)
{
	unsigned r = TIFFGetR(p), g = TIFFGetG(p), b = TIFFGetB(p);
	unsigned a = TIFFGetA(p);
	unsigned y = (299 * r + 587 * g + 114 * b + 500) / 1000;

	return (l_uint8)((y * a + 255 * (255 - a) + 127) / 255);
}

/* Every other layout through libtiff's RGBA interface, a band at a time. */
static PIX *
decode_rgba(lr_scan *s, const lr_page_info *pi, lr_err *err, int n)
{
	TIFFRGBAImage img;
	char emsg[1024];
	uint32_t band = 256, *ras;
	PIX *pix;
	int ok = 1;

	if (!TIFFRGBAImageOK(s->tif, emsg) ||
	    !TIFFRGBAImageBegin(&img, s->tif, 0, emsg)) {
		lr_err_set(err, "page %d: unsupported image layout: %s", n + 1,
		    emsg);
		return NULL;
	}
	img.req_orientation = ORIENTATION_TOPLEFT;
	ras = _TIFFmalloc((tmsize_t)pi->width * band * 4);
	pix = pixCreate((l_int32)pi->width, (l_int32)pi->height, 8);
	for (uint32_t y = 0; ok && ras && pix && y < pi->height; y += band) {
		uint32_t rows = pi->height - y < band ? pi->height - y : band;
		img.row_offset = (int)y;
		img.col_offset = 0;
		ok = TIFFRGBAImageGet(&img, ras, pi->width, rows);
		for (uint32_t r = 0; ok && r < rows; r++) {
			l_uint32 *line = pixGetData(pix) + (y + r) * pixGetWpl(pix);
			for (uint32_t x = 0; x < pi->width; x++)
				SET_DATA_BYTE(line, x, grey(ras[r * pi->width + x]));
		}
	}
	TIFFRGBAImageEnd(&img);
	_TIFFfree(ras);
	if (!ok || ras == NULL || pix == NULL) {
		pixDestroy(&pix);
		lr_err_set(err, "page %d: cannot decode: %s", n + 1,
		    s->lasterr[0] ? s->lasterr : "out of memory");
	}
	return pix;
}

PIX *
lr_scan_decode(lr_scan *s, int n, lr_err *err)
{
	lr_page_info pi;
	PIX *pix;
	int raw;

	setMsgSeverity(L_SEVERITY_NONE);	/* Leptonica must not print */
	if (s->ops != NULL)
		return other_decode(s, n, err);
	if (lr_scan_info(s, n, &pi, err) != 0)
		return NULL;
	if ((uint64_t)pi.width * pi.height > s->max_pixels) {
		lr_err_set(err, "page %d: %ux%u pixels is over the limit of "
		    "%llu pixels", n + 1, pi.width, pi.height,
		    (unsigned long long)s->max_pixels);
		return NULL;
	}
	raw = ((pi.samples == 1 && (pi.bits == 1 || pi.bits == 8)) ||
	    (pi.samples == 2 && pi.bits == 8 && planar_contig(s))) &&
	    (strcmp(pi.photometric, "min-is-white") == 0 ||
	    strcmp(pi.photometric, "min-is-black") == 0);
	s->lasterr[0] = '\0';
	pix = raw ? decode_raw(s, &pi) : decode_rgba(s, &pi, err, n);
	if (pix == NULL) {
		if (raw)
			lr_err_set(err, "page %d: cannot decode: %s", n + 1,
			    s->lasterr[0] ? s->lasterr : "out of memory");
		return NULL;
	}
	lr_pix_set_dpi(pix, pi.dpi, pi.ydpi ? pi.ydpi : pi.dpi);
	return pix;
}
