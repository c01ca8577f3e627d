/* The cadastre: existing parcels (commune, map sheet, parcel number, area,
 * land use, holder), from CSV or an SQLite file, to check decisions'
 * parcels against. */
#ifndef LR_CADASTRE_H
#define LR_CADASTRE_H

#include <jansson.h>

#include "util/util.h"

/* An open cadastre; opaque. */
typedef struct lr_cadastre lr_cadastre;

/* What lr_cadastre_check() finds for a parcel. */
enum lr_cad_status {
	LR_CAD_MATCHED, LR_CAD_AREA_DIFFERS, LR_CAD_HOLDER_DIFFERS,
	LR_CAD_NOT_FOUND
};

/* Open path: a file ending in ".db" is an SQLite database with a table
 * cadastre(commune_code, sheet, number, area, land_use, holder_name
 * [, holder_id, holder_birth_year]); any other is CSV with that header (encoding as lr_csvin_open), loaded into
 * memory.  Returns NULL with err set on failure; a bad CSV row is an error
 * naming its line. */
lr_cadastre *lr_cadastre_open(const char *path, const char *encoding,
    lr_err *err);

/* Check one parcel: commune, sheet and number find it; its area must agree
 * within 1% (at least 1 m2) and its holder's name (when both are known)
 * must be the same name up to tone marks. */
enum lr_cad_status lr_cadastre_check(lr_cadastre *c, const char *commune,
    long sheet, long number, double area, const char *holder);

/* The same for a parcel record {"commune_code", "sheet", "number", "area",
 * "holder"} (sheet and number as numbers or strings). */
enum lr_cad_status lr_cadastre_check_json(lr_cadastre *c, const json_t *p);

/* The registered holder of a parcel, as the cadastre holds it. */
typedef struct lr_cad_holder {
	char name[256];		/* NFC */
	char id[16];		/* personal or old ID as stored, or "" */
	int birth_year;		/* 0: unknown */
} lr_cad_holder;

/* The holder of the parcel record p (commune_code, sheet, number) into h
 * (the optional columns holder_id and holder_birth_year give the ID and
 * birth year).  Returns 1 when the parcel is found with a holder's name,
 * else 0 (h cleared). */
int lr_cadastre_holder(lr_cadastre *c, const json_t *p, lr_cad_holder *h);

/* Are a and b the same name up to tone marks and case (a title such as
 * "ông" dropped)?  1 also when either is not a name. */
int lr_cadastre_same_name(const char *a, const char *b);

/* "matched", "area-differs", "holder-differs", "not-found". */
const char *lr_cad_status_name(enum lr_cad_status s);

/* Close the cadastre and free c (NULL is allowed). */
void lr_cadastre_close(lr_cadastre *c);

#endif
