/* Field extraction: a numbered list of holders whose parcels stand in a
 * column of their own ("1. Ông Phạm Văn A ........ thửa 343, tờ 6,
 * 781,3 m²", one item a line, the values set apart from the names by tab
 * leaders) read as a table: the labels of its fullest item name the
 * columns, and every item line is a row read by its values' types, so an
 * item whose labels OCR damaged ("†hửa", "thửo") still reads on its own
 * line and none takes a value from the next. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract-private.h"
#include "table-int.h"

#define MIN_ITEMS 3	/* a list of fewer is read as prose */
#define MAX_ITEMS 64

/* The labels a list item's values carry ("thửa 343", "tờ 6" by one
 * word), and the columns they name. */
static const int value_labs[][2] = { { LAB_P_NUMBER, LAB_P_NUMBER },
    { LAB_P_SHEET, LAB_P_SHEET }, { LAB_P_NUMBER_BARE, LAB_P_NUMBER },
    { LAB_P_SHEET_BARE, LAB_P_SHEET }, { LAB_P_AREA, LAB_P_AREA },
    { LAB_P_USE, LAB_P_USE } };

/* The column label of a value label starting at token i of line [i, b)
 * (a figure before "m²" or "ha" an area's), with the token after it in
 * *next; -1 when none. */
static int
value_label(const lr_xctx *c, int i, int b, int *next)
{
	for (size_t k = 0; k < sizeof(value_labs) / sizeof(*value_labs); k++)
		if ((*next = lr_label_at(c->s, c->t, i, b, value_labs[k][0],
		    NULL)) > 0)
			return value_labs[k][1];
	if ((c->t->v[i].flags & TOK_DIGIT) && ((*next = lr_label_at(c->s,
	    c->t, i + 1, b, LAB_UNIT_M2, NULL)) > 0 || (*next = lr_label_at(
	    c->s, c->t, i + 1, b, LAB_UNIT_HA, NULL)) > 0))
		return LAB_P_AREA;
	return -1;
}

/* Does line [a, b) open a list item of a holder: a number of one to
 * three characters and its "." or ")", then "Ông", "Bà" or "Hộ"? */
static int
item_line(const lr_xctx *c, int a, int b)
{
	static const int titles[] = { LAB_OWNER_M, LAB_OWNER_F, LAB_HH_M,
	    LAB_HH_F };

	if (a + 2 >= b || strlen(c->t->v[a].text) > 3 ||
	    !(c->t->v[a].flags & TOK_BOL) ||
	    !(lr_tok_is(c->t, a + 1, '.') || lr_tok_is(c->t, a + 1, ')') ||
	    lr_tok_is(c->t, a + 1, ',')))
		return 0;
	for (size_t k = 0; k < sizeof(titles) / sizeof(*titles); k++)
		if (lr_label_at(c->s, c->t, a + 2, b, titles[k], NULL) > 0)
			return 1;
	return 0;
}

/* The x where the values of item line [a, b) start: the first value
 * label after a gap of three word heights or more from the content
 * before it (the tab leaders, which OCR drops or reads as dots); -1 when
 * there is none.  Its labels in order into cols (up to max), their count
 * in *n. */
static int
values_at(const lr_xctx *c, int a, int b, int *cols, int max, int *n)
{
	int x = -1, end = -1, next;

	*n = 0;
	for (int i = a + 2; i < b; i++) {
		const lr_tok *k = &c->t->v[i];
		int lab = value_label(c, i, b, &next);
		if (x < 0 && lab >= 0 && end >= 0 && k->x - end >= 3 * k->h)
			x = k->x;
		if (x >= 0 && lab >= 0 && *n < max) {
			int dup = 0;
			for (int j = 0; j < *n; j++)
				dup |= cols[j] == lab;
			if (!dup)
				cols[(*n)++] = lab;
		}
		if (x < 0 && lr_tab_content(k) && k->w < 6 * k->h)
			end = k->x + k->w;	/* a word, not a leader */
	}
	return x;
}

/* Is token k a figure 6 OCR read as a marked letter standing alone
 * ("tờ ó,"), where a sheet or parcel number is due? */
static int
six_alone(const lr_tok *k)
{
	char buf[8];

	return snprintf(buf, sizeof(buf), "%s0", k->text) < (int)sizeof(buf)
	    && lr_x_six_of_o(buf) == 1 && strcmp(buf, "60") == 0;
}

/* Is token i of line [a, b), its values from x on, one the reader of
 * cells is to see: the item's number, its holder and, among the values,
 * figures and codes, not their labels (read whole or damaged, "†hửa"),
 * units, commas or the leaders' dots? */
static int
kept(const lr_xctx *c, int i, int a, int b, int x)
{
	const lr_tok *k = &c->t->v[i];
	int next;

	char code[4];
	lr_span sp;

	if (!lr_tab_content(k))
		return 0;
	if (k->x < x || i == a)
		return 1;
	return (k->flags & TOK_DIGIT) || (value_label(c, i, b, &next) < 0 &&
	    lr_parse_landuse(c->s, c->t, i, i + 1, code, &sp) == 0) ||
	    six_alone(k);
}

