/* OCR of one page: decode, cache, clean, recognise. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "apart.h"
#include "cells.h"
#include "digits.h"
#include "clock.h"
#include "hand.h"
#include "missed.h"
#include "red.h"
#include "result-int.h"
#include "image/image.h"

/* A page's deadlines count its thread's CPU time (lib/ocr/clock.h). */
static double
now_ms(void)
{
	return lr_clock_cpu_ms();
}

/* The cleanup of info kept in res. */
static void
set_clean(lr_page_result *res, const lr_clean_info *ci)
{
	res->cleaned = 1;
	res->rotation = ci->rotation;
	res->deskew = ci->deskew;
	res->binarised = ci->binarised;
	res->upscaled = ci->upscaled;
	res->denoised = ci->denoised;
	res->removed = ci->removed;
	res->photo = ci->photo;
	for (int k = 0; ci->photo && k < 4; k++)
		res->sheet[2 * k] = ci->sheet.x[k],
		res->sheet[2 * k + 1] = ci->sheet.y[k];
}

/* Keep the words of the attempt's one page in res with its text,
 * confidence and hOCR (taken from or).  Returns 0, or -1 when out of memory. */
static int
set_words(lr_page_result *res, lr_doc_words *d, lr_ocr_result *or)
{
	if (d->npages == 0 || (res->text = lr_ocr_page_text(&d->pages[0])) ==
	    NULL)
		return -1;
	lr_words_round(&d->pages[0]);
	res->words = d;
	res->read = 1;
	res->ocr_conf = or->conf < 0 ? -1 : round(or->conf * 10.0) / 10.0;
	res->hocr = or->hocr;
	or->hocr = NULL;
	return 0;
}

/* One recognition of a cleaned page. */
struct attempt {
	lr_doc_words *d;
	lr_ocr_result or;
};

static int
attempt(lr_ocr *e, PIX *clean, PIX *bin, int n, const lr_ocrpage_opts *o,
    int ms, struct attempt *a, lr_err *err)
{
	a->or = (lr_ocr_result){ -1, NULL, 0 };
	if ((a->d = lr_words_new()) == NULL) {
		lr_err_sys(err, "out of memory");
		return -1;
	}
	return lr_ocr_page(e, clean, bin, n, ms, o->want_hocr, a->d, &a->or,
	    err);
}

static void
attempt_free(struct attempt *a)
{
	free(a->or.hocr);
	lr_words_free(a->d);
}

/* Keep the reading *b, of img, in *a and *page; *b gets the reading *a
 * had, to be freed. */
static void
keep(struct attempt *a, struct attempt *b, PIX **page, PIX *img)
{
	struct attempt t = *a;

	*a = *b;
	*b = t;
	pixDestroy(page);
	*page = pixClone(img);
}

/* Did the engine read lines running down the page: most of its lines
 * taller than wide (it reads the lines of a page lying sideways as
 * vertical writing, right but in the wrong order)? */
static int
lines_down(const struct attempt *a)
{
	const lr_page_words *p = a->d->npages > 0 ? &a->d->pages[0] : NULL;
	int tall = 0;

	if (p == NULL)
		return 0;
	for (int i = 0; i < p->nlines; i++)
		tall += p->lines[i].h > 2 * p->lines[i].w;
	return tall * 2 > p->nlines;
}

/* Does the result look like text read upside down or sideways: low
 * confidence, or lines taller than wide? */
static int
doubtful(const struct attempt *a)
{
	return a->d->npages == 0 || a->or.conf < 65 || lines_down(a);
}

/* The 1 bpp view of the cleanup to lay the page out on, in place of the
 * engine's own threshold of it: on a noisy page whose noise was too thin
 * for the median filter (a filtered page reads better laid out by the
 * engine), where that threshold would make a blob of every speck the
 * cleanup left (and the engine's layout analysis would take many times
 * its reading); on an unevenly lit grey page, where it would take the
 * shade for ink and lose the cells of its tables.  NULL: none. */
static PIX *
layout_view(const lr_clean_info *ci)
{
	return (ci->noisy && !ci->denoised) || ci->uneven ? ci->bin : NULL;
}

PIX *
lr_ocrpage_layout_view(const lr_clean_info *ci, int q, const lr_clean_opts *o)
{
	lr_clean_info t = *ci;
	PIX *view = layout_view(ci);

	if (view == NULL || q % 4 == 0)
		return view != NULL ? pixClone(view) : NULL;
	t.rules = NULL;
	t.bin = NULL;
	return lr_clean_turn(view, q, o, &t, NULL);
}

/* A grey page whose threshold by the engine (Otsu's, over the page as a
 * whole) has GRAIN_TIMES the blobs of the cleanup's 1 bpp view of it, and
 * GRAIN_MORE more a square inch, is grainy: on a nearly empty page of
 * toner specks, that threshold falls in the paper's grain and makes a
 * blob of every grain, and the engine's layout analysis of those blobs
 * (its table finder) took 40 minutes where its reading took a second.  A
 * page of text has about as many blobs in both views. */
enum { GRAIN_TIMES = 3, GRAIN_MORE = 20 };

/* Is the cleaned grey page clean grainy (its cleanup info ci, with its
 * 1 bpp view bin), so that it is better laid out on bin?  The engine's
 * threshold is the one e lays clean out on (lr_ocr_otsu_blobs()), made
 * once for both. */
static int
grainy(lr_ocr *e, PIX *clean, const lr_clean_info *ci)
{
	double dpi = ci->dpi > 0 ? ci->dpi : 300, ours, theirs, inches;

	if (ci->bin == NULL || pixGetDepth(clean) != 8 ||
	    layout_view(ci) != NULL)
		return 0;
	theirs = lr_ocr_otsu_blobs(e, clean);
	ours = lr_ocr_blob_count(ci->bin);
	inches = (double)pixGetWidth(clean) * pixGetHeight(clean) / (dpi * dpi);
	return ours >= 0 && theirs >= GRAIN_TIMES * ours &&
	    theirs - ours >= GRAIN_MORE * inches;
}

