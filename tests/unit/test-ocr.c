/* Unit tests of lib/ocr.c's orientation detection: with the packages make
 * deps installs (tesseract-ocr-osd), a page of text scanned sideways or
 * upside down is found to need the quarter turns that set it upright; with
 * a data folder that lacks osd.traineddata the engine says it cannot tell,
 * and never guesses; a page's text has the eth OCR reads for Đ put back
 * (and the m² it reads as m2),
 * its words keep it; a grey page's 1 bpp view is the engine's own
 * threshold of it, pixel for pixel, and the page is read as the engine
 * alone reads it. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdio.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>
#include <tesseract/capi.h>

#include "ocr/ocr.h"

/* testdata/tiff/NAME turned by quarter turns clockwise (0..3). */
static PIX *
page(const char *name, int quarters)
{
	const char *top = getenv("LANDREC_TOP");
	char path[4096];
	PIX *pix, *turned;

	snprintf(path, sizeof(path), "%s/testdata/tiff/%s", top ? top : ".",
	    name);
	assert_non_null(pix = pixRead(path));
	if (quarters == 0)
		return pix;
	turned = pixRotateOrth(pix, quarters);
	pixDestroy(&pix);
	return turned;
}

/* The turns lr_ocr_orientation() finds for minisblack.tif turned by q. */
static int
turns_for(lr_ocr *e, int q)
{
	PIX *pix = page("minisblack.tif", q);
	lr_err err;
	int n = lr_ocr_orientation(e, pix, LR_OSD_SURE, &err);

	pixDestroy(&pix);
	return n;
}

static void
test_orientation(void **state)
{
	lr_ocr_opts o = { 0 };
	lr_err err;
	lr_ocr *e = lr_ocr_new(&o, &err);

	(void)state;
	assert_non_null(e);
	assert_int_equal(lr_ocr_can_orient(e), 1);
	assert_int_equal(turns_for(e, 0), 0);
	assert_int_equal(turns_for(e, 1), 3);	/* turned right: turn left */
	assert_int_equal(turns_for(e, 2), 2);
	assert_int_equal(turns_for(e, 3), 1);
	lr_ocr_free(e);
}

/* Debian's Vietnamese data ($TESSDATA_VIE elsewhere). */
static const char *
vie_data(void)
{
	const char *p = getenv("TESSDATA_VIE");

	return p != NULL ? p :
	    "/usr/share/tesseract-ocr/5/tessdata/vie.traineddata";
}

/* A data folder with the language but no osd.traineddata. */
static void
test_no_osd(void **state)
{
	char dir[] = "/tmp/landrec-tessdata-XXXXXX", link[4200];
	lr_ocr_opts o = { 0 };
	lr_ocr *e;
	lr_err err;
	PIX *pix = page("minisblack.tif", 1);

	(void)state;
	assert_non_null(mkdtemp(dir));
	snprintf(link, sizeof(link), "%s/vie.traineddata", dir);
	assert_int_equal(symlink(vie_data(), link), 0);
	o.tessdata = dir;
	assert_non_null(e = lr_ocr_new(&o, &err));
	assert_int_equal(lr_ocr_can_orient(e), 0);
	assert_int_equal(lr_ocr_orientation(e, pix, LR_OSD_SURE, &err), -1);
	assert_string_equal(err.msg, "no orientation data (osd.traineddata)");
	lr_ocr_free(e);
	pixDestroy(&pix);
	unlink(link);
	rmdir(dir);
}

/* The page's text of the n words w read in one line is want, and its
 * word k keeps what was read. */
static void
check_text(const char *const *w, int n, const char *want, int k)
{
	lr_doc_words *d = lr_words_new();
	lr_page_words *p = lr_words_add_page(d, 1, 1000, 600);
	lr_line *l = lr_words_add_line(p, 100, 100, 800, 20);
	char *t;

	for (int i = 0; i < n; i++)
		lr_words_add_word(l, w[i], 90, 100 + 120 * i, 100, 100, 20);
	assert_non_null(t = lr_ocr_page_text(p));
	assert_string_equal(t, want);
	assert_string_equal(l->words[k].text, w[k]);
	free(t);
	lr_words_free(d);
}

/* Words read with the eth (U+00D0, U+00F0) for Đ, đ: in the page's text
 * it becomes Đ, đ alone, and beside a Đ (the letter read twice, as the vie
 * model reads "QĐ-UB" on colour scans) it is dropped. */
