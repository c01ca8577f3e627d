/* The OCR engine: Tesseract's C API, pages to lines and words. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <tesseract/capi.h>

#include "clock.h"
#include "engine.h"
#include "text/text.h"

/* Latin letters Vietnamese is not written with, and signs no decision
 * prints, which the vie model still holds: it reads blurred or crowded
 * print as them ("CCCD" as "ŒCCD" or "CCŒCD", "8" as "Š", "1" as "Ï",
 * "CCCD" as "©CD"), where the letter it would read next is the right one
 * more often than not.  The eth (Ð, ð) is not among them: the page's text
 * puts it back as Đ, đ (lr_ocr_page_text()). */
#define BARRED "ŒœŠšŸÏïËëÄäÖöÜüÅåÆæØøßÑñÇçÎîÛûŽžŁłÿƒ©®£¥¢¡¿‹›"

/* Variables set on every engine: inverted-text detection (white on black)
 * costs a second recognition of doubtful lines and never helps on decisions;
 * the letters no Vietnamese page holds are never read (BARRED); Tesseract's
 * messages must not reach our stderr.  The caller's variables come after,
 * so that --tess-var tessedit_char_blacklist= lifts the bar. */
static const char *const our_vars[][2] = {
	{ "tessedit_do_invert", "0" },
	{ "tessedit_char_blacklist", BARRED },
	{ "debug_file", "/dev/null" },
};
#define NOUR (sizeof(our_vars) / sizeof(our_vars[0]))

struct lr_ocr {
	TessBaseAPI *api;
	TessBaseAPI *osd;	/* orientation detection, made on first use */
	TessBaseAPI *figs;	/* figures (lr_ocr_figures()), made on first
				 * use */
	char *tessdata;		/* NULL: Tesseract's default */
	int no_osd;		/* osd.traineddata could not be loaded */
	int no_figs;		/* FIGURES_LANG could not be loaded */
	int psm;		/* the page segmentation mode of pages */
	long pages;		/* pages recognised (lr_ocr_page() calls) */
	struct otsu {		/* the Otsu view of the last grey page asked
				 * for (otsu_of()) */
		PIX *of;	/* that page (a clone: its memory is held, so
				 * no other page takes its place) */
		PIX *view;	/* lr_ocr_otsu_view(of), NULL: none */
		double blobs;	/* lr_ocr_blob_count(view) */
	} otsu;
	long views;		/* Otsu views made (otsu_of()) */
	char sig[1024];
};

/* Give up recognition past a deadline (seconds of the thread's CPU time:
 * lib/ocr/clock.h says why). */
struct deadline {
	double at;
	int hit;
};

static double
now(void)
{
	return lr_clock_cpu_ms() / 1e3;
}

static bool
past_deadline(void *arg, int words)
{
	struct deadline *d = arg;

	(void)words;
	if (d->at > 0 && now() > d->at)
		d->hit = 1;
	return d->hit != 0;
}

/* Set one "name=value" variable; -1 with err when it is malformed or unknown. */
static int
set_var(lr_ocr *e, const char *nv, lr_err *err)
{
	const char *eq = strchr(nv, '=');
	char name[128];

	if (eq == NULL || eq == nv || (size_t)(eq - nv) >= sizeof(name)) {
		lr_err_set(err, "'%s': not a NAME=VALUE Tesseract variable", nv);
		return -1;
	}
	memcpy(name, nv, (size_t)(eq - nv));
	name[eq - nv] = '\0';
	if (!TessBaseAPISetVariable(e->api, name, eq + 1)) {
		lr_err_set(err, "'%s': unknown Tesseract variable", name);
		return -1;
	}
	return 0;
}

/* Apply our variables, then the caller's; record them in the signature. */
static int
set_vars(lr_ocr *e, const lr_ocr_opts *o, lr_err *err)
{
	size_t len = strlen(e->sig);
	char nv[256];

	for (size_t i = 0; i < NOUR; i++) {
		snprintf(nv, sizeof(nv), "%s=%s", our_vars[i][0],
		    our_vars[i][1]);
		if (set_var(e, nv, err) != 0)
			return -1;
	}
	for (int i = 0; i < o->nvars; i++) {
		if (set_var(e, o->vars[i], err) != 0)
			return -1;
		len += (size_t)snprintf(e->sig + len, len < sizeof(e->sig) ?
		    sizeof(e->sig) - len : 0, " %s", o->vars[i]);
	}
	if (len >= sizeof(e->sig)) {
		lr_err_set(err, "too many Tesseract variables");
		return -1;
	}
	return 0;
}

