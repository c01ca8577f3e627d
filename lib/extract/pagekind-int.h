/* Field extraction, private: the rules of schemas/page-kinds.tsv that
 * tell a page's kind, as pagekind.c loads and applies them. */
#ifndef LR_PAGEKIND_INT_H
#define LR_PAGEKIND_INT_H

#include "util/util.h"
#include "extract.h"

typedef struct lr_pagerules lr_pagerules;

/* Load dir/page-kinds.tsv.  Returns NULL with err set. */
lr_pagerules *lr_pagerules_load(const char *dir, lr_err *err);

void lr_pagerules_free(lr_pagerules *r);

/* The page rules x holds (extract.c). */
const lr_pagerules *lr_x_pagerules(const lr_extractor *x);

#endif
