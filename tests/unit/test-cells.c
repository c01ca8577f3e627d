/* Unit tests of lib/ocr/cells.c, the cells of a ruled table's narrow
 * columns of figures to read again: which cells (figures, in columns of
 * figures, narrow; not a header's column numbers), their boxes inside the
 * rules, words read over a rule between two such columns, none holding a
 * word of letters, and none on a page without vertical rules. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "ocr/ocr.h"

/* The columns' rules: STT 150-240, name 240-800, sheet 800-900, parcel
 * 900-1000, area 1000-1700 (wider than a quarter of the page); rows at
 * y 400 (header), 500, 600, 700 and 800 (row 4), to 900. */
static const int XS[] = { 150, 240, 800, 900, 1000, 1700 };
static const int YS[] = { 400, 500, 600, 700, 800, 900 };

/* A page 2480 x 3508 with the table's rules. */
static lr_page_words *
table(lr_doc_words **d)
{
	lr_page_words *p;

	*d = lr_words_new();
	p = lr_words_add_page(*d, 1, 2480, 3508);
	for (int i = 0; i < 6; i++)
		assert_int_equal(lr_words_add_rule(p, XS[i], 400, 4, 500), 0);
	for (int i = 0; i < 6; i++)
		assert_int_equal(lr_words_add_rule(p, 150, YS[i], 1554, 4), 0);
	return p;
}

/* Add a line at y (40 high) of words "text@x+w" (read with a confidence
 * of 90; "text@x+w!": of 30). */
static void
row(lr_page_words *p, int y, const char *const *words, int n)
{
	lr_line *l = lr_words_add_line(p, 160, y, 1500, 40);

	for (int i = 0; i < n; i++) {
		char text[64], low = 0;
		int x, w;
		assert_in_range(sscanf(words[i], "%63[^@]@%d+%d%c", text, &x,
		    &w, &low), 3, 4);
		assert_non_null(lr_words_add_word(l, text, low ? 30 : 90, x, y,
		    w, 40));
	}
}

/* The table's header and rows 1, 2 and 3. */
static void
rows(lr_page_words *p)
{
	static const char *const head[] = { "STT@160+60", "Họ@260+60",
	    "tên@330+60", "Tờ@810+40", "Thửa@910+80", "Diện@1010+100" };
	static const char *const r1[] = { "1@170+20", "Lò@260+50",
	    "Văn@320+80", "12@810+50", "157@910+70", "3.362,7@1010+160" };
	static const char *const r2[] = { "2@170+20", "Quàng@260+120",
	    "12@810+50", "158@910+70", "415,0@1010+120" };
	static const char *const r3[] = { "3@170+20", "Điêu@260+100",
	    "13@810+50", "71@910+50", "98,2@1010+100" };

	row(p, 430, head, 6);
	row(p, 530, r1, 6);
	row(p, 630, r2, 5);
	row(p, 730, r3, 5);
}

/* The cells lr_cells_find() gives of the table, its header and rows 1-3,
 * and a row 4 at y 845 of the n words extra, into c (32); the page in *d.
 * Returns how many. */
static int
find(lr_doc_words **d, const char *const *extra, int n, lr_cell *c)
{
	lr_page_words *p = table(d);

	rows(p);
	if (n > 0)
		row(p, 845, extra, n);
	return lr_cells_find(p, c, 32);
}

/* Is box b inside the rules around x, y: between the vertical rules
 * left and right of x and the horizontal ones over and under y? */
static int
in_cell(const int b[4], int x, int y)
{
	int i = 0, k = 0;

	while (i + 1 < 6 && XS[i + 1] <= x)
		i++;
	while (k + 1 < 6 && YS[k + 1] <= y)
		k++;
	return b[0] >= XS[i] + 4 && b[0] + b[2] <= XS[i + 1] &&
	    b[1] >= YS[k] + 4 && b[1] + b[3] <= YS[k + 1];
}

static void
cells_of_figures(void **state)
{
	lr_doc_words *d;
	lr_cell c[32];
	int n = find(&d, NULL, 0, c);
	lr_page_words *p = &d->pages[0];

	(void)state;
	/* STT, sheet and parcel of rows 1-3; not the header, the names nor
	 * the areas (a column too wide) */
	assert_int_equal(n, 9);
	for (int i = 0; i < n; i++) {
		const lr_word *w = &p->lines[c[i].line].words[c[i].first];
		assert_int_equal(c[i].n, 1);
		assert_int_equal(c[i].crossed, 0);
		assert_in_range(c[i].line, 1, 3);
		assert_true(strchr("0123456789", w->text[0]) != NULL);
		assert_true(w->x < 1000);
		assert_true(in_cell(c[i].box, w->x + w->w / 2, w->y + w->h / 2));
		/* the box holds the word's height and more */
		assert_true(c[i].box[1] < w->y && c[i].box[1] + c[i].box[3] >
		    w->y + w->h);
	}
	assert_int_equal(lr_cells_find(p, c, 4), 4);
	lr_words_free(d);
}

static void
merged_over_a_rule(void **state)
{
	static const char *const r4[] = { "4@170+20", "Lò@260+50",
	    "1491@850+100", "640,3@1010+120" };
	lr_doc_words *d;
	lr_cell c[32];
	int sheet = -1, parcel = -1;
	/* "14" and "91" read as one over the rule at x 900 */
	int n = find(&d, r4, 4, c);

	(void)state;
	for (int i = 0; i < n; i++)
		if (c[i].line == 4 && c[i].box[0] < 900 && c[i].box[0] > 800)
			sheet = i;
		else if (c[i].line == 4 && c[i].box[0] > 900)
			parcel = i;
	assert_true(sheet >= 0 && parcel >= 0);
	assert_int_equal(c[sheet].n, 1);
	assert_int_equal(c[sheet].crossed, 1);
	assert_int_equal(c[parcel].n, 0);	/* its figures are in 1491 */
	assert_int_equal(c[parcel].crossed, 1);
	assert_true(in_cell(c[parcel].box, 950, 865));
	lr_words_free(d);
}