/* The language figures are read in (lr_ocr_figures()), when its data is
 * beside the page's language's: Latin digits and punctuation, which the
 * Vietnamese model's fast data reads worse ("6" as "ó" in a rounded
 * face, "3.664,2" read "3.óó4,2" where this reads it right). */
#define FIGURES_LANG "eng"

/* Is lang's data in e's data directory? */
static int
has_data(lr_ocr *e, const char *lang)
{
	const char *dir = TessBaseAPIGetDatapath(e->api);
	char path[4096];

	return dir != NULL && snprintf(path, sizeof(path), "%s/%s.traineddata",
	    dir, lang) < (int)sizeof(path) && access(path, R_OK) == 0;
}

lr_ocr *
lr_ocr_new(const lr_ocr_opts *o, lr_err *err)
{
	const char *lang = o->lang != NULL ? o->lang : "vie";
	int psm = o->psm > 0 ? o->psm : PSM_AUTO;
	lr_ocr *e = calloc(1, sizeof(*e));

	if (e == NULL || (e->api = TessBaseAPICreate()) == NULL ||
	    (o->tessdata != NULL && (e->tessdata = strdup(o->tessdata)) == NULL)) {
		lr_ocr_free(e);
		lr_err_sys(err, "out of memory");
		return NULL;
	}
	if (TessBaseAPIInit2(e->api, o->tessdata, lang, OEM_LSTM_ONLY) != 0) {
		lr_err_sys(err, "cannot load Tesseract language data '%s'%s%s",
		    lang, o->tessdata ? " from " : "", o->tessdata ?
		    o->tessdata : "");
		lr_ocr_free(e);
		return NULL;
	}
	TessBaseAPISetPageSegMode(e->api, (TessPageSegMode)psm);
	e->psm = psm;
	snprintf(e->sig, sizeof(e->sig), "tesseract %s %s %s oem1 psm%d "
	    "invert0 barred1%s", TessVersion(), TessBaseAPIGetDatapath(e->api), lang,
	    psm, has_data(e, FIGURES_LANG) ? " figures " FIGURES_LANG : "");
	if (set_vars(e, o, err) != 0) {
		lr_ocr_free(e);
		return NULL;
	}
	return e;
}

const char *
lr_ocr_signature(const lr_ocr *e)
{
	return e->sig;
}

/* The box of the iterator's element at level as x, y, w, h. */
static void
box(const TessPageIterator *pi, TessPageIteratorLevel level, int b[4])
{
	int l = 0, t = 0, r = 0, btm = 0;

	TessPageIteratorBoundingBox(pi, level, &l, &t, &r, &btm);
	b[0] = l, b[1] = t, b[2] = r - l, b[3] = btm - t;
}

/* Add the current word (and a new line when one starts) to p. */
static int
add_word(TessResultIterator *it, lr_page_words *p, lr_line **line,
    double *sum, int *count)
{
	const TessPageIterator *pi = TessResultIteratorGetPageIteratorConst(it);
	char *text = TessResultIteratorGetUTF8Text(it, RIL_WORD);
	float conf = TessResultIteratorConfidence(it, RIL_WORD);
	int b[4];

	if (*line == NULL || TessPageIteratorIsAtBeginningOf(pi, RIL_TEXTLINE)) {
		box(pi, RIL_TEXTLINE, b);
		if ((*line = lr_words_add_line(p, b[0], b[1], b[2], b[3])) == NULL) {
			TessDeleteText(text);
			return -1;
		}
	}
	box(pi, RIL_WORD, b);
	if (text != NULL && text[0] != '\0' && lr_words_add_word(*line, text,
	    conf, b[0], b[1], b[2], b[3]) != NULL) {
		*sum += conf;
		(*count)++;
	}
	TessDeleteText(text);
	return 0;
}