static void
test_eth_text(void **state)
{
	static const char *const w[] = { "Số:", "1455/QĐÐ-UB", "ÐĐun", "Ðiện",
	    "ðất", "Ð" };

	(void)state;
	check_text(w, 6, "Số: 1455/QĐ-UB Đun Điện đất Đ\n", 1);
}

/* The area unit m² that OCR reads "m2" or "m?": put back in the page's text after
 * a number, not in a name nor a code that holds "m2". */
static void
test_area_unit(void **state)
{
	static const char *const w[] = { "838,8", "m2;", "2.210,4m2,", "Hm2",
	    "m2x", "12", "m2", "107,5", "m?", "m?" };

	(void)state;
	check_text(w, 10, "838,8 m²; 2.210,4m², Hm2 m2x 12 m² 107,5 m² m?\n",
	    1);
}

/* The raised 2 of m² read as another glyph (a capital, a quote, a degree
 * sign, a digit): put back after a number, with the decimal comma its
 * full stop was read for; the metre ("12 m,"), a word ("5 mét") and a
 * thousands' stop ("1.234 m²") are left. */
static void
test_area_unit_glyphs(void **state)
{
	static const char *const w[] = { "104.6", "mỶ,", "6.429,4", "m”;",
	    "298,7", "m',", "4", "m°.", "1.234", "m3", "12", "m,", "5", "mét",
	    "7", "m)", "9", "mX2" };

	(void)state;
	check_text(w, 18, "104,6 m², 6.429,4 m²; 298,7 m², 4 m². 1.234 m² "
	    "12 m, 5 mét 7 m) 9 mX2\n", 1);
}

/* A Tesseract engine of its own, vie, read as lr_ocr_new() sets it (but
 * for the letters it bars, which no page read with this one prints). */
static TessBaseAPI *
raw_engine(void)
{
	TessBaseAPI *api = TessBaseAPICreate();

	assert_non_null(api);
	assert_int_equal(TessBaseAPIInit2(api, NULL, "vie", OEM_LSTM_ONLY), 0);
	TessBaseAPISetVariable(api, "tessedit_do_invert", "0");
	TessBaseAPISetVariable(api, "debug_file", "/dev/null");
	TessBaseAPISetPageSegMode(api, PSM_AUTO);
	return api;
}

/* lr_ocr_otsu_view(pix) is what api's own threshold of pix makes. */
static void
check_view(TessBaseAPI *api, PIX *pix)
{
	PIX *ours = lr_ocr_otsu_view(pix), *theirs;
	l_int32 same = 0;

	TessBaseAPISetImage2(api, pix);
	assert_non_null(theirs = TessBaseAPIGetThresholdedImage(api));
	assert_non_null(ours);
	assert_int_equal(pixEqual(ours, theirs, &same), 0);
	assert_true(same);
	TessBaseAPIClear(api);
	pixDestroy(&ours);
	pixDestroy(&theirs);
	pixDestroy(&pix);
}

/* A grey page w x h whose pixel x, y is f(x, y, w, h). */
static PIX *
grey_page(int w, int h, int (*f)(int, int, int, int))
{
	PIX *pix = pixCreate(w, h, 8);

	for (int y = 0; y < h; y++)
		for (int x = 0; x < w; x++)
			pixSetPixel(pix, x, y, (l_uint32)f(x, y, w, h));
	pixSetResolution(pix, 300, 300);
	return pix;
}

/* Pixel functions of grey_page(): one level; a ramp from black to white;
 * noise of every level; a dark band over two fifths of the page. */
static int
level(int x, int y, int w, int h)
{
	(void)x, (void)y, (void)w, (void)h;
	return 200;
}

static int
ramp(int x, int y, int w, int h)
{
	(void)y, (void)h;
	return 255 * x / (w - 1);
}

static int
noise(int x, int y, int w, int h)
{
	(void)w, (void)h;
	return (x * 7919 + y * 104729 + x * y) % 256;
}

static int
band(int x, int y, int w, int h)
{
	(void)h;
	return x < w * 2 / 5 ? 40 + x % 30 : 180 + y % 50;
}

/* minisblack.tif (1 bpp text), top third, made grey and softened as the
 * cleanup softens a bilevel page (3x3 mean). */
static PIX *
soft_text(void)
{
	PIX *bin = page("minisblack.tif", 0), *third, *grey, *soft;
	BOX *b = boxCreate(0, 0, pixGetWidth(bin), pixGetHeight(bin) / 3);

	third = pixClipRectangle(bin, b, NULL);
	grey = pixConvert1To8(NULL, third, 255, 0);
	soft = pixBlockconvGray(grey, NULL, 1, 1);
	pixCopyResolution(soft, bin);
	boxDestroy(&b);
	pixDestroy(&bin);
	pixDestroy(&third);
	pixDestroy(&grey);
	return soft;
}