/* The least confidence of Tesseract's OSD whose turn is read first when
 * the page's lines and letters did not tell which way up it stands: a
 * guess, but right far more often than not (on photos lying sideways,
 * where the up-down test cannot tell, 0.4-2.1 and right on five of six);
 * a wrong guess reads badly and the page is read as it stands too. */
#define OSD_GUESS 0.3

/* The page to read: clean, or, when its lines and letters did not tell
 * which way up it stands (with o->clean.orient) and Tesseract's OSD
 * guesses it turned (on a noisy page, on the cleanup's 1 bpp view), clean
 * turned upright, its cleanup info in *cit (without rules nor bin, which
 * are clean's), the turn in *q.  The orientation is decided before the
 * page is read, so that it is read once.  Returns a new image, or a clone
 * of clean. */
static PIX *
upright(lr_ocr *e, PIX *clean, const lr_ocrpage_opts *o,
    const lr_clean_info *ci, lr_clean_info *cit, int *q)
{
	PIX *turned = NULL;

	*cit = *ci;
	cit->rules = NULL;
	cit->bin = NULL;
	if (o->clean.orient && !ci->orient_known && (*q = lr_ocr_orientation(e,
	    layout_view(ci) != NULL ? ci->bin : clean, OSD_GUESS, NULL)) > 0)
		turned = lr_clean_turn(clean, *q, &o->clean, cit, NULL);
	if (turned == NULL)
		*q = 0;
	return turned != NULL ? turned : pixClone(clean);
}

/* Read clean as it stands too, after a doubtful reading *a of it turned
 * by the OSD, which may have been wrong; keep in *a, *page and *ci the
 * reading as it stands when the turned one is clearly worse. */
static void
check_turn(lr_ocr *e, PIX *clean, int n, const lr_ocrpage_opts *o, int ms,
    struct attempt *a, PIX **page, lr_clean_info *ci)
{
	struct attempt b = { NULL, { -1, NULL, 0 } };

	if (attempt(e, clean, layout_view(ci), n, o, ms, &b, NULL) == 0 &&
	    b.or.conf > a->or.conf + 2.0)
		keep(a, &b, page, clean);
	attempt_free(&b);
}

/* The most lines of a page read again, and the confidence they need. */
enum { MISSED_MAX = 16, MISSED_CONF = 80 };

/* Read the lines of d's page that the layout of clean (bin: the same as
 * 1 bpp, or NULL) left unread, within ms milliseconds, saying in res how many were found.  Returns 0, or -1
 * with err set. */
static int
recover(lr_ocr *e, PIX *clean, PIX *bin, int ms, lr_doc_words *d,
    lr_page_result *res, lr_err *err)
{
	int boxes[MISSED_MAX][4], n, added;

	if (d->npages == 0)
		return 0;
	n = lr_missed_lines(bin != NULL ? bin : clean, &d->pages[0], boxes,
	    MISSED_MAX);
	if ((added = lr_ocr_lines(e, clean, (const int (*)[4])boxes, n,
	    MISSED_CONF, ms, &d->pages[0], err)) < 0)
		return -1;
	res->recovered = added;
	return 0;
}

/* The cache's memo of the lexicon's work on a page, key "restoration" of
 * its entry: {"lexicon": the lexicon's signature, "restored": how many
 * words it rewrote, "words": [[i, text], ...] those words, i a word's
 * place in reading order, "text": the page's text after}.  A page read
 * from the cache is restored anew only when the lexicon has changed. */

/* The number of words of p. */
static size_t
word_count(const lr_page_words *p)
{
	size_t n = 0;

	for (int k = 0; k < p->nlines; k++)
		n += (size_t)p->lines[k].nwords;
	return n;
}

/* Word i of p in reading order, or NULL. */
static lr_word *
word_at(lr_page_words *p, json_int_t i)
{
	for (int k = 0; k < p->nlines && i >= 0; k++) {
		if (i < p->lines[k].nwords)
			return &p->lines[k].words[i];
		i -= p->lines[k].nwords;
	}
	return NULL;
}

/* The memo of res's page as lexicon restored it, changed marking the
 * words it rewrote; NULL when out of memory. */
static json_t *
memo_of(const lr_lexicon *lexicon, const lr_page_result *res,
    const unsigned char *changed)
{
	const lr_page_words *p = &res->words->pages[0];
	json_t *w = json_array();
	json_int_t i = 0;

	for (int k = 0; k < p->nlines && w != NULL; k++)
		for (int j = 0; j < p->lines[k].nwords; j++, i++)
			if (changed[i] && json_array_append_new(w, json_pack(
			    "[Is]", i, p->lines[k].words[j].text)) != 0) {
				json_decref(w);
				return NULL;
			}
	return w == NULL ? NULL : json_pack("{s:s,s:i,s:o,s:s}", "lexicon",
	    lr_lexicon_signature(lexicon), "restored", res->restored, "words",
	    w, "text", res->text);
}

/* Does memo m fit res's page, made by lexicon? */
static int
memo_fits(const json_t *m, const lr_lexicon *lexicon, lr_page_result *res)
{
	const char *sig = json_string_value(json_object_get(m, "lexicon"));
	const json_t *words = json_object_get(m, "words"), *w;
	size_t i;

	if (sig == NULL || strcmp(sig, lr_lexicon_signature(lexicon)) != 0 ||
	    !json_is_string(json_object_get(m, "text")) ||
	    !json_is_integer(json_object_get(m, "restored")) ||
	    !json_is_array(words) || res->words->npages == 0)
		return 0;
	json_array_foreach(words, i, w)
		if (word_at(&res->words->pages[0], json_integer_value(
		    json_array_get(w, 0))) == NULL ||
		    !json_is_string(json_array_get(w, 1)))
			return 0;
	return 1;
}

