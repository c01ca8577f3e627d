/* Unit tests of lib/record/fieldpath.c: field paths into records. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "record/record.h"

static json_t *
rec(void)
{
	return json_loads("{\"decision\":{\"number\":\"245\",\"date\":null},"
	    "\"owners\":[{\"name\":\"Lò Văn Thắng\"},{\"name\":\"B\"}],"
	    "\"parcels\":[{\"area\":1230.5,\"number\":125}]}", 0, NULL);
}

static void
test_get(void **state)
{
	json_t *r = rec();

	(void)state;
	assert_string_equal(json_string_value(lr_path_get(r, "owners[1].name")), "B");
	assert_int_equal(json_integer_value(lr_path_get(r, "parcels[0].number")), 125);
	assert_true(json_is_null(lr_path_get(r, "decision.date")));
	assert_null(lr_path_get(r, "owners[2].name"));
	assert_null(lr_path_get(r, "owners.name"));
	assert_null(lr_path_get(r, "owners[0]..name"));
	assert_null(lr_path_get(r, "owners[x].name"));
	assert_null(lr_path_get(r, "decision."));
	assert_null(lr_path_get(r, ""));
	assert_non_null(lr_path_get(r, "owners[0]"));
	json_decref(r);
}

static void
test_set(void **state)
{
	json_t *r = rec();
	lr_err err;

	(void)state;
	assert_true(lr_path_settable(r, "owners[0].citizen_id"));
	assert_false(lr_path_settable(r, "owners[5].citizen_id"));
	assert_false(lr_path_settable(r, "house.area"));
	assert_int_equal(lr_path_set(r, "owners[0].citizen_id",
	    json_string("011075001234"), &err), 0);
	assert_string_equal(json_string_value(lr_path_get(r,
	    "owners[0].citizen_id")), "011075001234");
	assert_int_equal(lr_path_set(r, "house.area", json_integer(1), &err), -1);
	assert_non_null(strstr(err.msg, "no such field"));
	json_decref(r);
}

static void
test_value(void **state)
{
	json_t *i = json_integer(5), *d = json_real(1.5), *v;
	lr_err err;

	(void)state;
	v = lr_path_value(i, "125", &err);
	assert_true(json_is_integer(v) && json_integer_value(v) == 125);
	json_decref(v);
	v = lr_path_value(i, "12.5", &err);
	assert_true(json_is_real(v));
	json_decref(v);
	v = lr_path_value(d, "1.230,5", &err);
	assert_true(json_is_real(v) && json_real_value(v) == 1230.5);
	json_decref(v);
	assert_null(lr_path_value(d, "1,2x", &err));
	assert_null(lr_path_value(d, "", &err));
	v = lr_path_value(NULL, "Hoa\xcc\x80", &err);	/* NFD to NFC */
	assert_string_equal(json_string_value(v), "Hoà");
	json_decref(v);
	assert_null(lr_path_value(NULL, "\xff", &err));
	json_decref(i);
	json_decref(d);
}

static void
test_text(void **state)
{
	json_t *v = json_real(1230.5);
	char *s;

	(void)state;
	s = lr_path_text(v);
	assert_string_equal(s, "1230.5");
	free(s);
	s = lr_path_text(NULL);
	assert_string_equal(s, "");
	free(s);
	json_decref(v);
}

/* A review item covers its own field, what is inside a list or object it
 * names, and with "[]" a column of any row. */
static void
test_covers(void **state)
{
	(void)state;
	assert_true(lr_path_covers("parcels[2].area", "parcels[2].area"));
	assert_true(lr_path_covers("parcels[2]", "parcels[2].area"));
	assert_true(lr_path_covers("parcels", "parcels[2].area"));
	assert_true(lr_path_covers("parcels[].area", "parcels[12].area"));
	assert_false(lr_path_covers("parcels[].area", "parcels[1].areas"));
	assert_false(lr_path_covers("parcels[].area", "owners[1].area"));
	assert_false(lr_path_covers("parcels[2]", "parcels[22].area"));
	assert_false(lr_path_covers("parcels[2].area", "parcels[2]"));
	assert_false(lr_path_covers("decision", "decisions"));
}

/* A review item covers by its field and by the fields it stands for too:
 * a table flagged whole, on "parcels", also stands for its holders. */
static void
test_item_covers(void **state)
{
	json_t *table = json_pack("{s:s,s:s,s:[s]}", "field", "parcels",
	    "reason", "page 2: the table of holders", "also", "owners");
	json_t *one = json_pack("{s:s,s:s}", "field", "parcels[1].area",
	    "reason", "low confidence");

	(void)state;
	assert_true(lr_item_covers(table, "parcels[3].area"));
	assert_true(lr_item_covers(table, "owners[0].name"));
	assert_false(lr_item_covers(table, "decision.number"));
	assert_true(lr_item_covers(one, "parcels[1].area"));
	assert_false(lr_item_covers(one, "owners[1].area"));
	json_decref(table), json_decref(one);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_get),
		cmocka_unit_test(test_set),
		cmocka_unit_test(test_value),
		cmocka_unit_test(test_text),
		cmocka_unit_test(test_covers),
		cmocka_unit_test(test_item_covers),
	};

	cmocka_set_message_output(CM_OUTPUT_TAP);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