/* Copy the words api recognised to p; *conf their mean. */
static int
collect_api(TessBaseAPI *api, lr_page_words *p, double *conf)
{
	TessResultIterator *it = TessBaseAPIGetIterator(api);
	lr_line *line = NULL;
	double sum = 0;
	int count = 0, ret = 0;

	*conf = -1;
	if (it == NULL)
		return 0;
	do {
		if (add_word(it, p, &line, &sum, &count) != 0) {
			ret = -1;
			break;
		}
	} while (TessResultIteratorNext(it, RIL_WORD));
	TessResultIteratorDelete(it);
	if (count > 0)
		*conf = sum / count;
	return ret;
}

/* Copy the recognised words of the engine to p; *conf their mean. */
static int
collect(lr_ocr *e, lr_page_words *p, double *conf)
{
	return collect_api(e->api, p, conf);
}

/* Run TessBaseAPIRecognize() until timeout_ms (0: no limit) has passed;
 * *timed_out is set when it was given up.  Returns Tesseract's status (0:
 * done), or -1 when out of memory. */
static int
recognise_until(lr_ocr *e, int timeout_ms, int *timed_out)
{
	ETEXT_DESC *mon = TessMonitorCreate();
	struct deadline dl = { 0, 0 };
	int rc;

	if (mon == NULL)
		return -1;
	if (timeout_ms > 0)
		dl.at = now() + timeout_ms / 1000.0;
	TessMonitorSetCancelFunc(mon, past_deadline);
	TessMonitorSetCancelThis(mon, &dl);
	rc = TessBaseAPIRecognize(e->api, mon);
	TessMonitorDelete(mon);
	*timed_out = dl.hit || (timeout_ms > 0 && now() > dl.at);
	return rc;
}

/* Run recognition, with the deadline; 0, or -1 with err set. */
static int
recognise(lr_ocr *e, int timeout_ms, int *timed_out, lr_err *err)
{
	int rc = recognise_until(e, timeout_ms, timed_out);

	if (*timed_out) {
		lr_err_set(err, "timed out after %g s of CPU", timeout_ms / 1000.0);
		return -1;
	}
	if (rc != 0) {
		lr_err_set(err, "Tesseract failed to recognise the page");
		return -1;
	}
	return 0;
}

/* The page's hOCR as a string of ours; NULL when out of memory. */
static char *
hocr_of(lr_ocr *e, int n)
{
	char *h = TessBaseAPIGetHOCRText(e->api, n - 1);
	char *copy = h != NULL ? strdup(h) : NULL;

	TessDeleteText(h);
	return copy;
}

/* The level that splits histogram h (256 counts) in two best, as
 * Tesseract's OtsuStats() finds it (the same sums, in the same order, so
 * the same level): -1 when every pixel is of one level.  The pixels at
 * the level or under number *dark of *all. */
static int
otsu_level(const long h[256], long *dark, long *all)
{
	double mu_all = 0.0, mu = 0.0, best = 0.0;
	long n = 0, below = 0;
	int t, best_t = -1;

	for (t = 0; t < 256; t++) {
		n += h[t];
		mu_all += (double)t * h[t];
	}
	*dark = 0;
	*all = n;
	for (t = 0; t < 255; t++) {
		below += h[t];
		mu += t * (double)h[t];
		if (below == 0)
			continue;
		if (n - below == 0)
			break;
		double d = (mu_all - mu) / (double)(n - below) - mu / below;
		d *= d * (double)below * (double)(n - below);
		if (best_t < 0 || d > best) {
			best = d;
			best_t = t;
			*dark = below;
		}
	}
	return *dark == 0 || *dark == n ? -1 : best_t;
}

PIX *
lr_ocr_otsu_view(PIX *pix)
{
	long h[256] = { 0 }, dark, all;
	l_int32 w = pixGetWidth(pix), ht = pixGetHeight(pix), wpl;
	const l_uint32 *data;
	PIX *bin;
	int t;

	if (pixGetDepth(pix) != 8 || pixGetColormap(pix) != NULL)
		return NULL;
	data = pixGetData(pix);
	wpl = pixGetWpl(pix);
	for (l_int32 y = 0; y < ht; y++, data += wpl)
		for (l_int32 x = 0; x < w; x++)
			h[GET_DATA_BYTE(data, x)]++;
	if ((t = otsu_level(h, &dark, &all)) < 0)
		bin = pixCreate(w, ht, 1);
	else if ((bin = pixThresholdToBinary(pix, t + 1)) != NULL &&
	    dark >= all * 0.5)
		pixInvert(bin, bin);
	if (bin != NULL)
		pixCopyResolution(bin, pix);
	return bin;
}

