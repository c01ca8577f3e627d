/* The result of one page's OCR: into a record page, into and out of the
 * cache's JSON form, freeing. */
#include <stdlib.h>
#include <string.h>

#include "result-int.h"

lr_page_result *
lr_page_result_new(void)
{
	lr_page_result *r = calloc(1, sizeof(*r));

	if (r != NULL)
		r->recovered = r->cells = r->restored = -1, r->ocr_conf = -1,
		r->cpu_ms = -1;
	return r;
}

/* Set key to v (a new reference) on o when v is not NULL; -1 when a value
 * could not be made. */
static int
put(json_t *o, const char *key, json_t *v, int known)
{
	if (!known) {
		json_decref(v);
		return 0;
	}
	return v != NULL && json_object_set_new(o, key, v) == 0 ? 0 : -1;
}

/* The names of the colour marks removed, LR_REMOVED_* flags, as JSON. */
static json_t *
removed_json(int removed)
{
	const char *names[2];
	int n = lr_colour_removed_names(removed, names);
	json_t *a = json_array();

	for (int i = 0; i < n && a != NULL; i++)
		json_array_append_new(a, json_string(names[i]));
	return a;
}

/* The LR_REMOVED_* flags of the JSON array a of names. */
static int
removed_of(const json_t *a)
{
	const json_t *v;
	size_t i;
	int f = 0;

	json_array_foreach(a, i, v) {
		const char *s = json_string_value(v);
		f |= s == NULL ? 0 : strcmp(s, "seal") == 0 ? LR_REMOVED_SEAL :
		    strcmp(s, "background") == 0 ? LR_REMOVED_BACKGROUND : 0;
	}
	return f;
}

/* The keys every form shares, in this order: cleanup, recovered, cells,
 * restored.  (Statements, not one expression: the order of the keys is
 * the order of the calls.) */
static int
put_clean(const lr_page_result *r, json_t *o)
{
	int c = r->cleaned, ret = 0;

	ret |= put(o, "rotation", json_integer(r->rotation), c);
	ret |= put(o, "deskew", json_real(r->deskew), c);
	ret |= put(o, "binarised", json_boolean(r->binarised), c);
	ret |= put(o, "upscaled", json_boolean(r->upscaled), c);
	ret |= put(o, "denoised", json_boolean(r->denoised), c);
	ret |= put(o, "removed", removed_json(r->removed), c && r->removed);
	ret |= put(o, "photo", json_true(), c && r->photo);
	ret |= put(o, "sheet", lr_sheet_json(r->sheet), c && r->photo);
	ret |= put(o, "plain", json_true(), c && r->plain);
	ret |= put(o, "recovered", json_integer(r->recovered), r->recovered >= 0);
	ret |= put(o, "cells", json_integer(r->cells), r->cells >= 0);
	ret |= put(o, "restored", json_integer(r->restored), r->restored >= 0);
	return ret;
}

static json_t *
conf_json(const lr_page_result *r)
{
	return r->ocr_conf < 0 ? json_null() : json_real(r->ocr_conf);
}

int
lr_page_result_to_record(const lr_page_result *r, json_t *pg, int with_text)
{
	int ret = put_clean(r, pg);

	ret |= put(pg, "ocr_conf", conf_json(r), r->read);
	ret |= put(pg, "ocr_ms", json_integer(r->ocr_ms), 1);
	ret |= put(pg, "cpu_ms", json_integer(r->cpu_ms), r->cpu_ms >= 0);
	ret |= put(pg, "ocr_readings", json_integer(r->readings),
	    r->readings > 0);
	ret |= put(pg, "ocr_error", json_string(r->error ? r->error : ""),
	    r->error != NULL);
	ret |= put(pg, "ocr_cached", json_boolean(r->cached), 1);
	ret |= put(pg, "text", json_string(r->text ? r->text : ""),
	    with_text && r->text != NULL);
	return ret;
}

int
lr_page_result_take_words(lr_page_result *r, lr_doc_words *d)
{
	if (r->words == NULL || r->words->npages == 0)
		return 0;
	if (lr_words_move_page(r->words, 0, d) != 0)
		return -1;
	lr_words_free(r->words);
	r->words = NULL;
	return 0;
}

