/* Spreads: two pages side by side found by the gutter between them, and
 * the part of its file page a record page is. */
#include <stdlib.h>
#include <string.h>

#include "scan.h"
#include "spread.h"

#define WORK_WIDTH 1200		/* the search runs on a copy this wide */
#define LANDSCAPE 1.2		/* width over height of a spread at least */
#define INK_LEVEL 110		/* darker than this after background norm */
#define EMPTY_SHARE 0.004	/* a column with ink in fewer rows is empty */
#define FOLD_SHARE 0.6		/* ... and one with ink in more is a fold */
#define MIN_GUTTER 0.025	/* of the width */
#define MIN_TEXT 0.2		/* text on each side spans this of the width */
#define MIN_LINES 6		/* text lines on each side */
#define EDGE 0.05		/* of the height: a scanner's border is within */
#define RULE_LINES 24		/* a vertical rule runs down this share of
				 * the height or more (2 text lines) */

/* pix as 8 bpp grey at most WORK_WIDTH wide, background evened so that a
 * fold shadow or a tint is paper; a colour pix by its luminance, or when
 * bright by its brightest channel (coloured print, a guilloche or a red
 * frame, made paper: only black ink is left).  NULL when out of memory. */
static PIX *
work_grey(PIX *pix, int bright)
{
	PIX *g, *s, *n;
	float f = (float)WORK_WIDTH / (float)pixGetWidth(pix);

	if (pixGetDepth(pix) != 32)
		g = pixConvertTo8(pix, 0);
	else
		g = bright ? pixConvertRGBToGrayMinMax(pix, L_CHOOSE_MAX) :
		    pixConvertRGBToLuminance(pix);
	if (g == NULL)
		return NULL;
	s = f < 1 ? pixScale(g, f, f) : pixClone(g);
	pixDestroy(&g);
	if (s == NULL)
		return NULL;
	n = pixBackgroundNormSimple(s, NULL, NULL);
	pixDestroy(&s);
	return n;
}

/* Ink per column of g into col[w], leaving out the rows by its top and
 * bottom edges (EDGE of the height) that run across it: the scanner's
 * dark border would fill every column, where a rule across a page's
 * middle (a table's) is ink that says it is one page; row[h] is a
 * scratch. */
static void
col_ink(PIX *g, int *col, int *row)
{
	l_int32 w = pixGetWidth(g), h = pixGetHeight(g), wpl = pixGetWpl(g);
	l_uint32 *data = pixGetData(g);

	memset(col, 0, sizeof(int) * (size_t)w);
	memset(row, 0, sizeof(int) * (size_t)h);
	for (l_int32 y = 0; y < h; y++) {
		const l_uint32 *line = data + (size_t)y * wpl;
		for (l_int32 x = 0; x < w; x++)
			row[y] += GET_DATA_BYTE(line, x) < INK_LEVEL;
	}
	for (l_int32 y = 0; y < h; y++) {
		const l_uint32 *line = data + (size_t)y * wpl;
		int edge = y < EDGE * h || y >= (1 - EDGE) * h;
		for (l_int32 x = 0; x < w && !(edge && row[y] >= FOLD_SHARE *
		    w); x++)
			col[x] += GET_DATA_BYTE(line, x) < INK_LEVEL;
	}
}

/* Ink per row of the 1 bpp text into row[h], counting only the columns
 * in [x0, x1). */
static void
row_ink(PIX *text, int *row, int x0, int x1)
{
	l_int32 h = pixGetHeight(text), wpl = pixGetWpl(text);
	l_uint32 *data = pixGetData(text);

	memset(row, 0, sizeof(int) * (size_t)h);
	for (l_int32 y = 0; y < h; y++) {
		const l_uint32 *line = data + (size_t)y * wpl;
		for (l_int32 x = x0; x < x1; x++)
			row[y] += GET_DATA_BIT(line, x);
	}
}

/* The ink of g as 1 bpp without its vertical rules (a page's frame, a
 * table's rules, the border's dark edge, a fold), which run down many
 * lines and would join them into one; NULL when out of memory. */
static PIX *
text_ink(PIX *g)
{
	PIX *ink = pixThresholdToBinary(g, INK_LEVEL), *rules;

	if (ink == NULL)
		return NULL;
	rules = pixOpenBrick(NULL, ink, 1, pixGetHeight(g) / RULE_LINES);
	if (rules == NULL) {
		pixDestroy(&ink);
		return NULL;
	}
	pixSubtract(ink, ink, rules);
	pixDestroy(&rules);
	return ink;
}

/* Is a column with c inked rows of h paper (or a fold line)? */
static int
empty_col(int c, int h)
{
	return c <= EMPTY_SHARE * h || c >= FOLD_SHARE * h;
}

/* The widest run of empty columns whose middle is in the middle third of
 * w: its start in *x0 and end in *x1 (exclusive); its width. */
static int
widest_gap(const int *col, int w, int h, int *x0, int *x1)
{
	int best = 0, start = -1;

	for (int x = 0; x <= w; x++) {
		if (x < w && empty_col(col[x], h)) {
			if (start < 0)
				start = x;
			continue;
		}
		if (start >= 0 && x - start > best && (start + x) / 2 > w / 3 &&
		    (start + x) / 2 < 2 * w / 3) {
			best = x - start;
			*x0 = start;
			*x1 = x;
		}
		start = -1;
	}
	return best;
}

/* The span of text columns in [a, b) of col. */
static int
text_span(const int *col, int a, int b, int h)
{
	int lo = -1, hi = -1;

	for (int x = a; x < b; x++)
		if (!empty_col(col[x], h)) {
			if (lo < 0)
				lo = x;
			hi = x;
		}
	return lo < 0 ? 0 : hi - lo + 1;
}