/* Does the engine threshold grey pages by Otsu's method (its
 * thresholding_method 0, the default)? */
static int
thresholds_otsu(lr_ocr *e)
{
	int m = -1;

	return TessBaseAPIGetIntVariable(e->api, "thresholding_method", &m) &&
	    m == 0;
}

/* A page strewn with specks: SPECKS_MIN or more blobs a square inch in
 * its 1 bpp view, of which as many are under SPECK_INCH either way (a
 * page of text has a few thousand blobs on the whole page and a few
 * hundred of its dots and marks that small; a worn copy's toner strews
 * 400 to 1000 a square inch).  The engine's layout analysis of those
 * specks, its column finding over tens of thousands of blobs, took a
 * minute a page: it lays out the view without them, and reads the lines
 * from the page as before. */
enum { SPECKS_MIN = 100 };
#define SPECK_INCH (1.0 / 60)

double
lr_ocr_blob_count(PIX *pix)
{
	l_int32 n = -1;

	return pix != NULL && pixCountConnComp(pix, 8, &n) == 0 ? n : -1;
}

void
lr_ocr_forget(lr_ocr *e)
{
	pixDestroy(&e->otsu.of);
	pixDestroy(&e->otsu.view);
}

/* The Otsu view of pix (lr_ocr_otsu_view()) and its blob count in
 * *blobs, made once for the readings of one page and the tests before
 * them: kept in e until another page's is asked for, or lr_ocr_forget().
 * Borrowed from e; NULL when pix has none. */
static PIX *
otsu_of(lr_ocr *e, PIX *pix, double *blobs)
{
	if (e->otsu.of != pix) {
		lr_ocr_forget(e);
		e->otsu.view = lr_ocr_otsu_view(pix);
		e->otsu.blobs = lr_ocr_blob_count(e->otsu.view);
		e->otsu.of = pixClone(pix);
		e->views++;
	}
	*blobs = e->otsu.blobs;
	return e->otsu.view;
}

long
lr_ocr_views_made(const lr_ocr *e)
{
	return e->views;
}

double
lr_ocr_otsu_blobs(lr_ocr *e, PIX *pix)
{
	double blobs;

	return otsu_of(e, pix, &blobs) != NULL ? blobs : -1;
}

/* bin (1 bpp, dpi its resolution, blobs its blob count when known, else
 * below 0) without its specks when the page is strewn with them; NULL
 * when it is not, or on failure. */
static PIX *
unspecked(PIX *bin, int dpi, double blobs)
{
	double inches = (double)pixGetWidth(bin) * pixGetHeight(bin) /
	    ((double)dpi * dpi), least = SPECKS_MIN * inches;
	l_int32 k = (l_int32)(dpi * SPECK_INCH + 0.5);
	PIX *specks, *kept = NULL;

	if (blobs < 0)
		blobs = lr_ocr_blob_count(bin);
	if (blobs < least)	/* most pages: one count */
		return NULL;
	specks = pixSelectBySize(bin, k, k, 8, L_SELECT_IF_BOTH,
	    L_SELECT_IF_LT, NULL);
	if (lr_ocr_blob_count(specks) >= least)
		kept = pixSubtract(NULL, bin, specks);
	pixDestroy(&specks);
	return kept;
}

/* Give the engine pix to read; with bin (the same page as 1 bpp, of the
 * same size), bin is what it thresholds, that is takes as it is, and lays
 * out, and pix (a clone, which the engine keeps) what it reads the lines
 * from.  Without bin, a grey page is handed with its lr_ocr_otsu_view()
 * as bin: the engine's own threshold, made at a fraction of its cost (the
 * engine would also compute the level twice), and once for all the
 * readings of the page (otsu_of()).  A page strewn with specks is laid
 * out without them (unspecked()). */
