/* Unit tests of lib/util/tsv.c: escaping and splitting sheet cells. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "util/util.h"

static void
test_roundtrip(void **state)
{
	const char *v = "a\tb\nc\\d\re";
	char *buf = NULL, *cells[4];
	size_t len = 0;
	FILE *fp = open_memstream(&buf, &len);

	(void)state;
	lr_tsv_put(fp, v, '\t');
	lr_tsv_put(fp, NULL, '\t');
	lr_tsv_put(fp, "Thửa", 0);
	fclose(fp);
	assert_string_equal(buf, "a\\tb\\nc\\\\d\\re\t\tThửa");
	assert_int_equal(lr_tsv_split(buf, cells, 4), 3);
	assert_string_equal(cells[0], v);
	assert_string_equal(cells[1], "");
	assert_string_equal(cells[2], "Thửa");
	free(buf);
}

static void
test_split(void **state)
{
	char a[] = "x\ty\tz", b[] = "x\\q", c[] = "x\\", d[] = "";
	char *cells[2];

	(void)state;
	assert_int_equal(lr_tsv_split(a, cells, 2), 3);
	assert_string_equal(cells[1], "y");
	assert_int_equal(lr_tsv_split(b, cells, 2), -1);
	assert_int_equal(lr_tsv_split(c, cells, 2), -1);
	assert_int_equal(lr_tsv_split(d, cells, 2), 1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_roundtrip),
		cmocka_unit_test(test_split),
	};

	cmocka_set_message_output(CM_OUTPUT_TAP);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
