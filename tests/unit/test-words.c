/* Unit tests of lib/record/words.c and layout.c: the blocks of a page, the
 * JSON form carrying them, boxes mapped back to the scan. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "record/record.h"

/* Add a line of words at y, each word {text, x} 20 high, 12 per letter. */
static void
line(lr_page_words *p, int y, const char *const *w, const int *x, int n)
{
	int x1 = x[n - 1] + 12 * (int)strlen(w[n - 1]);
	lr_line *l = lr_words_add_line(p, x[0], y, x1 - x[0], 20);

	for (int i = 0; i < n; i++)
		lr_words_add_word(l, w[i], 95, x[i], y, 12 * (int)strlen(w[i]),
		    20);
}

/* A header in two columns, its first row read by OCR as one line across
 * the gap, over two lines of body. */
static lr_doc_words *
header_page(void)
{
	static const char *const r1[] = { "UBND", "HUYEN", "CONG", "HOA" };
	static const int x1[] = { 100, 170, 800, 860 };
	static const char *const r2[] = { "So:", "12/QD" };
	static const int x2[] = { 110, 160 };
	static const char *const r2b[] = { "Doc", "lap" };
	static const int x2b[] = { 820, 870 };
	static const char *const b1[] = { "Dieu", "1.", "Giao", "dat", "cho",
	    "ong", "A", "tai", "thua", "so", "12", "to", "ban", "do", "3",
	    "xa", "Muong", "Phang" };
	static const int xb[] = { 100, 160, 200, 260, 310, 360, 410, 440, 480,
	    540, 580, 620, 660, 710, 750, 780, 820, 890 };
	lr_doc_words *d = lr_words_new();
	lr_page_words *p = lr_words_add_page(d, 1, 1000, 600);

	line(p, 50, r1, x1, 4);
	line(p, 80, r2, x2, 2);
	line(p, 80, r2b, x2b, 2);
	line(p, 140, b1, xb, 18);
	line(p, 170, b1, xb, 18);
	assert_int_equal(lr_words_sort_lines(p), 0);
	return d;
}

static char *
text_of(const lr_line *l)
{
	return lr_line_text(l);
}

static void
test_header_columns(void **state)
{
	lr_doc_words *d = header_page();
	lr_page_words *p = &d->pages[0];
	static const char *const want[] = { "UBND HUYEN", "So: 12/QD",
	    "CONG HOA", "Doc lap" };
	char *t;

	(void)state;
	assert_int_equal(lr_words_layout(p), 0);
	assert_int_equal(p->nlines, 6);
	for (int i = 0; i < 4; i++) {
		t = text_of(&p->lines[i]);
		assert_string_equal(t, want[i]);
		free(t);
		assert_int_equal(p->lines[i].kind, i < 2 ?
		    LR_BLOCK_HEADER_LEFT : LR_BLOCK_HEADER_RIGHT);
	}
	assert_int_equal(p->lines[0].block, p->lines[1].block);
	assert_int_not_equal(p->lines[1].block, p->lines[2].block);
	assert_int_equal(p->lines[4].kind, LR_BLOCK_BODY);
	assert_int_equal(p->lines[2].x, 800);	/* the cut line's own box */
	lr_words_free(d);
}

static void
test_json(void **state)
{
	lr_doc_words *d = header_page(), *back;
	json_t *j, *jl;
	lr_err err;
	size_t i;

	(void)state;
	/* words from before layouts (no "kind") are laid out when read */
	j = lr_words_to_json(d);
	json_array_foreach(json_object_get(json_array_get(json_object_get(j,
	    "pages"), 0), "lines"), i, jl)
		json_object_del(jl, "kind"), json_object_del(jl, "block");
	assert_non_null(back = lr_words_from_json(j, &err));
	assert_int_equal(back->pages[0].lines[2].kind, LR_BLOCK_HEADER_RIGHT);
	json_decref(j);
	/* and what is laid out stays so, with the scan's geometry */
	back->pages[0].scan = (lr_scan_geom){ 500, 300, 90, 0, 0, { 0 } };
	j = lr_words_to_json(back);
	lr_words_free(back);
	assert_non_null(back = lr_words_from_json(j, &err));
	assert_int_equal(back->pages[0].lines[3].kind, LR_BLOCK_HEADER_RIGHT);
	assert_int_equal(back->pages[0].nlines, 6);
	assert_int_equal(back->pages[0].scan.rotation, 90);
	assert_int_equal(back->pages[0].scan.scan_width, 500);
	json_decref(j);
	lr_words_free(back);
	lr_words_free(d);
}

/* A word's marks travel in its JSON form's seventh item: figures read
 * two ways (8) with red print (2), and a word with none has no seventh
 * item. */
static void
test_marks(void **state)
{
	lr_doc_words *d = header_page(), *back;
	lr_word *w = &d->pages[0].lines[0].words[0];
	json_t *j, *jw;
	lr_err err;

	(void)state;
	w->doubt = 1, w->red = LR_RED_PRINT;
	j = lr_words_to_json(d);
	jw = json_array_get(json_object_get(json_array_get(json_object_get(
	    json_array_get(json_object_get(j, "pages"), 0), "lines"), 0),
	    "words"), 0);
	assert_int_equal(json_integer_value(json_array_get(jw, 6)), 10);
	assert_non_null(back = lr_words_from_json(j, &err));
	w = &back->pages[0].lines[0].words[0];
	assert_true(w->doubt && w->red == LR_RED_PRINT && !w->hand);
	assert_false(back->pages[0].lines[0].words[1].doubt);
	json_decref(j);
	lr_words_free(back);
	lr_words_free(d);
}

