/* Unit tests of lib/text/csvin.c: quoting, line numbers, encodings. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "text/text.h"

/* Write text to a new temporary file; returns its path (static). */
static const char *
temp_csv(const char *text)
{
	static char path[64];
	int fd;

	snprintf(path, sizeof(path), "/tmp/test-csvin-XXXXXX");
	assert_true((fd = mkstemp(path)) >= 0);
	assert_int_equal(write(fd, text, strlen(text)), (ssize_t)strlen(text));
	close(fd);
	return path;
}

/* Read the next row; it must be a row starting on line and its field i
 * must be want. */
static void
expect_row(lr_csvin *c, long line, size_t i, const char *want)
{
	char **f;
	size_t n;
	long at;
	lr_err err;

	assert_int_equal(lr_csvin_next(c, &f, &n, &at, &err), LR_CSV_ROW);
	assert_int_equal(at, line);
	assert_true(i < n);
	assert_string_equal(f[i], want);
}

static void
quoting_and_lines(void **state)
{
	const char *p = temp_csv("a,b\r\n\"x, \"\"y\"\"\",\"two\nlines\"\r\n\n"
	    "last,row");
	lr_err err;
	lr_csvin *c = lr_csvin_open(p, NULL, &err);
	char **f;
	size_t n;
	long line;

	(void)state;
	assert_non_null(c);
	assert_string_equal(lr_csvin_encoding(c), "UTF-8");
	expect_row(c, 1, 1, "b");
	expect_row(c, 2, 0, "x, \"y\"");
	assert_string_equal(lr_csvin_encoding(c), "UTF-8");
	expect_row(c, 5, 1, "row");
	assert_int_equal(lr_csvin_next(c, &f, &n, &line, &err), LR_CSV_EOF);
	lr_csvin_close(c);
	unlink(p);
}

static void
encodings(void **state)
{
	static const struct {
		const char *text, *encoding, *want;
	} cases[] = {
		{ "\xEF\xBB\xBFname\nHo\xC3\xA0\n", "UTF-8", "Hoà" },
		/* Windows-1258: a, then the combining grave 0xCC */
		{ "name\nHoa\xCC\n", "WINDOWS-1258", "Hoà" },
		/* TCVN3 (ABC): ắ 0xBE, Đ 0xA7, ô 0xAB */
		{ "name\nTh\xBEng \xA7\xABng\n", "TCVN5712-1", "Thắng Đông" },
	};
	lr_err err;
	lr_csvin *c;
	const char *p;

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		p = temp_csv(cases[i].text);
		assert_non_null(c = lr_csvin_open(p, NULL, &err));
		assert_string_equal(lr_csvin_encoding(c), cases[i].encoding);
		expect_row(c, 1, 0, "name");
		expect_row(c, 2, 0, cases[i].want);
		lr_csvin_close(c);
		unlink(p);
	}
	assert_null(lr_csvin_open("/nonexistent/x.csv", NULL, &err));
	assert_non_null(strstr(err.msg, "x.csv"));
}

static void
columns(void **state)
{
	char *hdr[] = { "b", " A", "c" };
	const char *want[] = { "a", "c", "d" };
	int idx[3];
	lr_err err;

	(void)state;
	assert_int_equal(lr_csv_columns(hdr, 3, want, 3, 2, idx, &err), 0);
	assert_int_equal(idx[0], 1);
	assert_int_equal(idx[1], 2);
	assert_int_equal(idx[2], -1);
	assert_int_equal(lr_csv_columns(hdr, 3, want, 3, 3, idx, &err), -1);
	assert_string_equal(err.msg, "no column 'd' in the header");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(quoting_and_lines),
		cmocka_unit_test(encodings),
		cmocka_unit_test(columns),
	};

	cmocka_set_message_output(CM_OUTPUT_TAP);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