/* The engine's Otsu threshold, made by lr_ocr_otsu_view(): on softened
 * text (ink under the level), the same inverted (the dark side the most:
 * ink over it), a ramp (the split near half the page), a dark band, noise
 * of every level, and a page of one level (no ink); a bilevel page has
 * none. */
static void
test_otsu_view(void **state)
{
	TessBaseAPI *api = raw_engine();
	PIX *inv = soft_text(), *bin = page("minisblack.tif", 0);

	(void)state;
	check_view(api, soft_text());
	pixInvert(inv, inv);
	check_view(api, inv);
	check_view(api, grey_page(301, 97, ramp));
	check_view(api, grey_page(320, 200, band));
	check_view(api, grey_page(257, 131, noise));
	check_view(api, grey_page(64, 64, level));
	assert_null(lr_ocr_otsu_view(bin));	/* not grey */
	pixDestroy(&bin);
	TessBaseAPIEnd(api);
	TessBaseAPIDelete(api);
}

/* A 300-dpi grey page of lines of "words" (dark blocks) on paper of
 * level 244 with a grain of +-12 levels (seeded: the same each run). */
static PIX *
grainy_page(void)
{
	PIX *pix = pixCreate(1200, 1600, 8);
	unsigned seed = 11;

	for (int y = 0; y < 1600; y++) {
		l_uint32 *l = pixGetData(pix) + y * pixGetWpl(pix);
		for (int x = 0; x < 1200; x++) {
			int ink = y >= 200 && y < 1400 && (y - 200) % 60 < 24 &&
			    x >= 100 && x < 1100 && (x - 100) % 90 < 70;
			seed = seed * 1103515245u + 12345u;
			SET_DATA_BYTE(l, x, ink ? 40 : 232 + (int)(seed >> 16) %
			    25);
		}
	}
	pixSetResolution(pix, 300, 300);
	return pix;
}

/* A page laid out on the cleanup's 1 bpp view (noisy, grainy or unevenly
 * lit) is laid out on that view turned when it is read turned (half round
 * to be read upside down, or a quarter): the engine's own threshold of the
 * grain made a blob of every grain; a page laid out by the engine itself
 * is so turned too. */
static void
test_turned_layout(void **state)
{
	lr_clean_opts o;
	lr_clean_info ci;
	lr_err err;
	PIX *pix = grainy_page(), *clean, *view, *turned;
	l_int32 ink, want;

	(void)state;
	lr_clean_defaults(&o);
	o.orient = 0;
	assert_non_null(clean = lr_clean_page(pix, &o, &ci, &err));
	ci.noisy = 0, ci.uneven = 0;
	assert_null(lr_ocrpage_layout_view(&ci, 2, &o));
	ci.noisy = 1, ci.denoised = 0;	/* as a grainy page is marked */
	pixCountPixels(ci.bin, &want, NULL);
	for (int q = 0; q < 4; q++) {
		lr_clean_info t = ci;
		assert_non_null(view = lr_ocrpage_layout_view(&ci, q, &o));
		assert_non_null(turned = lr_clean_turn(clean, q, &o, &t, &err));
		assert_int_equal(pixGetDepth(view), 1);
		assert_int_equal(pixGetWidth(view), pixGetWidth(turned));
		assert_int_equal(pixGetHeight(view), pixGetHeight(turned));
		pixCountPixels(view, &ink, NULL);
		assert_true(abs(ink - want) <= want / 50);
		pixDestroy(&view);
		pixDestroy(&turned);
	}
	pixDestroy(&ci.bin);
	boxaDestroy(&ci.rules);
	pixDestroy(&clean);
	pixDestroy(&pix);
}

/* A grey page is read by lr_ocr_page(), laid out on its Otsu view, word
 * for word and with the confidences of the engine handed the grey page
 * alone. */
