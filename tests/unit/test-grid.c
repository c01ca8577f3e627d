/* Unit tests of lib/extract/grid.c: grids from rules (an outer border
 * missing, a merged header cell, an underline that is no table, two tables
 * on a page), the cell of a word's box, cells merged down (a rule that
 * stops at a column), and the columns of an unruled table
 * from the gaps in its words. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "extract/grid-int.h"

/* The rules of a table at x 100..700, y 100..400: rows at 100, 200, 300,
 * 400; columns at 100, 300, 500, 700 (the outer ones when border). */
static int
table(lr_rule *r, int border)
{
	int n = 0;

	for (int y = 100; y <= 400; y += 100)
		r[n++] = (lr_rule){ 100, y - 1, 600, 3 };
	for (int x = 100; x <= 700; x += 200)
		if (border || (x != 100 && x != 700))
			r[n++] = (lr_rule){ x - 1, 100, 3, 300 };
	return n;
}

/* The rule at y 300 cut over the middle column (a name cell merged over
 * rows 1 and 2): merged there, not in the other columns nor at y 200; an
 * edge no rule draws (a row cut where a rule was lost) is no merge. */
static void
test_merged_cells(void **state)
{
	lr_rule r[16];
	lr_grid g[1];
	int n = table(r, 1);

	(void)state;
	r[2] = (lr_rule){ 100, 299, 200, 3 };
	r[n++] = (lr_rule){ 500, 299, 200, 3 };
	assert_int_equal(lr_grids_of_rules(r, n, 10, g, 1), 1);
	assert_int_equal(lr_grid_merged(&g[0], r, n, 10, 2, 1), 1);
	assert_int_equal(lr_grid_merged(&g[0], r, n, 10, 2, 0), 0);
	assert_int_equal(lr_grid_merged(&g[0], r, n, 10, 2, 2), 0);
	assert_int_equal(lr_grid_merged(&g[0], r, n, 10, 1, 1), 0);
	g[0].ys[1] = 150;
	assert_int_equal(lr_grid_merged(&g[0], r, n, 10, 1, 1), 0);
}

static void
test_ruled(void **state)
{
	lr_rule r[16];
	lr_grid g[2];
	int n = table(r, 1), row, col;

	(void)state;
	assert_int_equal(lr_grids_of_rules(r, n, 10, g, 2), 1);
	assert_int_equal(g[0].ncol, 3);
	assert_int_equal(g[0].nrow, 3);
	assert_int_equal(g[0].xs[1], 300);
	assert_int_equal(g[0].ys[2], 300);
	/* "57" in the middle column, second row */
	assert_int_equal(lr_grid_cell(&g[0], 380, 240, 40, 30, &row, &col), 0);
	assert_int_equal(row, 1);
	assert_int_equal(col, 1);
	/* a word below the table is in none of its cells */
	assert_int_equal(lr_grid_cell(&g[0], 380, 450, 40, 30, &row, &col), -1);
}

static void
test_no_border(void **state)
{
	lr_rule r[16];
	lr_grid g[1];
	int n = table(r, 0);

	(void)state;
	assert_int_equal(lr_grids_of_rules(r, n, 10, g, 1), 1);
	assert_int_equal(g[0].ncol, 3);
	assert_int_equal(g[0].xs[0], 100);
	assert_int_equal(g[0].xs[3], 700);
}

static void
test_merged_head(void **state)
{
	lr_rule r[16];
	lr_grid g[1];
	int n = table(r, 1);

	(void)state;
	/* "Thửa đất" over two columns: a half rule under it at 150, the
	 * vertical between its columns from there down */
	r[n++] = (lr_rule){ 500, 149, 200, 3 };
	r[n++] = (lr_rule){ 599, 150, 3, 250 };
	assert_int_equal(lr_grids_of_rules(r, n, 10, g, 1), 1);
	assert_int_equal(g[0].ncol, 4);
	assert_int_equal(g[0].nrow, 4);
	assert_int_equal(g[0].xs[3], 600);
}

/* One vertical rule run on above the top border by less than a line of
 * text (a letter's stroke the unruling joined to it) makes no row; run on
 * by a row's height (the other rules lost up there), it does. */
static void
test_stray_edge(void **state)
{
	lr_rule r[16];
	lr_grid g[1];
	int n = table(r, 1);

	(void)state;
	r[5].y = 70, r[5].h = 330;	/* the rule at x 300 from y 70 */
	assert_int_equal(lr_grids_of_rules(r, n, 10, g, 1), 1);
	assert_int_equal(g[0].nrow, 3);
	assert_in_range(g[0].ys[0], 99, 101);
	r[5].y = 0, r[5].h = 400;	/* from y 0 */
	assert_int_equal(lr_grids_of_rules(r, n, 10, g, 1), 1);
	assert_int_equal(g[0].nrow, 4);
	assert_int_equal(g[0].ys[0], 0);
}

/* The inner rules broken over row 1 (a hamlet's name across the table):
 * that row spans the table, the others do not. */