/* Restore res from memo m, when lexicon made it for this page: 1, 0 when
 * it did not (res unchanged), -1 when out of memory. */
static int
memo_apply(const json_t *m, const lr_lexicon *lexicon, lr_page_result *res)
{
	const json_t *w;
	size_t i;
	char *s;

	if (!memo_fits(m, lexicon, res))
		return 0;
	json_array_foreach(json_object_get(m, "words"), i, w) {
		lr_word *word = word_at(&res->words->pages[0],
		    json_integer_value(json_array_get(w, 0)));
		if ((s = strdup(json_string_value(json_array_get(w, 1)))) ==
		    NULL)
			return -1;
		free(word->text);
		word->text = s;
	}
	if ((s = strdup(json_string_value(json_object_get(m, "text")))) ==
	    NULL)
		return -1;
	free(res->text);
	res->text = s;
	res->restored = (int)json_integer_value(json_object_get(m,
	    "restored"));
	return 1;
}

/* Restore the marks of res's words from lexicon (NULL: none), saying in
 * res how many were, and write its text again from them; the memo of it
 * in *memo (NULL: none made).  This comes after the cache, which holds the
 * words as read, so that the lexicon can change without losing a cached
 * page.  Returns 0, or -1 with err set. */
static int
restore(const lr_lexicon *lexicon, lr_page_result *res, json_t **memo,
    lr_err *err)
{
	lr_page_words *p;
	unsigned char *changed;
	char *text = NULL;
	int n = -1;

	*memo = NULL;
	if (lexicon == NULL || res->words == NULL || res->words->npages == 0)
		return 0;
	p = &res->words->pages[0];
	if ((changed = calloc(word_count(p) + 1, 1)) == NULL ||
	    (n = lr_lexicon_restore_marked(lexicon, p, changed)) < 0 ||
	    (n > 0 && (text = lr_ocr_page_text(p)) == NULL)) {
		free(changed);
		lr_err_sys(err, "out of memory");
		return -1;
	}
	res->restored = n;
	if (text != NULL) {
		free(res->text);
		res->text = text;
	}
	*memo = memo_of(lexicon, res, changed);
	free(changed);
	return 0;
}

/* The rules of the cleaned page, ci->rules, on d's page.  Returns 0, or -1
 * with err set. */
static int
add_rules(lr_doc_words *d, BOXA *rules, lr_err *err)
{
	l_int32 x, y, w, h;

	for (int i = 0; d->npages > 0 && rules != NULL &&
	    i < boxaGetCount(rules); i++)
		if (boxaGetBoxGeometry(rules, i, &x, &y, &w, &h) == 0 &&
		    lr_words_add_rule(&d->pages[0], x, y, w, h) != 0) {
			lr_err_sys(err, "out of memory");
			return -1;
		}
	return 0;
}

/* The readings after the first (of the page turned, of the lines its
 * layout missed) may take EXTRA_TIMES what the first took, at least
 * EXTRA_MIN_MS: a page whose layout is slow to analyse, as a noisy page's
 * is, is not analysed again at length.  All within the page's timeout. */
enum { EXTRA_TIMES = 2, EXTRA_MIN_MS = 1000 };

/* Milliseconds left before the deadline at (now_ms() time; 0: none), -1
 * when it has passed. */
static int
left_ms(double at)
{
	double left = at - now_ms();

	return at <= 0 ? 0 : left >= 1 ? (int)left : -1;
}

/* The deadline of the readings after the first, which began at t0 and
 * ended at t1, on a page begun at start. */
static double
extra_deadline(const lr_ocrpage_opts *o, double start, double t0, double t1)
{
	double extra = EXTRA_TIMES * (t1 - t0), at;

	at = t1 + (extra > EXTRA_MIN_MS ? extra : EXTRA_MIN_MS);
	if (o->timeout_ms > 0 && start + o->timeout_ms < at)
		at = start + o->timeout_ms;
	return at;
}

/* How much lower the confidence of a page's reading turned a quarter may
 * be than that of its reading as it stood, lines running down the page:
 * the engine reads vertical lines nearly as well as upright ones, and the
 * wrong turn, the page upside down, far worse. */
enum { DOWN_SLACK = 10 };

/* Read clean turned q quarters (cleanup info *ci) until at, after a
 * reading *a of it; keep the turned reading in *a, *page and *cit when its
 * lines run across and its confidence is over least.  Returns 1 when it
 * was kept, 0 when not, -1 when there was no time or it could not be
 * turned. */
static int
try_turn(lr_ocr *e, PIX *clean, int q, int n, const lr_ocrpage_opts *o,
    double at, double least, struct attempt *a, PIX **page,
    const lr_clean_info *ci, lr_clean_info *cit)
{
	struct attempt b = { NULL, { -1, NULL, 0 } };
	lr_clean_info t = *ci;
	PIX *turned, *view;
	int ms = left_ms(at), kept = 0;

	t.rules = NULL;
	t.bin = NULL;
	if (ms <= 0 || (turned = lr_clean_turn(clean, q, &o->clean, &t,
	    NULL)) == NULL)
		return -1;
	view = lr_ocrpage_layout_view(ci, q, &o->clean);
	if (attempt(e, turned, view, n, o, ms, &b, NULL) == 0 &&
	    !lines_down(&b) && b.or.conf > least) {
		keep(a, &b, page, turned);
		*cit = t;
		kept = 1;
	}
	attempt_free(&b);
	pixDestroy(&turned);
	pixDestroy(&view);
	return kept;
}

/* Read clean turned a quarter each way (but turn skip, read already),
 * until at, after a reading *a of it as it stood (cleanup info *ci) whose
 * lines ran down the page: the page lies sideways whatever its letters
 * said (lines curled on a photo, or few, fool the up-down and line tests;
 * the engine still finds them).  The first turn whose lines run across
 * and whose confidence is not far below the first reading's is kept in
 * *a, *page and *cit (the other turn is not read then: it stands upside
 * down). */