static void
test_grey_read_alike(void **state)
{
	TessBaseAPI *api = raw_engine();
	lr_ocr_opts o = { 0 };
	lr_ocr_result res;
	lr_doc_words *d = lr_words_new();
	lr_err err;
	lr_ocr *e = lr_ocr_new(&o, &err);
	PIX *pix = soft_text();
	TessResultIterator *it;
	int k = 0, n = 0;

	(void)state;
	assert_non_null(e);
	assert_int_equal(lr_ocr_page(e, pix, NULL, 1, 0, 0, d, &res, &err), 0);
	TessBaseAPISetImage2(api, pix);
	TessBaseAPISetSourceResolution(api, pixGetXRes(pix));
	assert_int_equal(TessBaseAPIRecognize(api, NULL), 0);
	assert_non_null(it = TessBaseAPIGetIterator(api));
	for (int i = 0; i < d->pages[0].nlines; i++)
		n += d->pages[0].lines[i].nwords;
	assert_true(n > 20);
	for (int i = 0; i < d->pages[0].nlines; i++)
		for (int j = 0; j < d->pages[0].lines[i].nwords; j++, k++) {
			const lr_word *w = &d->pages[0].lines[i].words[j];
			char *t = TessResultIteratorGetUTF8Text(it, RIL_WORD);
			assert_non_null(t);
			assert_string_equal(w->text, t);
			assert_true(fabs(w->conf -
			    TessResultIteratorConfidence(it, RIL_WORD)) < 0.5);
			TessDeleteText(t);
			assert_true(TessPageIteratorNext(
			    TessResultIteratorGetPageIterator(it), RIL_WORD) ||
			    k + 1 == n);
		}
	TessResultIteratorDelete(it);
	TessBaseAPIEnd(api);
	TessBaseAPIDelete(api);
	lr_words_free(d);
	free(res.hocr);
	lr_ocr_free(e);
	pixDestroy(&pix);
}

/* The text of page 1 of d, read by lr_ocr_page(); the caller frees it. */
static char *
text_of(const lr_doc_words *d)
{
	assert_true(d->npages > 0);
	return lr_ocr_page_text(&d->pages[0]);
}

/* Letters Vietnamese is not written with are never read, though the
 * page prints them (the vie model holds them, and reads "CCCD" as
 * "ŒCCD" or "8" as "Š" on blurred print): each word gets the engine's
 * next reading, and the page is still read. */
static void
test_barred_letters(void **state)
{
	static const char *const barred[] = { "Œ", "œ", "Š", "š", "Ü", "ü",
	    "Ñ", "ñ", "Ø", "ø", "Ï", "ï", "Ä", "ä", "Ç", "ç" };
	lr_ocr_opts o = { 0 };
	lr_ocr_result res;
	lr_doc_words *d = lr_words_new();
	lr_err err;
	lr_ocr *e = lr_ocr_new(&o, &err);
	PIX *pix = page("barred.tif", 0);
	char *text;

	(void)state;
	assert_non_null(e);
	assert_int_equal(lr_ocr_page(e, pix, NULL, 1, 0, 0, d, &res, &err), 0);
	assert_non_null(text = text_of(d));
	print_message("# read: %s", text);
	assert_true(strlen(text) > 40);
	assert_non_null(strstr(text, "uvre"));
	for (size_t i = 0; i < sizeof(barred) / sizeof(barred[0]); i++)
		assert_null(strstr(text, barred[i]));
	free(text);
	lr_words_free(d);
	free(res.hocr);
	lr_ocr_free(e);
	pixDestroy(&pix);
}

/* A grey page's Otsu view is made once for the count of its blobs
 * (lr_ocr_otsu_blobs(), which tells a grainy page) and for each of its
 * readings, the same count as the view's own, and the page is read as
 * by an engine that makes the view anew; another page's view is made for
 * that page. */
static void
test_otsu_once(void **state)
{
	lr_ocr_opts o = { 0 };
	lr_ocr_result res;
	lr_err err;
	lr_ocr *e = lr_ocr_new(&o, &err), *fresh = lr_ocr_new(&o, &err);
	PIX *pix = soft_text(), *other = soft_text(), *view;
	lr_doc_words *d = lr_words_new(), *d2 = lr_words_new();
	char *ours, *theirs;

	(void)state;
	assert_non_null(e);
	assert_non_null(fresh);
	assert_non_null(view = lr_ocr_otsu_view(pix));
	assert_true(lr_ocr_otsu_blobs(e, pix) == lr_ocr_blob_count(view));
	assert_true(lr_ocr_blob_count(view) > 20);
	assert_int_equal(lr_ocr_views_made(e), 1);
	assert_int_equal(lr_ocr_page(e, pix, NULL, 1, 0, 0, d, &res, &err), 0);
	assert_int_equal(lr_ocr_views_made(e), 1);
	assert_int_equal(lr_ocr_page(fresh, pix, NULL, 1, 0, 0, d2, &res,
	    &err), 0);
	assert_non_null(ours = text_of(d));
	assert_non_null(theirs = text_of(d2));
	assert_string_equal(ours, theirs);
	assert_true(lr_ocr_otsu_blobs(e, other) == lr_ocr_blob_count(view));
	assert_int_equal(lr_ocr_views_made(e), 2);
	assert_true(lr_ocr_otsu_blobs(e, view) < 0);	/* not grey */
	free(ours);
	free(theirs);
	lr_words_free(d);
	lr_words_free(d2);
	pixDestroy(&view);
	pixDestroy(&pix);
	pixDestroy(&other);
	lr_ocr_free(e);
	lr_ocr_free(fresh);
}

