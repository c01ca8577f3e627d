/* Administrative units: provinces, districts and communes with their codes,
 * before July 2025 (three levels) and after (two levels), from the official
 * lists in the CSV forms of ../shared/data/. */
#ifndef LR_UNITS_H
#define LR_UNITS_H

#include "err.h"

/* The loaded lists.  Read-only after loading: safe to share across threads. */
typedef struct lr_units lr_units;

/* Load the unit list (header province_code,province_name,district_code,
 * district_name,commune_code,commune_name,commune_type).  Returns NULL with
 * err set (naming the line) when the file cannot be read. */
lr_units *lr_units_load(const char *path, lr_err *err);

/* Add the old -> new commune map (header old_province_code,old_commune_code,
 * old_commune_name,new_province_code,new_province_name,new_commune_code,
 * new_commune_name); the new communes become findable by name too.
 * Returns 0, or -1 with err set. */
int lr_units_load_map(lr_units *u, const char *path, lr_err *err);

/* Find the commune an address names, e.g. "bản Co Mận, xã Mường Phăng,
 * huyện Điện Biên, tỉnh Điện Biên" or "Phường Điện Biên Phủ, tỉnh Điện
 * Biên".  Names are compared without case and tone marks, with or without
 * the type word (xã, phường, thị trấn); district and province names in the
 * address decide between communes of the same name.  province (2 digits, or
 * NULL) narrows the search when the address names none.  Returns the 5-digit
 * code (borrowed from u), or NULL: *ambiguous is then 1 when several
 * communes fit equally. */
const char *lr_units_find(const lr_units *u, const char *address,
    const char *province, int *ambiguous);

/* The names of commune code: its commune, district (NULL for a post-2025
 * commune) and province names, borrowed from u.  Returns 0, or -1 when the
 * code is unknown. */
int lr_units_names(const lr_units *u, const char *code, const char **commune,
    const char **district, const char **province);

/* The post-July-2025 commune codes that took over old commune code: up to max
 * codes (borrowed) into out.  Returns how many there are (0 when unknown; more
 * than one when the old commune was split). */
int lr_units_current(const lr_units *u, const char *old_code,
    const char **out, int max);

/* Free u. */
void lr_units_free(lr_units *u);

#endif
