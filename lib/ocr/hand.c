/* Handwriting: words whose ink in the scan is a ballpoint's blue, and the
 * digits written in it read again from the pen ink alone. */
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include "hand.h"
#include "image/image.h"
#include "text/text.h"

#define DARK 160		/* a pixel of a layer under this is ink */
#define TRACE 0.03		/* a word with this share of pen ink may hold
				 * digits written by hand */
#define GAP_SHARE 0.5		/* a gap between words whose ink is this
				 * much pen may hold them */
#define GAP_WIDTH 0.5		/* of the line's height: narrower gaps are
				 * spaces */
#define OUTSIDE 0.5		/* pen ink above and below its line over this
				 * share of that in it is a signature's */
#define PRINT_CONF 30		/* print read with less, or of under two
				 * letters, is a sliver's */
#define PRINT_SHARE 0.2		/* print ink under this share of the pen's
				 * is the pale rest of the strokes */

/* The share of the ink of page box in[4] of p that is pen blue in pix;
 * -1 when there is no ink. */
static double
share(PIX *pix, const lr_page_words *p, const int in[4])
{
	int box[4];

	lr_words_box_to_scan(p, in, box);
	return lr_pen_share(pix, box[0], box[1], box[2], box[3]);
}

/* The share of the ink of word w of p that is pen blue in pix. */
static double
word_share(PIX *pix, const lr_page_words *p, const lr_word *w)
{
	return share(pix, p, (const int[4]){ w->x, w->y, w->w, w->h });
}

int
lr_hand_mark(PIX *pix, lr_page_words *p)
{
	int n = 0;

	if (pix == NULL || pixGetDepth(pix) != 32)
		return 0;
	for (int i = 0; i < p->nlines; i++)
		for (int k = 0; k < p->lines[i].nwords; k++) {
			lr_word *w = &p->lines[i].words[k];
			w->hand = word_share(pix, p, w) >= LR_HAND_SHARE;
			n += w->hand;
		}
	return n;
}

/* Words a to b - 1 of l: their box, a quarter of its height more above
 * and below, an eighth left and right, within p, into in. */
static void
group_box(const lr_page_words *p, const lr_line *l, int a, int b, int in[4])
{
	int box[4] = LR_BOX_NONE, x0, y0, x1, y1, pad;

	for (int k = a; k < b; k++)
		lr_box_grow(box, l->words[k].x, l->words[k].y, l->words[k].w,
		    l->words[k].h);
	pad = box[3] / 4;
	x0 = box[0] - pad / 2 < 0 ? 0 : box[0] - pad / 2;
	y0 = box[1] - pad < 0 ? 0 : box[1] - pad;
	x1 = box[0] + box[2] + pad / 2 > p->width ? p->width :
	    box[0] + box[2] + pad / 2;
	y1 = box[1] + box[3] + pad > p->height ? p->height :
	    box[1] + box[3] + pad;
	in[0] = x0, in[1] = y0, in[2] = x1 - x0, in[3] = y1 - y0;
}

PIX *
lr_hand_upright(const lr_page_words *p, PIX *layer)
{
	const lr_scan_geom *g = &p->scan;
	double f = (double)p->width / (g->rotation % 180 != 0 ?
	    g->scan_height : g->scan_width);
	PIX *cur = lr_clean_geometry(layer, g->rotation, g->deskew, f);

	pixDestroy(&layer);
	if (cur != NULL)
		pixSetResolution(cur, 300, 300);
	return cur;
}

/* The number of ink pixels of layer (0 when out of memory). */
static int
ink(PIX *layer)
{
	PIX *bin = pixThresholdToBinary(layer, DARK);
	l_int32 n = 0;

	if (bin != NULL && pixCountPixels(bin, &n, NULL) != 0)
		n = 0;
	pixDestroy(&bin);
	return n;
}

/* The digits of s, spaces and all else left out, in place. */
static char *
digits_only(char *s)
{
	char *o = s;

	for (const char *c = s; *c != '\0'; c++)
		if (*c >= '0' && *c <= '9')
			*o++ = *c;
	*o = '\0';
	return s;
}

/* A word read again: its text (owned), confidence, x and width in the
 * page, written by hand or not. */
struct piece {
	char *text;
	float conf;
	int x, w, hand;
};

/* The words read again in a run, in the order they stand. */
enum { PIECES = 16 };
struct pieces {
	struct piece v[PIECES];
	int n;
};

/* Add the words of sp (read from a crop cw pixels wide of the page box
 * in, centred on it) to ps: pen ink's as their digits, print's when they
 * hold a letter or digit and are sure enough (not the "_" a stroke taken
 * off leaves).  Returns 0, or -1 when out of memory. */
