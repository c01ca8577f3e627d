/* Progress counts of a record stream per commune, for the report a province
 * asks for: documents, pages, parcels, owners, owners linked to a personal
 * ID, review items, rejected records. */
#ifndef LR_TALLY_H
#define LR_TALLY_H

#include <stddef.h>
#include <jansson.h>

/* The counts of one commune or of all. */
typedef struct lr_counts {
	long docs, pages, parcels, owners;
	long linked;		/* owners with a citizen_id */
	long organisations;	/* owners that are organisations: no
				 * personal ID to link */
	long review;		/* review items, resolved or not */
	long resolved;		/* review items resolved */
	long rejected;		/* records export-xml rejected */
	/* The campaign's terms (registers and scans alike): */
	long to_review;		/* owners parcel-match left for review */
	long not_found;		/* owners parcel-match found no citizen for */
	long id12;		/* owners with a 12-digit ID, read or linked */
	long rows;		/* register rows (a scanned document is one) */
	long rows_problem;	/* of them, rows with an open review item */
} lr_counts;

/* Counts by commune code. */
typedef struct lr_tally lr_tally;

/* New empty tally; NULL when out of memory.  Free with lr_tally_free(). */
lr_tally *lr_tally_new(void);

/* Count rec, a record of any stage, under its commune (lr_record_commune(),
 * "" when none).  A line of export-xml's rejects file ({"reasons",
 * "record"}) counts its record as rejected, and so does a record with a
 * "rejected" key.  A document whose id was counted before only adds its
 * rejection, so records and their rejects file may be given together.
 * Returns 0, or -1 when out of memory. */
int lr_tally_add(lr_tally *t, const json_t *rec);

/* Number of communes counted. */
size_t lr_tally_size(const lr_tally *t);

/* The code of the i-th commune in code order (borrowed), its counts in *c. */
const char *lr_tally_get(const lr_tally *t, size_t i, lr_counts *c);

/* The counts of all communes together. */
void lr_tally_total(const lr_tally *t, lr_counts *c);

/* The share of owners linked (organisations left out: they have no
 * personal ID) and of review items resolved, 0..1 (1 when there is
 * nothing to link or review). */
double lr_counts_linked(const lr_counts *c);
/* The share of owners with a 12-digit ID, organisations left out, 0..1 (1
 * when no such owner). */
double lr_counts_id12(const lr_counts *c);
double lr_counts_reviewed(const lr_counts *c);

/* Free t. */
void lr_tally_free(lr_tally *t);

#endif