static void
run_into_words(void **state)
{
	static const char *const r4[] = { "4@170+20", "Lò@260+50",
	    "Văn12@700+150", "60@910+50", "640,3@1010+120" };
	lr_doc_words *d;
	lr_cell c[32];
	/* a name's word run into the sheet's cell */
	int n = find(&d, r4, 5, c);

	(void)state;
	for (int i = 0; i < n; i++)
		assert_false(c[i].line == 4 && c[i].box[0] > 800 &&
		    c[i].box[0] < 900);
	lr_words_free(d);
}

/* The cells of line 4 of c (n) in the sheet's and parcel's columns, as
 * bits 1 and 2. */
static int
sheet_parcel(const lr_cell *c, int n)
{
	int found = 0;

	for (int i = 0; i < n; i++)
		if (c[i].line == 4 && c[i].box[0] > 800)
			found |= c[i].box[0] < 900 ? 1 : 2;
	return found;
}

static void
scraps(void **state)
{
	static const char *const r4[] = { "4@170+20", "Lò@260+50",
	    "))@810+40!", "60@910+50", "640,3@1010+120" };
	static const char *const r5[] = { "Tổng@260+100", "))@810+40!",
	    "640,3@1010+120" };
	lr_doc_words *d;
	lr_cell c[32];
	/* "22" read as marks, in a row of figures */
	int n = find(&d, r4, 5, c);

	(void)state;
	assert_int_equal(sheet_parcel(c, n), 3);
	lr_words_free(d);
	/* not in a row of one figure only */
	n = find(&d, r5, 3, c);
	assert_int_equal(sheet_parcel(c, n), 0);
	lr_words_free(d);
}

static void
empty(void **state)
{
	static const char *const r4[] = { "4@170+20", "Lò@260+50",
	    "60@910+50", "640,3@1010+120" };
	static const char *const r5[] = { "Lò@260+50", "60@910+50" };
	lr_doc_words *d;
	lr_page_words *p;
	lr_cell c[32];
	/* no word in the sheet's cell of a row of figures */
	int n = find(&d, r4, 4, c);

	(void)state;
	assert_int_equal(sheet_parcel(c, n), 3);
	for (int i = 0; i < n; i++)
		if (c[i].line == 4 && c[i].box[0] < 900 && c[i].box[0] > 800)
			assert_true(c[i].n == 0 && !c[i].crossed &&
			    in_cell(c[i].box, 850, 865));
	lr_words_free(d);
	/* not in a row of one figure: a name's second line, a total */
	n = find(&d, r5, 2, c);
	assert_int_equal(sheet_parcel(c, n), 2);
	lr_words_free(d);
	/* nor where the sheet's figure was read as a line of its own */
	p = table(&d);
	rows(p);
	row(p, 845, r4, 4);
	row(p, 845, (const char *const[]){ "14@810+50" }, 1);
	n = lr_cells_find(p, c, 32);
	assert_int_equal(sheet_parcel(c, n), 2);
	lr_words_free(d);
}

static void
column_numbers(void **state)
{
	static const char *const r4[] = { "(1)@170+40", "(2)@400+40",
	    "(3)@810+50", "(4)@910+50", "(5)@1010+50" };
	lr_doc_words *d;
	lr_cell c[32];
	/* a row numbering the columns, as under many tables' headers */
	int n = find(&d, r4, 5, c);

	(void)state;
	assert_int_equal(n, 9);
	for (int i = 0; i < n; i++)
		assert_int_not_equal(c[i].line, 4);
	lr_words_free(d);
}

static void
labelled(void **state)
{
	static const char *const r4[] = { "4@170+20", "Lò@260+50",
	    "12@810+50", "Số:@905+35", "158@945+50", "640,3@1010+120" };
	static const char *const r5[] = { "5@170+20", "Lò@260+50",
	    "Số:@805+35", "1491@845+100", "640,3@1010+120" };
	lr_doc_words *d;
	lr_cell c[32];
	/* a label before the figures ("CMND số: 191335411"): the reading
	 * of figures alone would drop it */
	int n = find(&d, r4, 6, c);

	(void)state;
	assert_int_equal(sheet_parcel(c, n), 1);
	lr_words_free(d);
	/* nor when the figures run over the rule */
	n = find(&d, r5, 5, c);
	assert_int_equal(sheet_parcel(c, n) & 1, 0);
	lr_words_free(d);
}

static void
none_without_rules(void **state)
{
	lr_doc_words *d;
	lr_cell c[32];
	lr_page_words *p;

	(void)state;
	(void)find(&d, NULL, 0, c);
	p = &d->pages[0];
	p->nrules = 0;		/* prose, or a table read unruled */
	assert_int_equal(lr_cells_find(p, c, 32), 0);
	for (int i = 0; i < 6; i++)	/* rules across only: underlines */
		assert_int_equal(lr_words_add_rule(p, 150, YS[i], 1554, 4), 0);
	assert_int_equal(lr_cells_find(p, c, 32), 0);
	lr_words_free(d);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(cells_of_figures),
		cmocka_unit_test(merged_over_a_rule),
		cmocka_unit_test(run_into_words),
		cmocka_unit_test(scraps),
		cmocka_unit_test(empty),
		cmocka_unit_test(column_numbers),
		cmocka_unit_test(labelled),
		cmocka_unit_test(none_without_rules),
	};

	cmocka_set_message_output(CM_OUTPUT_TAP);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