/* The number of runs of inked rows in row[h]: text lines when they run
 * across the side, one block when they run down it. */
static int
line_runs(const int *row, int h)
{
	int runs = 0;

	for (int y = 0; y < h; y++)
		runs += row[y] > 0 && (y == 0 || row[y - 1] == 0);
	return runs;
}

/* Does each side of the gap [x0, x1) of g hold text lines across a page? */
static int
two_pages(PIX *g, int *col, int *row, int x0, int x1)
{
	l_int32 w = pixGetWidth(g), h = pixGetHeight(g);
	PIX *text;
	int two;

	if (text_span(col, 0, x0, h) < MIN_TEXT * w ||
	    text_span(col, x1, w, h) < MIN_TEXT * w ||
	    (text = text_ink(g)) == NULL)
		return 0;
	row_ink(text, row, 0, x0);
	two = line_runs(row, h) >= MIN_LINES;
	row_ink(text, row, x1, w);
	two = two && line_runs(row, h) >= MIN_LINES;
	pixDestroy(&text);
	return two;
}

/* The x in g of the cut in the gap [x0, x1): the middle of its fold
 * columns (the scanner's dark gutter, a fold line) when it has some, else
 * its middle. */
static double
cut_in(const int *col, int h, int x0, int x1)
{
	double sum = 0;
	int n = 0;

	for (int x = x0; x < x1; x++)
		if (col[x] >= FOLD_SHARE * h)
			sum += x, n++;
	return n > 0 ? sum / n : (double)(x0 + x1) / 2;
}

/* The x of the cut of g when it is a spread, scaled by f; 0 when none. */
static int
find_cut(PIX *g, double f)
{
	l_int32 w = pixGetWidth(g), h = pixGetHeight(g);
	int *col, *row, x0 = 0, x1 = 0, cut = 0;

	col = malloc(sizeof(int) * (size_t)w);
	row = malloc(sizeof(int) * (size_t)h);
	if (col != NULL && row != NULL) {
		col_ink(g, col, row);
		if (widest_gap(col, w, h, &x0, &x1) >= MIN_GUTTER * w &&
		    two_pages(g, col, row, x0, x1))
			cut = (int)(cut_in(col, h, x0, x1) * f);
	}
	free(col);
	free(row);
	return cut;
}

int
lr_spread_find(PIX *pix)
{
	int cut = 0;

	if (pixGetWidth(pix) < LANDSCAPE * pixGetHeight(pix))
		return 0;
	for (int bright = 0; bright < 2 && cut == 0; bright++) {
		PIX *g = work_grey(pix, bright);
		if (g != NULL)
			cut = find_cut(g, (double)pixGetWidth(pix) /
			    pixGetWidth(g));
		pixDestroy(&g);
		if (pixGetDepth(pix) != 32)
			break;
	}
	return cut;
}

PIX *
lr_spread_half(PIX *pix, int half, int gutter)
{
	l_int32 w = pixGetWidth(pix), h = pixGetHeight(pix);
	BOX *b;
	PIX *out;

	if (gutter <= 0 || gutter >= w || (half != LR_HALF_LEFT &&
	    half != LR_HALF_RIGHT))
		return NULL;
	b = half == LR_HALF_LEFT ? boxCreate(0, 0, gutter, h) :
	    boxCreate(gutter, 0, w - gutter, h);
	out = b != NULL ? pixClipRectangle(pix, b, NULL) : NULL;
	boxDestroy(&b);
	return out;
}

const char *
lr_half_name(int half)
{
	return half == LR_HALF_LEFT ? "left" : half == LR_HALF_RIGHT ?
	    "right" : NULL;
}

/* The half named s in a record. */
static int
half_of(const char *s)
{
	return s == NULL ? LR_HALF_NONE : strcmp(s, "left") == 0 ?
	    LR_HALF_LEFT : strcmp(s, "right") == 0 ? LR_HALF_RIGHT :
	    LR_HALF_NONE;
}

int
lr_page_src_of(const json_t *rec, const json_t *pg, size_t i,
    lr_page_src *src)
{
	const json_t *ifd = json_object_get(pg, "ifd");
	const json_t *fp = json_object_get(pg, "file_page");

	src->path = json_string_value(json_object_get(pg, "source"));
	src->ifd = json_is_integer(ifd) ? (int)json_integer_value(ifd) :
	    json_is_integer(fp) ? (int)json_integer_value(fp) - 1 :
	    src->path != NULL ? 0 : (int)i;
	if (src->path == NULL)
		src->path = json_string_value(json_object_get(rec, "source"));
	src->half = half_of(json_string_value(json_object_get(pg, "half")));
	src->gutter = (int)json_integer_value(json_object_get(pg, "gutter"));
	return src->path != NULL && src->ifd >= 0 ? 0 : -1;
}

PIX *
lr_page_src_decode(const lr_page_src *src, uint64_t max_pixels, lr_err *err)
{
	lr_scan *s = lr_scan_open(src->path, max_pixels, err);
	PIX *pix, *half;

	if (s == NULL)
		return NULL;
	pix = lr_scan_decode(s, src->ifd, err);
	lr_scan_close(s);
	if (pix == NULL || src->half == LR_HALF_NONE)
		return pix;
	half = lr_spread_half(pix, src->half, src->gutter);
	pixDestroy(&pix);
	if (half == NULL)
		lr_err_set(err, "the %s half at x %d is not on the page",
		    lr_half_name(src->half), src->gutter);
	return half;
}
