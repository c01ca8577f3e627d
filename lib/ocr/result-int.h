/* The page result's cache form, for page.c: the JSON object the OCR cache
 * stores ({"format", "rotation", "deskew", "binarised", "upscaled",
 * "denoised", "recovered", "words", "text", "ocr_conf", "hocr",
 * "timed_out", "ocr_ms", "cpu_ms", "readings", "photo", "sheet", "plain",
 * and page.c's "restoration"}).  The words and
 * text are those before the lexicon restored their marks, so that a change
 * of lexicon keeps the entry; "format" is LR_CACHE_FORMAT, and an entry of
 * another format is not one. */
#ifndef LR_RESULT_INT_H
#define LR_RESULT_INT_H

#include "page.h"

/* The cache form's version: 2 holds the words before restoration (1, with
 * no "format" key, held them restored). */
#define LR_CACHE_FORMAT 2

/* A new empty result (recovered, restored and ocr_conf -1), or NULL. */
lr_page_result *lr_page_result_new(void);

/* r in the cache form, as a new JSON object the caller owns; NULL when out
 * of memory. */
json_t *lr_page_result_json(const lr_page_result *r);

/* A result read from the cache form o (borrowed); NULL when o is not one
 * (or memory is lacking). */
lr_page_result *lr_page_result_of_json(const json_t *o);

#endif
