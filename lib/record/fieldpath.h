/* Field paths into a record: "decision.number", "owners[0].name",
 * "parcels[1].area", as review items and correction sheets name fields. */
#ifndef LR_FIELDPATH_H
#define LR_FIELDPATH_H

#include <jansson.h>

#include "util/util.h"

/* The value at path in rec (borrowed from rec), or NULL when a step is
 * missing or the path is malformed. */
json_t *lr_path_get(const json_t *rec, const char *path);

/* 1 when path is well formed and everything but its last step exists in
 * rec (so lr_path_set() can set it); else 0. */
int lr_path_settable(const json_t *rec, const char *path);

/* Set the value at path to v (a reference is stolen, also on failure); the
 * last step may be a new key of an existing object.  Returns 0, or -1 with
 * err set. */
int lr_path_set(json_t *rec, const char *path, json_t *v, lr_err *err);

/* The value text means in place of old: a number when old is a number (an
 * integer when old is one and text is integral; "1.230,5" style decimal
 * commas accepted), else an NFC string.  Returns a new reference, or NULL
 * with err set when text is not a number old's type needs or not UTF-8. */
json_t *lr_path_value(const json_t *old, const char *text, lr_err *err);

/* The value as text for a sheet or a page: strings as they are, numbers and
 * other values in compact JSON, NULL or json null as "".  The caller frees
 * the result; NULL when out of memory. */
char *lr_path_text(const json_t *v);

/* 1 when a review item on path item covers field: the same path, a parent
 * ("parcels[2]" covers "parcels[2].area", "parcels" covers both), or a
 * column, where "[]" stands for any index ("parcels[].area" covers
 * "parcels[2].area"); else 0. */
int lr_path_covers(const char *item, const char *field);

/* 1 when review item it covers field (lr_path_covers): by its "field", or
 * by one of its "also", the fields it stands for too (a table flagged
 * whole, on "parcels", stands for "owners" too); else 0. */
int lr_item_covers(const json_t *it, const char *field);

/* The commune code a record belongs to: its first parcel's commune_code,
 * else its first owner's, else "" (borrowed from rec). */
const char *lr_record_commune(const json_t *rec);

#endif
