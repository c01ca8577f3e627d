/* Streaming output of exchange documents with libxml2's xmlTextWriter. */
#ifndef LR_XMLOUT_H
#define LR_XMLOUT_H

#include <stdio.h>
#include <libxml/tree.h>

#include "err.h"

/* A document being written; memory stays flat whatever is written. */
typedef struct lr_xmlout lr_xmlout;

/* Start a UTF-8 document on fp (borrowed, never closed).  With root not NULL
 * (e.g. "DanhSachHoSo") the document gets that root element and any number
 * of lr_xmlout_put() calls; with NULL, exactly one.  Returns NULL with err set
 * when out of memory or the write fails. */
lr_xmlout *lr_xmlout_new(FILE *fp, const char *root, lr_err *err);

/* Write the root element of doc (borrowed) and everything in it; text is
 * escaped by the writer.  Returns 0, or -1 with err set. */
int lr_xmlout_put(lr_xmlout *o, xmlDocPtr doc, lr_err *err);

/* Close the document and flush it to fp; frees o.  Returns 0, or -1 with err
 * set. */
int lr_xmlout_end(lr_xmlout *o, lr_err *err);

/* Free o without finishing the document (after a failure). */
void lr_xmlout_free(lr_xmlout *o);

#endif
