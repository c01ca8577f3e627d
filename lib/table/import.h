/* Registers into records: the rows of a found table grouped into parcels
 * with their holders, every value cleaned with its original kept, and the
 * problems of substance put up for review. */
#ifndef LR_IMPORT_H
#define LR_IMPORT_H

#include <jansson.h>

#include "tmap.h"
#include "text/text.h"

/* The code of a land-use name or code in text into code; 0, or -1 when
 * none (lr_extract_land_use() of an extractor fits). */
typedef int (*lr_land_use_fn)(void *ctx, const char *text, char code[4]);

/* Called with each record made; the callback owns rec.  Returns 0. */
typedef int (*lr_emit_fn)(json_t *rec, void *ctx);

/* A run of imports: what it has seen (IDs, parcels) to find the same ID
 * on two people and the same parcel twice across all files. */
typedef struct lr_importer lr_importer;

/* A new run.  units (borrowed, may be NULL) resolves commune names,
 * province (2 digits, may be NULL) narrows them; land_use maps land-use
 * words.  NULL when out of memory. */
lr_importer *lr_importer_new(const lr_units *units, const char *province,
    lr_land_use_fn land_use, void *land_use_ctx);

/* Make the records of grid g under map m, from the file source, calling
 * emit for each.  Returns the number of data rows, or -1 with err set. */
long lr_importer_sheet(lr_importer *im, const lr_tgrid *g, const lr_tmap *m,
    const char *source, lr_emit_fn emit, void *ctx, lr_err *err);

/* The review items made so far, by kind ("id-year": 3...): borrowed. */
const json_t *lr_importer_kinds(const lr_importer *im);

/* Free im (NULL allowed; not the units). */
void lr_importer_free(lr_importer *im);

#endif