static void
set_image(lr_ocr *e, PIX *pix, PIX *bin)
{
	PIX *grey, *clear = NULL;
	int dpi = pixGetXRes(pix) > 0 ? pixGetXRes(pix) : 300;
	double blobs = -1;

	if (bin == NULL && thresholds_otsu(e))
		bin = otsu_of(e, pix, &blobs);
	if (bin != NULL && pixGetDepth(bin) == 1 &&
	    (clear = unspecked(bin, dpi, blobs)) != NULL)
		bin = clear;
	if (bin != NULL && pixGetDepth(bin) == 1 && pixGetDepth(pix) != 1 &&
	    pixGetWidth(bin) == pixGetWidth(pix) &&
	    pixGetHeight(bin) == pixGetHeight(pix) &&
	    (grey = pixClone(pix)) != NULL) {
		TessBaseAPISetImage2(e->api, bin);
		TessBaseAPISetInputImage(e->api, grey);
	} else
		TessBaseAPISetImage2(e->api, pix);
	pixDestroy(&clear);
}

/* A hook for tests alone: with LANDREC_TEST_SPIN=N in the environment,
 * spin for ever before laying out page N, deaf to the deadline, as
 * Tesseract's layout analysis of a speckled page did for 40 minutes. */
static void
test_spin(int n)
{
	const char *v = getenv("LANDREC_TEST_SPIN");

	if (v != NULL && atoi(v) == n)
		for (volatile unsigned long i = 0;; i++)
			;
}

int
lr_ocr_page(lr_ocr *e, PIX *pix, PIX *bin, int n, int timeout_ms,
    int want_hocr, lr_doc_words *d, lr_ocr_result *res, lr_err *err)
{
	lr_page_words *p;
	int ret = -1;

	res->conf = -1;
	res->hocr = NULL;
	res->timed_out = 0;
	e->pages++;
	test_spin(n);
	set_image(e, pix, bin);
	if (pixGetXRes(pix) > 0)
		TessBaseAPISetSourceResolution(e->api, pixGetXRes(pix));
	p = lr_words_add_page(d, n, pixGetWidth(pix), pixGetHeight(pix));
	if (p == NULL)
		lr_err_sys(err, "out of memory");
	else if (recognise(e, timeout_ms, &res->timed_out, err) == 0) {
		if (collect(e, p, &res->conf) != 0)
			lr_err_sys(err, "out of memory");
		else if (want_hocr && (res->hocr = hocr_of(e, n)) == NULL)
			lr_err_set(err, "cannot make the hOCR of the page");
		else
			ret = 0;
	}
	TessBaseAPIClear(e->api);
	return ret;
}

long
lr_ocr_pages_read(const lr_ocr *e)
{
	return e->pages;
}

/* Is s written in the letters of Vietnamese (Latin with its marks):
 * "pxŸƒZ", read off a signature, is not. */
static int
latin(const char *s)
{
	char *skel = lr_ascii(s);
	int ok = skel != NULL;

	for (const char *c = skel; ok && *c != '\0'; c++)
		ok = (unsigned char)*c < 0x80;
	free(skel);
	return ok;
}

/* Is line l worth keeping: mean word confidence at least min_conf, a word
 * of two letters or more, all in Latin letters? */
static int
worth(const lr_line *l, double min_conf)
{
	double sum = 0;
	int letters = 0, ok = 1;

	for (int i = 0; i < l->nwords && ok; i++) {
		sum += l->words[i].conf;
		letters |= lr_alnums(l->words[i].text) >= 2;
		ok = latin(l->words[i].text);
	}
	return ok && l->nwords > 0 && letters && sum / l->nwords >= min_conf;
}

/* Add the words of line l (of a page of its own) to p as a line.  Returns
 * 0, or -1 when out of memory. */
static int
insert(lr_page_words *p, const lr_line *l)
{
	lr_line *to = lr_words_add_line(p, l->x, l->y, l->w, l->h);

	for (int i = 0; to != NULL && i < l->nwords; i++) {
		const lr_word *w = &l->words[i];
		if (lr_words_add_word(to, w->text, w->conf, w->x, w->y, w->w,
		    w->h) == NULL)
			return -1;
	}
	return to != NULL ? 0 : -1;
}

