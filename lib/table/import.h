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

/* Read a sheet a part at a time: start on grid g under map m, then call
 * lr_importer_rows() each time more rows were added to g (the rows before
 * lr_importer_next() are no longer needed and may be dropped), then
 * lr_importer_finish() to emit the last record.  g, m and source are
 * borrowed until then.  Start returns 0, or -1 when out of memory. */
int lr_importer_start(lr_importer *im, const lr_tgrid *g, const lr_tmap *m,
    const char *source, lr_emit_fn emit, void *ctx);

/* Make the records of the rows added since the last call; the record of
 * the last row stays open.  Returns the number of data rows. */
long lr_importer_rows(lr_importer *im);

/* The index of the first row not read yet. */
size_t lr_importer_next(const lr_importer *im);

/* Emit the open record and end the sheet. */
void lr_importer_finish(lr_importer *im);

/* The review items made so far, by kind ("id-year": 3...): borrowed. */
const json_t *lr_importer_kinds(const lr_importer *im);

/* Free im (NULL allowed; not the units). */
void lr_importer_free(lr_importer *im);

#endif
