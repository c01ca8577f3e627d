/* PDF scans with poppler-glib.  A page that is one image covering the page
 * (a scanner's page: JPEG, CCITT, JBIG2 or Flate) gives that image at its
 * own size and resolution, without resampling; any other page is rendered
 * with cairo at the resolution of its largest image, or at 300 dpi.
 * poppler's messages are kept on the handle, never printed. */
#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include <poppler.h>

#include "pdf.h"
#include "shown.h"

#define RENDER_DPI 300.0
#define MAXNOTE 1024
#define SHOWN_SIDE 128.0	/* the rendering compared: longer side, pixels */

struct lr_pdf {
	PopplerDocument *doc;
	GBytes *bytes;		/* memory input, borrowed bytes */
	int npages;
	uint64_t max_pixels;
	int cur;		/* the page loaded, -1: none */
	PIX *pix;		/* page cur, simplest form; NULL on error */
	lr_page_info info;
	char curerr[512];		/* why page cur failed */
	char warn[MAXNOTE];	/* poppler's messages, "; "-joined */
	char warnout[MAXNOTE];
};

/* poppler logs to the "Poppler" GLib domain; this thread's open handle
 * collects the messages. */
static _Thread_local lr_pdf *sink;
static pthread_once_t log_once = PTHREAD_ONCE_INIT;

static void
on_log(const gchar *domain, GLogLevelFlags level, const gchar *msg,
    gpointer ud)
{
	(void)domain, (void)level, (void)ud;
	if (sink != NULL)
		lr_input_note(sink->warn, sizeof(sink->warn), msg);
}

static void
log_init(void)
{
	g_log_set_handler("Poppler", G_LOG_LEVEL_MASK | G_LOG_FLAG_FATAL |
	    G_LOG_FLAG_RECURSION, on_log, NULL);
}

/* A GLib file URI for path. */
static char *
path_uri(const char *path)
{
	char *abs = g_canonicalize_filename(path, NULL);
	char *uri = g_filename_to_uri(abs, NULL, NULL);

	g_free(abs);
	return uri;
}

static PopplerDocument *
open_doc(lr_pdf *p, const char *path, const void *buf, size_t len,
    GError **ge)
{
	PopplerDocument *doc;
	char *uri;

	if (path == NULL) {
		p->bytes = g_bytes_new_static(buf, len);
		return poppler_document_new_from_bytes(p->bytes, NULL, ge);
	}
	if ((uri = path_uri(path)) == NULL)
		return NULL;
	doc = poppler_document_new_from_file(uri, NULL, ge);
	g_free(uri);
	return doc;
}

lr_pdf *
lr_pdf_open(const char *path, const void *buf, size_t len,
    uint64_t max_pixels, lr_err *err)
{
	lr_pdf *p = calloc(1, sizeof(*p));
	GError *ge = NULL;

	if (p == NULL) {
		lr_err_set(err, "out of memory");
		return NULL;
	}
	pthread_once(&log_once, log_init);
	setMsgSeverity(L_SEVERITY_NONE);	/* Leptonica must not print */
	p->cur = -1;
	p->max_pixels = max_pixels ? max_pixels : LR_MAX_PIXELS;
	sink = p;
	p->doc = open_doc(p, path, buf, len, &ge);
	sink = NULL;
	if (p->doc == NULL) {
		lr_err_set(err, "not a readable PDF file%s%s", ge ? ": " : "",
		    ge ? ge->message : "");
		g_clear_error(&ge);
		lr_pdf_ops.close(p);
		return NULL;
	}
	p->npages = poppler_document_get_n_pages(p->doc);
	return p;
}

/* Does the page carry any text that is not white space? */
static int
has_text(PopplerPage *pg)
{
	char *t = poppler_page_get_text(pg);
	int yes = 0;

	for (const char *c = t; c != NULL && *c != '\0' && !yes; c++)
		yes = strchr(" \t\r\n\f\v", *c) == NULL;
	g_free(t);
	return yes;
}

/* The largest image of the page in *big (NULL: none); returns how many. */
static int
largest(GList *maps, PopplerImageMapping **big)
{
	double best = 0, a;
	int n = 0;

	*big = NULL;
	for (GList *l = maps; l != NULL; l = l->next, n++) {
		PopplerImageMapping *m = l->data;
		a = (m->area.x2 - m->area.x1) * (m->area.y2 - m->area.y1);
		if (fabs(a) > best) {
			best = fabs(a);
			*big = m;
		}
	}
	return n;
}