static void
try_quarters(lr_ocr *e, PIX *clean, int n, const lr_ocrpage_opts *o,
    double at, int skip, struct attempt *a, PIX **page,
    const lr_clean_info *ci, lr_clean_info *cit)
{
	for (int q = 1; q <= 3; q += 2)
		if (q != skip && try_turn(e, clean, q, n, o, at,
		    a->or.conf - DOWN_SLACK, a, page, ci, cit) != 0)
			return;
}

/* A reading of a page whose lines run across under FLIP_CONF is of text
 * that may stand upside down: the up-down test goes by the letters'
 * ascenders and descenders, which a few lines, a seal or a signature
 * left on the page, or words of many descenders, turn the wrong way (a
 * page read upright scores 70-95 even when poor; upside down, 30-50).
 * The page is read turned half round too, and that reading kept when its
 * confidence is FLIP_GAIN over the first's. */
enum { FLIP_CONF = 55, FLIP_GAIN = 15 };

/* Read clean turned half round until at, after a doubtful reading *a of it
 * (cleanup info *ci) whose lines ran across: see FLIP_CONF. */
static void
try_flip(lr_ocr *e, PIX *clean, int n, const lr_ocrpage_opts *o, double at,
    struct attempt *a, PIX **page, const lr_clean_info *ci,
    lr_clean_info *cit)
{
	if (a->d->npages > 0 && a->or.conf >= 0 && a->or.conf < FLIP_CONF &&
	    !lines_down(a))
		(void)try_turn(e, clean, 2, n, o, at, a->or.conf + FLIP_GAIN, a,
		    page, ci, cit);
}

/* A reading's worth, told without its truth: the letters and digits of
 * its words read with a confidence of GOOD_CONF or more, each counted at
 * that confidence (a share of 100).  A reading that lost text to its
 * cleanup (a sheet found short of its edges, lines evened away) is worth
 * less, and so is one of specks and background read as letters, which
 * the engine doubts. */
enum { GOOD_CONF = 60 };

static double
worth(const struct attempt *a)
{
	const lr_page_words *p = a->d->npages > 0 ? &a->d->pages[0] : NULL;
	double sum = 0;

	for (int k = 0; p != NULL && k < p->nlines; k++)
		for (int j = 0; j < p->lines[k].nwords; j++) {
			const lr_word *w = &p->lines[k].words[j];
			if (w->conf >= GOOD_CONF)
				sum += lr_alnums(w->text) * w->conf / 100.0;
		}
	return sum;
}

/* The plain reading is kept when it is worth PLAIN_GAIN percent more than
 * the cleanup's, and PLAIN_MORE letters more: a margin, so that a page
 * read about as well both ways keeps its cleanup (its boxes, its turn). */
enum { PLAIN_GAIN = 10, PLAIN_MORE = 20 };

/* Is the reading of page pix's cleanup (its info ci) in doubt, so that
 * the page is read as plain Tesseract reads it too: a photo, whose sheet
 * was found, flattened and its light evened (a sheet found wrong cuts
 * text off, a curl's flattening bends lines), or a colour page unevenly
 * lit, as a photo whose sheet was not found is (on a light table, or
 * filling the frame), whose colour separation and layout view of the
 * shade are unsure.  A scan, lit evenly, is read once. */
static int
in_doubt(PIX *pix, const lr_clean_info *ci)
{
	return pixGetDepth(pix) != 1 && (ci->photo ||
	    (ci->uneven && pixGetDepth(pix) == 32));
}

/* Page pix as plain Tesseract is handed it: grey (a colour page's
 * luminance), at its own size and resolution, but turned rotation degrees
 * clockwise, as its cleanup found it stands (plain Tesseract reads a
 * page lying turned as garbage); NULL when out of memory. */
static PIX *
plain_page(PIX *pix, int rotation)
{
	PIX *g = pixGetDepth(pix) == 32 ? pixConvertRGBToLuminance(pix) :
	    pixConvertTo8(pix, 0), *t;

	if (g != NULL && rotation % 360 != 0) {
		t = pixRotateOrth(g, rotation % 360 / 90);
		pixDestroy(&g);
		g = t;
	}
	if (g != NULL)
		pixCopyResolution(g, pix);
	return g;
}

/* Read page pix as plain Tesseract reads it (plain_page(), turned
 * rotation degrees as its cleanup turned it) until at, after the reading
 * *a of its cleanup; keep the plain reading in *a and *page when it is
 * worth more by the margin (PLAIN_GAIN, PLAIN_MORE).  Returns 1 when it
 * was kept, else 0. */
static int
try_plain(lr_ocr *e, PIX *pix, int rotation, int n,
    const lr_ocrpage_opts *o, double at, struct attempt *a, PIX **page)
{
	struct attempt b = { NULL, { -1, NULL, 0 } };
	PIX *plain;
	int ms = left_ms(at), kept = 0;
	double ours = worth(a), theirs;

	if (ms <= 0 || (plain = plain_page(pix, rotation)) == NULL)
		return 0;
	if (attempt(e, plain, NULL, n, o, ms, &b, NULL) == 0 &&
	    (theirs = worth(&b)) * 100 > ours * (100 + PLAIN_GAIN) &&
	    theirs - ours >= PLAIN_MORE) {
		keep(a, &b, page, plain);
		kept = 1;
	}
	attempt_free(&b);
	pixDestroy(&plain);
	return kept;
}

/* The cleanup info of a page read plain, from ci, its cleanup's (whose
 * rules and bin are freed): its turn kept, no deskew, scaling nor colour
 * taken off, laid out by the engine; a photo still said to be one. */
static void
plain_info(lr_clean_info *ci)
{
	boxaDestroy(&ci->rules);
	pixDestroy(&ci->bin);
	ci->deskew = 0;
	ci->binarised = ci->upscaled = ci->denoised = 0;
	ci->zoom = 1;
	ci->noisy = ci->uneven = 0;
	ci->removed = 0;
}

