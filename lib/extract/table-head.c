/* Field extraction: the header line of a table of holders and parcels:
 * its column labels (table-columns.tsv), read by its "|" cells or word by
 * word when the separators are lost, and whether they head a table of
 * parcels. */
#include <stdlib.h>
#include <string.h>

#include "extract-private.h"
#include "table-int.h"

/* The letters and digits of the keys of tokens [a, b) in key (n bytes);
 * its length. */
static size_t
cell_key(const lr_xctx *c, int a, int b, char *key, size_t n)
{
	size_t len = 0;

	for (int j = a; j < b; j++)
		for (const char *p = c->t->v[j].key; *p != '\0'; p++)
			if (len + 1 < n && ((*p >= 'a' && *p <= 'z') ||
			    (*p >= '0' && *p <= '9')))
				key[len++] = *p;
	key[len] = '\0';
	return len;
}

/* The column label a header cell [a, b) starts: "Tờ bản" of a header cut
 * over two lines is the start of "tờ bản đồ số"; of the column heads of
 * table-columns.tsv, the one that matches the most of it, the one as long
 * as the cell on a tie ("thửa đất" before "thửa đất số").  -1 when none. */
static int
cell_label(const lr_xctx *c, int a, int b, size_t *jlen)
{
	char key[64];
	size_t len = cell_key(c, a, b, key, sizeof(key)), best = 0;
	int lab = -1;

	if (len < 2)
		return -1;
	for (int p = 0; p < c->s->columns.n; p++) {
		const lr_phrase *ph = &c->s->columns.v[p];
		size_t n = strlen(ph->joined) < len ? strlen(ph->joined) : len;
		/* either may run on: "Tờ bản" (cut), "Diện tích (m²)" */
		if ((n > best || (n == best && strlen(ph->joined) == len)) &&
		    strncmp(ph->joined, key, n) == 0 &&
		    (n >= 4 || strlen(ph->joined) == len)) {
			*jlen = strlen(ph->joined);
			lab = ph->key, best = n;
		}
	}
	return lab;
}

/* The column label of header cell [a, b): the label it starts with, else
 * the first label whole from one of its later words ("Tên hộ gia đình, cá
 * nhân", "Họ, tên chủ sử dụng": a general word before the label).  -1
 * when none. */
static int
cell_label_in(const lr_xctx *c, int a, int b)
{
	char key[64];
	size_t jlen;
	int lab = cell_label(c, a, b, &jlen);

	for (int j = a + 1; lab < 0 && j < b; j++)
		if ((lab = cell_label(c, j, b, &jlen)) >= 0 &&
		    jlen > cell_key(c, j, b, key, sizeof(key)))
			lab = -1;	/* cut short: only at the start */
	return lab;
}

int
lr_tab_column(const lr_xctx *c, int a, int b, int *ha)
{
	*ha = 0;
	for (int j = a; j < b; j++)
		*ha |= strcmp(c->t->v[j].key, "ha") == 0;
	return cell_label_in(c, a, b);
}

/* Add column lab to cols unless it repeats the last one; the count. */
static int
add_col(int *cols, int n, int lab)
{
	if (n < LR_TAB_MAXCOL && (n == 0 || cols[n - 1] != lab))
		cols[n++] = lab;
	return n;
}

const char *
lr_tab_header_why(const int *cols, int n, int known)
{
	int parcel = 0;

	for (int i = 0; i < n; i++)
		parcel |= cols[i] == LAB_P_NUMBER || cols[i] == LAB_P_SHEET ||
		    cols[i] == LAB_T_NUMSHEET || cols[i] == LAB_T_SHEETNUM;
	if (!parcel)
		return "no sheet or parcel-number column";
	return known < 3 ? "fewer than three columns named" : NULL;
}

int
lr_tab_header_ok(const int *cols, int n, int known)
{
	return lr_tab_header_why(cols, n, known) == NULL ? n : 0;
}

