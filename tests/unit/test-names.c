/* Unit tests of lib/text/names.c: the sex a given name tells, and the names
 * that must tell none. */
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

static char dir[64];

/* Write text to dir/name. */
static void
put(const char *name, const char *text)
{
	char path[128];
	FILE *fp;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	assert_non_null(fp = fopen(path, "w"));
	fputs(text, fp);
	fclose(fp);
}

/* Remove dir/name. */
static void
drop(const char *name)
{
	char path[128];

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	unlink(path);
}

static int
setup(void **state)
{
	(void)state;
	snprintf(dir, sizeof(dir), "/tmp/test-names-XXXXXX");
	return mkdtemp(dir) == NULL ? -1 : 0;
}

static int
teardown(void **state)
{
	(void)state;
	drop("given-male.txt");
	drop("given-female.txt");
	drop("full-names.txt");
	return rmdir(dir);
}

/* Small lists: a comment, a blank line, CRLF, "Ð" (U+00D0) for "Đ", a
 * tone mark placed otherwise, one name in both lists. */
static lr_names *
small_lists(void)
{
	lr_names *n;
	lr_err err;

	put("given-male.txt", "# male\nMinh Đức\r\nHoàng Hải\n\nVăn Hoà\n"
	    "Anh Vũ\nMạnh Hùng Cường\nTrọng Tín\nHữu Tín\nĐức Vân\n");
	put("given-female.txt", "Minh Châu\nAnh Vũ\nAnh Ðào\nHồng Vân\n"
	    "Thu Vân\n");
	assert_non_null(n = lr_names_load(dir, &err));
	return n;
}

static void
test_sex(void **state)
{
	static const struct { const char *name; int sex; } cases[] = {
		{ "Lê Minh Đức", 'M' }, { "lê MINH đức", 'M' },
		{ "Ngô Hoàng Hải", 'M' }, { "Trần Minh Châu", 'F' },
		{ "Lê Anh Đào", 'F' },		/* Ð in the list */
		{ "Lò Văn Hòa", 'M' },		/* "Hoà" in the list */
		{ "Đỗ Mạnh Hùng Cường", 'M' },	/* three syllables */
		{ "Phạm Anh Vũ", 0 },		/* in both lists */
		{ "Lê Minh Đửc", 0 },		/* another tone: no hit */
		{ "Giàng Páo", 0 },		/* in neither */
		{ "Hoàng Hải", 0 },		/* the family name is no given */
		{ "Minh Đức", 0 }, { "", 0 }, { "   ", 0 },
		{ "Lê  Minh Đức ", 'M' },	/* spaces */
		/* no list holds the given name: its last syllable ends two
		 * names or more of one list, four times the other's */
		{ "Lê Văn Tín", 'M' }, { "Lê Thị Tín", 'M' },
		{ "Lê Văn Hải", 0 },		/* one name only */
		{ "Lê Thị Vân", 0 },		/* two to one */
		{ "Lê Văn Tính", 0 },		/* another syllable */
	};
	lr_names *n = small_lists();

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(*cases); i++) {
		int got = lr_names_sex(n, cases[i].name);
		if (got != cases[i].sex)
			fail_msg("'%s': got %d, want %d", cases[i].name, got,
			    cases[i].sex);
	}
	assert_int_equal(lr_names_sex(n, "L\xff Minh"), 0);
	lr_names_free(n);
}

static void
test_errors(void **state)
{
	lr_err err;

	(void)state;
	put("given-male.txt", "Minh Đức\n");
	put("given-female.txt", "Minh Châu\nAnh \xc3\n");
	assert_null(lr_names_load(dir, &err));
	assert_non_null(strstr(err.msg, "given-female.txt': line 2"));
	drop("given-female.txt");
	assert_null(lr_names_load(dir, &err));
	assert_non_null(strstr(err.msg, "cannot open"));
	lr_names_free(NULL);
}

/* The shared lists: the names the corpus left without a sex. */
static void
test_shared(void **state)
{
	char path[4096];
	const char *top = getenv("LANDREC_TOP");
	lr_names *n;
	lr_err err;

	(void)state;
	snprintf(path, sizeof(path), "%s/data/names",
	    top ? top : ".");
	if ((n = lr_names_load(path, &err)) == NULL)
		skip();
	assert_int_equal(lr_names_sex(n, "Lê Minh Đức"), 'M');
	assert_int_equal(lr_names_sex(n, "Trần Minh Châu"), 'F');
	assert_int_equal(lr_names_sex(n, "Lê Trường Sa"), 'M');
	assert_int_equal(lr_names_sex(n, "Nguyễn Bình Minh"), 0);
	assert_int_equal(lr_names_sex(n, "Giàng Páo"), 0);
	lr_names_free(n);
}

/* The syllables of the lists, and those OCR makes of them in a face whose
 * a has one storey: an a read as o or ơ in the same tone. */
static void
test_near(void **state)
{
	lr_names *n;
	int k;

	(void)state;
	put("full-names.txt", "Phan Văn Bình\n");
	n = small_lists();
	assert_true(lr_names_syllable(n, "Hùng"));
	assert_true(lr_names_syllable(n, "PHAN"));
	assert_false(lr_names_syllable(n, "Hưng"));
	assert_null(lr_names_near(n, "Hủng", &k));	/* a tone: no a */
	assert_string_equal(lr_names_near(n, "Phơn", &k), "phan");
	assert_int_equal(k, 1);
	assert_string_equal(lr_names_near(n, "Mọnh", &k), "mạnh");
	assert_int_equal(k, 1);
	assert_null(lr_names_near(n, "Xuyên", &k));
	assert_int_equal(k, 0);
	assert_null(lr_names_near(n, "Mónh", &k));	/* not its tone */
	lr_names_free(n);
	drop("full-names.txt");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sex),
		cmocka_unit_test(test_errors),
		cmocka_unit_test(test_shared),
		cmocka_unit_test(test_near),
	};

	cmocka_set_message_output(CM_OUTPUT_TAP);
	return cmocka_run_group_tests(tests, setup, teardown);
}