static int
add_pieces(const lr_page_words *sp, int cw, const int in[4], int hand,
    struct pieces *ps)
{
	for (int i = 0; i < sp->nlines; i++)
		for (int k = 0; k < sp->lines[i].nwords && ps->n < PIECES; k++) {
			const lr_word *w = &sp->lines[i].words[k];
			struct piece *pc = &ps->v[ps->n];
			if ((pc->text = strdup(w->text)) == NULL)
				return -1;
			if ((hand ? digits_only(pc->text)[0] == '\0' :
			    lr_alnums(pc->text) == 0 || w->conf < PRINT_CONF)) {
				free(pc->text);
				continue;
			}
			pc->conf = w->conf, pc->hand = hand, pc->w = w->w;
			pc->x = in[0] + w->x - (cw - in[2]) / 2;
			pc->x = pc->x < 0 ? 0 : pc->x;
			ps->n++;
		}
	return 0;
}

/* Read layer (taken; NULL: out of memory) of page box in, with whitelist,
 * into ps as pieces written by hand or not.  Returns 0, or -1 when out of
 * memory. */
static int
read_layer(lr_ocr *e, PIX *layer, const char *whitelist, const int in[4],
    int hand, struct pieces *ps)
{
	lr_doc_words *d = layer != NULL ? lr_words_new() : NULL;
	lr_page_words *sp = d != NULL ? lr_words_add_page(d, 1,
	    pixGetWidth(layer), pixGetHeight(layer)) : NULL;
	int ret = sp != NULL && lr_ocr_snippet(e, layer, whitelist, sp) == 0 ?
	    add_pieces(sp, pixGetWidth(layer), in, hand, ps) : -1;

	lr_words_free(d);
	pixDestroy(&layer);
	return ret;
}

/* Does piece b stand against piece a as a number's punctuation does
 * ("245/QĐ-UBND", "ngày 12/3"): to be one word with it? */
static int
joined(const struct piece *a, const struct piece *b)
{
	size_t n = strlen(a->text);

	return a->hand != b->hand && (a->hand ?
	    strchr("/-.,;:)", b->text[0]) != NULL :
	    n > 0 && strchr("/-(", a->text[n - 1]) != NULL);
}

/* Put the pieces of ps in the order they stand, and join those that stand
 * against each other.  Returns 0, or -1 when out of memory. */
static int
order(struct pieces *ps)
{
	int n = 0;

	for (int i = 1; i < ps->n; i++)
		for (int k = i; k > 0 && ps->v[k].x < ps->v[k - 1].x; k--) {
			struct piece t = ps->v[k];
			ps->v[k] = ps->v[k - 1], ps->v[k - 1] = t;
		}
	for (int i = 0; i < ps->n; i++) {
		struct piece *a = n > 0 ? &ps->v[n - 1] : NULL, *b = &ps->v[i];
		char *t;
		if (a == NULL || !joined(a, b)) {
			ps->v[n++] = *b;
			continue;
		}
		if ((t = malloc(strlen(a->text) + strlen(b->text) + 1)) == NULL)
			return -1;
		sprintf(t, "%s%s", a->text, b->text);
		free(a->text), free(b->text);
		a->text = t, a->hand = 1, a->w = b->x + b->w - a->x;
		a->conf = a->conf < b->conf ? a->conf : b->conf;
	}
	ps->n = n;
	return 0;
}

/* The number of pixels of pen ink in page box in[4] of p on scan. */
static int
pen_ink(PIX *scan, const lr_page_words *p, const int in[4])
{
	int box[4], n;
	PIX *pen;

	lr_words_box_to_scan(p, in, box);
	pen = lr_pen_layer(scan, box, 1);
	n = pen != NULL ? ink(pen) : 0;
	pixDestroy(&pen);
	return n;
}

/* Does the pen ink of page box in[4] of p keep to its line, as figures
 * filled in do, and a signature's strokes, which run above and below it,
 * do not?  The pixels of pen ink in the box into *npen. */
static int
confined(PIX *scan, const lr_page_words *p, const int in[4], int *npen)
{
	int tall[4] = { in[0], in[1] - in[3], in[2], 3 * in[3] };

	tall[1] = tall[1] < 0 ? 0 : tall[1];
	tall[3] = tall[1] + tall[3] > p->height ? p->height - tall[1] :
	    tall[3];
	*npen = pen_ink(scan, p, in);
	return *npen > 0 && pen_ink(scan, p, tall) - *npen <= OUTSIDE * *npen;
}

