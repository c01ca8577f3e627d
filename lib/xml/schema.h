/* The exchange document's XSD: finding it, validating against it, and the
 * code lists (enumerations) it defines. */
#ifndef LR_SCHEMA_H
#define LR_SCHEMA_H

#include <stddef.h>
#include <jansson.h>
#include <libxml/tree.h>

#include "util/util.h"

/* A loaded XSD with a reusable validation context.  Once loaded it may be
 * shared by threads for lr_schema_has_code(), lr_schema_identity() and
 * lr_schema_validator_new(); lr_schema_validate() is for one thread only. */
typedef struct lr_schema lr_schema;

/* A validation context of its own, for one thread at a time. */
typedef struct lr_schema_validator lr_schema_validator;

/* Load and compile the XSD at path (and a variant of it without identity
 * constraints: xs:key, xs:keyref, xs:unique).  Returns a schema the caller frees with
 * lr_schema_free(), or NULL with err set. */
lr_schema *lr_schema_load(const char *path, lr_err *err);

/* 1 when value is one of the enumeration values of the XSD's simple type
 * named type, else 0.  The lists are read from the XSD when it is loaded. */
int lr_schema_has_code(const lr_schema *s, const char *type, const char *value);

/* Validate doc (borrowed) against the schema.  Returns 0 when valid; else -1,
 * and each problem is appended to reasons (when not NULL) as a string. */
int lr_schema_validate(lr_schema *s, xmlDocPtr doc, json_t *reasons);

/* The names of the XSD's identity constraints (xs:key, xs:keyref,
 * xs:unique) in document order, separated by spaces; "" when none. */
const char *lr_schema_identity(const lr_schema *s);

/* New validation context over s (borrowed): the whole XSD, or with lean the
 * XSD without its identity constraints, which the caller then checks itself.
 * NULL when out of memory.  Free with lr_schema_validator_free(). */
lr_schema_validator *lr_schema_validator_new(lr_schema *s, int lean);

/* Validate doc (borrowed) with v, as lr_schema_validate() does. */
int lr_schema_validator_run(lr_schema_validator *v, xmlDocPtr doc,
    json_t *reasons);

/* Free v (not its schema). */
void lr_schema_validator_free(lr_schema_validator *v);

/* Free the schema. */
void lr_schema_free(lr_schema *s);

#endif
