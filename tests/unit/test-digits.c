/* Unit tests of lib/ocr/digits.c, numeric words read again with a model
 * of figures: which words are read again (a digit in their leading
 * figures, a house number's "3," too; not by hand, not red print), and
 * how a second reading settles a word (the same digits: nothing; others: doubted, the surer
 * kept, its digits put in place one for one), and where on a page
 * (prose, and a table's figures but those of ruled cells read again). */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "ocr/ocr.h"

/* A word of text read with conf, alone on a page of d. */
static lr_word *
word(lr_doc_words **d, const char *text, double conf)
{
	lr_page_words *p;
	lr_line *l;

	*d = lr_words_new();
	p = lr_words_add_page(*d, 1, 2480, 3508);
	l = lr_words_add_line(p, 100, 100, 400, 40);
	return lr_words_add_word(l, text, (float)conf, 100, 100, 200, 40);
}

static void
wanted(void **state)
{
	static const struct {
		const char *text;
		int want;
	} cases[] = {
		{ "1975,", 1 }, { "1.234,5", 1 }, { "011075001234", 1 },
		{ "123/QĐ-UBND", 1 }, { "(1.234,5", 1 }, { "12/08/2069;", 1 },
		{ "3,", 1 }, { "Số:", 0 }, { "QĐ-123", 0 }, { "m²", 0 },
	};
	lr_doc_words *d;
	lr_word *w;

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		w = word(&d, cases[i].text, 90);
		assert_int_equal(lr_digits_wanted(w), cases[i].want);
		lr_words_free(d);
	}
	w = word(&d, "1975", 90);
	w->hand = 1;
	assert_int_equal(lr_digits_wanted(w), 0);	/* read again by hand.c */
	w->hand = 0, w->red = LR_RED_PRINT;
	assert_int_equal(lr_digits_wanted(w), 0);	/* and by red.c */
	lr_words_free(d);
}

static void
settled(void **state)
{
	lr_doc_words *d;
	lr_word *w;

	(void)state;
	/* the same digits, the separators aside: nothing */
	w = word(&d, "1.234,5", 93);
	assert_int_equal(lr_digits_settle(w, "1234,5", 88), 0);
	assert_int_equal(w->doubt, 0);
	lr_words_free(d);
	/* Vollkorn's 3 read 5 surely: doubted, the surer 5 kept */
	w = word(&d, "1975,", 93);
	assert_int_equal(lr_digits_settle(w, "1973", 88), 1);
	assert_int_equal(w->doubt, 1);
	assert_string_equal(w->text, "1975,");
	lr_words_free(d);
	/* the figures surer: their digits in place, the rest kept */
	w = word(&d, "125/QĐ-UBND", 70);
	assert_int_equal(lr_digits_settle(w, "123/QD-UBND", 90), 1);
	assert_string_equal(w->text, "123/QĐ-UBND");
	assert_true(w->conf > 89 && w->doubt);
	lr_words_free(d);
	/* surer but a digit short: doubted, left as read */
	w = word(&d, "011075001234", 70);
	assert_int_equal(lr_digits_settle(w, "01107500124", 90), 1);
	assert_string_equal(w->text, "011075001234");
	lr_words_free(d);
	/* nothing read, or read unsure: nothing settled */
	w = word(&d, "1975", 93);
	assert_int_equal(lr_digits_settle(w, "", -1), 0);
	assert_int_equal(lr_digits_settle(w, "1973", LR_DIGITS_MIN_CONF - 1),
	    0);
	assert_int_equal(w->doubt, 0);
	lr_words_free(d);
}

/* A line at y of p (its block kind) with words "text@x" (40 wide, read
 * with a confidence of 96). */
static void
line_of(lr_page_words *p, int y, lr_block_kind kind, const char *const *ws,
    int n)
{
	lr_line *l = lr_words_add_line(p, 160, y, 1500, 40);
	char text[32];
	int x;

	l->kind = kind;
	for (int i = 0; i < n; i++) {
		assert_int_equal(sscanf(ws[i], "%31[^@]@%d", text, &x), 2);
		assert_non_null(lr_words_add_word(l, text, 96, x, y, 40, 40));
	}
}

/* The words read again: the figures of prose, and those of a table that
 * no ruled cell reads again (a card of holders, an unruled list: their
 * 3 read 5 surely, nothing else doubts them); a ruled table's narrow
 * columns of figures are read again by lr_cells_reread(), not twice. */
static void
where(void **state)
{
	static const char *const prose[] = { "năm@200", "1975,@300" };
	static const char *const card[] = { "Tờ@200", "52,@300", "thửa@400",
	    "541@500" };
	static const char *const ruled[] = { "1@170", "Lò@260", "12@810",
	    "157@910", "3.362,7@1010" };
	static const int xs[] = { 150, 240, 800, 900, 1000, 1700 };
	lr_doc_words *d = lr_words_new();
	lr_page_words *p = lr_words_add_page(d, 1, 2480, 3508);
	lr_cell cs[32];
	int n = 0;

	(void)state;
	line_of(p, 200, LR_BLOCK_BODY, prose, 2);
	line_of(p, 300, LR_BLOCK_TABLE, card, 4);
	assert_int_equal(lr_digits_to_read(p, 0, 0, cs, n), 0);	/* a word */
	assert_int_equal(lr_digits_to_read(p, 0, 1, cs, n), 1);
	assert_int_equal(lr_digits_to_read(p, 1, 1, cs, n), 1);	/* no rules */
	assert_int_equal(lr_digits_to_read(p, 1, 3, cs, n), 1);
	for (int i = 0; i < 6; i++)
		assert_int_equal(lr_words_add_rule(p, xs[i], 400, 4, 500), 0);
	for (int y = 400; y <= 900; y += 100)
		assert_int_equal(lr_words_add_rule(p, 150, y, 1554, 4), 0);
	for (int y = 530; y <= 830; y += 100)
		line_of(p, y, LR_BLOCK_TABLE, ruled, 5);
	assert_true((n = lr_cells_find(p, cs, 32)) > 0);
	assert_int_equal(lr_digits_to_read(p, 2, 2, cs, n), 0);	/* its cells */
	assert_int_equal(lr_digits_to_read(p, 2, 3, cs, n), 0);
	assert_int_equal(lr_digits_to_read(p, 1, 1, cs, n), 1);	/* no cell */
	lr_words_free(d);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(wanted),
		cmocka_unit_test(settled),
		cmocka_unit_test(where),
	};

	cmocka_set_message_output(CM_OUTPUT_TAP);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
