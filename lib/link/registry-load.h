/* Loading the citizen registry from the CSV extract of the population
 * database. */
#ifndef LR_REGISTRY_LOAD_H
#define LR_REGISTRY_LOAD_H

#include "util/util.h"
#include "registry.h"

/* The registry CSV's columns, in the order of the default header
 * citizen_id,old_id,full_name,birth_date,gender,commune_code,address, and
 * death_date, which may be left out. */
enum lr_reg_col {
	LR_COL_CITIZEN_ID, LR_COL_FULL_NAME, LR_COL_OLD_ID, LR_COL_BIRTH_DATE,
	LR_COL_GENDER, LR_COL_COMMUNE, LR_COL_ADDRESS, LR_COL_DEATH_DATE,
	LR_NCOLS
};

/* The default header name of column c. */
const char *lr_reg_col_name(int c);

/* Called for a row's problem: line number and message (IDs masked unless
 * show_ids).  skipped says whether the row was left out. */
typedef void (*lr_load_warn_fn)(void *ctx, long line, const char *msg,
    int skipped);

typedef struct lr_load_opts {
	const char *encoding;		/* NULL: auto (see lr_csvin_open) */
	const char *header[LR_NCOLS];	/* header names; NULL: the default */
	int show_ids;			/* IDs unmasked in messages */
	lr_load_warn_fn warn;		/* may be NULL */
	void (*progress)(void *ctx, long rows);	/* may be NULL */
	void *ctx;			/* passed to warn and progress */
} lr_load_opts;

typedef struct lr_load_stats {
	long rows, loaded, skipped, warnings;
	char encoding[64];
} lr_load_stats;

/* Load the CSV file at path into r (new citizens added, known ones updated
 * in place) and rebuild the indexes and name frequencies.  Rows with a
 * malformed personal ID or no name are skipped, bad dates, sexes, old IDs
 * and commune codes load as unknown; both through o->warn.  Returns 0, or
 * -1 with err set when the file cannot be read, has no usable header, or
 * the database fails. */
int lr_registry_load_csv(lr_registry *r, const char *path,
    const lr_load_opts *o, lr_load_stats *st, lr_err *err);

#endif
