/* Unit tests of lib/image/clean.c's views of a page for Tesseract: a
 * bilevel page is softened into the 3x3 mean of its pixels (counted on its
 * bits), and beside it the black-and-white page is kept for the layout;
 * the rules of a table are found whole on a page peppered with specks; a
 * colour page with a seal loses the seal's red and its tint, and keeps
 * every other pixel as its luminance; a page's geometry applied to
 * another image of its scan (lr_clean_geometry) turns, straightens and
 * scales it as the page was; a 200-dpi page speckled all over (ten lone
 * specks a square inch or more) loses its specks before it is softened and
 * scaled up, and its cache signature says so, while a lightly speckled
 * one is softened and scaled with its specks, as before; a 300-dpi page
 * dotted all over with round toner dots (one a square inch or more, too
 * big for specks) loses them and keeps its letters' dots and full stops,
 * and its signature says so; so does a page with cells shaded by a
 * tint's dot screen, while one strewn with as many random specks is no
 * screen; a colour page lit unevenly is told uneven as a grey page is,
 * one tinted pink in part not; a 150-dpi
 * grid's rules are taken off with the halo their blur leaves, scaled up;
 * the page given is left as it was. */
#include <math.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "image/image.h"

/* testdata/tiff/NAME. */
static PIX *
page(const char *name)
{
	const char *top = getenv("LANDREC_TOP");
	char path[4096];
	PIX *pix;

	snprintf(path, sizeof(path), "%s/testdata/tiff/%s", top ? top : ".",
	    name);
	assert_non_null(pix = pixRead(path));
	return pix;
}

/* The cleanup that changes nothing but softens: no turn, deskew, rules
 * or specks. */
static void
soften_only(lr_clean_opts *o)
{
	lr_clean_defaults(o);
	o->orient = o->deskew = o->despeckle = o->unrule = o->upscale = 0;
}

/* Pixels of a and b (8 bpp, same size) that differ, but on the page's
 * two outermost rows and columns (where Leptonica's mean weighs the
 * missing pixels its own way). */
static int
inner_diffs(PIX *a, PIX *b)
{
	int w = pixGetWidth(a), h = pixGetHeight(a), n = 0;
	l_uint32 *la, *lb;

	for (int y = 2; y < h - 2; y++) {
		la = pixGetData(a) + y * pixGetWpl(a);
		lb = pixGetData(b) + y * pixGetWpl(b);
		for (int x = 2; x < w - 2; x++)
			n += GET_DATA_BYTE(la, x) != GET_DATA_BYTE(lb, x);
	}
	return n;
}

static void
test_soften(void **state)
{
	PIX *bin = page("g4.tif"), *grey, *mean, *clean;
	lr_clean_opts o;
	lr_clean_info ci;
	lr_err err;
	l_int32 same = 0;

	(void)state;
	soften_only(&o);
	assert_non_null(clean = lr_clean_page(bin, &o, &ci, &err));
	assert_int_equal(pixGetDepth(clean), 8);
	grey = pixConvert1To8(NULL, bin, 255, 0);
	mean = pixBlockconvGray(grey, NULL, 1, 1);
	assert_int_equal(inner_diffs(clean, mean), 0);
	assert_non_null(ci.bin);
	assert_int_equal(pixEqual(ci.bin, bin, &same), 0);
	assert_true(same);
	pixDestroy(&ci.bin);
	boxaDestroy(&ci.rules);
	pixDestroy(&clean);
	pixDestroy(&grey);
	pixDestroy(&mean);
	pixDestroy(&bin);
}

enum { RULES = 4, LEFT = 100, RIGHT = 2300, TOP = 100, STEP = 200 };

/* A 300-dpi table of RULES rules across and RULES down, 3 pixels thick,
 * with one pixel in every hundred flipped (seeded: the same each run), so
 * that white specks cut every rule many times over. */
static PIX *
noisy_table(void)
{
	PIX *pix = pixCreate(RIGHT + LEFT, TOP * 2 + STEP * (RULES - 1), 1);
	int bottom = TOP + STEP * (RULES - 1) + 3;
	unsigned seed = 1;

	pixSetResolution(pix, 300, 300);
	for (int i = 0; i < RULES; i++) {
		pixRasterop(pix, LEFT, TOP + STEP * i, RIGHT - LEFT, 3,
		    PIX_SET, NULL, 0, 0);
		pixRasterop(pix, LEFT + (RIGHT - LEFT - 3) * i / (RULES - 1),
		    TOP, 3, bottom - TOP, PIX_SET, NULL, 0, 0);
	}
	for (int y = 0; y < (int)pixGetHeight(pix); y++)
		for (int x = 0; x < (int)pixGetWidth(pix); x++) {
			seed = seed * 1103515245u + 12345u;
			if ((seed >> 16) % 100 == 0)
				pixFlipPixel(pix, x, y);
		}
	return pix;
}