/* The columns of a header whose cells are cut by "|", tokens [a, b). */
static int
pipe_header(const lr_xctx *c, int a, int b, int *cols)
{
	int n = 0, known = 0, e;

	for (a = lr_tok_skip(c->t, a, b, "|"); a < b && n < LR_TAB_MAXCOL;
	    a = e + 1) {
		for (e = a; e < b && !lr_tok_is(c->t, e, '|'); e++)
			;
		cols[n] = cell_label_in(c, a, e);
		known += cols[n] >= 0;
		n++;
	}
	return lr_tab_header_ok(cols, n, known);
}

/* Do columns cols[0..n) list parcels with no holder column: sheet,
 * parcel number and area, each once ("Số tờ | Số thửa | Diện tích | Từ
 * loại đất | Sang loại đất", a change of use)?  Prose names them in
 * sentences with their numbers, never three in a line of words alone. */
static int
parcel_list(const int *cols, int n)
{
	int seen = 0;

	for (int k = 0; k < n; k++)
		seen |= cols[k] == LAB_P_SHEET ? 1 : cols[k] == LAB_P_NUMBER ?
		    2 : cols[k] == LAB_P_AREA ? 4 : 0;
	return seen == 7;
}

/* Is token j (after a) cut from the OCR word of a token of letters before
 * it ("ÔÁC9": specks read as letters and a digit), the same box? */
static int
in_letters(const lr_toks *t, int a, int j)
{
	return j > a && (t->v[j - 1].flags & TOK_ALPHA) && t->v[j - 1].x ==
	    t->v[j].x && t->v[j - 1].w == t->v[j].w;
}

void
lr_tab_line_range(const lr_toks *t, int from, int *a, int *b)
{
	*a = from;
	for (*b = from + 1; *b < t->n && !(t->v[*b].flags & TOK_BOL); (*b)++)
		;
}

int
lr_tab_head_words(const lr_xctx *c, int a, int b, int *cols, int *at)
{
	int n = 0, lab = -1, w;
	char key[64];
	size_t jlen;

	for (int i = a; i < b; i += w) {
		/* the label must run past the words before the last one */
		for (w = 4; w > 0; w--)
			if (i + w <= b && !lr_tok_is(c->t, i + w - 1, '|') &&
			    (lab = cell_label(c, i, i + w, &jlen)) >= 0 &&
			    jlen > cell_key(c, i, i + w - 1, key, sizeof(key)))
				break;
		if (w > 0 && add_col(cols, n, lab) > n) {
			if (at != NULL)
				at[n] = i;
			n++;
		}
		w = w > 0 ? w : 1;
	}
	return n;
}

/* The column labels of the line of words [a, b) in cols, read word by
 * word, separators lost or stray ("STT Họ và tên Tờ bản Thửa Diện tích
 * Loại"): lr_tab_head_words(); how many, 0 when a word of it is a number
 * (a row or prose; a digit OCR read inside a word of letters is none). */
static int
line_labels(const lr_xctx *c, int a, int b, int *cols)
{
	for (int j = a; j < b; j++)
		if ((c->t->v[j].flags & TOK_DIGIT) && !in_letters(c->t, a, j))
			return 0;
	return lr_tab_head_words(c, a, b, cols, NULL);
}

/* Does the line ending before token e end with ":" (a sentence that
 * opens what follows: "..., cụ thể:"), as no header cell does? */
static int
colon_end(const lr_toks *t, int e)
{
	const char *s = t->v[e - 1].text;

	return lr_tok_is(t, e - 1, ':') || (*s != '\0' && s[strlen(s) - 1] ==
	    ':');
}

/* The columns of a header read word by word (line_labels), when they make
 * a table's header: with "STT" or "Họ và tên", or a list of parcels; not
 * a line ending with ":" (colon_end: "Thông tin từng người sử dụng đất
 * và thửa đất bị thu hồi như sau:" opens what follows). */
static int
word_header(const lr_xctx *c, int a, int b, int *cols)
{
	int n = b > a && !colon_end(c->t, b) ? line_labels(c, a, b, cols) : 0;

	for (int k = 0; k < n; k++)	/* prose has no "STT", "Họ và tên" */
		if (cols[k] == LAB_T_STT || cols[k] == LAB_T_NAME)
			return lr_tab_header_ok(cols, n, n);
	return parcel_list(cols, n) ? lr_tab_header_ok(cols, n, n) : 0;
}

