/* Field extraction: the decision, owner, parcel and house fields of one
 * document from its OCR lines and words, with confidences and review flags. */
#ifndef LR_EXTRACT_H
#define LR_EXTRACT_H

#include <jansson.h>

#include "util/util.h"
#include "text/text.h"
#include "record/record.h"

/* The loaded label, code and settings files.  Read-only once made: one
 * extractor may serve several threads. */
typedef struct lr_extractor lr_extractor;

/* Load the data files of schemas_dir (labels.tsv, kinds.tsv, land-use.tsv,
 * numwords.tsv, extract.tsv).  units (borrowed, may be NULL) resolves
 * commune names in addresses to codes; it must outlive the extractor.
 * Returns NULL with err set (naming the file and line). */
lr_extractor *lr_extractor_new(const char *schemas_dir, const lr_units *units,
    lr_err *err);

/* Tell the sex of owners whose name, title and ID do not by their given
 * name (lr_names_sex), reviewed.  names (borrowed, NULL: not at all) must
 * outlive the extractor.  Call before the extractor is shared. */
void lr_extractor_set_names(lr_extractor *x, const lr_names *names);

/* The review threshold of extract.tsv (the default of --review-below). */
double lr_extractor_review_below(const lr_extractor *x);

/* The fields of one document from its OCR words (borrowed): a new object
 * the caller owns, with keys "decision", "owners", "parcels", "house",
 * "fields" (confidence, page and box of each value) and "review" (fields
 * under review_below, or that failed a check, with the reason).  Returns
 * NULL with err set only when out of memory. */
json_t *lr_extract(const lr_extractor *x, const lr_doc_words *w,
    double review_below, lr_err *err);

/* The same from plain page texts: lines split on \n, words on spaces,
 * confidence 100, boxes from character positions. */
json_t *lr_extract_text(const lr_extractor *x, const char *const pages[],
    int npages, double review_below, lr_err *err);

/* The land-use code (3 letters and a NUL into code) of text, a land-use
 * name ("Đất ở tại nông thôn"), a code ("ONT") or both, as the decisions
 * print them.  Returns 0, or -1 when text names no land use. */
int lr_extract_land_use(const lr_extractor *x, const char *text, char code[4]);

/* Free x (not the units). */
void lr_extractor_free(lr_extractor *x);

#endif
