/* The registry's private parts, shared by registry.c (its lifecycle:
 * opening, loading, committing, closing) and registry-query.c (lookups). */
#ifndef LR_REGISTRY_INT_H
#define LR_REGISTRY_INT_H

#include <sqlite3.h>

#include "registry.h"

/* The blocking lookups and the entry of one citizen, each a prepared
 * statement. */
enum lr_reg_stmt {
	Q_ID, Q_OLD, Q_NAME, Q_NAME_ANY, Q_COMM_GIVEN, Q_COMM_GIVEN_ANY,
	Q_COMM_FAMILY, Q_COMM_FAMILY_ANY, Q_DATE, Q_COMMUNES, Q_GET, Q_DEATH, Q_NSTMT
};

/* Name frequencies of one part, sorted by key. */
struct lr_reg_freq {
	char **key;
	long *n;
	size_t len;
};

struct lr_registry {
	sqlite3 *db;
	sqlite3_stmt *put, *put_death, *drop_death;
	sqlite3_stmt *q[Q_NSTMT];
	struct lr_reg_freq freq[LR_NPARTS];
	const lr_units *units;	/* places the citizens found, or NULL */
	long count;
	long deaths;		/* dates of death kept */
	int fresh;		/* loading into an empty table */
};

/* Set err from the database's last message, prefixed by what. */
int lr_reg_fail(lr_registry *r, const char *what, lr_err *err);

#endif
