/* Unit tests of lib/ocr/result.c: a page result written into a record
 * page (the keys, their order, what is left out), its words moved to the
 * document's, and the error grades of lib/util/err.c. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "ocr/ocr.h"

/* A result as a page read well gives it. */
static lr_page_result *
read_page(void)
{
	lr_page_result *r = calloc(1, sizeof(*r));
	lr_line *l;

	assert_non_null(r);
	r->cleaned = 1, r->rotation = 90, r->deskew = 0.5, r->binarised = 1;
	r->recovered = 2, r->cells = 3, r->restored = -1, r->read = 1;
	r->ocr_conf = 91.3;
	r->ocr_ms = 1200, r->cpu_ms = 950;
	r->text = strdup("Điều 1");
	r->words = lr_words_new();
	l = lr_words_add_line(lr_words_add_page(r->words, 3, 100, 200), 1, 2,
	    30, 10);
	lr_words_add_word(l, "Điều", 90.26f, 1, 2, 14, 10);
	lr_words_add_word(l, "1", 95.0f, 20, 2, 4, 10);
	return r;
}

static char *
dump(const json_t *j)
{
	char *s = json_dumps(j, JSON_COMPACT);

	assert_non_null(s);
	return s;
}

static void
keys_in_order(void **state)
{
	lr_page_result *r = read_page();
	json_t *pg = json_pack("{s:i}", "n", 3);
	char *s;

	(void)state;
	assert_int_equal(lr_page_result_to_record(r, pg, 0), 0);
	s = dump(pg);
	assert_string_equal(s, "{\"n\":3,\"rotation\":90,\"deskew\":0.5,"
	    "\"binarised\":true,\"upscaled\":false,\"denoised\":false,"
	    "\"recovered\":2,\"cells\":3,\"ocr_conf\":91.299999999999997,"
	    "\"ocr_ms\":1200,"
	    "\"cpu_ms\":950,\"ocr_cached\":false}");
	free(s);
	assert_int_equal(lr_page_result_to_record(r, pg, 1), 0);
	assert_string_equal(json_string_value(json_object_get(pg, "text")),
	    "Điều 1");
	json_decref(pg);
	lr_page_result_free(r);
}

static void
failed_page(void **state)
{
	lr_page_result r = { .recovered = -1, .cells = -1, .restored = -1,
	    .ocr_conf = -1,
	    .ocr_ms = 7, .cpu_ms = -1, .error = "page 2: cannot decode",
	    .cached = 0 };
	json_t *pg = json_object();
	char *s;

	(void)state;
	assert_int_equal(lr_page_result_to_record(&r, pg, 1), 0);
	s = dump(pg);
	assert_string_equal(s, "{\"ocr_ms\":7,\"ocr_error\":"
	    "\"page 2: cannot decode\",\"ocr_cached\":false}");
	free(s);
	json_decref(pg);
}

static void
no_words_conf_is_null(void **state)
{
	lr_page_result *r = read_page();
	json_t *pg = json_object();

	(void)state;
	r->ocr_conf = -1, r->cached = 1;
	assert_int_equal(lr_page_result_to_record(r, pg, 0), 0);
	assert_true(json_is_null(json_object_get(pg, "ocr_conf")));
	assert_true(json_is_true(json_object_get(pg, "ocr_cached")));
	json_decref(pg);
	lr_page_result_free(r);
}

static void
words_move_to_the_document(void **state)
{
	lr_page_result *r = read_page();
	lr_doc_words *d = lr_words_new();
	json_t *j;
	char *s;

	(void)state;
	assert_int_equal(lr_page_result_take_words(r, d), 0);
	assert_null(r->words);
	assert_int_equal(d->npages, 1);
	assert_int_equal(d->pages[0].n, 3);
	assert_int_equal(d->pages[0].lines[0].nwords, 2);
	j = lr_words_to_json(d);
	s = dump(j);
	assert_string_equal(s, "{\"pages\":[{\"n\":3,\"width\":100,"
	    "\"height\":200,\"lines\":[{\"bbox\":[1,2,30,10],\"words\":"
	    "[[\"Điều\",90.299999999999997,1,2,14,10],[\"1\",95.0,20,2,4,10]]}]}]}");
	free(s);
	json_decref(j);
	lr_words_free(d);
	lr_page_result_free(r);
}

/* A photo's page says so and gives its sheet's corners, after the
 * cleanup's keys; a word written by hand has a seventh item, 1, that
 * reads back. */
static void
photo_and_hand(void **state)
{
	lr_page_result *r = read_page();
	json_t *pg = json_pack("{s:i}", "n", 3), *j;
	lr_doc_words *d = lr_words_new(), *back;
	double sheet[8] = { 104.12, 129.6, 1264.4, 108.4, 129.6, 1744.6,
	    1260.1, 1744.6 };
	lr_err err;
	char *s;

	(void)state;
	r->photo = 1;
	memcpy(r->sheet, sheet, sizeof(sheet));
	r->words->pages[0].lines[0].words[1].hand = 1;
	assert_int_equal(lr_page_result_to_record(r, pg, 0), 0);
	s = dump(pg);
	assert_non_null(strstr(s, "\"denoised\":false,\"photo\":true,"
	    "\"sheet\":[["));
	assert_non_null(strstr(s, "]],\"recovered\":2,"));
	free(s);
	for (int k = 0; k < 8; k++)	/* to a tenth */
		assert_true(fabs(json_real_value(json_array_get(json_array_get(
		    json_object_get(pg, "sheet"), k / 2), k % 2)) -
		    round(sheet[k] * 10) / 10) < 1e-9);
	assert_int_equal(lr_page_result_take_words(r, d), 0);
	j = lr_words_to_json(d);
	s = dump(j);
	assert_non_null(strstr(s, "[\"1\",95.0,20,2,4,10,1]"));
	assert_non_null(back = lr_words_from_json(j, &err));
	assert_int_equal(back->pages[0].lines[0].words[0].hand, 0);
	assert_int_equal(back->pages[0].lines[0].words[1].hand, 1);
	free(s);
	json_decref(j);
	json_decref(pg);
	lr_words_free(d);
	lr_words_free(back);
	lr_page_result_free(r);
}

static void
grades(void **state)
{
	lr_err e;

	(void)state;
	lr_err_clear(&e);
	assert_int_equal(e.grade, LR_OK);
	lr_err_set(&e, "page %d: truncated strip", 3);
	assert_int_equal(e.grade, LR_BAD_INPUT);
	lr_err_sys(&e, "out of memory");
	lr_err_prefix(&e, "'%s': ", "a.tif");
	assert_int_equal(e.grade, LR_SYSTEM);
	assert_string_equal(e.msg, "'a.tif': out of memory");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(keys_in_order),
		cmocka_unit_test(failed_page),
		cmocka_unit_test(no_words_conf_is_null),
		cmocka_unit_test(words_move_to_the_document),
		cmocka_unit_test(photo_and_hand),
		cmocka_unit_test(grades),
	};
	cmocka_set_message_output(CM_OUTPUT_TAP);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