/* The rules in boxes each as long as a whole rule across (wide) or
 * down. */
static int
whole_rules(BOXA *b, int wide)
{
	int n = 0, len = wide ? RIGHT - LEFT : STEP * (RULES - 1);
	l_int32 w, h;

	for (int i = 0; b != NULL && i < boxaGetCount(b); i++)
		if (boxaGetBoxGeometry(b, i, NULL, NULL, &w, &h) == 0)
			n += (wide ? w : h) >= len * 95 / 100;
	return n;
}

static void
test_noisy_rules(void **state)
{
	PIX *bin = noisy_table(), *clean;
	lr_clean_opts o;
	lr_clean_info ci;
	lr_err err;

	(void)state;
	soften_only(&o);
	o.unrule = 1;
	assert_non_null(clean = lr_clean_page(bin, &o, &ci, &err));
	assert_int_equal(whole_rules(ci.rules, 1), RULES);
	assert_int_equal(whole_rules(ci.rules, 0), RULES);
	pixDestroy(&ci.bin);
	boxaDestroy(&ci.rules);
	pixDestroy(&clean);
	pixDestroy(&bin);
}

/* The page given to lr_clean_page() is borrowed: a bilevel page whose
 * rules are taken off, with no step before that makes a new image, comes
 * back unchanged (the rules were erased on the cleanup's own copy). */
static void
test_borrowed_kept(void **state)
{
	PIX *bin = noisy_table(), *before = pixCopy(NULL, bin), *clean;
	lr_clean_opts o;
	lr_clean_info ci;
	lr_err err;
	l_int32 same = 0;

	(void)state;
	soften_only(&o);
	o.unrule = 1;
	assert_non_null(clean = lr_clean_page(bin, &o, &ci, &err));
	assert_true(whole_rules(ci.rules, 1) > 0);
	assert_int_equal(pixEqual(bin, before, &same), 0);
	assert_true(same);
	pixDestroy(&ci.bin);
	boxaDestroy(&ci.rules);
	pixDestroy(&clean);
	pixDestroy(&before);
	pixDestroy(&bin);
}

/* A 300-dpi page of n vertical rules 3 pixels thick and 600 tall, their
 * tops level; a rule across their tops when across. */
static PIX *
column_table(int n, int across)
{
	PIX *pix = pixCreate(RIGHT + LEFT, 900, 1);

	pixSetResolution(pix, 300, 300);
	for (int i = 0; i < n; i++)
		pixRasterop(pix, LEFT + 300 * i, TOP, 3, 600, PIX_SET, NULL, 0,
		    0);
	if (across)
		pixRasterop(pix, LEFT, TOP, 300 * (n - 1) + 3, 3, PIX_SET,
		    NULL, 0, 0);
	return pix;
}

/* The dark pixels (under mid-grey) of page pix, 1 or 8 bpp (the cleaned
 * page is grey when the scan was); -1 when Leptonica cannot count them. */
static l_int32
dark_pixels(PIX *pix)
{
	PIX *bin = pixGetDepth(pix) == 1 ? pixClone(pix) :
	    pixConvertTo1(pix, 128);
	l_int32 n = -1;

	if (bin == NULL || pixCountPixels(bin, &n, NULL) != 0)
		n = -1;
	pixDestroy(&bin);
	return n;
}

/* A table ruled by its columns only: its rules found and taken off, and
 * the signature says so; not with two rules, nor for a grid's. */
static void
test_column_rules(void **state)
{
	static const struct { int n, across, want; } cases[] = {
		{ 4, 0, 1 }, { 2, 0, 0 }, { 4, 1, 0 },
	};
	lr_clean_opts o;
	lr_clean_info ci;
	lr_err err;

	(void)state;
	soften_only(&o);
	o.unrule = 1;
	for (size_t i = 0; i < sizeof(cases) / sizeof(*cases); i++) {
		PIX *pix = column_table(cases[i].n, cases[i].across), *clean;
		char sig[256];
		l_int32 ink;
		assert_int_equal(lr_clean_colruled(&o, pix), cases[i].want);
		lr_clean_signature(&o, pix, sig, sizeof(sig));
		assert_int_equal(strstr(sig, "colruled") != NULL,
		    cases[i].want);
		assert_non_null(clean = lr_clean_page(pix, &o, &ci, &err));
		if (cases[i].want) {
			assert_int_equal(boxaGetCount(ci.rules), 4);
			ink = dark_pixels(clean);
			assert_true(ink >= 0 && ink < 100); /* rules taken off */
		}
		pixDestroy(&ci.bin);
		boxaDestroy(&ci.rules);
		pixDestroy(&clean);
		pixDestroy(&pix);
	}
}

