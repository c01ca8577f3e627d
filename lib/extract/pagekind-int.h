/* Field extraction, private: the rules of schemas/page-kinds.tsv that
 * tell a page's kind, as pagekind.c loads and applies them. */
#ifndef LR_PAGEKIND_INT_H
#define LR_PAGEKIND_INT_H

#include "util/util.h"
#include "extract.h"

typedef struct lr_pagerules lr_pagerules;

/* Load dir/page-kinds.tsv.  Returns NULL with err set. */
lr_pagerules *lr_pagerules_load(const char *dir, lr_err *err);

/* Free r and all it holds; NULL is let be. */
void lr_pagerules_free(lr_pagerules *r);

/* lr_extract_page_kind() by rules r (borrowed): the kind of page p after
 * prev (NULL for a file's first page) into out. */
void lr_pagerules_kind(const lr_pagerules *r, const lr_page_words *p,
    const lr_page_class *prev, lr_page_class *out);

#endif