static char six[] = "6";

/* The item lines starting at tokens starts[0..n) with what kept() keeps
 * into t (the document's strings shared; a lone six letter made "6",
 * its row's six[r] set), x where the values start; -1 when out of
 * memory. */
static int
list_tokens(const lr_xctx *c, const int *starts, int n, int x, lr_toks *t,
    int *sixes)
{
	int a, b;

	for (int r = 0; r < n; r++) {
		lr_tab_line_range(c->t, starts[r], &a, &b);
		for (int i = a; i < b; i++) {
			lr_tok k = c->t->v[i];
			if (!kept(c, i, a, b, x))
				continue;
			if (k.x >= x && !(k.flags & TOK_DIGIT) && six_alone(&k)
			    && ++sixes[r])
				k.text = k.fold = k.key = six, k.flags =
				    TOK_DIGIT | TOK_REPAIRED, k.fixed = 1,
				    k.conf = k.conf < LR_SIX_CONF ? k.conf :
				    LR_SIX_CONF;
			k.flags = (k.flags & ~(unsigned)TOK_BOL) |
			    (t->n == 0 || t->v[t->n - 1].line != k.line ?
			    TOK_BOL : 0);
			if (lr_reserve(&t->v, &t->cap, (size_t)t->n,
			    sizeof(*t->v), 64) != 0)
				return -1;
			t->v[t->n++] = k;
		}
	}
	return 0;
}

/* Read the list whose items are the lines starting at tokens
 * starts[0..n), their values from x on, as the rows of a table of
 * columns cols[0..ncol). */
static void
read_list(lr_xctx *c, const int *starts, int n, int x, const int *cols,
    int ncol)
{
	struct lr_table tb = { .ncol = ncol + 2, .prev_owner = -1,
	    .total = -1, .geo = 1, .page = c->t->v[starts[0]].page };
	lr_toks t = { NULL, 0, 0, 0 }, *doc = c->t;
	int a, b, sixes[MAX_ITEMS] = { 0 };
	char pre[32];

	tb.cols[0] = LAB_T_STT, tb.cols[1] = LAB_T_NAME;
	memcpy(tb.cols + 2, cols, (size_t)ncol * sizeof(*cols));
	tb.first_parcel = (int)json_array_size(c->parcels);
	if (list_tokens(c, starts, n, x, &t, sixes) == 0) {
		c->t = &t;
		for (int from = 0; from < t.n; from = b) {
			lr_tab_line_range(&t, from, &a, &b);
			c->in_table[t.v[a].line] = 1;
			lr_tab_row(c, &tb, a, b);
		}
		lr_tab_checks(c, &tb);
		c->t = doc;
		lr_tab_use_said(c, &tb, starts[0]);
	}
	for (int r = 0; r < n; r++)
		if (sixes[r] && tb.first_parcel + r < (int)json_array_size(
		    c->parcels)) {
			lr_x_prefix(pre, sizeof(pre), "parcels",
			    tb.first_parcel + r);
			lr_x_doubt(c, pre, c->s->set[SET_REPAIR],
			    "a figure 6 read as a letter");
		}
	free(t.v);
}

/* The run of item lines from token from: their first tokens in starts
 * (up to max), how many; the columns of the one with the most value
 * labels set apart by leaders in cols, their count in *ncol (0: no item
 * has them, or half the items or fewer), in *x the least x where an
 * item's values start less a word's height. */
static int
item_run(lr_xctx *c, int from, int *starts, int max, int *cols, int *ncol,
    int *x)
{
	int a, b, n = 0, at[LR_TAB_MAXCOL], m, apart = 0, v;

	*ncol = 0, *x = -1;
	for (; from < c->t->n && n < max; from = b) {
		lr_tab_line_range(c->t, from, &a, &b);
		if (c->in_table[c->t->v[a].line] || !item_line(c, a, b))
			break;
		starts[n++] = a;
		if ((v = values_at(c, a, b, at, LR_TAB_MAXCOL - 2, &m)) < 0)
			continue;
		apart++;
		v -= c->t->v[a].h;
		*x = *x < 0 || v < *x ? v : *x;
		if (m > *ncol)
			memcpy(cols, at, (size_t)(*ncol = m) * sizeof(*at));
	}
	if (2 * apart <= n)
		*ncol = 0;
	return n;
}

void
lr_x_list_tables(lr_xctx *c)
{
	int starts[MAX_ITEMS], cols[LR_TAB_MAXCOL], ncol, n, a, b, x;

	for (int from = 0; from < c->t->n; from = b) {
		lr_tab_line_range(c->t, from, &a, &b);
		if (c->in_table[c->t->v[a].line] || !item_line(c, a, b))
			continue;
		n = item_run(c, a, starts, MAX_ITEMS, cols, &ncol, &x);
		if (n >= MIN_ITEMS && ncol >= 2 && (cols[0] == LAB_P_NUMBER ||
		    cols[0] == LAB_P_SHEET))
			read_list(c, starts, n, x, cols, ncol);
		if (n > 0)
			lr_tab_line_range(c->t, starts[n - 1], &a, &b);
	}
}