static void
test_spanning_row(void **state)
{
	lr_rule r[16];
	lr_grid g[1];
	int n = table(r, 1);

	(void)state;
	r[5].h = 100, r[6].h = 100;	/* x 300 and 500 over row 0 */
	r[n++] = (lr_rule){ 299, 300, 3, 100 };
	r[n++] = (lr_rule){ 499, 300, 3, 100 };
	assert_int_equal(lr_grids_of_rules(r, n, 10, g, 1), 1);
	assert_int_equal(g[0].ncol, 3);
	assert_int_equal(lr_grid_spans(&g[0], r, n, 10, 1), 1);
	assert_int_equal(lr_grid_spans(&g[0], r, n, 10, 0), 0);
	assert_int_equal(lr_grid_spans(&g[0], r, n, 10, 2), 0);
}

static void
test_not_tables(void **state)
{
	lr_rule r[32];
	lr_grid g[4];
	int n = table(r, 1);

	(void)state;
	/* an underline under the header and a second table lower down */
	r[n++] = (lr_rule){ 1000, 50, 400, 3 };
	for (int i = 0, m = n; i < m; i++)
		if (r[i].y < 1000 && r[i].x < 800) {
			r[n] = r[i];
			r[n++].y += 1000;
		}
	assert_int_equal(lr_grids_of_rules(r, n, 10, g, 4), 2);
	assert_int_equal(g[1].ys[0] - g[0].ys[0], 1000);
	assert_int_equal(lr_grids_of_rules(r, 1, 10, g, 4), 0);
}

static void
test_columns(void **state)
{
	/* two rows: "1 | Nguyễn Kim | 2 | 3.362,7" and "2 | Lò Văn Hùng |
	 * 12 | 415,0"; spaces between words 20 wide, columns 80 apart */
	lr_rule b[] = {
		{ 100, 0, 20, 30 }, { 200, 0, 120, 30 }, { 340, 0, 60, 30 },
		{ 480, 0, 20, 30 }, { 580, 0, 140, 30 },
		{ 100, 60, 20, 30 }, { 200, 60, 40, 30 }, { 260, 60, 60, 30 },
		{ 340, 60, 80, 30 }, { 500, 60, 30, 30 }, { 600, 60, 100, 30 },
	};
	int xs[16];

	(void)state;
	assert_int_equal(lr_grid_columns(b, 11, 40, xs, 16), 4);
	assert_int_equal(xs[0], 100);
	assert_int_equal(xs[1], 160);
	assert_int_equal(xs[2], 450);
	assert_int_equal(xs[3], 555);
	assert_int_equal(xs[4], 721);
	/* words closer than the gap make one column */
	assert_int_equal(lr_grid_columns(b, 11, 200, xs, 16), 1);
}

static void
test_columns_bridged(void **state)
{
	/* four rows "N | name | 12": in the third, OCR ran the row number
	 * and the name into one word ("3HộbàLêThịYến") over the gap */
	lr_rule b[] = {
		{ 100, 0, 20, 30 }, { 200, 0, 120, 30 }, { 400, 0, 40, 30 },
		{ 100, 60, 20, 30 }, { 200, 60, 150, 30 }, { 400, 60, 40, 30 },
		{ 100, 120, 250, 30 }, { 400, 120, 40, 30 },
		{ 100, 180, 20, 30 }, { 200, 180, 100, 30 }, { 400, 180, 40, 30 },
	};
	int xs[16];

	(void)state;
	assert_int_equal(lr_grid_columns(b, 11, 40, xs, 16), 3);
	assert_int_equal(xs[1], 160);
	assert_int_equal(xs[2], 375);
	/* the third row alone: nothing shows the gap its word bridges */
	assert_int_equal(lr_grid_columns(b + 6, 2, 40, xs, 16), 2);
	/* two rows that both cover the gap: no column there */
	b[4].x = 110, b[4].w = 240;
	assert_int_equal(lr_grid_columns(b, 11, 40, xs, 16), 2);
}

/* Four boxed cards two by two (x 100..500 and 560..960, y 100..400 and
 * 440..740), each with a rule under its title: four boxes side by side; a
 * ruled table (its rules across its columns) and one box alone are none. */
static void
test_boxes(void **state)
{
	lr_rule r[64], b[8];
	int n = 0;

	(void)state;
	for (int x = 100; x <= 560; x += 460)
		for (int y = 100; y <= 440; y += 340) {
			r[n++] = (lr_rule){ x, y, 400, 3 };
			r[n++] = (lr_rule){ x, y + 60, 400, 3 };
			r[n++] = (lr_rule){ x, y + 300, 400, 3 };
			r[n++] = (lr_rule){ x, y, 3, 300 };
			r[n++] = (lr_rule){ x + 397, y, 3, 300 };
		}
	assert_int_equal(lr_grid_boxes(r, n, 10, b, 8), 4);
	assert_int_equal(b[0].x, 100);
	assert_int_equal(b[0].w, 400);
	assert_int_equal(b[0].h, 300);
	assert_int_equal(lr_grid_boxes(r, 10, 10, b, 8), 0);
	n = table(r, 1);
	assert_int_equal(lr_grid_boxes(r, n, 10, b, 8), 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_ruled),
		cmocka_unit_test(test_no_border),
		cmocka_unit_test(test_merged_head),
		cmocka_unit_test(test_merged_cells),
		cmocka_unit_test(test_stray_edge),
		cmocka_unit_test(test_spanning_row),
		cmocka_unit_test(test_not_tables),
		cmocka_unit_test(test_columns),
		cmocka_unit_test(test_boxes),
		cmocka_unit_test(test_columns_bridged),
	};

	cmocka_set_message_output(CM_OUTPUT_TAP);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
