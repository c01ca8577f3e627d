/* The citizen registry: an SQLite database of the population extract with
 * precomputed name keys and name frequencies, built from CSV and searched
 * through indexed blocking lookups.  The schema is in man/parcel-match.1. */
#ifndef LR_REGISTRY_H
#define LR_REGISTRY_H

#include "util/util.h"
#include "text/text.h"
#include "person.h"

/* An open registry database. */
typedef struct lr_registry lr_registry;

/* A citizen as it is loaded.  The strings are borrowed. */
typedef struct lr_citizen {
	lr_person p;		/* ID, old ID, name keys, birth, sex, commune */
	const char *full_name;	/* NFC */
	const char *address;	/* NFC, or NULL */
} lr_citizen;

/* Open the database at path.  With create, a missing file is created with
 * mode 0600 and the schema is added; without, the file must exist and hold
 * a registry.  Returns NULL with err set on failure. */
lr_registry *lr_registry_open(const char *path, int create, lr_err *err);

/* Start loading: one transaction.  Returns 0, or -1 with err set. */
int lr_registry_begin(lr_registry *r, lr_err *err);

/* Add c, or update the citizen with the same personal ID in place.
 * Returns 0, or -1 with err set. */
int lr_registry_put(lr_registry *r, const lr_citizen *c, lr_err *err);

/* Finish loading: commit, build the indexes, recount the name frequencies.
 * Returns 0, or -1 with err set. */
int lr_registry_commit(lr_registry *r, lr_err *err);

/* The number of citizens. */
long lr_registry_count(lr_registry *r);

/* The citizens that may be owner, found through the indexes only (personal
 * ID and its OCR-confusable one-digit variants; old ID; family and given
 * name with birth year +-1; swapped given and middle names; commune with
 * given name; commune with family name and year; birth date when these
 * did not find the names; without a birth year, the commune's first).
 * Up to max distinct
 * citizens are written to out (their id holds the citizen_id), with their
 * date of death when the registry keeps one, and their street when the
 * owner has one (or its parcel) to compare it with.  Returns how
 * many, or -1 with err set. */
int lr_registry_block(lr_registry *r, const lr_person *owner, lr_person *out,
    int max, lr_err *err);

/* A citizen's entry in the registry, as lr_registry_get() gives it. */
typedef struct lr_entry {
	char id[13];		/* the 12-digit personal ID */
	char old_id[13];	/* or "" */
	char full_name[256];	/* NFC */
	char birth_date[11];	/* yyyy-mm-dd, or "" */
	int birth_year;		/* 0: unknown */
	int sex;		/* 'M', 'F', or 0: unknown */
	char commune[8];	/* current 5-digit code, or "" */
	char address[512];	/* current address (NFC), or "" */
} lr_entry;

/* The entry of the citizen with personal ID citizen_id into e (owned by
 * the caller).  Returns 1, 0 when there is no such citizen, or -1 with err
 * set. */
int lr_registry_get(lr_registry *r, const char *citizen_id, lr_entry *e,
    lr_err *err);

/* Does the registry hold today's communes?  1 when every commune code of
 * its citizens is a commune of July 2025 on in units (a commune map; a
 * code of a commune merged away means an extract of the old era), else 0;
 * -1 with err set. */
int lr_registry_current_communes(lr_registry *r, const lr_units *units,
    lr_err *err);

/* What lr_registry_freq() counts: a name part, or the commune; the
 * villages of each commune (lr_registry_village_share()). */
enum lr_name_part { LR_FAMILY, LR_GIVEN, LR_COMMUNE, LR_VILLAGE, LR_NPARTS };

/* Citizens a commune must count for the share of one of its villages to
 * be read (fewer: an extract, or a sample too small to say). */
#define LR_VILLAGE_MIN 100

/* The share of citizens whose family (or given) name has the ASCII key key,
 * at least 1/count; for LR_COMMUNE, the share living in commune code key,
 * at least 1/count, or 0 when the registry was built before communes were
 * counted. */
double lr_registry_freq(const lr_registry *r, enum lr_name_part part,
    const char *key);

/* The share of the citizens of commune code living in the village of key
 * village (lr_person_set_village()), at least one citizen's; 0 when the
 * commune counts fewer than LR_VILLAGE_MIN citizens, or the registry was
 * built before villages were counted. */
double lr_registry_village_share(const lr_registry *r, const char *commune,
    const char *village);

/* Let lr_registry_block() place the citizens it finds in their district
 * and province through units (borrowed; NULL: not placed). */
void lr_registry_set_units(lr_registry *r, const lr_units *units);

/* Close and free r. */
void lr_registry_close(lr_registry *r);

#endif
