/* Unit tests of lib/table/: cleaning IDs, birth years, areas and names;
 * label folding; the grid's merged ranges. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "table/table.h"

/* lr_clean_id(s, number) must give kind, the ID want and the change. */
static void
expect_id(const char *s, int number, enum lr_idread kind, const char *want,
    const char *change)
{
	char out[13] = "";
	const char *ch;

	assert_int_equal(lr_clean_id(s, number, out, &ch), kind);
	if (kind == LR_IDR_OK)
		assert_string_equal(out, want);
	if (change == NULL)
		assert_null(ch);
	else
		assert_string_equal(ch, change);
}

static void
test_ids(void **state)
{
	(void)state;
	expect_id("011075001234", 0, LR_IDR_OK, "011075001234", NULL);
	expect_id(" 011 075 001234 ", 0, LR_IDR_OK, "011075001234", "separators");
	expect_id("11075001234", 1, LR_IDR_OK, "011075001234", "leading-zero");
	expect_id("11075001234.0", 1, LR_IDR_OK, "011075001234", "leading-zero");
	expect_id("1.1075001234E+10", 0, LR_IDR_OK, "011075001234", "scientific");
	expect_id("1.1075E+10", 0, LR_IDR_LOST, NULL, NULL);
	expect_id("40123456", 1, LR_IDR_OK, "040123456", "leading-zero");
	expect_id("040123456", 0, LR_IDR_OK, "040123456", NULL);
	expect_id("", 0, LR_IDR_EMPTY, NULL, NULL);
	expect_id("0110750012", 0, LR_IDR_BAD, NULL, NULL);
	expect_id("011875001234", 0, LR_IDR_BAD, NULL, NULL);	/* born 2375 */
	expect_id("099075001234", 0, LR_IDR_BAD, NULL, NULL);	/* province 99 */
	expect_id("01107500123X", 0, LR_IDR_BAD, NULL, NULL);
}

static void
test_birth(void **state)
{
	int y = 0;
	char iso[11];
	const char *ch;

	(void)state;
	assert_int_equal(lr_clean_birth("1975", 0, &y, iso, &ch), 1);
	assert_int_equal(y, 1975);
	assert_string_equal(iso, "");
	assert_int_equal(lr_clean_birth("03/04/1975", 0, &y, iso, &ch), 1);
	assert_string_equal(iso, "1975-04-03");
	assert_int_equal(lr_clean_birth("1975-04-03", 0, &y, iso, &ch), 1);
	assert_string_equal(iso, "1975-04-03");
	assert_int_equal(lr_clean_birth("27487", 1, &y, iso, &ch), 1);
	assert_string_equal(iso, "1975-04-03");
	assert_string_equal(ch, "excel-date");
	assert_int_equal(lr_clean_birth("  ", 0, &y, iso, &ch), 0);
	assert_int_equal(lr_clean_birth("75", 0, &y, iso, &ch), -1);
	assert_int_equal(lr_clean_birth("31/13/1975", 0, &y, iso, &ch), -1);
}

/* lr_clean_area(s) must give want m². */
static void
expect_area(const char *s, int number, int ha, double want)
{
	double a = 0;
	const char *ch;

	assert_int_equal(lr_clean_area(s, number, ha, &a, &ch), 1);
	assert_true(a > want - 0.001 && a < want + 0.001);
}

static void
test_area(void **state)
{
	double a;
	const char *ch;

	(void)state;
	expect_area("1.234,5", 0, 0, 1234.5);
	expect_area("1,234.5", 0, 0, 1234.5);
	expect_area("1234.5", 0, 0, 1234.5);
	expect_area("1.500", 0, 0, 1500);
	expect_area("0,5 ha", 0, 0, 5000);
	expect_area("250 m²", 0, 0, 250);
	expect_area("0.25", 1, 1, 2500);
	expect_area("0,25", 0, 1, 2500);
	assert_int_equal(lr_clean_area("abc", 0, 0, &a, &ch), -1);
	assert_int_equal(lr_clean_area("", 0, 0, &a, &ch), 0);
}

