/* Red print read again from the red ink alone: its lines found as rows of
 * letter-sized red blobs on the page. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "hand.h"
#include "red.h"
#include "image/image.h"
#include "text/text.h"

#define RED_ROWS 64		/* the most rows of red blobs looked at */
#define RED_LINES 12		/* the most lines of red print read */
#define RED_CONF 60		/* a red line read with less is not kept */
#define INK_LEVEL 140		/* a pixel of the red layer under this is ink */
#define LINE_GAP 3		/* the widest gap in a line, in its heights */
#define READ_SPAN 0.7		/* of a red line's box: the words read before
				 * in it span this much when it was read */

/* At the layer's 300 dpi: a letter's least and most height, the widest
 * letter, the gap joining the letters of a line, and the least letters of
 * a line. */
enum { LETTER_MIN = 12, LETTER_MAX = 110, LETTER_WIDE = 160, JOIN = 36,
	LETTERS = 3 };

/* How many of blobs (boxes) lie in box x, y, w, h, of half a letter's
 * least height or more. */
static int
letters_in(BOXA *blobs, l_int32 x, l_int32 y, l_int32 w, l_int32 h)
{
	int k = 0;

	for (int j = 0; j < boxaGetCount(blobs); j++) {
		l_int32 bx, by, bw, bh;
		boxaGetBoxGeometry(blobs, j, &bx, &by, &bw, &bh);
		k += bx >= x && bx + bw <= x + w && by >= y &&
		    by + bh <= y + h && bh >= LETTER_MIN / 2;
	}
	return k;
}

/* Box x, y, w, h padded by half its height above and below (a capital's
 * stacked tone marks and the dot under a letter stand apart) and a
 * quarter of it left and right, within a page pw x ph, into out. */
static void
pad_row(l_int32 x, l_int32 y, l_int32 w, l_int32 h, int pw, int ph,
    int out[4])
{
	int pad = h / 4;

	out[0] = x - pad < 0 ? 0 : x - pad;
	out[1] = y - 2 * pad < 0 ? 0 : y - 2 * pad;
	out[2] = (x + w + pad > pw ? pw : x + w + pad) - out[0];
	out[3] = (y + h + 2 * pad > ph ? ph : y + h + 2 * pad) - out[1];
}

/* Do boxes a and b (x, y, w, h) stand on one line, their gap under
 * LINE_GAP times the taller one's height (the words of a title in large
 * letters, which the fixed JOIN leaves apart, or a word and the rest of
 * its line past a letter lost to a background's line)? */
static int
same_line(const int a[4], const int b[4])
{
	int top = a[1] > b[1] ? a[1] : b[1], h = a[3] > b[3] ? a[3] : b[3];
	int bot = a[1] + a[3] < b[1] + b[3] ? a[1] + a[3] : b[1] + b[3];
	int gap = a[0] < b[0] ? b[0] - (a[0] + a[2]) : a[0] - (b[0] + b[2]);
	int low = a[3] < b[3] ? a[3] : b[3];

	return 2 * (bot - top) >= low && gap <= LINE_GAP * h;
}

/* Join the boxes of row (n of them) that stand on one line; returns how
 * many are left. */
static int
join_lines(int (*row)[4], int n)
{
	for (int i = 0; i < n; i++)
		for (int j = i + 1; j < n; j++) {
			int b[4] = { row[i][0], row[i][1], row[i][2], row[i][3] };
			if (!same_line(b, row[j]))
				continue;
			lr_box_grow(b, row[j][0], row[j][1], row[j][2], row[j][3]);
			memcpy(row[i], b, sizeof(b));
			memmove(row[j], row[n - 1], sizeof(row[j]));
			n--;
			j = i;	/* the grown box may reach another */
		}
	return n;
}

/* The rows of joined letter-sized blobs of 1 bpp ink, of a letter's
 * height, on one line joined (join_lines()), into row (room for
 * RED_ROWS); returns how many. */
static int
ink_rows(PIX *letters, int (*row)[4])
{
	PIX *joined = pixCloseBrick(NULL, letters, JOIN, 1);
	BOXA *rows = joined != NULL ? pixConnCompBB(joined, 8) : NULL;
	int n = 0;

	for (int i = 0; rows != NULL && i < boxaGetCount(rows) &&
	    n < RED_ROWS; i++) {
		l_int32 x, y, w, h;
		boxaGetBoxGeometry(rows, i, &x, &y, &w, &h);
		if (h >= LETTER_MIN && h <= LETTER_MAX) {
			int b[4] = { x, y, w, h };
			memcpy(row[n++], b, sizeof(b));
		}
	}
	boxaDestroy(&rows);
	pixDestroy(&joined);
	return join_lines(row, n);
}

