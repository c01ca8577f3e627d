/* JPEG and PNG scans: one page, read with Leptonica, its resolution from
 * the file's JFIF or pHYs tags (0 when there are none). */
#include <stdlib.h>
#include <string.h>

#include "picture.h"

struct lr_picture {
	char *path;		/* NULL for memory */
	const void *buf;
	size_t len;
	const char *fmt;
	PIX *pix;		/* decoded, in its simplest form */
	lr_page_info info;
	char err[256];		/* why decoding failed, once it has */
};

lr_picture *
lr_picture_open(const char *path, const void *buf, size_t len,
    const char *fmt, uint64_t max_pixels, lr_err *err)
{
	l_int32 w = 0, h = 0, ok;
	lr_picture *p;

	setMsgSeverity(L_SEVERITY_NONE);	/* Leptonica must not print */
	ok = path != NULL ?
	    pixReadHeader(path, NULL, &w, &h, NULL, NULL, NULL) == 0 :
	    pixReadHeaderMem(buf, len, NULL, &w, &h, NULL, NULL, NULL) == 0;
	if (!ok || w <= 0 || h <= 0) {
		lr_err_set(err, "not a readable %s file", strcmp(fmt, "png") ?
		    "JPEG" : "PNG");
		return NULL;
	}
	if ((uint64_t)w * (uint64_t)h > (max_pixels ? max_pixels : LR_MAX_PIXELS)) {
		lr_err_set(err, "%dx%d pixels is over the limit of %llu pixels",
		    w, h, (unsigned long long)(max_pixels ? max_pixels :
		    LR_MAX_PIXELS));
		return NULL;
	}
	if ((p = calloc(1, sizeof(*p))) == NULL) {
		lr_err_set(err, "out of memory");
		return NULL;
	}
	p->buf = buf, p->len = len, p->fmt = fmt;
	if (path != NULL && (p->path = strdup(path)) == NULL) {
		free(p);
		lr_err_set(err, "out of memory");
		return NULL;
	}
	return p;
}

/* Decode once; 0, or -1 with err set. */
static int
load(lr_picture *p, int n, lr_err *err)
{
	const char *colour;
	PIX *pix;

	if (n != 0) {
		lr_err_set(err, "page %d: no such page", n + 1);
		return -1;
	}
	if (p->pix == NULL && p->err[0] == '\0') {
		pix = p->path != NULL ? pixRead(p->path) : pixReadMem(p->buf,
		    p->len);
		if ((p->pix = lr_input_simplest(pix, &colour)) == NULL)
			snprintf(p->err, sizeof(p->err), "page 1: cannot "
			    "decode the %s data", strcmp(p->fmt, "png") ?
			    "JPEG" : "PNG");
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
pic_info(void *h, int n, lr_page_info *pi, lr_err *err)
{
	lr_picture *p = h;

	if (load(p, n, err) != 0)
		return -1;
	*pi = p->info;
	return 0;
}

static PIX *
pic_decode(void *h, int n, lr_err *err)
{
	lr_picture *p = h;

	return load(p, n, err) == 0 ? pixCopy(NULL, p->pix) : NULL;
}

static const char *
pic_warnings(void *h)
{
	(void)h;
	return NULL;
}

static void
pic_close(void *h)
{
	lr_picture *p = h;

	if (p == NULL)
		return;
	pixDestroy(&p->pix);
	free(p->path);
	free(p);
}

const lr_input_ops lr_picture_ops = {
	pic_pages, pic_info, pic_decode, pic_warnings, pic_close,
};
