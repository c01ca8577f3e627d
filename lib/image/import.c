/* Importing a scanned document: hash, describe, decode and measure each page. */
#include <math.h>
#include <string.h>

#include "util/util.h"
#include "measure.h"
#include "import.h"
#include "scan.h"
#include "spread.h"
#include "text/text.h"

static double
round_to(double v, double q)
{
	return round(v / q) * q;
}

static void
warn(json_t *warnings, int page, const char *code, const char *msg)
{
	json_t *w = json_pack("{s:s,s:s}", "code", code, "message", msg);

	if (page > 0)
		json_object_set_new(w, "page", json_integer(page));
	json_array_append_new(warnings, w);
}

/* What the file's format tells of one page: format, colour type, and for a
 * PDF page its text layer and whether its image is embedded or rendered. */
static void
describe_input(json_t *pg, const lr_page_info *pi, json_t *warnings, int n)
{
	json_object_set_new(pg, "format", json_string(pi->format));
	json_object_set_new(pg, "colour", json_string(pi->colour));
	if (pi->text_layer >= 0)
		json_object_set_new(pg, "text_layer",
		    json_boolean(pi->text_layer));
	if (pi->image != NULL)
		json_object_set_new(pg, "image", json_string(pi->image));
	if (pi->text_layer > 0 && pi->image != NULL &&
	    strcmp(pi->image, "rendered") == 0)
		warn(warnings, n, "text-page", "page is text, not a scanned "
		    "image: rendered for OCR");
}

/* Header facts of one page into its JSON object, with warnings. */
static void
describe(json_t *pg, const lr_page_info *pi, const lr_import_opts *o,
    json_t *warnings, int n)
{
	char msg[128];

	json_object_set_new(pg, "width", json_integer(pi->width));
	json_object_set_new(pg, "height", json_integer(pi->height));
	json_object_set_new(pg, "dpi", pi->dpi > 0 ?
	    json_real(round_to(pi->dpi, 0.1)) : json_null());
	if (pi->dpi_text > 0)
		json_object_set_new(pg, "dpi_text",
		    json_real(round_to(pi->dpi_text, 1)));
	json_object_set_new(pg, "bits", json_integer(pi->bits));
	json_object_set_new(pg, "samples", json_integer(pi->samples));
	json_object_set_new(pg, "photometric", json_string(pi->photometric));
	if (pi->compression != NULL)
		json_object_set_new(pg, "compression",
		    json_string(pi->compression));
	json_object_set_new(pg, "tiled", json_boolean(pi->tiled));
	describe_input(pg, pi, warnings, n);
	if (pi->dpi <= 0) {
		warn(warnings, n, "no-dpi", "no resolution in the file");
	} else if (pi->dpi < (o->low_dpi > 0 ? o->low_dpi : 200)) {
		snprintf(msg, sizeof(msg), "resolution %.0f dpi is under %.0f dpi",
		    pi->dpi, o->low_dpi > 0 ? o->low_dpi : 200);
		warn(warnings, n, "low-dpi", msg);
	}
}

/* Measurements of one decoded page into its JSON object, with warnings. */
static void
measure(json_t *pg, PIX *pix, const lr_import_opts *o, json_t *warnings, int n)
{
	lr_page_stats st;
	char msg[128];

	if (lr_image_measure(pix, o->orient, &st, NULL) != 0)
		return;
	json_object_set_new(pg, "skew", json_real(round_to(st.skew, 0.01)));
	json_object_set_new(pg, "ink", json_real(round_to(st.ink, 0.0001)));
	json_object_set_new(pg, "blank", json_boolean(st.blank));
	json_object_set_new(pg, "inverted", json_boolean(st.inverted));
	if (o->orient) {
		json_object_set_new(pg, "upside_down",
		    json_boolean(st.upside_down));
		json_object_set_new(pg, "sideways", json_boolean(st.sideways));
	}
	if (st.blank)
		warn(warnings, n, "blank", "page looks blank");
	if (st.inverted)
		warn(warnings, n, "inverted", "page is mostly dark: a negative?");
	if (st.upside_down)
		warn(warnings, n, "upside-down", "text looks upside down");
	if (st.sideways)
		warn(warnings, n, "sideways", "text runs up or down the page");
	if (fabs(st.skew) > 3.0) {
		snprintf(msg, sizeof(msg), "skewed %.1f degrees", st.skew);
		warn(warnings, n, "skew", msg);
	}
}

