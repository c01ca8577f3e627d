/* Unit tests of lib/image/resolution.c: the letter height of a page is
 * the median height of its letters standing side by side in lines, the
 * same with or without a worn copy's specks strewn over it, and a page of
 * hundreds of thousands of specks is measured in little more time than
 * its blobs take to find (each letter once passed over every speck near
 * it: seconds a page, 17% of the CPU time of a speckled page's OCR). */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdlib.h>
#include <time.h>
#include <cmocka.h>

#include "image/image.h"

/* A4 at 300 dpi. */
enum { W = 2480, H = 3508 };

/* The process's CPU time in seconds. */
static double
cpu_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* A 1 bpp page of lines of "letters": boxes 18 wide, 30 high (every
 * fifth 40 high, as letters with marks), 6 apart, 40 lines, the lower
 * part of the page left empty. */
static PIX *
text_page(void)
{
	PIX *pix = pixCreate(W, H, 1);

	assert_non_null(pix);
	for (int line = 0; line < 40; line++)
		for (int k = 0, x = 200; x < W - 200; k++, x += 24)
			pixRasterop(pix, x, 200 + 45 * line - (k % 5 == 0 ? 10 :
			    0), 18, k % 5 == 0 ? 40 : 30, PIX_SET, NULL, 0, 0);
	return pix;
}

/* Specks of one pixel, three apart, over the lower part of pix (over the
 * lines, they would make letters of other heights): 380 000 of them. */
static void
strew(PIX *pix)
{
	for (int y = 2100; y < H; y += 3)
		for (int x = 0; x < W; x += 3)
			pixSetPixel(pix, x, y, 1);
}

static void
test_letters(void **state)
{
	PIX *pix = text_page();

	(void)state;
	assert_true(lr_letter_height(pix) == 30.0);
	pixDestroy(&pix);
}

/* The time of finding the page's blobs, in which any measure of them
 * begins, is the yardstick: on a loaded machine, the measure and the
 * yardstick slow alike.  Under a sanitiser only our code is slowed, not
 * Leptonica's, so the bound is wide (1.5 times is usual): it is there to
 * catch a measure that grows with the square of the specks (hundreds of
 * times the yardstick), not to time it. */
static void
test_specks(void **state)
{
	PIX *pix = text_page();
	BOXA *cc;
	double t, blobs;

	(void)state;
	strew(pix);
	t = cpu_s();
	cc = pixConnCompBB(pix, 8);
	blobs = cpu_s() - t;
	t = cpu_s();
	assert_true(lr_letter_height(pix) == 30.0);
	t = cpu_s() - t;
	print_message("letter height of a page of 380 000 specks: %.2f s, "
	    "its blobs found in %.2f s\n", t, blobs);
	assert_true(t < 10 * blobs + 0.1);
	boxaDestroy(&cc);
	pixDestroy(&pix);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_letters),
		cmocka_unit_test(test_specks),
	};

	setMsgSeverity(L_SEVERITY_NONE);
	cmocka_set_message_output(CM_OUTPUT_TAP);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