/* Leptonica's 32 bpp image of a cairo image surface, over white. */
static PIX *
surface_pix(cairo_surface_t *s)
{
	cairo_format_t f = cairo_image_surface_get_format(s);
	int w = cairo_image_surface_get_width(s);
	int h = cairo_image_surface_get_height(s);
	int stride = cairo_image_surface_get_stride(s);
	const unsigned char *data;
	PIX *pix;

	cairo_surface_flush(s);
	data = cairo_image_surface_get_data(s);
	if (data == NULL || w <= 0 || h <= 0 || (f != CAIRO_FORMAT_ARGB32 &&
	    f != CAIRO_FORMAT_RGB24 && f != CAIRO_FORMAT_A8) ||
	    (pix = pixCreate(w, h, 32)) == NULL)
		return NULL;
	for (int y = 0; y < h; y++) {
		const unsigned char *row = data + (size_t)y * stride;
		l_uint32 *line = pixGetData(pix) + (size_t)y * pixGetWpl(pix);
		for (int x = 0; x < w; x++) {
			uint32_t v = f == CAIRO_FORMAT_A8 ? (uint32_t)row[x] << 24 :
			    ((const uint32_t *)row)[x];
			unsigned a = f == CAIRO_FORMAT_RGB24 ? 255 : v >> 24;
			/* premultiplied colour over white; A8 is ink */
			composeRGBPixel(((v >> 16) & 0xff) + 255 - a,
			    ((v >> 8) & 0xff) + 255 - a, (v & 0xff) + 255 - a,
			    &line[x]);
		}
	}
	return pix;
}

/* Are shapes a and b (width over height) alike, b turned a quarter or not? */
static int
alike(double a, double b, double tol)
{
	return fabs(a / b - 1) < tol || fabs(a * b - 1) < tol;
}

/* Is a w x h pixel image of the page's area m the page's whole image, not
 * stretched?  It may be turned a quarter: by its drawing matrix (the area
 * is its box on the page), or by the page's /Rotate (poppler-glib gives
 * the page's size as shown, the image's area as drawn). */
static int
whole_page(const PopplerImageMapping *m, int w, int h, double wpt, double hpt)
{
	double aw = m->area.x2 - m->area.x1, ah = m->area.y2 - m->area.y1;

	return aw * ah >= 0.85 * wpt * hpt && aw > 0 && ah > 0 &&
	    alike((double)w / h, aw / ah, 0.03) &&
	    alike(aw / ah, wpt / hpt, 0.1);
}

static PIX *rendered(lr_pdf *p, PopplerPage *pg, double dpi, lr_err *err);

/* pix (taken), the page's image as stored, turned and mirrored as page pg
 * shows it (by /Rotate and its drawing matrix, as poppler renders them):
 * the turn that looks most like a small rendering.  NULL when out of
 * memory. */
static PIX *
as_shown(lr_pdf *p, PopplerPage *pg, PIX *pix)
{
	double wpt, hpt;
	PIX *thumb, *turned;
	lr_err e;
	int t;

	poppler_page_get_size(pg, &wpt, &hpt);
	thumb = rendered(p, pg, 72.0 * SHOWN_SIDE / fmax(wpt, hpt), &e);
	t = thumb != NULL ? lr_shown_turn(pix, thumb) : 0;
	pixDestroy(&thumb);
	if (t == 0)
		return pix;
	turned = lr_shown_apply(pix, t);
	pixDestroy(&pix);
	return turned;
}

/* Give pix, the image over area m, its resolution. */
static void
set_dpi(PIX *pix, const PopplerImageMapping *m)
{
	double aw = m->area.x2 - m->area.x1, ah = m->area.y2 - m->area.y1, t;
	int w = pixGetWidth(pix), h = pixGetHeight(pix);

	if ((aw >= ah) != (w >= h))	/* area drawn before a quarter turn */
		t = aw, aw = ah, ah = t;
	pixSetResolution(pix, (l_int32)lround(w / (aw / 72.0)),
	    (l_int32)lround(h / (ah / 72.0)));
}

/* Page pg as its one embedded image, as the page shows it, or NULL when
 * it is not one. */
static PIX *
embedded(lr_pdf *p, PopplerPage *pg, GList *maps, lr_err *err)
{
	PopplerImageMapping *m;
	cairo_surface_t *s;
	double wpt, hpt;
	PIX *pix = NULL;
	int w, h;

	poppler_page_get_size(pg, &wpt, &hpt);
	if (largest(maps, &m) != 1 ||
	    (s = poppler_page_get_image(pg, m->image_id)) == NULL)
		return NULL;
	w = cairo_image_surface_get_width(s);
	h = cairo_image_surface_get_height(s);
	if ((uint64_t)w * (uint64_t)h > p->max_pixels)
		lr_err_set(err, "%dx%d pixels is over the limit of %llu pixels",
		    w, h, (unsigned long long)p->max_pixels);
	else if (whole_page(m, w, h, wpt, hpt) && (pix = surface_pix(s)) != NULL &&
	    (pix = as_shown(p, pg, pix)) != NULL)
		set_dpi(pix, m);
	cairo_surface_destroy(s);
	return pix;
}