/* Free the texts of ps. */
static void
pieces_free(struct pieces *ps)
{
	for (int i = 0; i < ps->n; i++)
		free(ps->v[i].text);
	ps->n = 0;
}

/* The strokes of pen ink in layer at least half as tall as the tallest:
 * the fewest figures written there (a figure is one stroke, or two; two
 * figures may touch; a 5's or 7's short bar is not counted). */
static int
strokes(PIX *layer)
{
	PIX *bin = pixThresholdToBinary(layer, DARK);
	BOXA *ba = bin != NULL ? pixConnCompBB(bin, 8) : NULL;
	int n = 0, k = ba != NULL ? boxaGetCount(ba) : 0;
	l_int32 top = 0, h;

	for (int i = 0; i < k; i++)
		if (boxaGetBoxGeometry(ba, i, NULL, NULL, NULL, &h) == 0 &&
		    h > top)
			top = h;
	for (int i = 0; i < k; i++)
		if (boxaGetBoxGeometry(ba, i, NULL, NULL, NULL, &h) == 0)
			n += 2 * h >= top;
	boxaDestroy(&ba);
	pixDestroy(&bin);
	return n;
}

/* The figures read from pen ink among the pieces of ps. */
static int
figures(const struct pieces *ps)
{
	int n = 0;

	for (int i = 0; i < ps->n; i++)
		n += ps->v[i].hand ? (int)strlen(ps->v[i].text) : 0;
	return n;
}

/* A reading of fewer figures than the pen wrote is not given: the pieces
 * read from the pen are left out of ps (the run stays marked written by
 * hand, so the field is reviewed as unread, not made up). */
static void
withhold(struct pieces *ps)
{
	int n = 0;

	for (int i = 0; i < ps->n; i++)
		if (ps->v[i].hand)
			free(ps->v[i].text);
		else
			ps->v[n++] = ps->v[i];
	ps->n = n;
}

/* Read the digits of the pen ink under words a to b - 1 of line l of p
 * (from scan), and the print among them (not in gaps between words, which
 * hold none), into ps in the order they stand; the run's box into in.
 * Returns 1 when digits were read, 0 when not, -1 when out of memory. */
static int
read_group(lr_ocr *e, PIX *scan, const lr_page_words *p, const lr_line *l,
    int a, int b, struct pieces *ps, int in[4])
{
	int box[4], npen, print = 0, want, held;
	PIX *layer;

	ps->n = 0;
	group_box(p, l, a, b, in);
	if (!confined(scan, p, in, &npen))
		return 0;
	lr_words_box_to_scan(p, in, box);
	layer = lr_hand_upright(p, lr_pen_layer(scan, box, 1));
	want = layer != NULL ? strokes(layer) : 0;
	if (read_layer(e, layer, "0123456789", in, 1, ps) != 0)
		return -1;
	if (ps->n == 0)
		return 0;
	if ((held = figures(ps) < want))
		withhold(ps);
	for (int k = a; k < b && !print; k++)
		print = l->words[k].text[0] != '\0';
	layer = print ? lr_hand_upright(p, lr_pen_layer(scan, box, 0)) : NULL;
	if (layer != NULL && ink(layer) <= PRINT_SHARE * npen)
		pixDestroy(&layer);
	if (layer != NULL && read_layer(e, layer, NULL, in, 0, ps) != 0)
		return -1;
	if (ps->n == 0)
		return 0;
	for (int i = 0; held && i < ps->n; i++)
		ps->v[i].hand = 1;	/* the run was written by hand */
	return order(ps) == 0 ? 1 : -1;
}

/* Words a to b - 1 of l become one, word a, in their box, its text taken
 * from text, with confidence conf, written by hand or not. */
static void
merge(lr_line *l, int a, int b, char *text, float conf, int hand)
{
	lr_word *w = &l->words[a];
	int box[4] = { w->x, w->y, w->w, w->h };

	for (int k = a + 1; k < b; k++) {
		lr_word *v = &l->words[k];
		lr_box_grow(box, v->x, v->y, v->w, v->h);
		free(v->text);
	}
	w->x = box[0], w->y = box[1], w->w = box[2], w->h = box[3];
	free(w->text);
	w->text = text;
	w->conf = conf;
	w->hand = hand;
	memmove(w + 1, l->words + b, sizeof(*w) * (size_t)(l->nwords - b));
	l->nwords -= b - a - 1;
}

/* Insert a word of text (copied), confidence conf, box b, written by hand
 * or not, at k of l.  Returns 0, or -1 when out of memory. */