/* Recognise box b of the image set as one line; insert it into p when it
 * is worth it.  Returns 1 when inserted, 0 when not, -1 when out of
 * memory. */
static int
one_line(lr_ocr *e, const int b[4], double min_conf, int timeout_ms,
    lr_page_words *p)
{
	lr_doc_words *tmp = lr_words_new();
	lr_page_words *tp = tmp ? lr_words_add_page(tmp, p->n, p->width,
	    p->height) : NULL;
	double conf;
	int ret = -1, late = 0;

	TessBaseAPISetRectangle(e->api, b[0], b[1], b[2], b[3]);
	if (tp != NULL && recognise_until(e, timeout_ms, &late) == 0 && !late &&
	    collect(e, tp, &conf) == 0) {
		ret = 0;
		for (int i = 0; i < tp->nlines && ret == 0; i++)
			if (worth(&tp->lines[i], min_conf))
				ret = insert(p, &tp->lines[i]) == 0 ? 1 : -1;
	} else if (tp != NULL)
		ret = 0;
	lr_words_free(tmp);
	return ret;
}

int
lr_ocr_lines(lr_ocr *e, PIX *pix, const int (*boxes)[4], int n,
    double min_conf, int timeout_ms, lr_page_words *p, lr_err *err)
{
	double end = now() + timeout_ms / 1000.0, left;
	int added = 0, r = 0;

	if (n == 0)
		return 0;
	TessBaseAPISetImage2(e->api, pix);
	if (pixGetXRes(pix) > 0)
		TessBaseAPISetSourceResolution(e->api, pixGetXRes(pix));
	TessBaseAPISetPageSegMode(e->api, PSM_SINGLE_LINE);
	for (int i = 0; i < n && r >= 0; i++) {
		left = (end - now()) * 1000.0;
		if (timeout_ms > 0 && left < 1)
			break;
		if ((r = one_line(e, boxes[i], min_conf, timeout_ms > 0 ?
		    (int)left : 0, p)) > 0)
			added++;
	}
	TessBaseAPISetPageSegMode(e->api, (TessPageSegMode)e->psm);
	TessBaseAPIClear(e->api);
	if (r < 0) {
		lr_err_sys(err, "out of memory");
		return -1;
	}
	return added;
}

int
lr_ocr_snippet(lr_ocr *e, PIX *pix, const char *whitelist, lr_page_words *p)
{
	double conf;
	int ret = 0;

	TessBaseAPISetPageSegMode(e->api, PSM_SINGLE_LINE);
	if (whitelist != NULL)
		TessBaseAPISetVariable(e->api, "tessedit_char_whitelist",
		    whitelist);
	TessBaseAPISetImage2(e->api, pix);
	TessBaseAPISetSourceResolution(e->api, pixGetXRes(pix) > 0 ?
	    pixGetXRes(pix) : 300);
	if (TessBaseAPIRecognize(e->api, NULL) == 0)
		ret = collect(e, p, &conf);
	if (whitelist != NULL)
		TessBaseAPISetVariable(e->api, "tessedit_char_whitelist", "");
	TessBaseAPISetPageSegMode(e->api, (TessPageSegMode)e->psm);
	TessBaseAPIClear(e->api);
	return ret;
}

char *
lr_ocr_page_text(const lr_page_words *p)
{
	size_t len = 0, cap = 0;
	char *s = NULL, *line = NULL;

	if (lr_reserve(&s, &cap, 0, 1, 256) != 0)
		return NULL;
	s[0] = '\0';
	for (int i = 0; i < p->nlines; i++) {
		size_t ll;
		if ((line = lr_line_text(&p->lines[i])) == NULL ||
		    lr_reserve(&s, &cap, len + (ll = strlen(line)) + 1, 1,
		    256) != 0) {
			free(line);
			free(s);
			return NULL;
		}
		memcpy(s + len, line, ll);
		len += ll;
		s[len++] = '\n';
		s[len] = '\0';
		free(line);
	}
	return lr_area_unit_fix(lr_eth_fix(s));
}

/* End and delete a Tesseract handle (NULL is allowed). */
static void
tess_free(TessBaseAPI *api)
{
	if (api == NULL)
		return;
	TessBaseAPIEnd(api);
	TessBaseAPIDelete(api);
}

