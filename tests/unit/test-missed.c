/* Unit tests of lib/ocr/missed.c and of the reading order of lines
 * (lib/record/words.c): a line of ink no word covers is found; covered words, a
 * seal-sized ring, lone specks and tall shapes are not; a page with too
 * few words finds nothing. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "ocr/ocr.h"

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

/* Add a line of one word with box x, y, w, h to p. */
static void
line(lr_page_words *p, const char *text, int x, int y, int w, int h)
{
	lr_line *l = lr_words_add_line(p, x, y, w, h);

	assert_non_null(l);
	assert_non_null(lr_words_add_word(l, text, 90, x, y, w, h));
}

/* The words of p's lines joined by spaces (static). */
static const char *
order(const lr_page_words *p)
{
	static char out[256];

	out[0] = '\0';
	for (int i = 0; i < p->nlines; i++)
		strcat(strcat(out, i ? " " : ""), p->lines[i].words[0].text);
	return out;
}

static void
test_sort(void **state)
{
	lr_doc_words *d = lr_words_new();
	lr_page_words *p = lr_words_add_page(d, 1, 2000, 3000);

	(void)state;
	/* the left column, then the right one, then the body, as Tesseract
	 * may read them; a line read again at the end */
	line(p, "L1", 100, 100, 500, 40);
	line(p, "L2", 100, 160, 500, 40);
	line(p, "R1", 1200, 105, 500, 40);
	line(p, "R2", 1200, 158, 500, 44);
	line(p, "B1", 100, 400, 1600, 40);
	line(p, "B3", 100, 520, 1600, 40);
	line(p, "B2", 100, 460, 300, 40);
	/* a speck stretches a line's box into the next; its words do not */
	line(p, "B4", 100, 580, 1600, 40);
	p->lines[p->nlines - 1].h = 110;
	lr_words_add_word(&p->lines[p->nlines - 1], "x", 20, 1650, 620, 10, 70);
	lr_words_add_word(&p->lines[p->nlines - 1], "y", 90, 200, 580, 80, 40);
	line(p, "B5", 300, 640, 1400, 40);
	assert_int_equal(lr_words_sort_lines(p), 0);
	assert_string_equal(order(p), "L1 R1 L2 R2 B1 B2 B3 B4 B5");
	lr_words_free(d);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_found),
		cmocka_unit_test(test_sort),
	};

	setMsgSeverity(L_SEVERITY_NONE);
	cmocka_set_message_output(CM_OUTPUT_TAP);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