static int
insert(lr_line *l, int k, const char *text, float conf, const int b[4],
    int hand)
{
	lr_word w;

	if (lr_words_add_word(l, text, conf, b[0], b[1], b[2], b[3]) == NULL)
		return -1;
	w = l->words[l->nwords - 1];
	w.hand = hand;
	memmove(l->words + k + 1, l->words + k, sizeof(w) *
	    (size_t)(l->nwords - 1 - k));
	l->words[k] = w;
	return 0;
}

/* The confidence of piece pc: digits written by hand no surer than
 * LR_HAND_CONF. */
static float
piece_conf(const struct piece *pc)
{
	return pc->hand && pc->conf > LR_HAND_CONF ? LR_HAND_CONF : pc->conf;
}

/* Words a to b - 1 of l, in page box in, become the pieces of ps (their
 * texts taken).  Returns the number of words they are now, or -1 when
 * out of memory. */
static int
replace(lr_line *l, int a, int b, struct pieces *ps, const int in[4])
{
	int n = ps->n, ret = 0;

	merge(l, a, b, ps->v[0].text, piece_conf(&ps->v[0]), ps->v[0].hand);
	ps->v[0].text = NULL;
	if (n > 1)
		l->words[a].x = ps->v[0].x, l->words[a].w = ps->v[0].w;
	for (int i = 1; i < n && ret == 0; i++) {
		const struct piece *pc = &ps->v[i];
		int box[4] = { pc->x, in[1], pc->w, in[3] };
		ret = insert(l, a + i, pc->text, piece_conf(pc), box, pc->hand);
	}
	pieces_free(ps);
	return ret == 0 ? n : -1;
}

/* Put an empty word, marked written by hand, in each gap between the words
 * of l wider than a space whose ink is a pen's: a figure written there
 * that the engine did not read.  Returns 0, or -1 when out of memory. */
static int
gaps(PIX *pix, const lr_page_words *p, lr_line *l)
{
	for (int k = l->nwords - 1; k > 0; k--) {
		const lr_word *u = &l->words[k - 1];
		int b[4] = { u->x + u->w, l->y, l->words[k].x - u->x - u->w,
		    l->h };
		if (b[2] >= GAP_WIDTH * l->h && share(pix, p, b) >= GAP_SHARE &&
		    insert(l, k, "", 0, b, 1) != 0)
			return -1;
	}
	return 0;
}

/* Does word w of p hold pen ink in pix, enough to be read again? */
static int
inked(PIX *pix, const lr_page_words *p, const lr_word *w)
{
	return w->hand || word_share(pix, p, w) >= TRACE;
}

/* The end of the run of words of l from a that hold pen ink: a word that
 * is mostly print ends a run that has a handwritten word ("09 tháng 07",
 * "tháng" touched by the pen, is two runs, not one). */
static int
run_end(PIX *scan, const lr_page_words *p, const lr_line *l, int a)
{
	int b = a, hand = 0;

	while (b < l->nwords && inked(scan, p, &l->words[b]) &&
	    (l->words[b].hand || !hand))
		hand |= l->words[b++].hand;
	return b;
}

/* Drop the words of l left empty. */
static void
drop_empty(lr_line *l)
{
	int n = 0;

	for (int k = 0; k < l->nwords; k++)
		if (l->words[k].text[0] != '\0')
			l->words[n++] = l->words[k];
		else
			free(l->words[k].text);
	l->nwords = n;
}

/* Read again the runs of words of line l of p that hold pen ink; how many,
 * or -1 when out of memory. */
static int
read_line(lr_ocr *e, PIX *scan, const lr_page_words *p, lr_line *l)
{
	int n = 0, a = 0, b, r = 0, in[4];
	struct pieces ps = { .n = 0 };

	if (gaps(scan, p, l) != 0)
		return -1;
	while (a < l->nwords && r >= 0) {
		b = run_end(scan, p, l, a);
		if (b == a) {
			a++;
			continue;
		}
		if ((r = read_group(e, scan, p, l, a, b, &ps, in)) > 0 &&
		    (r = replace(l, a, b, &ps, in)) > 0)
			n++;
		a = r > 0 ? a + r : b;
	}
	pieces_free(&ps);
	drop_empty(l);
	return r < 0 ? -1 : n;
}

int
lr_hand_read(lr_ocr *e, PIX *scan, lr_page_words *p)
{
	int n = 0, r;

	if (scan == NULL || pixGetDepth(scan) != 32 || p->scan.photo ||
	    p->scan.scan_width <= 0 || p->width <= 0)
		return 0;
	for (int i = 0; i < p->nlines; i++) {
		if ((r = read_line(e, scan, p, &p->lines[i])) < 0)
			return -1;
		n += r;
	}
	return n;
}
