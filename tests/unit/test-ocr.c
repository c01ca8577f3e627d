/* Unit tests of lib/ocr.c's orientation detection: with the packages make
 * deps installs (tesseract-ocr-osd), a page of text scanned sideways or
 * upside down is found to need the quarter turns that set it upright; with
 * a data folder that lacks osd.traineddata the engine says it cannot tell,
 * and never guesses; a page's text has the eth OCR reads for Đ put back
 * (and the m² it reads as m2),
 * its words keep it. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <cmocka.h>

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

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_orientation),
		cmocka_unit_test(test_no_osd),
		cmocka_unit_test(test_eth_text),
		cmocka_unit_test(test_area_unit),
	};

	cmocka_set_message_output(CM_OUTPUT_TAP);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