/* A grey 300-dpi page of a column table's rules (column_table()): paper
 * at level paper with a grain of +-20 levels (seeded: the same each run),
 * ink at 30. */
static PIX *
grey_table(int paper)
{
	PIX *bin = column_table(4, 0), *pix = pixConvert1To8(NULL, bin,
	    (l_uint8)paper, 30);
	unsigned seed = 7;

	pixDestroy(&bin);
	for (int y = 0; y < pixGetHeight(pix); y++) {
		l_uint32 *l = pixGetData(pix) + y * pixGetWpl(pix);
		for (int x = 0; x < pixGetWidth(pix); x++) {
			int v = (int)GET_DATA_BYTE(l, x);
			seed = seed * 1103515245u + 12345u;
			if (v == paper)
				SET_DATA_BYTE(l, x, v - 20 + (int)(seed >> 16) %
				    41);
		}
	}
	pixSetResolution(pix, 300, 300);
	return pix;
}

/* Rules taken off a grey, grainy page leave paper of the page's level
 * where they were, not white patches whose edges OCR reads as marks. */
static void
test_erase_grey(void **state)
{
	static const int papers[] = { 170, 215 };
	lr_clean_opts o;
	lr_clean_info ci;
	lr_err err;

	(void)state;
	soften_only(&o);
	o.unrule = 1;
	for (size_t i = 0; i < sizeof(papers) / sizeof(*papers); i++) {
		PIX *pix = grey_table(papers[i]), *clean;
		double sum = 0;
		int n = 0, white = 0;
		assert_non_null(clean = lr_clean_page(pix, &o, &ci, &err));
		assert_int_equal(pixGetDepth(clean), 8);
		assert_int_equal(boxaGetCount(ci.rules), 4);
		/* the middle of the first rule, and a pixel each side */
		for (int y = TOP + 100; y < TOP + 500; y++)
			for (int x = LEFT - 1; x < LEFT + 4; x++) {
				l_uint32 v;
				pixGetPixel(clean, x, y, &v);
				sum += v, n++, white += v >= 250;
			}
		assert_true(fabs(sum / n - papers[i]) < 15);
		assert_int_equal(white, 0);
		pixDestroy(&ci.bin);
		boxaDestroy(&ci.rules);
		pixDestroy(&clean);
		pixDestroy(&pix);
	}
}

enum { PW = 1700, PH = 2200, DOTS_TOP = 1200, GRID = 20 };

/* A 200-dpi letter page: rows of "letters" (blocks 20 by 30 pixels) over
 * its top half, and below them, far from any, a dot of 2x2 pixels at every
 * n-th point of a 20-pixel grid, moved by up to 5 pixels each way by a
 * seeded generator (the same each run): n = 1 puts about 50 lone specks
 * on each square inch of the page, n = 20 about 2.5; n = 0 none. */
static PIX *
letters(int n)
{
	PIX *pix = pixCreate(PW, PH, 1);
	unsigned seed = 7;
	int k = 0;

	assert_non_null(pix);
	pixSetResolution(pix, 200, 200);
	for (int y = 200; y < 1000; y += 60)
		for (int x = 150; x < PW - 150; x += 30)
			pixRasterop(pix, x, y, 20, 30, PIX_SET, NULL, 0, 0);
	for (int y = DOTS_TOP; n > 0 && y < PH - 100; y += GRID)
		for (int x = 100; x < PW - 100; x += GRID) {
			seed = seed * 1103515245u + 12345u;
			if (k++ % n == 0)
				pixRasterop(pix, x + (int)(seed >> 16) % 11 - 5,
				    y + (int)(seed >> 20) % 11 - 5, 2, 2,
				    PIX_SET, NULL, 0, 0);
		}
	return pix;
}

/* pix (freed) cleaned with softening, scaling up and despeckling on; its
 * signature into sig (n bytes), and into *speckled what
 * lr_clean_speckled() says of it. */
static PIX *
cleaned(PIX *pix, char *sig, size_t n, int *speckled)
{
	lr_clean_opts o;
	lr_clean_info ci;
	lr_err err;
	PIX *clean;

	soften_only(&o);
	o.upscale = o.despeckle = 1;
	*speckled = lr_clean_speckled(&o, pix);
	lr_clean_signature(&o, pix, sig, n);
	assert_non_null(clean = lr_clean_page(pix, &o, &ci, &err));
	pixDestroy(&ci.bin);
	boxaDestroy(&ci.rules);
	pixDestroy(&pix);
	return clean;
}

