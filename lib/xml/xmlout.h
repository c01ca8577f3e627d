/* Streaming output of exchange documents, indented by two spaces a level. */
#ifndef LR_XMLOUT_H
#define LR_XMLOUT_H

#include <stdio.h>
#include <libxml/tree.h>

#include "util/util.h"

/* A document being written; memory stays flat whatever is written. */
typedef struct lr_xmlout lr_xmlout;

/* Start a UTF-8 document on fp (borrowed, never closed).  With root not NULL
 * (e.g. "DanhSachHoSo") the document gets that root element and any number
 * of lr_xmlout_put_text() calls; with NULL, exactly one.  Returns NULL with err set
 * when out of memory or the write fails. */
lr_xmlout *lr_xmlout_new(FILE *fp, const char *root, lr_err *err);

/* Append to buf the root element of doc (borrowed) as lr_xmlout_put_text()
 * writes it at depth level (0: a document of its own; 1: inside a batch root), with
 * its final newline.  Needs no lr_xmlout, so threads may serialise apart.
 * Returns 0, or -1 when out of memory. */
int lr_xmlout_dump(xmlDocPtr doc, int level, xmlBufferPtr buf);

/* Write len bytes of text made by lr_xmlout_dump() at the document's depth.
 * Returns 0, or -1 with err set. */
int lr_xmlout_put_text(lr_xmlout *o, const char *text, size_t len,
    lr_err *err);

/* Close the document and flush it to fp; frees o.  Returns 0, or -1 with err
 * set. */
int lr_xmlout_end(lr_xmlout *o, lr_err *err);

/* Free o without finishing the document (after a failure). */
void lr_xmlout_free(lr_xmlout *o);

#endif
