/* OCR of one page: decode, cache, clean, recognise. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "missed.h"
#include "page.h"
#include "image/image.h"

static double
now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

/* Decode one page with the one decode path; NULL with err set. */
static PIX *
decode(const char *path, int ifd, uint64_t max_pixels, lr_err *err)
{
	lr_scan *s = lr_scan_open(path, max_pixels, err);
	PIX *pix;

	if (s == NULL)
		return NULL;
	pix = lr_scan_decode(s, ifd, err);
	lr_scan_close(s);
	return pix;
}

/* The cleanup keys of info set on res. */
static void
set_clean(json_t *res, const lr_clean_info *ci)
{
	json_object_set_new(res, "rotation", json_integer(ci->rotation));
	json_object_set_new(res, "deskew", json_real(ci->deskew));
	json_object_set_new(res, "binarised", json_boolean(ci->binarised));
	json_object_set_new(res, "upscaled", json_boolean(ci->upscaled));
	json_object_set_new(res, "denoised", json_boolean(ci->denoised));
}

/* The words of the one page of d, its text and confidence set on res. */
static int
set_words(json_t *res, const lr_doc_words *d, const lr_ocr_result *or)
{
	json_t *all = lr_words_to_json(d);
	json_t *pg = json_array_get(json_object_get(all, "pages"), 0);
	char *text = d->npages > 0 ? lr_ocr_page_text(&d->pages[0]) : NULL;
	int ret = all != NULL && pg != NULL && text != NULL ? 0 : -1;

	if (ret == 0) {
		json_object_set(res, "words", pg);
		json_object_set_new(res, "text", json_string(text));
		json_object_set_new(res, "ocr_conf", or->conf < 0 ? json_null() :
		    json_real(round(or->conf * 10.0) / 10.0));
		if (or->hocr != NULL)
			json_object_set_new(res, "hocr", json_string(or->hocr));
	}
	json_decref(all);
	free(text);
	return ret;
}

/* One recognition of a cleaned page. */
struct attempt {
	lr_doc_words *d;
	lr_ocr_result or;
};

static int
attempt(lr_ocr *e, PIX *clean, int n, const lr_ocrpage_opts *o,
    struct attempt *a, lr_err *err)
{
	a->or = (lr_ocr_result){ -1, NULL, 0 };
	if ((a->d = lr_words_new()) == NULL) {
		lr_err_set(err, "out of memory");
		return -1;
	}
	return lr_ocr_page(e, clean, n, o->timeout_ms, o->want_hocr, a->d,
	    &a->or, err);
}

static void
attempt_free(struct attempt *a)
{
	free(a->or.hocr);
	lr_words_free(a->d);
}

/* Does the result look like text read upside down or sideways: low
 * confidence, or lines taller than wide? */
static int
doubtful(const struct attempt *a)
{
	const lr_page_words *p = a->d->npages > 0 ? &a->d->pages[0] : NULL;
	int tall = 0;

	if (p == NULL || a->or.conf < 65)
		return 1;
	for (int i = 0; i < p->nlines; i++)
		tall += p->lines[i].h > 2 * p->lines[i].w;
	return tall * 2 > p->nlines;
}

/* Ask Tesseract's OSD how the page stands; when it is turned, turn it and
 * read it again, keeping the turned reading in *a and *ci unless it is
 * clearly worse. */
static void
retry_turned(lr_ocr *e, PIX *clean, int n, const lr_ocrpage_opts *o,
    struct attempt *a, lr_clean_info *ci)
{
	struct attempt b = { NULL, { -1, NULL, 0 } };
	lr_clean_info ci2 = *ci;
	PIX *turned = NULL;
	int q = lr_ocr_orientation(e, clean, NULL);

	if (q > 0 && (turned = lr_clean_turn(clean, q, &o->clean, &ci2,
	    NULL)) != NULL && attempt(e, turned, n, o, &b, NULL) == 0 &&
	    b.or.conf >= a->or.conf - 2.0) {
		struct attempt t = *a;
		*a = b;
		b = t;
		*ci = ci2;
	}
	attempt_free(&b);
	pixDestroy(&turned);
}

/* The most lines of a page read again, and the confidence they need. */
enum { MISSED_MAX = 16, MISSED_CONF = 80 };

/* Read the lines of d's page that the layout of clean left unread, saying
 * on res how many were found.  Returns 0, or -1 with err set. */
static int
recover(lr_ocr *e, PIX *clean, lr_doc_words *d, json_t *res, lr_err *err)
{
	int boxes[MISSED_MAX][4], n, added;

	if (d->npages == 0)
		return 0;
	n = lr_missed_lines(clean, &d->pages[0], boxes, MISSED_MAX);
	if ((added = lr_ocr_lines(e, clean, (const int (*)[4])boxes, n,
	    MISSED_CONF, &d->pages[0], err)) < 0)
		return -1;
	json_object_set_new(res, "recovered", json_integer(added));
	return 0;
}

/* Restore the marks of the words of d's page from lexicon (NULL: none),
 * saying on res how many were.  Returns 0, or -1 with err set. */