/* The lines of letter-sized blobs of 1 bpp ink: rows (ink_rows()) at
 * least 2.5 times as wide as high, of LETTERS blobs or more, padded
 * (pad_row()), into boxes (room for RED_ROWS).  Returns how many. */
static int
line_boxes(PIX *ink, int (*boxes)[4])
{
	PIX *letters;
	BOXA *blobs = NULL;
	int row[RED_ROWS][4], nrow = 0, n = 0;

	letters = pixSelectBySize(ink, LETTER_WIDE, LETTER_MAX, 8,
	    L_SELECT_IF_BOTH, L_SELECT_IF_LTE, NULL);
	if (letters != NULL) {
		blobs = pixConnCompBB(letters, 8);
		nrow = ink_rows(letters, row);
	}
	for (int i = 0; blobs != NULL && i < nrow; i++) {
		int *r = row[i];
		if (r[2] * 2 >= r[3] * 5 && letters_in(blobs, r[0], r[1], r[2],
		    r[3]) >= LETTERS)
			pad_row(r[0], r[1], r[2], r[3], pixGetWidth(ink),
			    pixGetHeight(ink), boxes[n++]);
	}
	boxaDestroy(&blobs);
	pixDestroy(&letters);
	return n;
}

/* Does the middle of box x, y, w, h lie in box b? */
static int
centre_in(const int b[4], int x, int y, int w, int h)
{
	int cx = x + w / 2, cy = y + h / 2;

	return cx >= b[0] && cx < b[0] + b[2] && cy >= b[1] && cy < b[1] + b[3];
}

/* Has p a sure reading of box b: words whose middle lies in it, of mean
 * confidence RED_CONF or more, spanning most of its width (READ_SPAN)? */
static int
read_in(const lr_page_words *p, const int b[4])
{
	int span[4] = LR_BOX_NONE, n = 0;
	double sum = 0;

	for (int i = 0; i < p->nlines; i++)
		for (int k = 0; k < p->lines[i].nwords; k++) {
			const lr_word *w = &p->lines[i].words[k];
			if (!centre_in(b, w->x, w->y, w->w, w->h))
				continue;
			sum += w->conf, n++;
			lr_box_grow(span, w->x, w->y, w->w, w->h);
		}
	return n > 0 && sum / n >= RED_CONF && span[2] >= READ_SPAN * b[2];
}

/* Is word w of a reading read sure (RED_CONF) and no speck? */
static int
sure_word(const lr_word *w)
{
	return w->conf >= RED_CONF && lr_alnums(w->text) >= 2;
}

/* Drop the words of line l whose middle lies in box b, but, when keep,
 * those read sure (sure_word()): black text beside a stamp, or under it.
 * Returns how many are left. */
static int
drop_words(lr_line *l, const int b[4], int keep)
{
	int k = 0;

	for (int j = 0; j < l->nwords; j++) {
		lr_word *w = &l->words[j];
		if ((keep && sure_word(w)) || !centre_in(b, w->x, w->y, w->w,
		    w->h))
			l->words[k++] = *w;
		else
			free(w->text);
	}
	return l->nwords = k;
}

/* Drop the lines of p before line end whose middle lies in box b, or,
 * when over (the red stands over a typed line), only their words in b not
 * read sure; returns how many lines were dropped. */
static int
drop_lines(lr_page_words *p, int end, const int b[4], int over)
{
	int k = 0, n = p->nlines;

	for (int i = 0; i < n; i++) {
		lr_line *l = &p->lines[i];
		if (i >= end || !centre_in(b, l->x, l->y, l->w, l->h) ||
		    (over && drop_words(l, b, 1) > 0)) {
			p->lines[k++] = *l;
			continue;
		}
		for (int j = 0; j < l->nwords; j++)
			free(l->words[j].text);
		free(l->words);
	}
	p->nlines = k;
	return n - k;
}

/* Does a line of p from line from on have its middle in box b? */
static int
line_in(const lr_page_words *p, int from, const int b[4])
{
	for (int i = from; i < p->nlines; i++)
		if (centre_in(b, p->lines[i].x, p->lines[i].y, p->lines[i].w,
		    p->lines[i].h))
			return 1;
	return 0;
}