/* The page info pi of half of a spread cut at x gutter of its file page. */
static lr_page_info
half_info(const lr_page_info *pi, int half, int gutter)
{
	lr_page_info h = *pi;

	h.width = half == LR_HALF_LEFT ? (uint32_t)gutter :
	    pi->width - (uint32_t)gutter;
	return h;
}

/* Append a page to pages, numbered by its place: header facts pi (NULL
 * when unreadable), measurements of pix (NULL when undecodable), error
 * (or NULL), the file's own page number, and for a half of a spread its
 * file, page, half and the x of the cut. */
static void
add_page(json_t *pages, const lr_page_info *pi, PIX *pix, const char *error,
    const lr_page_src *src, const lr_import_opts *o, json_t *warnings)
{
	int n = (int)json_array_size(pages) + 1;
	json_t *pg = json_pack("{s:i}", "n", n);

	if (pi != NULL)
		describe(pg, pi, o, warnings, n);
	if (error != NULL)
		json_object_set_new(pg, "error", json_string(error));
	if (pix != NULL)
		measure(pg, pix, o, warnings, n);
	json_object_set_new(pg, "file_page", json_integer(src->ifd + 1));
	if (src->half != LR_HALF_NONE) {
		json_object_set_new(pg, "source", json_string(src->path));
		json_object_set_new(pg, "ifd", json_integer(src->ifd));
		json_object_set_new(pg, "half",
		    json_string(lr_half_name(src->half)));
		json_object_set_new(pg, "gutter", json_integer(src->gutter));
	}
	json_array_append_new(pages, pg);
}

/* The two halves of spread pix (page info pi, cut at gutter) as pages. */
static void
add_halves(json_t *pages, const lr_page_info *pi, PIX *pix,
    lr_page_src *src, const lr_import_opts *o, json_t *warnings)
{
	for (src->half = LR_HALF_LEFT; src->half <= LR_HALF_RIGHT;
	    src->half++) {
		PIX *h = lr_spread_half(pix, src->half, src->gutter);
		lr_page_info hi = half_info(pi, src->half, src->gutter);

		add_page(pages, &hi, h, h == NULL ? "out of memory" : NULL, src,
		    o, warnings);
		pixDestroy(&h);
	}
}

/* Page i of an open file path: header, pixels, measurements; one page, or
 * two for a spread. */
static void
import_page(lr_scan *s, const char *path, int i, json_t *pages,
    const lr_import_opts *o, json_t *warnings)
{
	lr_page_src src = { path, i, LR_HALF_NONE, 0 };
	lr_page_info pi;
	lr_err err;
	PIX *pix;

	if (lr_scan_info(s, i, &pi, &err) != 0) {
		add_page(pages, NULL, NULL, err.msg, &src, o, warnings);
		return;
	}
	if ((pix = lr_scan_decode(s, i, &err)) != NULL && !o->no_split)
		src.gutter = lr_spread_find(pix);
	if (src.gutter > 0)
		add_halves(pages, &pi, pix, &src, o, warnings);
	else
		add_page(pages, &pi, pix, pix == NULL ? err.msg : NULL, &src, o,
		    warnings);
	pixDestroy(&pix);
}

/* The library whose messages a page's warnings are: its format's. */
static const char *
decoder(const json_t *pg)
{
	const char *f = json_string_value(json_object_get(pg, "format"));

	return f == NULL || strcmp(f, "tiff") == 0 ? "libtiff" :
	    strcmp(f, "pdf") == 0 ? "poppler" : strcmp(f, "png") == 0 ?
	    "libpng" : "libjpeg";
}

