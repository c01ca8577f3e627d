/* Unit tests of lib/util/array.c: growing arrays. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "util/util.h"

/* Appending 1000 elements keeps every one, and the capacity doubles from
 * the first size asked for. */
static void
test_append(void **state)
{
	int *v = NULL;
	size_t cap = 0, i;

	(void)state;
	for (i = 0; i < 1000; i++) {
		assert_int_equal(lr_reserve(&v, &cap, i, sizeof(*v), 16), 0);
		assert_true(cap > i);
		v[i] = (int)i * 3;
		if (i == 0)
			assert_int_equal(cap, 16);
		if (i == 16)
			assert_int_equal(cap, 32);
	}
	assert_int_equal(cap, 1024);
	for (i = 0; i < 1000; i++)
		assert_int_equal(v[i], (int)i * 3);
	free(v);
}

/* Room already there: nothing moves. */
static void
test_room(void **state)
{
	char *v = malloc(8), *was = v;
	size_t cap = 8;

	(void)state;
	assert_int_equal(lr_reserve(&v, &cap, 7, 1, 4), 0);
	assert_ptr_equal(v, was);
	assert_int_equal(cap, 8);
	free(v);
}

/* A jump past the end grows at once to hold it; first 0 means 1. */
static void
test_jump(void **state)
{
	long *v = NULL;
	size_t cap = 0;

	(void)state;
	assert_int_equal(lr_reserve(&v, &cap, 100, sizeof(*v), 0), 0);
	assert_int_equal(cap, 128);
	v[100] = 7;
	free(v);
}

/* A size that would overflow fails and leaves the array as it was. */
static void
test_overflow(void **state)
{
	char *v = malloc(4), *was = v;
	size_t cap = 4;

	(void)state;
	assert_int_equal(lr_reserve(&v, &cap, SIZE_MAX / 2, 8, 4), -1);
	assert_ptr_equal(v, was);
	assert_int_equal(cap, 4);
	assert_int_equal(lr_reserve(&v, &cap, SIZE_MAX - 1, 1, 4), -1);
	assert_int_equal(cap, 4);
	free(v);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_append),
		cmocka_unit_test(test_room),
		cmocka_unit_test(test_jump),
		cmocka_unit_test(test_overflow),
	};

	cmocka_set_message_output(CM_OUTPUT_TAP);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