/* The next line of a header stacked over lines, after the line [a, b):
 * on the same page, its top within two line heights of that line's
 * bottom, no word of it a number, in no table read already.  Its first
 * token, or -1 when none. */
static int
stacked_next(const lr_xctx *c, int a, int b)
{
	const lr_tok *p = &c->t->v[a], *q = &c->t->v[b < c->t->n ? b : a];
	int e;

	if (b >= c->t->n || q->page != p->page || q->y > p->y + 3 * p->h ||
	    c->in_table[q->line])
		return -1;
	lr_tab_line_range(c->t, b, &b, &e);
	for (int j = b; j < e; j++)
		if ((c->t->v[j].flags & TOK_DIGIT) && !in_letters(c->t, b, j))
			return -1;
	return b;
}

int
lr_tab_stacked_header(const lr_xctx *c, int a, int b, int *cols)
{
	int n = 0, lines = 0, holders = 0, e, one[LR_TAB_MAXCOL];

	for (; a >= 0 && lines < 3; lines++, a = stacked_next(c, a, b)) {
		lr_tab_line_range(c->t, a, &a, &e);
		int m = line_labels(c, a, e, one);
		if (m == 0 || colon_end(c->t, e))
			break;	/* a number, no label, or prose opening a list */
		for (int k = 0; k < m; k++) {
			holders |= one[k] == LAB_T_STT || one[k] == LAB_T_NAME;
			n = add_col(cols, n, one[k]);
		}
		b = e;
	}
	return lines >= 2 && holders ? lr_tab_header_ok(cols, n, n) : 0;
}

int
lr_tab_header(const lr_xctx *c, int a, int b, int *cols)
{
	int n = pipe_header(c, a, b, cols);

	return n > 0 ? n : word_header(c, a, b, cols);
}

/* The first token of [from, b) with letters or digits, or b. */
static int
next_content(const lr_toks *t, int from, int b)
{
	while (from < b && !lr_tab_content(&t->v[from]))
		from++;
	return from;
}

/* The end of the header row of line a: the lines after it whose first
 * word stands within a word's height of its top (OCR cuts a row of header
 * cells into lines, "STT Họ và tên Tờ" then "Thửa Diện tích Loại STT Họ"). */
static int
band_end(const lr_toks *t, int a)
{
	int s, b = a;

	do
		lr_tab_line_range(t, b, &s, &b);
	while (b < t->n && t->v[b].page == t->v[a].page &&
	    abs(t->v[b].y - t->v[a].y) < t->v[a].h);
	return b;
}

/* The right edge of the words of [a, b) left of x nearest it, or -1. */
static int
left_edge(const lr_toks *t, int a, int b, int x)
{
	int e = -1;

	for (int j = a; j < b; j++)
		if (t->v[j].x < x && lr_tab_content(&t->v[j]) &&
		    t->v[j].x + t->v[j].w > e)
			e = t->v[j].x + t->v[j].w;
	return e;
}

int
lr_tab_repeat_at(const lr_xctx *c, int a)
{
	const lr_toks *t = c->t;
	int b = band_end(t, a), f0 = next_content(t, a, b),
	    f1 = next_content(t, f0 + 1, b);

	if (f1 >= b || (t->v[f0].flags & TOK_DIGIT))
		return -1;
	for (int j = f1 + 1; j < b; j++) {
		int k = next_content(t, j + 1, b), e = left_edge(t, a, b,
		    t->v[j].x);
		if (k < b && strcmp(t->v[j].key, t->v[f0].key) == 0 &&
		    strcmp(t->v[k].key, t->v[f1].key) == 0 &&
		    t->v[j].x > t->v[f1].x && e >= 0 &&
		    t->v[j].x - e >= t->v[j].h)
			return (e + t->v[j].x) / 2;
	}
	return -1;
}

int
lr_tab_article(const lr_xctx *c, int a, int e)
{
	int n;

	while (a < e && !lr_tab_content(&c->t->v[a]))
		a++;
	if (a >= e || (n = lr_label_at(c->s, c->t, a, e, LAB_ARTICLE,
	    NULL)) < 0)
		return 0;
	n = lr_tok_skip(c->t, n, e, ".:");
	return n < e && (c->t->v[n].flags & TOK_DIGIT);
}
