/* Unit tests of lib/util/htab.c: hash tables of 64-bit keys. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "util/util.h"

struct val {
	long a;
	int b;
};

/* 100000 keys (the table doubles many times) are each found with the
 * value put; a key put again is not fresh and keeps its value. */
static void
test_put_get(void **state)
{
	lr_htab *t = lr_htab_new(sizeof(struct val));
	struct val *v;
	int fresh;
	long i;

	(void)state;
	assert_non_null(t);
	for (i = 1; i <= 100000; i++) {
		v = lr_htab_put(t, (uint64_t)i * 7919, &fresh);
		assert_non_null(v);
		assert_int_equal(fresh, 1);
		assert_int_equal(v->a, 0);	/* new values are zeroed */
		v->a = i;
		v->b = (int)(i % 3);
	}
	assert_int_equal(lr_htab_count(t), 100000);
	for (i = 1; i <= 100000; i++) {
		v = lr_htab_get(t, (uint64_t)i * 7919);
		assert_non_null(v);
		assert_int_equal(v->a, i);
		assert_int_equal(v->b, i % 3);
	}
	v = lr_htab_put(t, 7919 * 5, &fresh);
	assert_int_equal(fresh, 0);
	assert_int_equal(v->a, 5);
	assert_int_equal(lr_htab_count(t), 100000);
	assert_null(lr_htab_get(t, 7918));
	lr_htab_free(t);
}

/* An empty table finds nothing; free takes NULL. */
static void
test_empty(void **state)
{
	lr_htab *t = lr_htab_new(1);

	(void)state;
	assert_null(lr_htab_get(t, 1));
	assert_int_equal(lr_htab_count(t), 0);
	lr_htab_free(t);
	lr_htab_free(NULL);
}

/* The hash is FNV-1a (its published value for "a"), never 0, and tells
 * 12-digit IDs apart. */
static void
test_hash(void **state)
{
	char a[24], b[24];	/* any long, though the IDs are 12 digits */

	(void)state;
	assert_true(lr_hash("a") == 0xaf63dc4c8601ec8cULL);
	assert_true(lr_hash("") != 0);
	for (long i = 0; i < 10000; i++) {
		snprintf(a, sizeof(a), "%012ld", 1000000L + i);
		snprintf(b, sizeof(b), "%012ld", 1000001L + i);
		assert_true(lr_hash(a) != lr_hash(b));
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_put_get),
		cmocka_unit_test(test_empty),
		cmocka_unit_test(test_hash),
	};

	cmocka_set_message_output(CM_OUTPUT_TAP);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
