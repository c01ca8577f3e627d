/* Administrative units: provinces, districts and communes with their codes,
 * before July 2025 (three levels) and after (two levels), from the official
 * lists in the CSV forms of data/admin-units.csv and data/commune-map.csv. */
#ifndef LR_ADMINUNITS_H
#define LR_ADMINUNITS_H

#include "util/util.h"

/* The loaded lists.  Read-only after loading: safe to share across threads. */
typedef struct lr_units lr_units;

/* Which generation of units: the new communes of July 2025 reuse old codes
 * (2,184 of 3,316 for another place), so a code means nothing without it. */
enum lr_era {
	LR_ERA_ANY = 0,		/* either; old first where a code is asked */
	LR_ERA_OLD = 1,		/* before 1 July 2025: province, district, commune */
	LR_ERA_NEW = 2		/* from 1 July 2025: province and commune */
};

/* The era of a decision dated iso ("2019-08-12"); LR_ERA_ANY for NULL or a
 * malformed date. */
enum lr_era lr_units_era(const char *iso);

/* An empty set of units, to which lr_units_load_list() and
 * lr_units_load_map() add.  NULL when out of memory. */
lr_units *lr_units_new(void);

/* Add the unit list at path (the format of lr_units_load()) to u.
 * Returns 0, or -1 with err set. */
int lr_units_load_list(lr_units *u, const char *path, lr_err *err);

/* Load the unit list (header province_code,province_name,district_code,
 * district_name,commune_code,commune_name,commune_type).  Returns NULL with
 * err set (naming the line) when the file cannot be read. */
lr_units *lr_units_load(const char *path, lr_err *err);

/* Add the old -> new commune map (to an empty u, or after the list) (header old_province_code,old_commune_code,
 * old_commune_name,new_province_code,new_province_name,new_commune_code,
 * new_commune_name); the new communes become findable by name too.
 * Returns 0, or -1 with err set. */
int lr_units_load_map(lr_units *u, const char *path, lr_err *err);

/* Find the commune an address names, e.g. "bản Co Mận, xã Mường Phăng,
 * huyện Điện Biên, tỉnh Điện Biên" or "Phường Điện Biên Phủ, tỉnh Điện
 * Biên".  Names are compared without case and tone marks, with or without
 * the type word (xã, phường, thị trấn); district and province names in the
 * address decide between communes of the same name.  province (2 digits, or
 * NULL) narrows the search when the address names none; era, when not
 * LR_ERA_ANY, keeps to the units of that generation.  Returns the 5-digit
 * code (borrowed from u), or NULL: *ambiguous is then the number of
 * communes that fit equally well (0 when none fits).  Old and new communes
 * of one name are different communes: an address that names neither the
 * district nor anything else to tell them apart is ambiguous. */
const char *lr_units_find(const lr_units *u, const char *address,
    const char *province, enum lr_era era, int *ambiguous);

/* The communes that fit address best, as lr_units_find() weighs them: up
 * to max codes (borrowed from u) into out.  Returns how many fit equally
 * well (0 when none does; more than max when more do). */
int lr_units_find_all(const lr_units *u, const char *address,
    const char *province, enum lr_era era, const char **out, int max);

/* The names of commune code of era (LR_ERA_ANY: old, else new): its
 * commune, district (NULL for a post-2025 commune) and province names,
 * borrowed from u.  Returns 0, or -1 when the code is unknown. */
int lr_units_names(const lr_units *u, const char *code, enum lr_era era,
    const char **commune, const char **district, const char **province);

/* Does u hold a unit of the province whose code is code (01 as 1)?  The
 * province codes of a personal ID's first three figures are these. */
int lr_units_has_province(const lr_units *u, int code);

/* The levels of units. */
enum lr_unit_level {
	LR_UNIT_COMMUNE, LR_UNIT_DISTRICT, LR_UNIT_PROVINCE
};

/* The levels of the type words units are named with ("xã", "huyện" ...);
 * a city ("thành phố") is a district's or a province's, a village's ("thôn",
 * "tổ dân phố") is no unit's. */
enum lr_type_level {
	LR_TYPE_NONE, LR_TYPE_COMMUNE, LR_TYPE_DISTRICT, LR_TYPE_PROVINCE,
	LR_TYPE_CITY, LR_TYPE_VILLAGE
};

/* A unit's type word: folded ("thi tran"), as printed ("thị trấn"), and
 * its level. */
typedef struct lr_unit_word {
	const char *folded, *printed;
	enum lr_type_level level;
} lr_unit_word;

/* The type word that folded text begins with, a space after it ("xa ...",
 * "thi tran ...", "dac khu ...", "thon ..."), the longest that fits: an
 * entry of a static table (never freed); NULL when it begins with none.
 * The one list of the type words: use it, never a copy. */
const lr_unit_word *lr_unit_type(const char *folded);

/* The official names (as listed, "Huyện Mường Ảng"; borrowed from u) of
 * the units of level and era (LR_ERA_ANY: both) that lie in the province
 * and the district of these official names (NULL: any), each once, up to
 * max into out.  Returns how many there are, or max + 1 when more. */
int lr_units_names_in(const lr_units *u, enum lr_unit_level level,
    enum lr_era era, const char *province, const char *district,
    const char **out, int max);

/* The post-July-2025 commune codes that took over old commune code: up to max
 * codes (borrowed) into out.  Returns how many there are (0 when unknown; more
 * than one when the old commune was split). */
int lr_units_current(const lr_units *u, const char *old_code,
    const char **out, int max);

/* Free u. */
void lr_units_free(lr_units *u);

#endif