/* Finish d, the reading of page (cleaned with info ci) by o, until at
 * (now_ms()): the lines the layout left unread (o->recover), ci's rules,
 * the cells of ruled tables read again (their count in res->cells), the
 * lines sorted and laid out in blocks, the numeric words of prose read
 * again.  Returns 0, or -1 with err set. */
static int
finish(lr_ocr *e, PIX *page, const lr_clean_info *ci,
    const lr_ocrpage_opts *o, double at, lr_doc_words *d,
    lr_page_result *res, lr_err *err)
{
	int ret = 0, ms;

	if (o->recover && (ms = left_ms(at)) > 0)
		ret = recover(e, page, layout_view(ci), ms, d, res, err);
	if (ret == 0)
		ret = add_rules(d, ci->rules, err);
	if (ret != 0 || d->npages == 0)
		return ret;
	if ((ms = left_ms(at)) > 0 && (res->cells = lr_cells_reread(e, page,
	    &d->pages[0], ms, err)) < 0)
		return -1;
	if (lr_words_sort_lines(&d->pages[0]) != 0 ||
	    lr_words_layout(&d->pages[0]) != 0) {
		lr_err_sys(err, "out of memory");
		return -1;
	}
	if ((ms = left_ms(at)) > 0 &&
	    lr_digits_reread(e, page, &d->pages[0], ms, err) < 0)
		return -1;
	return 0;
}

/* Clean pix and recognise it into res, the page begun at start; -1 with
 * err set. */
static int
recognise(lr_ocr *e, PIX *pix, int n, const lr_ocrpage_opts *o, double start,
    lr_page_result *res, lr_err *err)
{
	struct attempt a = { NULL, { -1, NULL, 0 } };
	lr_clean_info ci, cit;
	PIX *clean, *page, *view;
	double t0, at;
	int ret, ms, turned, q, plain = 0;
	long reads = lr_ocr_pages_read(e);

	if ((clean = lr_clean_page(pix, &o->clean, &ci, err)) == NULL)
		return -1;
	if (grainy(e, clean, &ci))
		ci.noisy = 1;	/* laid out on its bin, as a noisy page */
	t0 = now_ms();
	page = upright(e, clean, o, &ci, &cit, &q);
	turned = page != clean;
	ms = left_ms(o->timeout_ms > 0 ? start + o->timeout_ms : 0);
	view = lr_ocrpage_layout_view(&ci, q, &o->clean);
	ret = attempt(e, page, view, n, o, ms < 0 ? 1 : ms, &a, err);
	pixDestroy(&view);
	at = extra_deadline(o, start, t0, now_ms());
	if (ret == 0 && turned && doubtful(&a) && (ms = left_ms(at)) > 0)
		check_turn(e, clean, n, o, ms, &a, &page, &ci);
	if (ret == 0 && page == clean && o->clean.orient && lines_down(&a))
		try_quarters(e, clean, n, o, at, q, &a, &page, &ci, &cit);
	if (ret == 0 && page == clean && o->clean.orient)
		try_flip(e, clean, n, o, at, &a, &page, &ci, &cit);
	if (page != clean) {		/* the turned reading was kept */
		boxaDestroy(&ci.rules);	/* found before the turn */
		pixDestroy(&ci.bin);
		ci = cit;
	}
	if (ret == 0 && in_doubt(pix, &ci) && (plain = try_plain(e, pix,
	    ci.rotation, n, o, at, &a, &page)) != 0)
		plain_info(&ci);
	if (ret == 0)
		ret = finish(e, page, &ci, o, at, a.d, res, err);
	boxaDestroy(&ci.rules);
	pixDestroy(&ci.bin);
	set_clean(res, &ci);
	res->plain = plain;
	res->readings = (int)(lr_ocr_pages_read(e) - reads);
	if (ret == 0 && (ret = set_words(res, a.d, &a.or)) != 0)
		lr_err_sys(err, "out of memory");
	if (ret == 0)
		a.d = NULL;	/* now res's */
	res->timed_out = a.or.timed_out;
	attempt_free(&a);
	pixDestroy(&page);
	pixDestroy(&clean);
	lr_ocr_forget(e);
	return ret;
}

/* The image the pen ink of page p is told on: the scan pix itself (a
 * clone; a grey photo too), or a colour photo's sheet flattened as its
 * cleanup flattened it, its light and grey cast evened and its colours
 * made more vivid so that pen blue is told as on a scan, with p's scan
 * geometry made the sheet's (the scan's kept in *saved).  NULL when out
 * of memory. */
static PIX *
pen_view(PIX *pix, lr_page_words *p, lr_scan_geom *saved)
{
	lr_sheet s;
	PIX *flat, *view;

	*saved = p->scan;
	if (!p->scan.photo || pixGetDepth(pix) != 32)	/* no pen blue */
		return pixClone(pix);
	for (int k = 0; k < 4; k++)
		s.x[k] = p->scan.sheet[2 * k], s.y[k] = p->scan.sheet[2 * k + 1];
	flat = lr_photo_flatten(pix, &s);
	view = flat != NULL ? lr_photo_vivid(flat) : NULL;
	pixDestroy(&flat);
	if (view != NULL) {
		p->scan.photo = 0;
		p->scan.scan_width = pixGetWidth(view);
		p->scan.scan_height = pixGetHeight(view);
	}
	return view;
}

/* The text of res's page written again from its words, their confidences
 * rounded.  Returns 0, or -1 with err set. */
static int
retext(lr_page_result *res, lr_err *err)
{
	lr_page_words *p = &res->words->pages[0];
	char *text = lr_ocr_page_text(p);

	if (text == NULL) {
		lr_err_sys(err, "out of memory");
		return -1;
	}
	lr_words_round(p);
	free(res->text);
	res->text = text;
	return 0;
}

/* Mark the words of res written in pen ink on the scan pix (a photo: on
 * its sheet), and read the digits in them again from the pen ink alone,
 * the page's text after them.  Returns 0, or -1 with err set. */
