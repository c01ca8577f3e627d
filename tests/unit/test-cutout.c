/* Unit tests of lib/ocr/cutout.c, a box of a page cut out, bordered with
 * white and read as one line of figures: a year of testdata/tiff's
 * decision is read from its box, its words' boxes in the cut-out's frame
 * (the border included); a box off the page reads nothing. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "ocr/ocr.h"

/* Box of testdata/tiff/minisblack.tif (2480 x 3508 at 300 dpi) read as
 * figures with 10 pixels of white around it: lr_cutout_figures()'s
 * return, its words in *d. */
static int
read_box(const int box[4], lr_doc_words **d)
{
	const char *top = getenv("LANDREC_TOP");
	char path[4096];
	lr_ocr_opts oo = { 0 };
	lr_err err;
	lr_ocr *e = lr_ocr_new(&oo, &err);
	PIX *pix;
	int ret;

	snprintf(path, sizeof(path), "%s/testdata/tiff/minisblack.tif",
	    top ? top : ".");
	assert_non_null(e);
	assert_non_null(pix = pixRead(path));
	ret = lr_cutout_figures(e, pix, box, 10, d);
	pixDestroy(&pix);
	lr_ocr_free(e);
	return ret;
}

/* The year "2019" of the decision's number line (x 1454, y 355, 95 x 29)
 * cut out: read as figures, every word inside the cut-out, its box with
 * the border. */
static void
test_year(void **state)
{
	static const int box[4] = { 1450, 350, 105, 40 };
	lr_doc_words *d = NULL;
	const lr_page_words *p;
	char text[64] = "";

	(void)state;
	assert_int_equal(read_box(box, &d), 0);
	assert_non_null(d);
	assert_int_equal(d->npages, 1);
	p = &d->pages[0];
	assert_int_equal(p->nlines, 1);
	for (int j = 0; j < p->lines[0].nwords; j++) {
		const lr_word *w = &p->lines[0].words[j];
		strncat(text, w->text, sizeof(text) - strlen(text) - 1);
		assert_in_range(w->x, 0, box[2] + 20);
		assert_in_range(w->x + w->w, 0, box[2] + 20);
		assert_in_range(w->y, 0, box[3] + 20);
		assert_in_range(w->y + w->h, 0, box[3] + 20);
	}
	assert_string_equal(text, "2019");
	lr_words_free(d);
}

/* A box wholly off the page: nothing read, an empty page given. */
static void
test_off_page(void **state)
{
	static const int box[4] = { 3000, 4000, 100, 40 };
	lr_doc_words *d = NULL;

	(void)state;
	assert_int_equal(read_box(box, &d), 1);
	assert_non_null(d);
	assert_int_equal(d->npages, 1);
	assert_int_equal(d->pages[0].nlines, 0);
	lr_words_free(d);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_year),
		cmocka_unit_test(test_off_page),
	};

	cmocka_set_message_output(CM_OUTPUT_TAP);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
