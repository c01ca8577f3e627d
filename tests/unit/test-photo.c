/* Unit tests of lib/image/photo.c's sheet finder on generated phone
 * photos: a sheet on a table, in perspective, is found by its corners;
 * so is one half in a phone's shadow, where the lit table is brighter
 * than the shaded paper and a threshold takes the table with the paper
 * (the quadrilateral it finds runs to the picture's border); one taken
 * close, running off the picture, is the whole picture; a colour photo's
 * sheet is not laid out as unevenly lit (its light was evened); a scan,
 * white to its borders, is no photo. */
#include <math.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <cmocka.h>

#include "image/image.h"

enum { W = 900, H = 1200 };

/* The corners of the sheet drawn: top left, top right, bottom left,
 * bottom right; of one running off the picture's top, taken close. */
static const double SX[4] = { 190, 730, 150, 770 };
static const double SY[4] = { 170, 200, 1060, 1030 };
static const double CLOSE_Y[4] = { -200, -170, 1060, 1030 };
static const double *sy = SY;

/* Is (x, y) left of the edge from corner p to corner q? */
static int
left_of(int p, int q, double x, double y)
{
	return (SX[q] - SX[p]) * (y - sy[p]) - (sy[q] - sy[p]) * (x - SX[p])
	    >= 0;
}

/* Is (x, y) on the sheet (corners tl tr br bl, clockwise on screen)? */
static int
on_sheet(double x, double y)
{
	return left_of(0, 1, x, y) && left_of(1, 3, x, y) &&
	    left_of(3, 2, x, y) && left_of(2, 0, x, y);
}

/* A photo of a sheet of text on a brown table, lit to light; shade, the
 * light of the left part of the picture (1: none), falls to it over
 * 60 pixels about a third of the way across. */
static PIX *
photo(double shade)
{
	PIX *pix = pixCreate(W, H, 32);
	unsigned seed = 7;

	assert_non_null(pix);
	for (int y = 0; y < H; y++)
		for (int x = 0; x < W; x++) {
			double t = (x - W * 0.36) / 60.0 + 0.5;
			double l = t <= 0 ? shade : t >= 1 ? 1 :
			    shade + (1 - shade) * t;
			int r = 150, g = 122, b = 95;
			seed = seed * 1103515245u + 12345u;
			if (on_sheet(x, y)) {
				int text = y > sy[1] + 60 && y < 980 && y % 36 < 9 &&
				    x > 260 && x < 660 && (x / 23) % 5 != 4;
				r = text ? 40 : 240, g = text ? 40 : 236;
				b = text ? 45 : 228;
			}
			l *= 0.96 + (seed >> 16 & 255) / 3200.0;
			composeRGBPixel((int)(r * l), (int)(g * l),
			    (int)(b * l), pixGetData(pix) +
			    y * pixGetWpl(pix) + x);
		}
	return pix;
}

/* The sheet of pix is found, each corner within 2% of the picture's
 * width of the drawn one. */
static void
assert_sheet(PIX *pix)
{
	lr_sheet s;

	assert_int_equal(lr_photo_sheet(pix, &s), 1);
	for (int k = 0; k < 4; k++) {
		print_message("# corner %d: (%.0f, %.0f), drawn (%.0f, %.0f)\n",
		    k, s.x[k], s.y[k], SX[k], SY[k]);
		assert_true(fabs(s.x[k] - SX[k]) < 0.02 * W);
		assert_true(fabs(s.y[k] - sy[k]) < 0.02 * W);
	}
}

static void
test_sheet_lit(void **state)
{
	PIX *pix = photo(1.0);

	(void)state;
	assert_sheet(pix);
	pixDestroy(&pix);
}

static void
test_sheet_in_shadow(void **state)
{
	PIX *pix = photo(0.42);

	(void)state;
	assert_sheet(pix);
	pixDestroy(&pix);
}

/* A sheet running off the picture is read whole: the paper the threshold
 * finds, cut off by the shadow's line, would leave text out. */
static void
test_sheet_off_picture(void **state)
{
	PIX *pix;
	lr_sheet s;

	(void)state;
	sy = CLOSE_Y;
	pix = photo(0.42);
	sy = SY;
	assert_int_equal(lr_photo_sheet(pix, &s), 1);
	for (int k = 0; k < 4; k++) {
		print_message("# corner %d: (%.0f, %.0f)\n", k, s.x[k], s.y[k]);
		assert_true(fabs(s.x[k] - ((k & 1) ? W : 0)) < 5);
		assert_true(fabs(s.y[k] - ((k & 2) ? H : 0)) < 5);
	}
	pixDestroy(&pix);
}

/* A colour photo's sheet, evened as it is flattened, is not laid out as
 * an unevenly lit page though the picture around it is uneven: the
 * cleanup's 1 bpp view of a blurred, low-resolution sheet lost most of
 * its text (gen-real2's phonereal photos: 22% of the keys to 6%). */
static void
test_photo_not_uneven(void **state)
{
	PIX *pix = photo(0.42), *clean;
	lr_clean_opts o;
	lr_clean_info ci;
	lr_err err;

	(void)state;
	lr_clean_defaults(&o);
	assert_int_equal(lr_clean_uneven(&o, pix), 1);
	assert_non_null(clean = lr_clean_page(pix, &o, &ci, &err));
	assert_int_equal(ci.photo, 1);
	assert_int_equal(ci.uneven, 0);
	pixDestroy(&ci.bin);
	boxaDestroy(&ci.rules);
	pixDestroy(&clean);
	pixDestroy(&pix);
}

static void
test_scan_no_photo(void **state)
{
	PIX *pix = pixCreate(W, H, 32);
	lr_sheet s;

	(void)state;
	assert_non_null(pix);
	pixSetAllArbitrary(pix, 0xf0f0e800);
	assert_int_equal(lr_photo_sheet(pix, &s), 0);
	pixDestroy(&pix);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sheet_lit),
		cmocka_unit_test(test_sheet_in_shadow),
		cmocka_unit_test(test_sheet_off_picture),
		cmocka_unit_test(test_photo_not_uneven),
		cmocka_unit_test(test_scan_no_photo),
	};

	cmocka_set_message_output(CM_OUTPUT_TAP);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