static int
restore(const lr_lexicon *lexicon, lr_doc_words *d, json_t *res, lr_err *err)
{
	int n;

	if (lexicon == NULL || d->npages == 0)
		return 0;
	if ((n = lr_lexicon_restore(lexicon, &d->pages[0])) < 0) {
		lr_err_set(err, "out of memory");
		return -1;
	}
	json_object_set_new(res, "restored", json_integer(n));
	return 0;
}

/* Clean pix and recognise it into res; -1 with err set. */
static int
recognise(lr_ocr *e, PIX *pix, int n, const lr_ocrpage_opts *o, json_t *res,
    lr_err *err)
{
	struct attempt a = { NULL, { -1, NULL, 0 } };
	lr_clean_info ci;
	PIX *clean;
	int ret;

	if ((clean = lr_clean_page(pix, &o->clean, &ci, err)) == NULL)
		return -1;
	ret = attempt(e, clean, n, o, &a, err);
	if (ret == 0 && o->clean.orient && doubtful(&a))
		retry_turned(e, clean, n, o, &a, &ci);
	if (ret == 0 && o->recover)
		ret = recover(e, clean, a.d, res, err);
	if (ret == 0 && a.d->npages > 0 &&
	    ((ret = lr_words_sort_lines(&a.d->pages[0])) != 0 ||
	    (ret = lr_words_layout(&a.d->pages[0])) != 0))
		lr_err_set(err, "out of memory");
	if (ret == 0)
		ret = restore(o->lexicon, a.d, res, err);
	set_clean(res, &ci);
	if (ret == 0 && (ret = set_words(res, a.d, &a.or)) != 0)
		lr_err_set(err, "out of memory");
	if (a.or.timed_out)
		json_object_set_new(res, "timed_out", json_true());
	attempt_free(&a);
	pixDestroy(&clean);
	return ret;
}

/* Say in the words of res how their page was made from the scan pix:
 * its size and the turn and deskew of the cleanup (res has them). */
static void
set_scan(json_t *res, PIX *pix)
{
	json_t *w = json_object_get(res, "words");

	if (w == NULL || pix == NULL)
		return;
	json_object_set_new(w, "scan", json_pack("{s:i,s:i,s:O,s:O}", "width",
	    pixGetWidth(pix), "height", pixGetHeight(pix), "rotation",
	    json_object_get(res, "rotation"), "deskew",
	    json_object_get(res, "deskew")));
}

/* A cached result good for these options, or NULL. */
static json_t *
cached(lr_cache *c, const char *key, const lr_ocrpage_opts *o, json_t **cerr)
{
	char *v = NULL;
	json_t *res = NULL;
	lr_err err;

	if (lr_cache_get(c, key, &v, &err) < 0)
		*cerr = json_string(err.msg);
	else if (v != NULL) {
		res = json_loads(v, 0, NULL);
		if (res != NULL && o->want_hocr && !json_object_get(res, "hocr")) {
			json_decref(res);
			res = NULL;
		}
	}
	free(v);
	return res;
}

/* Keep a successful result in the cache. */
static void
store(lr_cache *c, const char *key, json_t *res)
{
	char *v = json_dumps(res, JSON_COMPACT);
	lr_err err;

	if (v == NULL || lr_cache_put(c, key, v, &err) != 0)
		json_object_set_new(res, "cache_error", json_string(v == NULL ?
		    "out of memory" : err.msg));
	free(v);
}

json_t *
lr_ocrpage_run(lr_ocr *e, lr_cache *c, const char *path, int ifd, int n,
    const lr_ocrpage_opts *o, lr_err *err)
{
	double t0 = now_ms();
	json_t *res = NULL, *cerr = NULL;
	char key[65] = "", sig[1200], csig[200];
	PIX *pix = decode(path, ifd, o->max_pixels, err);
	int ok;

	if (pix != NULL && c != NULL) {
		lr_clean_signature(&o->clean, csig, sizeof(csig));
		snprintf(sig, sizeof(sig), "%s; %s; lexicon %s; recover%d; "
		    "lines by height 3",
		    lr_ocr_signature(e), csig, o->lexicon ?
		    lr_lexicon_signature(o->lexicon) : "none", o->recover);
		if (lr_cache_key(pix, sig, key) == 0 &&
		    (res = cached(c, key, o, &cerr)) != NULL) {
			json_object_set_new(res, "cached", json_true());
			set_scan(res, pix);
			pixDestroy(&pix);
			return res;
		}
	}
	if ((res = json_object()) == NULL) {
		pixDestroy(&pix);
		return NULL;
	}
	ok = pix != NULL && recognise(e, pix, n, o, res, err) == 0;
	json_object_set_new(res, "ocr_ms", json_integer((json_int_t)(now_ms() - t0)));
	if (!ok)
		json_object_set_new(res, "ocr_error", json_string(err->msg));
	else if (c != NULL && cerr == NULL && key[0] != '\0')
		store(c, key, res);
	if (cerr != NULL)
		json_object_set_new(res, "cache_error", cerr);
	json_object_set_new(res, "cached", json_false());
	set_scan(res, pix);
	pixDestroy(&pix);
	return res;
}