json_t *
lr_page_result_json(const lr_page_result *r)
{
	json_t *o = json_object(), *all = lr_words_to_json(r->words);
	json_t *pg = json_array_get(json_object_get(all, "pages"), 0);
	json_t *ret = NULL;

	if (o != NULL && pg != NULL &&
	    put(o, "format", json_integer(LR_CACHE_FORMAT), 1) == 0 &&
	    put_clean(r, o) == 0 && json_object_set(o, "words", pg) == 0 &&
	    put(o, "text", json_string(r->text), 1) == 0 &&
	    put(o, "ocr_conf", conf_json(r), 1) == 0 &&
	    put(o, "hocr", json_string(r->hocr ? r->hocr : ""),
	    r->hocr != NULL) == 0 &&
	    put(o, "timed_out", json_true(), r->timed_out) == 0 &&
	    put(o, "ocr_ms", json_integer(r->ocr_ms), 1) == 0 &&
	    put(o, "cpu_ms", json_integer(r->cpu_ms), r->cpu_ms >= 0) == 0 &&
	    put(o, "readings", json_integer(r->readings), r->readings > 0) ==
	    0)
		ret = json_incref(o);
	json_decref(all);
	json_decref(o);
	return ret;
}

/* A copy of o's string key, or NULL; -1 in *bad when memory is lacking. */
static char *
dup_key(const json_t *o, const char *key, int *bad)
{
	const char *v = json_string_value(json_object_get(o, key));
	char *s = v != NULL ? strdup(v) : NULL;

	if (v != NULL && s == NULL)
		*bad = -1;
	return s;
}

/* The cleanup, recovered, cells and restored keys of o into r. */
static void
load_clean(lr_page_result *r, const json_t *o)
{
	json_int_t rot = 0, rec = -1, res = -1, cells = -1;
	int bin = 0, up = 0, den = 0;

	r->cleaned = json_unpack((json_t *)o, "{s:I,s:F,s:b,s:b,s:b}",
	    "rotation", &rot, "deskew", &r->deskew, "binarised", &bin,
	    "upscaled", &up, "denoised", &den) == 0;
	json_unpack((json_t *)o, "{s?I,s?I,s?I}", "recovered", &rec, "cells",
	    &cells, "restored", &res);
	r->rotation = (int)rot, r->binarised = bin, r->upscaled = up;
	r->denoised = den, r->recovered = (int)rec, r->restored = (int)res;
	r->cells = (int)cells;
	r->removed = removed_of(json_object_get(o, "removed"));
	r->photo = json_is_true(json_object_get(o, "photo")) &&
	    lr_sheet_read(json_object_get(o, "sheet"), r->sheet) == 0;
	r->plain = json_is_true(json_object_get(o, "plain"));
}

lr_page_result *
lr_page_result_of_json(const json_t *o)
{
	json_t *pages;
	lr_page_result *r = o != NULL ? lr_page_result_new() : NULL;
	json_t *conf = json_object_get(o, "ocr_conf");
	int bad = 0;

	if (r == NULL || json_integer_value(json_object_get(o, "format")) !=
	    LR_CACHE_FORMAT || !json_is_string(json_object_get(o, "text")) ||
	    (!json_is_number(conf) && !json_is_null(conf)) ||
	    (pages = json_pack("{s:[O]}", "pages", json_object_get(o,
	    "words"))) == NULL) {
		lr_page_result_free(r);
		return NULL;
	}
	load_clean(r, o);
	r->read = 1;
	r->ocr_conf = json_is_null(conf) ? -1 : json_number_value(conf);
	r->ocr_ms = json_integer_value(json_object_get(o, "ocr_ms"));
	if (json_is_integer(json_object_get(o, "cpu_ms")))
		r->cpu_ms = json_integer_value(json_object_get(o, "cpu_ms"));
	r->timed_out = json_is_true(json_object_get(o, "timed_out"));
	r->readings = (int)json_integer_value(json_object_get(o, "readings"));
	r->text = dup_key(o, "text", &bad);
	r->hocr = dup_key(o, "hocr", &bad);
	r->words = lr_words_from_json(pages, NULL);
	json_decref(pages);
	if (bad || r->words == NULL) {
		lr_page_result_free(r);
		return NULL;
	}
	return r;
}

void
lr_page_result_free(lr_page_result *r)
{
	if (r == NULL)
		return;
	free(r->error);
	free(r->cache_error);
	free(r->text);
	free(r->hocr);
	lr_words_free(r->words);
	free(r);
}