static void
test_speckled(void **state)
{
	char none[200], light[200], heavy[200];
	int sn, sl, sh;
	PIX *clean = cleaned(letters(0), none, sizeof(none), &sn);
	PIX *lc = cleaned(letters(20), light, sizeof(light), &sl);
	PIX *hc = cleaned(letters(1), heavy, sizeof(heavy), &sh);
	l_int32 same = 0;

	(void)state;
	assert_int_equal(sn, 0);
	assert_int_equal(sl, 0);
	assert_int_equal(sh, 1);
	/* the speckled page's specks went before it was softened and scaled;
	 * the lightly speckled page's were softened and scaled with it, and
	 * what the cleanup at 300 dpi took off left their grey edges */
	assert_int_equal(pixEqual(clean, hc, &same), 0);
	assert_true(same);
	assert_int_equal(pixEqual(clean, lc, &same), 0);
	assert_false(same);
	assert_string_equal(none, light);
	assert_string_not_equal(none, heavy);
	pixDestroy(&clean);
	pixDestroy(&lc);
	pixDestroy(&hc);
}

/* A filled disc d pixels across at x, y (its box's top left) on pix. */
static void
disc(PIX *pix, int x, int y, int d)
{
	for (int j = 0; j < d; j++)
		for (int i = 0; i < d; i++)
			if ((2 * i + 1 - d) * (2 * i + 1 - d) +
			    (2 * j + 1 - d) * (2 * j + 1 - d) <= d * d)
				pixSetPixel(pix, x + i, y + j, 1);
}

enum { DW = 2400, DH = 3000, DOTTED_TOP = 1500, DGRID = 40 };

/* A 300-dpi page: rows of "letters" (blocks 20 by 30 pixels, an 8 pixel
 * disc 4 pixels over every fifth as an i's dot) over its top half, each
 * row ending in a full stop (a 7 pixel disc 3 pixels after its last
 * letter); below them, far from any, a toner dot 11 pixels across at every
 * n-th point of a 40-pixel grid, moved by up to 5 pixels each way by a
 * seeded generator: n = 8 puts 3 lone dots on each square inch of the
 * page, n = 60 0.4; n = 0 none. */
static PIX *
typed(int n)
{
	PIX *pix = pixCreate(DW, DH, 1);
	unsigned seed = 11;
	int k = 0, x;

	assert_non_null(pix);
	pixSetResolution(pix, 300, 300);
	for (int y = 200; y < 1400; y += 80) {
		for (x = 150; x < DW - 150; x += 30) {
			pixRasterop(pix, x, y, 20, 30, PIX_SET, NULL, 0, 0);
			if (x % 150 == 0)
				disc(pix, x + 6, y - 12, 8);
		}
		disc(pix, x - 7, y + 23, 7);
	}
	for (int y = DOTTED_TOP; n > 0 && y < DH - 100; y += DGRID)
		for (x = 100; x < DW - 100; x += DGRID) {
			seed = seed * 1103515245u + 12345u;
			if (k++ % n == 0)
				disc(pix, x + (int)(seed >> 16) % 11 - 5,
				    y + (int)(seed >> 20) % 11 - 5, 11);
		}
	return pix;
}

/* Page pix cleaned with o comes out as want, pixel for pixel. */
static void
cleans_to(PIX *pix, const lr_clean_opts *o, PIX *want)
{
	lr_clean_info ci;
	lr_err err;
	l_int32 same = 0;
	PIX *clean;

	assert_non_null(clean = lr_clean_page(pix, o, &ci, &err));
	assert_int_equal(pixEqual(clean, want, &same), 0);
	assert_true(same);
	pixDestroy(&clean);
	pixDestroy(&ci.bin);
	boxaDestroy(&ci.rules);
}

/* A page dotted all over with toner dots too big for specks loses them,
 * and keeps its letters, their dots and full stops; a page with a few
 * dots keeps them; the signature says which. */
static void
test_dotted(void **state)
{
	lr_clean_opts o;
	char none[200], light[200], heavy[200];
	PIX *plain = typed(0), *lp = typed(60), *hp = typed(8);

	(void)state;
	soften_only(&o);
	o.despeckle = 1;
	o.soften = 0;
	assert_int_equal(lr_clean_dotted(&o, plain), 0);
	assert_int_equal(lr_clean_dotted(&o, lp), 0);
	assert_int_equal(lr_clean_dotted(&o, hp), 1);
	lr_clean_signature(&o, plain, none, sizeof(none));
	lr_clean_signature(&o, lp, light, sizeof(light));
	lr_clean_signature(&o, hp, heavy, sizeof(heavy));
	assert_string_equal(none, light);
	assert_string_not_equal(none, heavy);
	cleans_to(hp, &o, plain);
	cleans_to(lp, &o, lp);
	pixDestroy(&plain);
	pixDestroy(&lp);
	pixDestroy(&hp);
}