static void
test_names(void **state)
{
	char *s, *parts[4];
	int hh, n;

	(void)state;
	s = lr_clean_tones("Lò Thị Hoà, THUỶ, Quý, Hoàng, khoẻ");
	assert_string_equal(s, "Lò Thị Hòa, THỦY, Quý, Hoàng, khỏe");
	free(s);
	s = lr_clean_name("  hộ ông  GIÀNG a  páo ", &hh);
	assert_string_equal(s, "Giàng A Páo");
	assert_int_equal(hh, 1);
	free(s);
	s = lr_clean_name("Bà Lò Thị Hoà", &hh);
	assert_string_equal(s, "Lò Thị Hòa");
	assert_int_equal(hh, 0);
	free(s);
	n = lr_clean_split("Lò Văn A và Lò Thị B; Cà Văn C", parts, 4);
	assert_int_equal(n, 3);
	assert_string_equal(parts[1], "Lò Thị B");
	assert_string_equal(parts[2], "Cà Văn C");
	while (n > 0)
		free(parts[--n]);
}

static void
test_fold_and_merge(void **state)
{
	char *f = lr_tfold("  Diện tích (m²) ");
	lr_tgrid *g = lr_tgrid_new("S");

	(void)state;
	assert_string_equal(f, "dien tich m");
	free(f);
	assert_int_equal(lr_tgrid_put(g, 3, 1, "Thửa đất", 0), 0);
	assert_int_equal(lr_tgrid_put(g, 4, 1, "Tờ", 0), 0);
	assert_int_equal(lr_tgrid_put(g, 4, 2, "Số", 0), 0);
	assert_int_equal(lr_tgrid_merge(g, 3, 1, 3, 3), 0);
	assert_string_equal(lr_tgrid_cell(g, 0, 3)->text, "Thửa đất");
	assert_string_equal(lr_tgrid_cell(g, 1, 2)->text, "Số");
	assert_string_equal(lr_tgrid_cell(g, 1, 7)->text, "");
	lr_tgrid_free(g);
}

/* A merged range filled a row at a time on a grid whose first rows were
 * dropped: only the last row is filled, only its empty cells. */
static void
test_fill_after_drop(void **state)
{
	lr_tgrid *g = lr_tgrid_new(NULL);

	(void)state;
	assert_int_equal(lr_tgrid_put(g, 1, 0, "a", 0), 0);
	assert_int_equal(lr_tgrid_put(g, 2, 0, "b", 0), 0);
	assert_int_equal(lr_tgrid_put(g, 5, 0, "c", 0), 0);
	assert_int_equal(lr_tgrid_put(g, 5, 2, "kept", 0), 0);
	lr_tgrid_drop(g, 2);
	assert_int_equal(lr_tgrid_fill(g, 5, 1, 3, "7", 1), 0);
	assert_int_equal(lr_tgrid_fill(g, 2, 1, 3, "no", 0), 0);
	assert_string_equal(lr_tgrid_cell(g, 2, 1)->text, "7");
	assert_int_equal(lr_tgrid_cell(g, 2, 1)->number, 1);
	assert_string_equal(lr_tgrid_cell(g, 2, 2)->text, "kept");
	assert_string_equal(lr_tgrid_cell(g, 2, 3)->text, "7");
	assert_string_equal(lr_tgrid_cell(g, 1, 1)->text, "");
	assert_int_equal(lr_tgrid_merge(g, 5, 0, 5, 4), 0);
	assert_string_equal(lr_tgrid_cell(g, 2, 4)->text, "c");
	lr_tgrid_free(g);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_ids),
		cmocka_unit_test(test_birth),
		cmocka_unit_test(test_area),
		cmocka_unit_test(test_names),
		cmocka_unit_test(test_fold_and_merge),
		cmocka_unit_test(test_fill_after_drop),
	};

	cmocka_set_message_output(CM_OUTPUT_TAP);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