static int
hand(lr_ocr *e, PIX *pix, lr_page_result *res, lr_err *err)
{
	lr_page_words *p = &res->words->pages[0];
	lr_scan_geom scan;
	PIX *view = pen_view(pix, p, &scan);
	int n = -1;

	if (view != NULL) {
		lr_hand_mark(view, p);
		n = lr_hand_read(e, view, p);
	}
	p->scan = scan;
	pixDestroy(&view);
	if (n < 0)
		lr_err_sys(err, "out of memory");
	return n <= 0 ? n : retext(res, err);
}

/* Read the red print of res's page again from the red ink of the scan pix
 * (lr_red_read()) within ms, on a page whose red was taken off, its lines
 * put in order again and its text after them.  Returns 0, or -1 with err
 * set. */
static int
red(lr_ocr *e, PIX *pix, lr_page_result *res, int ms, lr_err *err)
{
	lr_page_words *p = &res->words->pages[0];
	int n;

	if (!(res->removed & LR_REMOVED_SEAL) || ms < 0 ||
	    (n = lr_red_read(e, pix, p, ms, err)) == 0)
		return 0;
	if (n < 0)
		return -1;
	if (lr_words_sort_lines(p) != 0 || lr_words_layout(p) != 0) {
		lr_err_sys(err, "out of memory");
		return -1;
	}
	return retext(res, err);
}

/* Say in the words of res how their page was made from the scan pix:
 * its size, the turn and deskew of the cleanup and a photo's sheet. */
static void
set_scan(lr_page_result *res, PIX *pix)
{
	lr_scan_geom *g;

	if (res == NULL || res->words == NULL || res->words->npages == 0 ||
	    pix == NULL)
		return;
	g = &res->words->pages[0].scan;
	*g = (lr_scan_geom){ pixGetWidth(pix), pixGetHeight(pix),
	    res->rotation, res->deskew, res->photo && !res->plain, { 0 } };
	memcpy(g->sheet, res->sheet, sizeof(g->sheet));
}

/* Number the words of res, read from the cache, as page n: the entry may
 * have been kept for another page of the same image (a blank page, a
 * sheet scanned twice). */
static void
set_number(lr_page_result *res, int n)
{
	if (res->words != NULL && res->words->npages > 0)
		res->words->pages[0].n = n;
}

/* A cached result good for these options, or NULL, with its cache entry
 * in *entry (the caller's; NULL with none); a cache that cannot be read
 * sets *cerr. */
static lr_page_result *
cached(lr_cache *c, const char *key, const lr_ocrpage_opts *o,
    json_t **entry, char **cerr)
{
	char *v = NULL;
	lr_page_result *res = NULL;
	lr_err err;

	*entry = NULL;
	if (lr_cache_get(c, key, &v, &err) < 0)
		*cerr = strdup(err.msg);
	else if (v != NULL) {
		*entry = json_loads(v, 0, NULL);
		res = lr_page_result_of_json(*entry);
		if (res != NULL && o->want_hocr && res->hocr == NULL) {
			lr_page_result_free(res);
			res = NULL;
		}
	}
	free(v);
	if (res == NULL) {
		json_decref(*entry);
		*entry = NULL;
	}
	return res;
}

/* Keep the cache entry (a result before restoration) under key, with the
 * memo of its restoration (NULL: none); a failure is said in res. */
static void
store(lr_cache *c, const char *key, json_t *entry, json_t *memo,
    lr_page_result *res)
{
	char *v = NULL;
	lr_err err;

	if (entry != NULL && (memo == NULL ||
	    json_object_set(entry, "restoration", memo) == 0))
		v = json_dumps(entry, JSON_COMPACT);
	if ((v == NULL || lr_cache_put(c, key, v, &err) != 0) &&
	    res->cache_error == NULL)
		res->cache_error = strdup(v == NULL ? "out of memory" : err.msg);
	free(v);
}

/* Restore res, read from the cache's entry under key, with lexicon: from
 * the entry's memo when the same lexicon made it, else anew, the new memo
 * kept in the entry.  Its text is written again from its words, as a
 * fresh reading's is, so that a change of the text's repairs
 * (lr_ocr_page_text()) shows without the cache read again.  Returns 0, or
 * -1 with err set. */
static int
restore_cached(lr_cache *c, const char *key, json_t *entry,
    const lr_lexicon *lexicon, lr_page_result *res, lr_err *err)
{
	json_t *memo = NULL;
	int done = lexicon == NULL ? 1 : memo_apply(json_object_get(entry,
	    "restoration"), lexicon, res);

	if (done < 0)
		lr_err_sys(err, "out of memory");
	if (done < 0)
		return -1;
	if (done == 0 && restore(lexicon, res, &memo, err) != 0)
		return -1;
	if (memo != NULL)
		store(c, key, entry, memo, res);
	json_decref(memo);
	return res->words != NULL && res->words->npages > 0 ?
	    retext(res, err) : 0;
}

/* The cache key of pix for these options and engine into key ("" when none
 * can be made). */
