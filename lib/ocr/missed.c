/* Text the OCR engine's page layout left unread. */
#include <stdlib.h>

#include "missed.h"
#include "text/text.h"

static int
int_cmp(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;

	return (x > y) - (x < y);
}

/* The median height of p's words of two letters or more; 0 when there are
 * fewer than 10. */
static int
text_height(const lr_page_words *p)
{
	int *h, n = 0, cap = 0, m;

	for (int i = 0; i < p->nlines; i++)
		cap += p->lines[i].nwords;
	if (cap < 10 || (h = malloc((size_t)cap * sizeof(*h))) == NULL)
		return 0;
	for (int i = 0; i < p->nlines; i++)
		for (int j = 0; j < p->lines[i].nwords; j++)
			if (lr_alnums(p->lines[i].words[j].text) >= 2)
				h[n++] = p->lines[i].words[j].h;
	qsort(h, (size_t)n, sizeof(*h), int_cmp);
	m = n >= 10 ? h[n / 2] : 0;
	free(h);
	return m;
}

/* Clear the box x, y, w, h of pix, widened by pad on each side. */
static void
clear(PIX *pix, int x, int y, int w, int h, int pad)
{
	BOX *b = boxCreate(x - pad, y - pad, w + 2 * pad, h + 2 * pad);

	if (b != NULL)
		pixClearInRect(pix, b);
	boxDestroy(&b);
}

/* Page at 1 bpp, a new image: a copy of a bilevel page; a grey one
 * thresholded at 128 straight, without the full copy pixConvertTo1() would
 * make of it first (the same pixels).  NULL on failure. */
static PIX *
bilevel(PIX *page)
{
	if (pixGetDepth(page) == 1)
		return pixCopy(NULL, page);
	if (pixGetDepth(page) == 8 && pixGetColormap(page) == NULL)
		return pixThresholdToBinary(page, 128);
	return pixConvertTo1(page, 128);
}

/* A 1 bpp copy of page without the ink of p's words; NULL on failure. */
static PIX *
uncovered(PIX *page, const lr_page_words *p, int pad)
{
	PIX *bin = bilevel(page);

	for (int i = 0; bin != NULL && i < p->nlines; i++)
		for (int j = 0; j < p->lines[i].nwords; j++) {
			const lr_word *w = &p->lines[i].words[j];
			if (lr_alnums(w->text) > 0)
				clear(bin, w->x, w->y, w->w, w->h, pad);
		}
	return bin;
}

/* Clear the box of every shape of bin much larger than a letter of height
 * hm: a seal and what it holds, a signature's strokes. */
static void
clear_large(PIX *bin, int hm)
{
	BOXA *ba = pixConnCompBB(bin, 8);
	l_int32 x, y, w, h;

	for (int i = 0; ba != NULL && i < boxaGetCount(ba); i++)
		if (boxaGetBoxGeometry(ba, i, &x, &y, &w, &h) == 0 &&
		    (h > 2 * hm || w > 6 * hm))
			clear(bin, x, y, w, h, hm / 4);
	boxaDestroy(&ba);
}

/* Is box b of bin the size and ink of a line of text of height hm? */
static int
line_like(PIX *bin, BOX *b, int hm, l_int32 *tab)
{
	l_int32 x, y, w, h, ink = 0;

	boxGetGeometry(b, &x, &y, &w, &h);
	if (h < hm / 2 || 5 * h > 9 * hm || w < 2 * h ||
	    pixCountPixelsInRect(bin, b, &ink, tab) != 0)
		return 0;
	return ink * 20 >= w * h && ink * 5 <= w * h * 3;
}

int
lr_missed_lines(PIX *page, const lr_page_words *p, int (*out)[4], int max)
{
	int hm = text_height(p), n = 0, pad, pw = pixGetWidth(page),
	    ph = pixGetHeight(page);
	PIX *bin, *joined = NULL;
	BOXA *ba = NULL;
	l_int32 *tab = makePixelSumTab8();

	if (hm < 8 || tab == NULL || (bin = uncovered(page, p, hm / 8)) == NULL) {
		LEPT_FREE(tab);
		return 0;
	}
	pad = hm / 4;
	clear_large(bin, hm);
	if ((joined = pixCloseCompBrick(NULL, bin, hm, hm / 3 | 1)) != NULL)
		ba = pixConnCompBB(joined, 8);
	for (int i = 0; ba != NULL && i < boxaGetCount(ba) && n < max; i++) {
		BOX *b = boxaGetBox(ba, i, L_CLONE);
		if (line_like(bin, b, hm, tab)) {
			l_int32 x, y, w, h;
			boxGetGeometry(b, &x, &y, &w, &h);
			out[n][0] = x > pad ? x - pad : 0;
			out[n][1] = y > pad ? y - pad : 0;
			out[n][2] = (x + w + pad < pw ? x + w + pad : pw) - out[n][0];
			out[n][3] = (y + h + pad < ph ? y + h + pad : ph) - out[n][1];
			n++;
		}
		boxDestroy(&b);
	}
	boxaDestroy(&ba);
	pixDestroy(&joined);
	pixDestroy(&bin);
	LEPT_FREE(tab);
	return n;
}
