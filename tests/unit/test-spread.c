/* Unit tests of lib/image/spread.c: a certificate scanned open (two pages
 * side by side at ~94 dpi, in the scanner's dark border, each page in its
 * red frame on a pink guilloche, one holding a ruled table) is cut at its
 * gutter; a landscape page of lines running across it is not, nor a
 * landscape table whose rules cross the gap between its columns. */
#include <math.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdlib.h>
#include <cmocka.h>

#include "image/image.h"

/* Two A4 pages open at ~94 dpi with the dark gutter between them. */
enum { W = 1418, H = 991, BORDER = 8, GUTTER = 697, GAP = 14 };

/* Fill box x, y, w, h of the 32 bpp pix with colour r, g, b. */
static void
fill(PIX *pix, int x, int y, int w, int h, int r, int g, int b)
{
	l_uint32 v;

	composeRGBPixel(r, g, b, &v);
	for (int j = y; j < y + h; j++)
		for (int i = x; i < x + w; i++)
			pixSetPixel(pix, i, j, v);
}

/* A pink guilloche: thin waves every 5 rows over box x0..x1 of pix. */
static void
guilloche(PIX *pix, int x0, int x1)
{
	l_uint32 v;

	composeRGBPixel(226, 120, 140, &v);
	for (int y = 0; y < H; y += 5)
		for (int x = x0; x < x1; x++) {
			int yy = y + (int)(3 * sin(x / 6.0 + y));
			if (yy >= BORDER && yy < H - BORDER)
				pixSetPixel(pix, x, yy, v);
		}
}

/* A red frame around box x, y, w, h of pix, 2 px wide. */
static void
frame(PIX *pix, int x, int y, int w, int h)
{
	fill(pix, x, y, w, 2, 200, 30, 40);
	fill(pix, x, y + h - 2, w, 2, 200, 30, 40);
	fill(pix, x, y, 2, h, 200, 30, 40);
	fill(pix, x + w - 2, y, 2, h, 200, 30, 40);
}

/* Lines of black "letters" (6 x 9 boxes, 3 apart) from x0 to x1, n lines
 * 16 apart from y. */
static void
lines(PIX *pix, int x0, int x1, int y, int n)
{
	for (int k = 0; k < n; k++)
		for (int x = x0; x + 6 <= x1; x += 9)
			fill(pix, x, y + 16 * k, 6, 9, 20, 20, 20);
}

/* A table of 3 rows, 2 columns, over x0..x1 from y: its rules and a line
 * of letters in each cell. */
static void
table(PIX *pix, int x0, int x1, int y)
{
	int mid = (x0 + x1) / 2;

	for (int r = 0; r <= 3; r++)
		fill(pix, x0, y + 40 * r, x1 - x0, 1, 30, 30, 30);
	fill(pix, x0, y, 1, 120, 30, 30, 30);
	fill(pix, mid, y, 1, 120, 30, 30, 30);
	fill(pix, x1 - 1, y, 1, 120, 30, 30, 30);
	for (int r = 0; r < 3; r++) {
		lines(pix, x0 + 6, mid - 6, y + 8 + 40 * r, 2);
		lines(pix, mid + 6, x1 - 6, y + 8 + 40 * r, 1);
	}
}

/* The spread: dark border and gutter, two framed pink pages; the left
 * page a heading and a ruled table, the right one a title and its lines. */
static PIX *
spread(void)
{
	PIX *pix = pixCreate(W, H, 32);
	int lx = BORDER, rx = GUTTER + GAP / 2, pw = GUTTER - GAP / 2 - BORDER;

	assert_non_null(pix);
	fill(pix, 0, 0, W, H, 40, 40, 40);
	fill(pix, lx, BORDER, pw, H - 2 * BORDER, 250, 228, 230);
	fill(pix, rx, BORDER, W - BORDER - rx, H - 2 * BORDER, 250, 228, 230);
	guilloche(pix, lx, lx + pw);
	guilloche(pix, rx, W - BORDER);
	frame(pix, lx + 10, BORDER + 10, pw - 20, H - 2 * BORDER - 20);
	frame(pix, rx + 10, BORDER + 10, W - BORDER - rx - 20,
	    H - 2 * BORDER - 20);
	lines(pix, lx + 30, lx + 300, 50, 1);
	table(pix, lx + 30, lx + pw - 40, 80);
	lines(pix, rx + 150, rx + 500, 60, 3);
	lines(pix, rx + 30, rx + 600, 300, 6);
	pixSetResolution(pix, 94, 94);
	return pix;
}

static void
test_framed_spread(void **state)
{
	PIX *pix = spread();
	int cut = lr_spread_find(pix);

	(void)state;
	print_message("cut at x %d (gutter %d to %d)\n", cut,
	    GUTTER - GAP / 2, GUTTER + GAP / 2);
	assert_true(cut >= GUTTER - GAP / 2 && cut <= GUTTER + GAP / 2);
	pixDestroy(&pix);
}

/* One landscape page in its frame, on the guilloche, lines across it. */
static void
test_one_page(void **state)
{
	PIX *pix = pixCreate(W, H, 32);

	(void)state;
	assert_non_null(pix);
	fill(pix, 0, 0, W, H, 40, 40, 40);
	fill(pix, BORDER, BORDER, W - 2 * BORDER, H - 2 * BORDER, 250, 228,
	    230);
	guilloche(pix, BORDER, W - BORDER);
	frame(pix, BORDER + 10, BORDER + 10, W - 2 * BORDER - 20,
	    H - 2 * BORDER - 20);
	lines(pix, 60, W - 60, 60, 40);
	assert_int_equal(lr_spread_find(pix), 0);
	pixDestroy(&pix);
}

/* A landscape table at 100 dpi: rules across it, its middle column's
 * text short, so that a band of its middle third holds only rules. */
static void
test_ruled_table(void **state)
{
	PIX *pix = pixCreate(850, 400, 32);

	(void)state;
	assert_non_null(pix);
	fill(pix, 0, 0, 850, 400, 244, 244, 244);
	for (int r = 0; r < 7; r++)
		fill(pix, 20, 40 + 50 * r, 810, 1, 20, 20, 20);
	for (int r = 0; r < 6; r++) {
		lines(pix, 28, 280, 60 + 50 * r, 1);
		lines(pix, 308, 340, 60 + 50 * r, 1);
		lines(pix, 428, 800, 60 + 50 * r, 1);
	}
	assert_int_equal(lr_spread_find(pix), 0);
	pixDestroy(&pix);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_framed_spread),
		cmocka_unit_test(test_one_page),
		cmocka_unit_test(test_ruled_table),
	};

	setMsgSeverity(L_SEVERITY_NONE);
	cmocka_set_message_output(CM_OUTPUT_TAP);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