/* The page of typed(0) with two shaded bands below its letters, 2000 by
 * 150 pixels: a tint's screen of 2-pixel dots every 6 pixels (screen), or
 * as many single-pixel specks strewn at random (a noisy scan's). */
static PIX *
shaded(int screen)
{
	PIX *pix = typed(0);
	unsigned seed = 7;

	for (int y0 = 1600; y0 <= 2000; y0 += 400)
		for (int y = y0; y < y0 + 150; y += 6)
			for (int x = 200; x < 2200; x += 6) {
				seed = seed * 1103515245u + 12345u;
				if (screen)
					pixRasterop(pix, x, y, 2, 2, PIX_SET,
					    NULL, 0, 0);
				else
					pixSetPixel(pix, 200 + (int)(seed >> 8)
					    % 2000, y0 + (int)(seed >> 20) %
					    150, 1);
			}
	return pix;
}

/* A page with cells shaded by a tint's dot screen loses the screen's dots
 * and keeps its letters, their dots and full stops, and its signature says
 * so; a page strewn with as many random specks is no screen. */
static void
test_screened(void **state)
{
	lr_clean_opts o;
	char none[200], tint[200], noise[200];
	PIX *plain = typed(0), *sp = shaded(1), *np = shaded(0);

	(void)state;
	soften_only(&o);
	o.despeckle = 1;
	o.soften = 0;
	assert_int_equal(lr_clean_screened(&o, plain), 0);
	assert_int_equal(lr_clean_screened(&o, sp), 1);
	assert_int_equal(lr_clean_screened(&o, np), 0);
	lr_clean_signature(&o, plain, none, sizeof(none));
	lr_clean_signature(&o, sp, tint, sizeof(tint));
	lr_clean_signature(&o, np, noise, sizeof(noise));
	assert_string_not_equal(none, tint);
	assert_true(strstr(noise, "screened") == NULL);
	cleans_to(sp, &o, plain);
	pixDestroy(&plain);
	pixDestroy(&sp);
	pixDestroy(&np);
}

/* A tint's screen is told by its dots a square inch (SCREENED, 100) over
 * the whole page, so that a page with fewer is passed without seeking
 * fields in it: the page of typed(0) (2400 by 3000 at 300 dpi, 80 square
 * inches: 8,000 dots) with one of shaded()'s bands cut to 1200 pixels
 * (5,000 dots, a field wide enough) keeps its dots; a page both dotted
 * and shaded (16,700 dots) is told both from one labelling of its blobs,
 * and loses both, its dots found anew once the toner dots are off. */
static void
test_screen_density(void **state)
{
	lr_clean_opts o;
	PIX *one = shaded(1), *both = typed(8), *clean;
	lr_clean_info ci;
	lr_err err;
	char sig[200];

	(void)state;
	soften_only(&o);
	o.despeckle = 1;
	o.soften = 0;
	pixRasterop(one, 0, 2000, pixGetWidth(one), 150, PIX_CLR, NULL, 0, 0);
	pixRasterop(one, 1400, 1600, 1000, 150, PIX_CLR, NULL, 0, 0);
	assert_int_equal(lr_clean_screened(&o, one), 0);
	for (int y0 = 1600; y0 <= 2000; y0 += 400)
		for (int y = y0; y < y0 + 150; y += 6)
			for (int x = 200; x < 2200; x += 6)
				pixRasterop(both, x, y, 2, 2, PIX_SET, NULL, 0,
				    0);
	assert_int_equal(lr_clean_dotted(&o, both), 1);
	assert_int_equal(lr_clean_screened(&o, both), 1);
	lr_clean_signature(&o, both, sig, sizeof(sig));
	assert_non_null(strstr(sig, " dotted 1 screened 1"));
	clean = lr_clean_page(both, &o, &ci, &err);
	assert_non_null(clean);
	assert_int_equal(lr_clean_screened(&o, clean), 0);
	assert_int_equal(lr_clean_dotted(&o, clean), 0);
	pixDestroy(&clean);
	pixDestroy(&ci.bin);
	boxaDestroy(&ci.rules);
	pixDestroy(&one);
	pixDestroy(&both);
}

/* A patch of pix (32 bpp) from x, 20 wide, 60 tall, of colour r, g, b. */
static void
patch(PIX *pix, int x, int r, int g, int b)
{
	BOX *box = boxCreate(x, 20, 20, 60);

	pixSetInRectArbitrary(pix, box, (l_uint32)r << 24 | (l_uint32)g << 16 |
	    (l_uint32)b << 8);
	boxDestroy(&box);
}

/* The grey, in clean, of the middle of the patch at x, against its
 * colour's luminance. */
