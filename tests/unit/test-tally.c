/* Unit tests of lib/review/tally.c and items.c: counts by commune, review
 * items. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "record/record.h"
#include "review/review.h"

static const char *recs[] = {
	"{\"pages\":[{},{}],\"parcels\":[{\"commune_code\":\"03328\"}],"
	"\"owners\":[{\"citizen_id\":\"011058000222\"},{\"citizen_id\":\"\"}],"
	"\"review\":[{\"field\":\"a\",\"resolved\":true},{\"field\":\"b\"}]}",
	"{\"owners\":[{\"commune_code\":\"03127\"}]}",
	"{\"reasons\":[\"x\"],\"record\":{\"parcels\":[{\"commune_code\":\"03328\"}]}}",
	"{\"id\":\"none\"}",
};

static void
test_tally(void **state)
{
	lr_tally *t = lr_tally_new();
	lr_counts c;
	json_t *r;

	(void)state;
	for (size_t i = 0; i < sizeof(recs) / sizeof(recs[0]); i++) {
		r = json_loads(recs[i], 0, NULL);
		assert_int_equal(lr_tally_add(t, r), 0);
		json_decref(r);
	}
	assert_int_equal(lr_tally_size(t), 3);
	assert_string_equal(lr_tally_get(t, 0, &c), "");
	assert_string_equal(lr_tally_get(t, 1, &c), "03127");
	assert_string_equal(lr_tally_get(t, 2, &c), "03328");
	assert_int_equal(c.docs, 2);
	assert_int_equal(c.rejected, 1);
	assert_int_equal(c.pages, 2);
	assert_int_equal(c.owners, 2);
	assert_int_equal(c.linked, 1);
	assert_int_equal(c.review, 2);
	assert_int_equal(c.resolved, 1);
	assert_true(lr_counts_linked(&c) == 0.5);
	lr_tally_total(t, &c);
	assert_int_equal(c.docs, 4);
	assert_int_equal(c.owners, 3);
	assert_true(lr_counts_reviewed(&c) == 0.5);
	lr_tally_free(t);
}

static void
test_items(void **state)
{
	json_t *r = json_loads("{\"owners\":[{\"name\":\"A\",\"match\":"
	    "{\"status\":\"unmatched\",\"candidates\":[{\"citizen_id\":\"1\"}]}},"
	    "{\"name\":\"B\",\"citizen_id\":\"2\",\"match\":{\"status\":\"manual\"}}],"
	    "\"fields\":{\"owners[0].name\":{\"conf\":0.5,\"page\":2,"
	    "\"bbox\":[1,2,3,4]},\"x\":{\"page\":1,\"bbox\":[5,6,7,8]}},"
	    "\"review\":[{\"field\":\"x\",\"reason\":\"r\"},"
	    "{\"field\":\"y\",\"resolved\":true}]}", 0, NULL);
	lr_item *it;
	size_t n;

	(void)state;
	it = lr_items_of(r, &n);
	assert_int_equal(n, 2);
	assert_string_equal(it[0].field, "x");
	assert_int_equal(it[0].page, 1);
	assert_string_equal(it[0].reason, "r");
	assert_string_equal(it[1].field, "owners[0].citizen_id");
	assert_int_equal(it[1].page, 2);
	assert_true(it[1].bbox[3] == 4);
	assert_int_equal(json_array_size(it[1].candidates), 1);
	assert_string_equal(lr_record_commune(r), "");
	lr_items_free(it, n);
	json_decref(r);
}

/* An item on a column or row of a list has the lowest confidence of the
 * fields it covers and the box around theirs on the first page. */
static void
test_merged_items(void **state)
{
	static const char rec[] = "{\"parcels\":[{},{},{}],\"fields\":{"
	    "\"parcels[0].area\":{\"conf\":0.8,\"page\":1,\"bbox\":[10,20,30,10]},"
	    "\"parcels[1].area\":{\"conf\":0.6,\"page\":1,\"bbox\":[12,40,20,10]},"
	    "\"parcels[2].area\":{\"conf\":0.7,\"page\":2,\"bbox\":[1,1,1,1]},"
	    "\"parcels[1].sheet\":{\"conf\":0.9,\"page\":1,\"bbox\":[5,40,5,10]}},"
	    "\"review\":[{\"field\":\"parcels[].area\",\"reason\":\"r\"},"
	    "{\"field\":\"parcels[1]\",\"reason\":\"s\"}]}";
	json_t *r = json_loads(rec, 0, NULL);
	size_t n = 0;
	lr_item *it = lr_items_of(r, &n);

	(void)state;
	assert_int_equal(n, 2);
	assert_string_equal(it[0].field, "parcels[1]");
	assert_true(it[0].bbox[0] == 5 && it[0].bbox[2] == 27);
	assert_true(it[0].conf == 0.6);
	assert_string_equal(it[1].field, "parcels[].area");
	assert_int_equal(it[1].page, 1);
	assert_true(it[1].bbox[0] == 10 && it[1].bbox[1] == 20);
	assert_true(it[1].bbox[2] == 30 && it[1].bbox[3] == 30);
	assert_true(it[1].conf == 0.6);
	lr_items_free(it, n);
	json_decref(r);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_tally),
		cmocka_unit_test(test_items),
		cmocka_unit_test(test_merged_items),
	};

	cmocka_set_message_output(CM_OUTPUT_TAP);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
