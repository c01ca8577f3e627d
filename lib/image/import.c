/* Importing a scanned document: hash, describe, decode and measure each page. */
#include <math.h>
#include <string.h>

#include "util/util.h"
#include "measure.h"
#include "import.h"
#include "scan.h"
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
	json_object_set_new(pg, "bits", json_integer(pi->bits));
	json_object_set_new(pg, "samples", json_integer(pi->samples));
	json_object_set_new(pg, "photometric", json_string(pi->photometric));
	json_object_set_new(pg, "compression", json_string(pi->compression));
	json_object_set_new(pg, "tiled", json_boolean(pi->tiled));
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

/* One page of an open file: header, pixels, measurements. */
static json_t *
import_page(lr_scan *s, int i, int n, const lr_import_opts *o, json_t *warnings)
{
	json_t *pg = json_pack("{s:i}", "n", n);
	lr_page_info pi;
	lr_err err;
	PIX *pix;

	if (lr_scan_info(s, i, &pi, &err) != 0) {
		json_object_set_new(pg, "error", json_string(err.msg));
		return pg;
	}
	describe(pg, &pi, o, warnings, n);
	if ((pix = lr_scan_decode(s, i, &err)) == NULL) {
		json_object_set_new(pg, "error", json_string(err.msg));
		return pg;
	}
	measure(pg, pix, o, warnings, n);
	pixDestroy(&pix);
	return pg;
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
		int n = (int)json_array_size(pages) + 1;
		json_t *pg = import_page(s, i, n, o, warnings);
		if (multi) {
			json_object_set_new(pg, "source", json_string(path));
			json_object_set_new(pg, "ifd", json_integer(i));
		}
		json_array_append_new(pages, pg);
		if ((w = lr_scan_warnings(s)) != NULL)
			warn(warnings, n, "libtiff", w);
	}
	lr_scan_close(s);
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