static void
test_box_to_scan(void **state)
{
	lr_page_words p = { .n = 1, .width = 300, .height = 450 };
	int in[4] = { 30, 60, 90, 15 }, out[4];

	(void)state;
	lr_words_box_to_scan(&p, in, out);	/* no geometry: as read */
	assert_memory_equal(in, out, sizeof(in));
	p.scan = (lr_scan_geom){ 200, 300, 0, 0, 0, { 0 } };	/* scaled by 1.5 */
	lr_words_box_to_scan(&p, in, out);
	assert_int_equal(out[0], 20), assert_int_equal(out[1], 40);
	assert_int_equal(out[2], 60), assert_int_equal(out[3], 10);
	/* a scan lying on its side (300 wide, 200 high) turned 90 degrees
	 * clockwise and scaled by 1.5: the box stands upright in the scan */
	p.scan = (lr_scan_geom){ 300, 200, 90, 0, 0, { 0 } };
	lr_words_box_to_scan(&p, in, out);
	assert_int_equal(out[0], 40), assert_int_equal(out[1], 120);
	assert_int_equal(out[2], 10), assert_int_equal(out[3], 60);
	/* deskewed about the middle: the middle stays, the box grows */
	p.scan = (lr_scan_geom){ 300, 450, 0, 2, 0, { 0 } };
	in[0] = 140, in[1] = 215, in[2] = 20, in[3] = 20;
	lr_words_box_to_scan(&p, in, out);
	assert_true(abs(2 * out[0] + out[2] - 300) <= 1);
	assert_true(abs(2 * out[1] + out[3] - 450) <= 1);
	assert_true(out[2] > 20 && out[2] < 23);
}

/* A photo's page maps back onto its sheet: its corners onto the sheet's,
 * its middle onto the middle of the quadrilateral; the sheet goes through
 * the words' JSON form and back. */
static void
test_sheet_to_scan(void **state)
{
	lr_page_words p = { .n = 1, .width = 1000, .height = 1400 };
	lr_scan_geom g = { 1300, 1900, 0, 0, 1,
	    { 100, 130, 1260, 110, 130, 1740, 1260, 1750 } };
	int tl[4] = { 0, 0, 10, 10 }, br[4] = { 990, 1390, 10, 10 },
	    mid[4] = { 495, 695, 10, 10 }, out[4];
	lr_doc_words *d = lr_words_new(), *back;
	json_t *j;
	lr_err err;

	(void)state;
	p.scan = g;
	lr_words_box_to_scan(&p, tl, out);
	assert_true(abs(out[0] - 100) <= 1 && abs(out[1] - 129) <= 1);
	lr_words_box_to_scan(&p, br, out);
	assert_true(abs(out[0] + out[2] - 1260) <= 1);
	assert_true(abs(out[1] + out[3] - 1750) <= 1);
	lr_words_box_to_scan(&p, mid, out);	/* middle: (687.5, 932.5) */
	assert_true(abs(2 * out[0] + out[2] - 1375) <= 2);
	assert_true(abs(2 * out[1] + out[3] - 1865) <= 2);
	assert_non_null(d);
	assert_non_null(lr_words_add_page(d, 1, 1000, 1400));
	d->pages[0].scan = g;
	assert_non_null(j = lr_words_to_json(d));
	assert_non_null(back = lr_words_from_json(j, &err));
	assert_int_equal(back->pages[0].scan.photo, 1);
	assert_memory_equal(back->pages[0].scan.sheet, g.sheet,
	    sizeof(g.sheet));
	json_decref(j);
	lr_words_free(d);
	lr_words_free(back);
}

/* A box grown word by word holds them all; an empty one takes the
 * first as it is. */
static void
test_box_grow(void **state)
{
	int b[4] = LR_BOX_NONE;

	(void)state;
	lr_box_grow(b, 40, 10, 20, 8);
	assert_int_equal(b[0], 40), assert_int_equal(b[2], 20);
	lr_box_grow(b, 10, 12, 5, 10);		/* left of it, lower */
	lr_box_grow(b, 70, 5, 30, 4);		/* right, higher */
	assert_int_equal(b[0], 10), assert_int_equal(b[1], 5);
	assert_int_equal(b[2], 90), assert_int_equal(b[3], 17);
	lr_box_grow(b, 20, 8, 10, 2);		/* inside: no change */
	assert_int_equal(b[2], 90), assert_int_equal(b[3], 17);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_header_columns),
		cmocka_unit_test(test_json),
		cmocka_unit_test(test_marks),
		cmocka_unit_test(test_box_to_scan),
		cmocka_unit_test(test_box_grow),
		cmocka_unit_test(test_sheet_to_scan),
	};

	cmocka_set_message_output(CM_OUTPUT_TAP);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