/* The resolution to render page pg at: its largest image's, or 300 dpi. */
static double
render_dpi(PopplerPage *pg, GList *maps)
{
	PopplerImageMapping *m;
	cairo_surface_t *s;
	double dpi = RENDER_DPI, aw;

	if (largest(maps, &m) == 0 || (aw = m->area.x2 - m->area.x1) <= 0 ||
	    (s = poppler_page_get_image(pg, m->image_id)) == NULL)
		return dpi;
	dpi = cairo_image_surface_get_width(s) / (aw / 72.0);
	cairo_surface_destroy(s);
	return dpi < 72 ? 72 : dpi > 600 ? 600 : dpi;
}

/* Page pg rendered at dpi on white. */
static PIX *
rendered(lr_pdf *p, PopplerPage *pg, double dpi, lr_err *err)
{
	double wpt, hpt;
	cairo_surface_t *s;
	cairo_t *cr;
	PIX *pix = NULL;
	int w, h;

	poppler_page_get_size(pg, &wpt, &hpt);
	w = (int)ceil(wpt * dpi / 72), h = (int)ceil(hpt * dpi / 72);
	if (w <= 0 || h <= 0 || (uint64_t)w * (uint64_t)h > p->max_pixels) {
		lr_err_set(err, "%dx%d pixels is over the limit of %llu pixels",
		    w, h, (unsigned long long)p->max_pixels);
		return NULL;
	}
	s = cairo_image_surface_create(CAIRO_FORMAT_RGB24, w, h);
	cr = cairo_create(s);
	cairo_set_source_rgb(cr, 1, 1, 1);
	cairo_paint(cr);
	cairo_scale(cr, dpi / 72, dpi / 72);
	poppler_page_render(pg, cr);
	cairo_destroy(cr);
	if (cairo_surface_status(s) == CAIRO_STATUS_SUCCESS &&
	    (pix = surface_pix(s)) != NULL)
		pixSetResolution(pix, (l_int32)lround(dpi), (l_int32)lround(dpi));
	cairo_surface_destroy(s);
	return pix;
}

/* Page pg's image; *how says "embedded" or "rendered". */
static PIX *
page_pix(lr_pdf *p, PopplerPage *pg, const char **how, lr_err *err)
{
	GList *maps = poppler_page_get_image_mapping(pg);
	PIX *pix;

	lr_err_clear(err);
	*how = "embedded";
	if ((pix = embedded(p, pg, maps, err)) == NULL && err->msg[0] == '\0') {
		*how = "rendered";
		pix = rendered(p, pg, render_dpi(pg, maps), err);
	}
	poppler_page_free_image_mapping(maps);
	if (pix == NULL && err->msg[0] == '\0')
		lr_err_set(err, "cannot draw the page");
	return pix;
}

/* Load page n into the handle once; 0, or -1 with p->curerr set. */
static int
load(lr_pdf *p, int n)
{
	const char *how = NULL, *colour;
	PopplerPage *pg;
	lr_err e;
	int text = 0;

	if (p->cur == n)
		return p->pix != NULL ? 0 : -1;
	pixDestroy(&p->pix);
	p->cur = n;
	sink = p;
	if ((pg = poppler_document_get_page(p->doc, n)) == NULL) {
		lr_err_set(&e, "cannot read the page");
	} else {
		text = has_text(pg);
		p->pix = lr_input_simplest(page_pix(p, pg, &how, &e), &colour);
		g_object_unref(pg);
	}
	sink = NULL;
	if (p->pix == NULL) {
		snprintf(p->curerr, sizeof(p->curerr), "page %d: %.480s", n + 1,
		    e.msg[0] ? e.msg : "out of memory");
		return -1;
	}
	lr_input_describe(p->pix, "pdf", colour, &p->info);
	p->info.text_layer = text;
	p->info.image = how;
	return 0;
}

/* Check n and load it; 0, or -1 with err set. */
static int
get_page(lr_pdf *p, int n, lr_err *err)
{
	if (n < 0 || n >= p->npages) {
		lr_err_set(err, "page %d: no such page", n + 1);
		return -1;
	}
	if (load(p, n) != 0) {
		lr_err_set(err, "%s", p->curerr);
		return -1;
	}
	return 0;
}

static int
pdf_pages(const void *h)
{
	return ((const lr_pdf *)h)->npages;
}

static int
pdf_page(void *h, int n, PIX **pix, const lr_page_info **pi, lr_err *err)
{
	lr_pdf *p = h;

	if (get_page(p, n, err) != 0)
		return -1;
	*pix = p->pix;
	*pi = &p->info;
	return 0;
}

static const char *
pdf_warnings(void *h)
{
	lr_pdf *p = h;

	return lr_input_take_notes(p->warn, p->warnout, sizeof(p->warn));
}

static void
pdf_close(void *h)
{
	lr_pdf *p = h;

	if (p == NULL)
		return;
	pixDestroy(&p->pix);
	if (p->doc != NULL)
		g_object_unref(p->doc);
	if (p->bytes != NULL)
		g_bytes_unref(p->bytes);
	free(p);
}

const lr_input_ops lr_pdf_ops = {
	pdf_pages, pdf_page, pdf_warnings, pdf_close,
};