static void
cache_key(lr_ocr *e, PIX *pix, const lr_ocrpage_opts *o, char key[65])
{
	char sig[1200], csig[200];

	lr_clean_signature(&o->clean, pix, csig, sizeof(csig));
	/* colour pages: seals and backgrounds taken off (lr_colour_grey);
	 * pages with no resolution: read at the one their text implies (2:
	 * letters that stand alone, a worn copy's specks, not counted; 3:
	 * a sideways page's letters measured along its lines);
	 * every page: "m2" after a number put back as "m²"; colour pages:
	 * a photo's pen ink told on its sheet (pen digits 2); a reading of
	 * fewer figures than the pen's strokes withheld (pen digits 3); red
	 * titles and serials read again from the red ink (red print 4: its
	 * luminance where red, a title's far-apart words one line; 5: a typed
	 * line running through a red stamp keeps its sure words); every
	 * page: the turn OSD guesses read first when unsure (osd guess); a
	 * doubtful reading read upside down too (flip); the narrow numeric
	 * cells of ruled tables read again one by one (lr_cells_reread(): in
	 * the cleanup's signature, clean15); the numeric words of prose read
	 * again with the model of figures (lr_digits_reread(): clean16);
	 * black text under red marks kept, the red and its JPEG-blurred
	 * edges dropped (clean16 too; both together clean17), but not on
	 * photos (clean18); the numeric words of tables outside ruled
	 * cells read again with the model of figures too (clean19, one
	 * branch); the letters Vietnamese is not written with never read
	 * (the engine's "barred1", clean19 on another; both together
	 * clean20).  The
	 * lexicon is not in the key: the cache holds the words before
	 * restoration (cache form LR_CACHE_FORMAT). */
	snprintf(sig, sizeof(sig), "%s; %s%s%s; cache form %d; recover%d; "
	    "lines by height 3; rules 2; layout bin 3; area unit 1; "
	    "osd guess 1; flip 1",
	    lr_ocr_signature(e), csig, pixGetDepth(pix) == 32 ? " colour2 pen digits 3 red print 5" : "",
	    pixGetXRes(pix) < LR_DPI_MIN ? " text dpi 3" : "",
	    LR_CACHE_FORMAT, o->recover);
	if (lr_cache_key(pix, sig, key) != 0)
		key[0] = '\0';
}

/* Clean pix, recognise it, tell its pen ink and read its red print again,
 * into res, the page begun at start; -1 with err set. */
static int
read_page(lr_ocr *e, PIX *pix, int n, const lr_ocrpage_opts *o, double start,
    lr_page_result *res, lr_err *err)
{
	if (recognise(e, pix, n, o, start, res, err) != 0)
		return -1;
	set_scan(res, pix);
	if (res->words == NULL || res->words->npages == 0)
		return 0;
	if (hand(e, pix, res, err) != 0)
		return -1;
	return red(e, pix, res, left_ms(o->timeout_ms > 0 ?
	    start + o->timeout_ms : 0), err);
}

/* Say in res that it failed as err says; 0, or -1 when out of memory. */
static int
set_error(lr_page_result *res, const lr_err *err)
{
	res->grade = err->grade;
	return (res->error = strdup(err->msg)) != NULL ? 0 : -1;
}

/* The page readers apart: the spawner of the children, and the engine
 * and options they read with (the spawner's copies are read). */
struct lr_ocr_apart {
	lr_apart *spawner;
	lr_ocr *e;		/* the caller's */
	lr_ocrpage_opts o;
	int figures_asked;	/* the spawner told to load the figures
				 * engine (load_figures()) */
};

/* A page's request to a reader, its image serialised by Leptonica after:
 * its number, resolution, and the CPU time spent on it before. */
struct page_req {
	int n, xres, yres;
	double spent;
};

/* lr_apart_fn: read the page of the request req (len bytes) in a child
 * of the readers ctx; the answer is {"result": the result's JSON} or
 * {"error", "grade", "timed_out"}.  The child exits after: nothing here
 * is freed. */
static json_t *
read_child(void *ctx, const void *req, size_t len)
{
	const lr_ocr_apart *a = ctx;
	const struct page_req *q = req;
	lr_page_result *res = lr_page_result_new();
	PIX *pix;
	lr_err err;

	lr_err_clear(&err);
	if (res == NULL || len < sizeof(*q) || (pix = pixDeserializeFromMemory(
	    (const l_uint32 *)(q + 1), len - sizeof(*q))) == NULL)
		return NULL;
	pixSetResolution(pix, q->xres, q->yres);
	if (read_page(a->e, pix, q->n, &a->o, now_ms() - q->spent, res,
	    &err) != 0)
		return json_pack("{s:s,s:i,s:b}", "error", err.msg, "grade",
		    (int)err.grade, "timed_out", res->timed_out);
	return json_pack("{s:o?,s:b}", "result", lr_page_result_json(res),
	    "figures", lr_ocr_figures_loaded(a->e));
}

/* lr_apart_prep_fn: load the figures engine in the spawner of the readers
 * ctx, for the children it forks after. */
static void
load_figures(void *ctx)
{
	lr_ocr_load_figures(((lr_ocr_apart *)ctx)->e);
}

/* The figures engine (lr_ocr_figures()) is loaded when a page first needs
 * it (a table's cells read again), not at the start of every run: a
 * reader that loaded it says so in its answer j, and the spawner of the
 * readers a loads it then, once, for the pages after. */
static void
figures_for_the_rest(lr_ocr_apart *a, const json_t *j)
{
	if (json_is_true(json_object_get(j, "figures")) &&
	    !__atomic_exchange_n(&a->figures_asked, 1, __ATOMIC_SEQ_CST))
		(void)lr_apart_prepare(a->spawner);
}

lr_ocr_apart *
lr_ocrpage_apart_start(lr_ocr *e, const lr_ocrpage_opts *o, lr_err *err)
{
	lr_ocr_apart *a = malloc(sizeof(*a));

	if (a == NULL) {
		lr_err_sys(err, "out of memory");
		return NULL;
	}
	a->e = e, a->o = *o, a->o.apart = NULL;
	a->figures_asked = 0;
	if (o->clean.orient)
		lr_ocr_load_osd(e);	/* once, not in every child */
	if ((a->spawner = lr_apart_start(read_child, load_figures, a, err)) ==
	    NULL) {
		free(a);
		return NULL;
	}
	return a;
}

void
lr_ocrpage_apart_stop(lr_ocr_apart *a)
{
	if (a == NULL)
		return;
	lr_apart_stop(a->spawner);
	free(a);
}

/* The request for page n, pix, with spent ms of CPU spent on it, in *req
 * (the caller frees it) and its length in *len; 0, or -1 when out of
 * memory. */