/* Read testdata/tiff/NAME as page 1 with the default cleanup and
 * options; the engine's page readings it took in *reads.  The caller
 * frees the result. */
static lr_page_result *
read_file(lr_ocr *e, const char *name, long *reads)
{
	const char *top = getenv("LANDREC_TOP");
	char path[4096];
	lr_page_src src = { path, 0, LR_HALF_NONE, 0 };
	lr_ocrpage_opts o = { 0 };
	lr_page_result *res;
	long before = lr_ocr_pages_read(e);
	lr_err err;

	snprintf(path, sizeof(path), "%s/testdata/tiff/%s", top ? top : ".",
	    name);
	lr_clean_defaults(&o.clean);
	o.recover = 1;
	assert_non_null(res = lr_ocrpage_run(e, NULL, &src, 1, &o, &err));
	assert_null(res->error);
	*reads = lr_ocr_pages_read(e) - before;
	return res;
}

/* A clean scan, grey or bilevel, is read once: its cleanup's reading is
 * not in doubt, and it is not read again as plain Tesseract reads it. */
static void
test_scan_read_once(void **state)
{
	static const char *const scans[] = { "jpeg-grey.tif", "g4.tif",
	    "rgb-lzw.tif" };
	lr_ocr_opts oo = { 0 };
	lr_err err;
	lr_ocr *e = lr_ocr_new(&oo, &err);
	long reads;

	(void)state;
	assert_non_null(e);
	for (size_t i = 0; i < sizeof(scans) / sizeof(scans[0]); i++) {
		lr_page_result *res = read_file(e, scans[i], &reads);
		assert_int_equal(reads, 1);
		assert_int_equal(res->plain, 0);
		lr_page_result_free(res);
	}
	lr_ocr_free(e);
}

/* Page readers apart start without the figures engine (a run without a
 * table's cells to read again never loads it); an engine loads it when
 * it first reads figures. */
static void
test_figures_on_first_use(void **state)
{
	lr_ocr_opts oo = { 0 };
	lr_ocrpage_opts o = { 0 };
	lr_err err;
	lr_ocr *e = lr_ocr_new(&oo, &err);
	lr_ocr_apart *a;
	lr_doc_words *d = lr_words_new();
	lr_page_words *p;
	PIX *pix = page("minisblack.tif", 0), *cut;
	BOX *b = boxCreate(0, 0, 300, 60);

	(void)state;
	assert_non_null(e);
	lr_clean_defaults(&o.clean);
	assert_non_null(a = lr_ocrpage_apart_start(e, &o, &err));
	assert_false(lr_ocr_figures_loaded(e));
	lr_ocrpage_apart_stop(a);
	assert_non_null(cut = pixClipRectangle(pix, b, NULL));
	assert_non_null(p = lr_words_add_page(d, 1, 300, 60));
	assert_int_equal(lr_ocr_figures(e, cut, p), 0);
	assert_true(lr_ocr_figures_loaded(e));
	boxDestroy(&b);
	pixDestroy(&cut);
	pixDestroy(&pix);
	lr_words_free(d);
	lr_ocr_free(e);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_orientation),
		cmocka_unit_test(test_no_osd),
		cmocka_unit_test(test_eth_text),
		cmocka_unit_test(test_area_unit),
		cmocka_unit_test(test_area_unit_glyphs),
		cmocka_unit_test(test_barred_letters),
		cmocka_unit_test(test_otsu_view),
		cmocka_unit_test(test_otsu_once),
		cmocka_unit_test(test_grey_read_alike),
		cmocka_unit_test(test_turned_layout),
		cmocka_unit_test(test_scan_read_once),
		cmocka_unit_test(test_figures_on_first_use),
	};

	cmocka_set_message_output(CM_OUTPUT_TAP);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