static int
grey_at(PIX *clean, int x)
{
	l_uint32 v;

	pixGetPixel(clean, x + 10, 50, &v);
	return (int)v;
}

static int
lum(int r, int g, int b)
{
	return (77 * r + 150 * g + 29 * b) >> 8;
}

static void
test_colour(void **state)
{
	PIX *pix = pixCreate(400, 100, 32), *clean;
	lr_clean_opts o;
	lr_clean_info ci;
	lr_err err;

	(void)state;
	pixSetAllArbitrary(pix, 0xffffff00);
	patch(pix, 20, 224, 79, 91);	/* a seal's red ink */
	patch(pix, 80, 247, 219, 225);	/* pink paper */
	patch(pix, 140, 20, 20, 20);	/* black text */
	patch(pix, 200, 150, 160, 230);	/* a pen stroke's pale edge */
	patch(pix, 260, 90, 80, 70);	/* a black letter's tinted edge */
	pixSetResolution(pix, 300, 300);
	soften_only(&o);
	assert_non_null(clean = lr_clean_page(pix, &o, &ci, &err));
	assert_int_equal(ci.removed, LR_REMOVED_SEAL);
	assert_int_equal(grey_at(clean, 20), 255);
	assert_int_equal(grey_at(clean, 80), 247);
	assert_int_equal(grey_at(clean, 140), 20);
	assert_int_equal(grey_at(clean, 200), lum(150, 160, 230));
	assert_int_equal(grey_at(clean, 260), lum(90, 80, 70));
	pixDestroy(&ci.bin);
	boxaDestroy(&ci.rules);
	pixDestroy(&clean);
	pixDestroy(&pix);
}

/* pix (32 bpp) multiplied by ink r, g, b over rows y to y + h: a seal's
 * red laid over the page as ink over print is. */
static void
ink_over(PIX *pix, int y, int h, int r, int g, int b)
{
	for (int j = y; j < y + h; j++)
		for (int i = 0; i < pixGetWidth(pix); i++) {
			l_int32 pr, pg, pb;
			pixGetRGBPixel(pix, i, j, &pr, &pg, &pb);
			pixSetRGBPixel(pix, i, j, pr * r / 255, pg * g / 255,
			    pb * b / 255);
		}
}

/* pix through a JPEG of quality q, its colour at half the resolution as
 * scanners and phones store it. */
static PIX *
through_jpeg(PIX *pix, int q)
{
	l_uint8 *data = NULL;
	size_t n = 0;
	PIX *out = NULL;

	pixSetChromaSampling(pix, 1);
	if (pixWriteMemJpeg(&data, &n, pix, q, 0) == 0)
		out = pixReadMemJpeg(data, n, 0, 1, NULL, 0);
	free(data);
	return out;
}

/* Black strokes (3 px wide, every 12 px) under a seal's red band and
 * thin red lines, through a JPEG: the strokes stay dark under the red,
 * and the red alone, its edges too (their colour blurred by the JPEG's
 * half-resolution chroma), goes to paper, leaving no grey outline that
 * binarises into a stroke beside the text. */
static void
test_colour_under(void **state)
{
	PIX *pix = pixCreate(300, 200, 32), *jpg, *g;
	int removed = 0, ghost = 0, seen = 0, under = 0;
	l_uint32 v;

	(void)state;
	pixSetAllArbitrary(pix, 246u << 24 | 244u << 16 | 236u << 8);
	for (int x = 40; x < 260; x += 12) {
		BOX *b = boxCreate(x, 60, 3, 80);
		pixSetInRectArbitrary(pix, b, 20u << 24 | 20u << 16 | 20u << 8);
		boxDestroy(&b);
	}
	ink_over(pix, 90, 20, 212, 50, 60);	/* a seal's band */
	ink_over(pix, 70, 3, 212, 50, 60);	/* its thin rings */
	ink_over(pix, 130, 3, 212, 50, 60);
	assert_non_null(jpg = through_jpeg(pix, 70));
	assert_non_null(g = lr_colour_grey(jpg, 0, &removed));
	assert_int_equal(removed & LR_REMOVED_SEAL, LR_REMOVED_SEAL);
	for (int x = 40; x < 260; x += 12) {
		for (int y = 92; y < 108; y++) {	/* a stroke under red */
			pixGetPixel(g, x + 1, y, &v);
			under += v > 110;
		}
		for (int y = 66; y < 138; y++) {	/* red alone, between */
			int red = (y >= 68 && y < 75) || (y >= 88 && y < 112) ||
			    (y >= 128 && y < 135);
			pixGetPixel(g, x + 7, y, &v);
			seen += red;
			ghost += red && v < 170;
		}
	}
	assert_int_equal(under, 0);
	assert_true(seen > 0);
	assert_int_equal(ghost, 0);
	pixDestroy(&g);
	/* a photo's light is uneven: the ink's luminance is no yardstick
	 * there, and the red's edges are judged by its colour alone (they
	 * stay grey), while the strokes under the red are still dark */
	assert_non_null(g = lr_colour_grey(jpg, 1, &removed));
	ghost = under = 0;
	for (int x = 40; x < 260; x += 12) {
		for (int y = 92; y < 108; y++) {
			pixGetPixel(g, x + 1, y, &v);
			under += v > 110;
		}
		for (int y = 88; y < 112; y++) {
			pixGetPixel(g, x + 7, y, &v);
			ghost += v < 170;
		}
	}
	assert_int_equal(under, 0);
	assert_true(ghost > 0);
	pixDestroy(&g);
	pixDestroy(&jpg);
	pixDestroy(&pix);
}

