/* Unit tests of lib/missed.c and the reading order of inserted lines
 * (lib/words.c): a line of ink no word covers is found; covered words, a
 * seal-sized ring, lone specks and tall shapes are not; a page with too
 * few words finds nothing. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdlib.h>
#include <cmocka.h>

#include "missed.h"

/* Letters 20 x 30, 10 apart, shaped like an n, from x, y: n of them. */
static void
letters(PIX *pix, int x, int y, int n)
{
	for (int i = 0; i < n; i++) {
		pixRasterop(pix, x + 30 * i, y, 4, 30, PIX_SET, NULL, 0, 0);
		pixRasterop(pix, x + 30 * i + 16, y, 4, 30, PIX_SET, NULL, 0, 0);
		pixRasterop(pix, x + 30 * i, y, 20, 4, PIX_SET, NULL, 0, 0);
	}
}

/* A page with one line of 12 words read at y 100 and one unread at y 300;
 * a ring 300 wide at y 500, holding letters; a speck; a tall bar. */
static PIX *
page(lr_doc_words **d, lr_page_words **p)
{
	PIX *pix = pixCreate(2000, 1000, 1);
	BOX *ring = boxCreate(1200, 500, 300, 300);
	lr_line *l;

	*d = lr_words_new();
	*p = lr_words_add_page(*d, 1, 2000, 1000);
	l = lr_words_add_line(*p, 100, 100, 1440, 30);
	for (int i = 0; i < 12; i++) {
		letters(pix, 100 + 120 * i, 100, 3);
		lr_words_add_word(l, "chữ", 95, 100 + 120 * i, 100, 80, 30);
	}
	letters(pix, 400, 300, 12);
	pixRenderBox(pix, ring, 4, L_SET_PIXELS);
	boxDestroy(&ring);
	letters(pix, 1250, 600, 6);
	pixRasterop(pix, 100, 600, 3, 3, PIX_SET, NULL, 0, 0);
	pixRasterop(pix, 1700, 400, 20, 300, PIX_SET, NULL, 0, 0);
	return pix;
}

static void
test_found(void **state)
{
	lr_doc_words *d;
	lr_page_words *p;
	PIX *pix = page(&d, &p);
	PIX *grey = pixConvert1To8(NULL, pix, 255, 0);
	int out[8][4];

	(void)state;
	assert_int_equal(lr_missed_lines(pix, p, out, 8), 1);
	assert_in_range(out[0][0], 380, 400);
	assert_in_range(out[0][1], 280, 300);
	assert_in_range(out[0][2], 350, 400);
	assert_in_range(out[0][3], 30, 50);
	/* the same from grey */
	assert_int_equal(lr_missed_lines(grey, p, out, 8), 1);
	assert_int_equal(lr_missed_lines(pix, p, out, 0), 0);
	/* too few words to tell the size of the text */
	p->lines[0].nwords = 5;
	assert_int_equal(lr_missed_lines(pix, p, out, 8), 0);
	p->lines[0].nwords = 12;
	pixDestroy(&grey);
	pixDestroy(&pix);
	lr_words_free(d);
}

static void
test_place(void **state)
{
	lr_doc_words *d = lr_words_new();
	lr_page_words *p = lr_words_add_page(d, 1, 2000, 3000);
	lr_line *l;

	(void)state;
	/* left column then right column, as Tesseract reads them */
	lr_words_add_line(p, 100, 100, 500, 40);
	lr_words_add_line(p, 100, 200, 500, 40);
	lr_words_add_line(p, 1200, 100, 500, 40);
	assert_int_equal(lr_words_place(p, 100, 20, 500, 40), 0);
	assert_int_equal(lr_words_place(p, 100, 150, 500, 40), 1);
	assert_int_equal(lr_words_place(p, 1200, 150, 500, 40), 3);
	assert_int_equal(lr_words_place(p, 800, 150, 200, 40), 3);
	/* under the last line of the left column, the right one read after */
	assert_int_equal(lr_words_place(p, 100, 2800, 500, 40), 3);
	assert_non_null(l = lr_words_insert_line(p, 1, 100, 150, 500, 40));
	assert_non_null(lr_words_add_word(l, "mới", 90, 100, 150, 80, 40));
	assert_int_equal(p->nlines, 4);
	assert_int_equal(p->lines[1].y, 150);
	assert_int_equal(p->lines[1].nwords, 1);
	assert_int_equal(p->lines[2].y, 200);
	assert_int_equal(p->lines[3].x, 1200);
	lr_words_free(d);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_found),
		cmocka_unit_test(test_place),
	};

	setMsgSeverity(L_SEVERITY_NONE);
	cmocka_set_message_output(CM_OUTPUT_TAP);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
