/* The exchange document's XSD: finding it, validating against it, and the
 * code lists (enumerations) it defines. */
#ifndef LR_SCHEMA_H
#define LR_SCHEMA_H

#include <stddef.h>
#include <jansson.h>
#include <libxml/tree.h>

#include "err.h"

/* A loaded XSD with a reusable validation context; not thread-safe. */
typedef struct lr_schema lr_schema;

/* Find the schema file NAME: in $LANDREC_SCHEMAS, then in BINDIR/../../schemas
 * (BINDIR, the directory of the running binary, may be NULL), then in datadir.
 * Writes the first readable path into buf.  Returns 0, or -1 with err set. */
int lr_schema_find(const char *name, const char *bindir, const char *datadir,
    char *buf, size_t n, lr_err *err);

/* Load and compile the XSD at path.  Returns a schema the caller frees with
 * lr_schema_free(), or NULL with err set. */
lr_schema *lr_schema_load(const char *path, lr_err *err);

/* 1 when value is one of the enumeration values of the XSD's simple type
 * named type, else 0.  The list is read from the XSD once per type. */
int lr_schema_has_code(lr_schema *s, const char *type, const char *value);

/* Validate doc (borrowed) against the schema.  Returns 0 when valid; else -1,
 * and each problem is appended to reasons (when not NULL) as a string. */
int lr_schema_validate(lr_schema *s, xmlDocPtr doc, json_t *reasons);

/* Free the schema. */
void lr_schema_free(lr_schema *s);

#endif