/* The darkest pixel of pix (8 bpp) into *x, *y. */
static void
darkest(PIX *pix, int *x, int *y)
{
	l_uint32 v, lo = 256;

	for (int j = 0; j < pixGetHeight(pix); j++)
		for (int i = 0; i < pixGetWidth(pix); i++)
			if (pixGetPixel(pix, i, j, &v) == 0 && v < lo)
				lo = v, *x = i, *y = j;
}

/* A page's geometry applied to another image of its scan: turned a
 * quarter clockwise, a mark at the top left goes to the top right; scaled
 * by 2, it moves twice as far; a deskew of a few degrees moves it off its
 * row, none leaves it. */
static void
test_geometry(void **state)
{
	PIX *pix = pixCreate(200, 100, 8), *t;
	int x = -1, y = -1;

	(void)state;
	assert_non_null(pix);
	pixSetAll(pix);
	pixSetPixel(pix, 20, 10, 0);
	assert_non_null(t = lr_clean_geometry(pix, 90, 0, 1));
	assert_int_equal(pixGetWidth(t), 100), assert_int_equal(pixGetHeight(t), 200);
	darkest(t, &x, &y);
	assert_int_equal(x, 89), assert_int_equal(y, 20);
	pixDestroy(&t);
	assert_non_null(t = lr_clean_geometry(pix, 450, 0, 2));
	assert_int_equal(pixGetWidth(t), 200), assert_int_equal(pixGetHeight(t), 400);
	darkest(t, &x, &y);
	assert_true(abs(x - 178) <= 2 && abs(y - 40) <= 2);
	pixDestroy(&t);
	assert_non_null(t = lr_clean_geometry(pix, 0, 0.001, 1));
	darkest(t, &x, &y);
	assert_int_equal(x, 20), assert_int_equal(y, 10);
	pixDestroy(&t);
	assert_non_null(t = lr_clean_geometry(pix, 0, 5, 1));
	darkest(t, &x, &y);
	assert_true(y != 10);
	pixDestroy(&t);
	pixDestroy(&pix);
}

/* A page of text bars lit from the left, its light falling to shade at
 * the right, in colour (32 bpp) or grey, tagged dpi; its right half
 * printed pink when tinted. */
static PIX *
shaded_page(int depth, int dpi, double shade, int tinted)
{
	PIX *pix = pixCreate(1000, 1400, 32), *out;

	assert_non_null(pix);
	for (int y = 0; y < 1400; y++)
		for (int x = 0; x < 1000; x++) {
			double l = 1 - (1 - shade) * x / 999.0;
			int ink = y > 100 && y < 1300 && y % 40 < 10 &&
			    x > 80 && x < 920 && (x / 30) % 6 != 5;
			int pink = tinted && x >= 500;
			composeRGBPixel((int)((ink ? 30 : 245) * l),
			    (int)((ink ? 30 : pink ? 150 : 240) * l),
			    (int)((ink ? 35 : pink ? 170 : 230) * l),
			    pixGetData(pix) + y * pixGetWpl(pix) + x);
		}
	out = depth == 8 ? pixConvertRGBToLuminance(pix) : pixClone(pix);
	pixDestroy(&pix);
	assert_non_null(out);
	pixSetResolution(out, dpi, dpi);
	return out;
}

/* A colour page lit unevenly, as a phone's picture is, is told uneven as
 * a grey page is, and its signature says so; one evenly lit is not, even
 * when half of it is printed pink (a certificate's tint, which the
 * page's grey would take for shade). */