/* An engine of e's besides its own, *api, loaded on first use for lang
 * with oem and psm, its messages to /dev/null; NULL when it cannot be
 * (*none then set, and it is not tried again). */
static TessBaseAPI *
side_engine(lr_ocr *e, TessBaseAPI **api, int *none, const char *lang,
    TessOcrEngineMode oem, TessPageSegMode psm)
{
	if (*api != NULL || *none)
		return *api;
	if ((*api = TessBaseAPICreate()) == NULL ||
	    TessBaseAPIInit2(*api, e->tessdata, lang, oem) != 0) {
		tess_free(*api);
		*api = NULL;
		*none = 1;
		return NULL;
	}
	TessBaseAPISetVariable(*api, "debug_file", "/dev/null");
	TessBaseAPISetPageSegMode(*api, psm);
	return *api;
}

/* The orientation engine, loaded on first use; NULL when there is none. */
static TessBaseAPI *
osd_engine(lr_ocr *e)
{
	return side_engine(e, &e->osd, &e->no_osd, "osd", OEM_TESSERACT_ONLY,
	    PSM_OSD_ONLY);
}

void
lr_ocr_load_osd(lr_ocr *e)
{
	(void)osd_engine(e);
}

int
lr_ocr_can_orient(lr_ocr *e)
{
	if (e->osd != NULL || e->no_osd)
		return e->osd != NULL;
	/* Loading the data costs more than the language's: not done here. */
	return has_data(e, "osd");
}

/* The engine of figures, loaded on first use; NULL when there is none. */
static TessBaseAPI *
figures_engine(lr_ocr *e)
{
	int had = e->figs != NULL;

	if (!had && !e->no_figs && !has_data(e, FIGURES_LANG))
		e->no_figs = 1;
	if (side_engine(e, &e->figs, &e->no_figs, FIGURES_LANG,
	    OEM_LSTM_ONLY, PSM_SINGLE_LINE) != NULL && !had)
		TessBaseAPISetVariable(e->figs, "tessedit_do_invert", "0");
	return e->figs;
}

void
lr_ocr_load_figures(lr_ocr *e)
{
	(void)figures_engine(e);
}

int
lr_ocr_figures_loaded(const lr_ocr *e)
{
	return e->figs != NULL;
}

int
lr_ocr_figures(lr_ocr *e, PIX *pix, lr_page_words *p)
{
	TessBaseAPI *api = figures_engine(e);
	double conf;
	int ret = 0;

	if (api == NULL)
		return lr_ocr_snippet(e, pix, LR_OCR_FIGURES, p);
	TessBaseAPISetImage2(api, pix);
	TessBaseAPISetSourceResolution(api, pixGetXRes(pix) > 0 ?
	    pixGetXRes(pix) : 300);
	if (TessBaseAPIRecognize(api, NULL) == 0)
		ret = collect_api(api, p, &conf);
	TessBaseAPIClear(api);
	return ret;
}

int
lr_ocr_orientation(lr_ocr *e, PIX *pix, double min_conf, lr_err *err)
{
	TessBaseAPI *osd = osd_engine(e);
	const char *script = NULL;
	float conf = 0, sconf = 0;
	int deg = 0, ok;

	if (osd == NULL) {
		lr_err_set(err, "no orientation data (osd.traineddata)");
		return -1;
	}
	TessBaseAPISetImage2(osd, pix);
	if (pixGetXRes(pix) > 0)
		TessBaseAPISetSourceResolution(osd, pixGetXRes(pix));
	ok = TessBaseAPIDetectOrientationScript(osd, &deg, &conf, &script,
	    &sconf);
	TessBaseAPIClear(osd);
	if (!ok || conf < min_conf) {
		lr_err_set(err, "orientation unclear");
		return -1;
	}
	return ((360 - deg) / 90) % 4;
}

void
lr_ocr_free(lr_ocr *e)
{
	if (e == NULL)
		return;
	tess_free(e->api);
	tess_free(e->osd);
	tess_free(e->figs);
	lr_ocr_forget(e);
	free(e->tessdata);
	free(e);
}