/* Is w one of the words of the lines of p from line from on (the red
 * print read again), marks and case aside? */
static int
red_word(const lr_page_words *p, int from, const char *w)
{
	char *a = lr_ascii(w), *c;
	int same = 0;

	for (int i = from; a != NULL && !same && i < p->nlines; i++) {
		const lr_line *l = &p->lines[i];
		for (int k = 0; !same && k < l->nwords; k++) {
			c = lr_ascii(l->words[k].text);
			same = c != NULL && strcasecmp(a, c) == 0;
			free(c);
		}
	}
	free(a);
	return same;
}

/* Does line l, its middle in box b, run through b: sure words left and
 * right of it (outside it, no remnants of the red print)? */
static int
runs_through(const lr_line *l, const int b[4])
{
	int left = 0, right = 0;

	for (int k = 0; k < l->nwords; k++) {
		const lr_word *w = &l->words[k];
		if (!sure_word(w))
			continue;
		left += w->x + w->w <= b[0];
		right += w->x >= b[0] + b[2];
	}
	return left > 0 && right > 0;
}

/* Did p hold, in its lines before line from, words in box b read sure
 * enough (RED_CONF) that the red print read again (the lines from from
 * on) does not hold, spanning a quarter of its width or more, or a typed
 * line running through b (runs_through()): black text under the red print
 * (a stamp, a seal over a line), not the red print's own remnants or a
 * speck read before? */
static int
black_under(const lr_page_words *p, int from, const int b[4])
{
	int span = 0;

	for (int i = 0; i < from; i++) {
		const lr_line *l = &p->lines[i];
		if (centre_in(b, l->x, l->y, l->w, l->h) &&
		    runs_through(l, b))
			return 1;
		for (int k = 0; k < l->nwords; k++) {
			const lr_word *w = &l->words[k];
			if (centre_in(b, w->x, w->y, w->w, w->h) &&
			    sure_word(w) && !red_word(p, from, w->text))
				span += w->w;
		}
	}
	return 4 * span >= b[2];
}

/* Mark the words of the lines of p from line from on whose middle lies
 * in box b as read from red print (LR_RED_PRINT), or over words read
 * before (LR_RED_OVER: a stamp or a seal over black text) when over. */
static void
mark_red(lr_page_words *p, int from, const int b[4], int over)
{
	for (int i = from; i < p->nlines; i++) {
		lr_line *l = &p->lines[i];
		if (!centre_in(b, l->x, l->y, l->w, l->h))
			continue;
		for (int k = 0; k < l->nwords; k++)
			l->words[k].red = over ? LR_RED_OVER : LR_RED_PRINT;
	}
}

/* Keep of boxes those p holds no sure reading of; returns how many. */
static int
unread(const lr_page_words *p, int (*boxes)[4], int n)
{
	int m = 0;

	for (int i = 0; i < n; i++)
		if (!read_in(p, boxes[i]))
			memmove(boxes[m++], boxes[i], sizeof(boxes[i]));
	return m;
}

int
lr_red_read(lr_ocr *e, PIX *scan, lr_page_words *p, int timeout_ms,
    lr_err *err)
{
	int boxes[RED_ROWS][4], n = 0, before = p->nlines, added = 0;
	PIX *layer, *ink;

	if (scan == NULL || pixGetDepth(scan) != 32 || p->scan.photo ||
	    p->scan.scan_width <= 0)
		return 0;
	layer = lr_hand_upright(p, lr_colour_red_print(scan));
	ink = layer != NULL ? pixThresholdToBinary(layer, INK_LEVEL) : NULL;
	if (ink != NULL)
		n = unread(p, boxes, line_boxes(ink, boxes));
	if (n > RED_LINES)
		n = RED_LINES;
	pixDestroy(&ink);
	if (n > 0 && (added = lr_ocr_lines(e, layer, (const int (*)[4])boxes,
	    n, RED_CONF, timeout_ms, p, err)) > 0)
		for (int i = 0; i < n; i++) {	/* the red line's old reading */
			int over;
			if (!line_in(p, before, boxes[i]))
				continue;
			over = black_under(p, before, boxes[i]);
			mark_red(p, before, boxes[i], over);
			before -= drop_lines(p, before, boxes[i], over);
		}
	pixDestroy(&layer);
	return added;
}