static int
page_request(PIX *pix, int n, double spent, char **req, size_t *len)
{
	struct page_req q = { n, pixGetXRes(pix), pixGetYRes(pix), spent };
	l_uint32 *data;
	size_t nbytes;

	if (pixSerializeToMemory(pix, &data, &nbytes) != 0)
		return -1;
	*len = sizeof(q) + nbytes;
	if ((*req = malloc(*len)) != NULL) {
		memcpy(*req, &q, sizeof(q));
		memcpy(*req + sizeof(q), data, nbytes);
	}
	lept_free(data);
	return *req != NULL ? 0 : -1;
}

/* The result of the child's answer j (err set as the reading's when it
 * failed); NULL when out of memory. */
static lr_page_result *
result_of_answer(const json_t *j, lr_err *err)
{
	const json_t *r = json_object_get(j, "result");
	const char *msg = json_string_value(json_object_get(j, "error"));
	lr_page_result *res = r != NULL ? lr_page_result_of_json(r) :
	    lr_page_result_new();

	if (res == NULL || r != NULL)
		return res;
	if (json_integer_value(json_object_get(j, "grade")) == LR_SYSTEM)
		lr_err_sys(err, "%s", msg != NULL ? msg : "out of memory");
	else
		lr_err_set(err, "%s", msg != NULL ? msg : "cannot read");
	res->timed_out = json_is_true(json_object_get(j, "timed_out"));
	if (set_error(res, err) != 0) {
		lr_page_result_free(res);
		return NULL;
	}
	return res;
}

/* Read page n, pix, in a child of the readers o->apart, killed when the
 * page's CPU time,
 * begun at start, passes the timeout: a deadline that holds wherever the
 * engine spins.  The child's CPU time in *child_ms.  Returns the result
 * (with error when the page failed, err the same), or NULL when out of
 * memory. */
static lr_page_result *
read_apart(PIX *pix, int n, const lr_ocrpage_opts *o, double start,
    double *child_ms, lr_err *err)
{
	double spent = now_ms() - start;
	double budget = o->timeout_ms > 0 ? o->timeout_ms - spent : 0;
	lr_page_result *res;
	lr_apart_end end = { 0, 0, 0 };
	json_t *j = NULL;
	size_t len;
	char *req;

	if (page_request(pix, n, spent, &req, &len) != 0)
		return NULL;
	j = lr_apart_run(o->apart->spawner, req, len, o->timeout_ms > 0 &&
	    budget < 1 ? 1 : budget, &end, err);
	free(req);
	*child_ms = end.cpu_ms;
	if (j != NULL) {
		figures_for_the_rest(o->apart, j);
		res = result_of_answer(j, err);
		json_decref(j);
		return res;
	}
	if ((res = lr_page_result_new()) == NULL)
		return NULL;
	if ((res->timed_out = end.killed) != 0)
		lr_err_set(err, "timed out after %g s of CPU",
		    o->timeout_ms / 1000.0);
	if (set_error(res, err) != 0) {
		lr_page_result_free(res);
		return NULL;
	}
	return res;
}

/* Read page n, pix, begun at start: apart with o->apart, else here.
 * Returns the result (with error when the page failed, err the same), or
 * NULL when out of memory. */
static lr_page_result *
read_pix(lr_ocr *e, PIX *pix, int n, const lr_ocrpage_opts *o, double start,
    double *child_ms, lr_err *err)
{
	lr_page_result *res;

	*child_ms = 0;
	if (o->apart != NULL)
		return read_apart(pix, n, o, start, child_ms, err);
	if ((res = lr_page_result_new()) != NULL &&
	    read_page(e, pix, n, o, start, res, err) != 0 &&
	    set_error(res, err) != 0) {
		lr_page_result_free(res);
		return NULL;
	}
	return res;
}

lr_page_result *
lr_ocrpage_run(lr_ocr *e, lr_cache *c, const lr_page_src *src, int n,
    const lr_ocrpage_opts *o, lr_err *err)
{
	double t0 = now_ms(), wall0 = lr_clock_wall_ms(), child_ms = 0;
	lr_page_result *res = NULL;
	char key[65] = "", *cerr = NULL;
	PIX *pix = lr_page_src_decode(src, o->max_pixels, err);
	json_t *entry = NULL, *memo = NULL;
	int ok;

	if (pix != NULL && c != NULL) {
		cache_key(e, pix, o, key);
		if (key[0] != '\0' &&
		    (res = cached(c, key, o, &entry, &cerr)) != NULL) {
			res->cached = 1;
			set_number(res, n);
			set_scan(res, pix);
			pixDestroy(&pix);
			ok = restore_cached(c, key, entry, o->lexicon, res, err);
			json_decref(entry);
			if (ok != 0) {
				lr_page_result_free(res);
				return NULL;
			}
			return res;
		}
	}
	res = pix != NULL ? read_pix(e, pix, n, o, t0, &child_ms, err) :
	    lr_page_result_new();
	if (res == NULL) {
		free(cerr);
		pixDestroy(&pix);
		return NULL;
	}
	ok = pix != NULL && res->error == NULL;
	set_scan(res, pix);
	res->ocr_ms = (long long)(lr_clock_wall_ms() - wall0);
	res->cpu_ms = (long long)(now_ms() - t0 + child_ms);
	if (!ok && res->error == NULL)
		set_error(res, err);
	else if (ok && c != NULL && cerr == NULL && key[0] != '\0' &&
	    (entry = lr_page_result_json(res)) == NULL)	/* before restoring */
		res->cache_error = strdup("out of memory");
	if (ok && restore(o->lexicon, res, &memo, err) != 0)
		set_error(res, err);
	if (entry != NULL)
		store(c, key, entry, memo, res);
	json_decref(entry);
	json_decref(memo);
	if (cerr != NULL)
		res->cache_error = cerr;
	pixDestroy(&pix);
	if (!ok && res->error == NULL) {
		lr_page_result_free(res);
		return NULL;
	}
	return res;
}
