/* Field extraction, private: the certificate reader's data, as loaded from
 * schemas/certificates.tsv (certdata.c). */
#ifndef LR_CERTDATA_INT_H
#define LR_CERTDATA_INT_H

#include "util/util.h"

/* One generation of the form: its years and its serial's pattern. */
typedef struct lr_certgen {
	char *name;
	int first, last;	/* years of issue */
	int letters_min, letters_max, digits;
} lr_certgen;

/* A phrase (folded) and what it stands for (as written in the file). */
typedef struct lr_certphrase {
	char *phrase;
	char *what;
} lr_certphrase;

typedef struct lr_certdata {
	double page_kind_review;
	lr_certgen *gen;
	lr_certphrase *parts, *ids;
	lr_certphrase *house;	/* what: "key kind" (area, whole, text) */
	lr_certphrase *printed;	/* what: generation; phrase: "part fields" */
	lr_certphrase *stops;	/* words no value runs on into */
	lr_certphrase *cols;	/* what: the key a table's column holds */
	lr_certphrase *serials;	/* the serial's labels */
	lr_certphrase *registers;	/* the register number's labels */
	lr_certphrase *holders;	/* organisations' kinds, first words */
	lr_certphrase *confusable;	/* phrase: series letters OCR
					 * confuses, "C G" (not folded) */
	lr_certphrase *wording;	/* what: the generation its headings name */
	size_t ngen, nparts, nids, nhouse, nprinted, nstops, ncols, nserials,
	    nregisters, nwording, nconfusable, nholders;
	size_t capgen, capparts, capids, caphouse, capprinted, capstops,
	    capcols, capserials, capregisters, capwording, capconfusable,
	    capholders;
} lr_certdata;

/* Load dir/certificates.tsv.  Returns NULL with err set (naming the line).
 * lr_certdata_free() frees it. */
lr_certdata *lr_certdata_load(const char *dir, lr_err *err);

/* Free d and all it holds; NULL is let be. */
void lr_certdata_free(lr_certdata *d);

/* The generation named name in d, or NULL. */
const lr_certgen *lr_certdata_gen(const lr_certdata *d, const char *name);

#endif