/* Name the file and its page i in page pg of a document of several files. */
static void
page_source(json_t *pg, const char *path, int i)
{
	json_object_set_new(pg, "source", json_string(path));
	json_object_set_new(pg, "ifd", json_integer(i));
}

/* Append the pages of one file; returns -1 with err when it is no TIFF.
 * A broken page chain is kept in *broken (an "error" of the record). */
static int
import_file(const char *path, int multi, json_t *pages, json_t *warnings,
    const lr_import_opts *o, json_t **broken, lr_err *err)
{
	lr_scan *s = lr_scan_open(path, o->max_pixels, err);
	const char *w;

	if (s == NULL)
		return -1;
	if ((w = lr_scan_chain_error(s)) != NULL && *broken == NULL)
		*broken = json_string(w);
	for (int i = 0; i < lr_scan_pages(s); i++) {
		size_t first = json_array_size(pages);
		import_page(s, path, i, pages, o, warnings);
		for (size_t k = first; multi && k < json_array_size(pages); k++)
			page_source(json_array_get(pages, k), path, i);
		if ((w = lr_scan_warnings(s)) != NULL)
			warn(warnings, (int)first + 1,
			    decoder(json_array_get(pages, first)), w);
	}
	lr_scan_close(s);
	return 0;
}

/* Does any page have a PDF text layer? */
static int
text_layer(const json_t *pages)
{
	const json_t *pg;
	size_t i;

	json_array_foreach(pages, i, pg)
		if (json_is_true(json_object_get(pg, "text_layer")))
			return 1;
	return 0;
}

json_t *
lr_import(const char *id, char *const files[], int nfiles,
    const lr_import_opts *o, lr_err *err)
{
	json_t *rec, *pages = json_array(), *warnings = json_array();
	json_t *broken = NULL;
	lr_sha256 *all = lr_sha256_new();
	uint64_t bytes = 0, b;
	char hex[65];

	for (int i = 0; i < nfiles && all != NULL; i++) {
		if (!lr_utf8_clean(files[i], strlen(files[i]))) {
			lr_err_set(err, "file name is not valid UTF-8");
			lr_err_prefix(err, "'%s': ", files[i]);
			goto fail;
		}
		if (lr_sha256_file(files[i], hex, &b, all, err) != 0 ||
		    import_file(files[i], nfiles > 1, pages, warnings, o,
		    &broken, err) != 0) {
			lr_err_prefix(err, "'%s': ", files[i]);
			goto fail;
		}
		bytes += b;
	}
	if (all == NULL) {
		lr_err_sys(err, "out of memory");
		goto fail;
	}
	if (nfiles > 1)
		lr_sha256_hex(all, hex);
	lr_sha256_free(all);
	rec = json_pack("{s:s,s:s,s:s,s:I,s:o,s:o}", "id", id, "source", files[0],
	    "sha256", hex, "bytes", (json_int_t)bytes, "pages", pages,
	    "warnings", warnings);
	if (broken != NULL)
		json_object_set_new(rec, "error", broken);
	if (text_layer(pages))
		json_object_set_new(rec, "text_layer", json_true());
	return rec;
fail:
	json_decref(broken);
	lr_sha256_free(all);
	json_decref(pages);
	json_decref(warnings);
	return NULL;
}

int
lr_import_errors(const json_t *rec, const char **first)
{
	const json_t *pg;
	const char *e;
	size_t i;
	int n;

	*first = json_string_value(json_object_get(rec, "error"));
	n = *first != NULL;
	json_array_foreach(json_object_get(rec, "pages"), i, pg) {
		if ((e = json_string_value(json_object_get(pg, "error"))) == NULL)
			continue;
		if (n++ == 0)
			*first = e;
	}
	return n;
}