static void
test_uneven_colour(void **state)
{
	static const struct {
		int depth, dpi;
		double shade;
		int tinted, uneven;
	} c[] = {
		{ 32, 0, 0.45, 0, 1 }, { 32, 300, 0.45, 0, 1 },
		{ 8, 300, 0.45, 0, 1 }, { 32, 300, 0.45, 1, 1 },
		{ 32, 0, 1.0, 0, 0 }, { 32, 300, 1.0, 1, 0 },
		{ 8, 300, 1.0, 1, 1 },
	};
	lr_clean_opts o;
	char sig[200];

	(void)state;
	lr_clean_defaults(&o);
	for (size_t i = 0; i < sizeof(c) / sizeof(c[0]); i++) {
		PIX *pix = shaded_page(c[i].depth, c[i].dpi, c[i].shade,
		    c[i].tinted);
		print_message("# %d bpp, %d dpi, shade %.2f, tinted %d\n",
		    c[i].depth, c[i].dpi, c[i].shade, c[i].tinted);
		assert_int_equal(lr_clean_uneven(&o, pix), c[i].uneven);
		lr_clean_signature(&o, pix, sig, sizeof(sig));
		assert_int_equal(strstr(sig, " uneven 2") != NULL, c[i].uneven);
		pixDestroy(&pix);
	}
}

/* A grey 150-dpi page of a grid, its rules 2 pixels thick, blurred as a
 * scan blurs them (a grey halo a pixel wide each side); x0, y0: the first
 * vertical and horizontal rule. */
enum { GRID_X0 = 100, GRID_Y0 = 100, GRID_STEP = 200, GRID_N = 4 };

static PIX *
blurred_grid(void)
{
	PIX *pix = pixCreate(1000, 1000, 8), *blur;
	int end = GRID_X0 + GRID_STEP * (GRID_N - 1) + 2;

	assert_non_null(pix);
	pixSetAll(pix);
	for (int i = 0; i < GRID_N; i++) {
		pixRasterop(pix, GRID_X0 + GRID_STEP * i, GRID_Y0, 2,
		    end - GRID_Y0, PIX_CLR, NULL, 0, 0);
		pixRasterop(pix, GRID_X0, GRID_Y0 + GRID_STEP * i,
		    end - GRID_X0, 2, PIX_CLR, NULL, 0, 0);
	}
	assert_non_null(blur = pixBlockconvGray(pix, NULL, 1, 1));
	pixDestroy(&pix);
	pixSetResolution(blur, 150, 150);
	return blur;
}

/* The rules of a grid on a 150-dpi page are taken off with their halo:
 * scaled up twice, a scan's one-pixel blur is two of the cleaned page's,
 * and what a one-pixel margin left of it joined the letters beside the
 * rule (the C of "CCCD" beside a register's rule read "ŒC"; "." and "_"
 * read at the lines' starts).  Nothing darker than light grey is left
 * near a rule. */
static void
test_rule_halo(void **state)
{
	PIX *pix = blurred_grid(), *clean;
	lr_clean_opts o;
	lr_clean_info ci;
	lr_err err;
	l_uint32 v;
	int darkest = 255;

	(void)state;
	lr_clean_defaults(&o);
	o.orient = o.deskew = 0;
	assert_non_null(clean = lr_clean_page(pix, &o, &ci, &err));
	assert_int_equal(ci.upscaled, 1);
	assert_int_equal(pixGetWidth(clean), 2000);
	for (int i = 0; i < GRID_N; i++)
		for (int d = -6; d <= 8; d++)
			for (int t = 2 * GRID_Y0 + 20; t < 2 * (GRID_Y0 +
			    GRID_STEP * (GRID_N - 1)) - 20; t += 3) {
				int x = 2 * (GRID_X0 + GRID_STEP * i) + d;
				if ((t - 2 * GRID_Y0) % (2 * GRID_STEP) < 20 ||
				    (t - 2 * GRID_Y0) % (2 * GRID_STEP) >
				    2 * GRID_STEP - 20)
					continue;	/* near a crossing */
				pixGetPixel(clean, x, t, &v);
				darkest = (int)v < darkest ? (int)v : darkest;
			}
	print_message("# darkest pixel beside a vertical rule: %d\n",
	    darkest);
	assert_true(darkest >= 200);
	pixDestroy(&ci.bin);
	boxaDestroy(&ci.rules);
	pixDestroy(&clean);
	pixDestroy(&pix);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_soften),
		cmocka_unit_test(test_noisy_rules),
		cmocka_unit_test(test_borrowed_kept),
		cmocka_unit_test(test_column_rules),
		cmocka_unit_test(test_erase_grey),
		cmocka_unit_test(test_speckled),
		cmocka_unit_test(test_dotted),
		cmocka_unit_test(test_screened),
		cmocka_unit_test(test_screen_density),
		cmocka_unit_test(test_colour),
		cmocka_unit_test(test_colour_under),
		cmocka_unit_test(test_geometry),
		cmocka_unit_test(test_uneven_colour),
		cmocka_unit_test(test_rule_halo),
	};

	cmocka_set_message_output(CM_OUTPUT_TAP);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
